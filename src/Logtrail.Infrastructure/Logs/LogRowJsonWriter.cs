using System.Data.Common;
using System.Text.Json;
using Logtrail.Application.Common.Paging;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Rows of a SELECT of <see cref="LogColumns.SelectList"/>, straight into the response's JSON: each row as the
/// contract's <c>LogEntry</c> object (the names, order, nulls and timestamps of <c>LogEntryDto</c> as the API
/// serializes it), with no entry, no DTO and no mapper between. Text columns are read as the UTF-8 bytes PostgreSQL
/// sends (into one reused buffer, never decoded to .NET strings) and escaped from those bytes; stored JSON (actor,
/// target, context, metadata) is copied as PostgreSQL's text of it, not parsed. Column positions:
/// <see cref="LogColumnOrdinals"/>.
/// </summary>
public sealed class LogRowJsonWriter(DbDataReader reader, Utf8JsonWriter json)
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText EnvironmentName = JsonEncodedText.Encode("environment");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText ActionName = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText TagsName = JsonEncodedText.Encode("tags");
    private static readonly JsonEncodedText ActorName = JsonEncodedText.Encode("actor");
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText ContextName = JsonEncodedText.Encode("context");
    private static readonly JsonEncodedText MetadataName = JsonEncodedText.Encode("metadata");
    private static readonly JsonEncodedText ClientTimestampName = JsonEncodedText.Encode("client_timestamp");
    private static readonly JsonEncodedText ServerTimestampName = JsonEncodedText.Encode("server_timestamp");
    private static readonly JsonEncodedText IsPublicName = JsonEncodedText.Encode("is_public");
    private static readonly JsonEncodedText ApiKeyIdName = JsonEncodedText.Encode("api_key_id");

    private readonly LogColumnOrdinals _at = new(reader);
    private byte[] _utf8 = GC.AllocateUninitializedArray<byte>(4 * 1024);

    /// <summary>Writes the current row as one JSON object; returns its position in the read order.</summary>
    public PageCursor Write()
    {
        var id = reader.GetGuid(_at.Id);
        var serverTimestamp = reader.GetFieldValue<DateTimeOffset>(_at.ServerTimestamp);
        json.WriteStartObject();
        json.WriteString(IdName, id);
        json.WriteString(EnvironmentName, Utf8Of(_at.Environment));
        json.WriteString(LevelName, ((Level)reader.GetInt16(_at.Level)).ToWireName());
        json.WriteString(ActionName, Utf8Of(_at.Action));
        WriteTextOrNull(MessageName, _at.Message);
        json.WriteStartArray(TagsName);
        foreach (var tag in reader.GetFieldValue<string[]>(_at.Tags))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        WriteStoredJson(ActorName, _at.Actor);
        WriteStoredJson(TargetName, _at.Target);
        WriteStoredJson(ContextName, _at.Context);
        WriteStoredJson(MetadataName, _at.Metadata);
        WriteInstant(ClientTimestampName, reader.GetFieldValue<DateTimeOffset>(_at.ClientTimestamp));
        WriteInstant(ServerTimestampName, serverTimestamp);
        if (reader.IsDBNull(_at.IsPublic))
        {
            json.WriteNull(IsPublicName);
        }
        else
        {
            json.WriteBoolean(IsPublicName, reader.GetBoolean(_at.IsPublic));
        }

        if (reader.IsDBNull(_at.ApiKeyId))
        {
            json.WriteNull(ApiKeyIdName);
        }
        else
        {
            json.WriteString(ApiKeyIdName, reader.GetGuid(_at.ApiKeyId));
        }

        json.WriteEndObject();
        return new PageCursor(serverTimestamp, id);
    }

    private void WriteTextOrNull(JsonEncodedText name, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, Utf8Of(ordinal));
        }
    }

    /// <summary>Stored JSON was validated when it was ingested: written as it is, not parsed again.</summary>
    private void WriteStoredJson(JsonEncodedText name, int ordinal)
    {
        json.WritePropertyName(name);
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteRawValue(Utf8Of(ordinal), skipInputValidation: true);
        }
    }

    /// <summary>A text column's value as PostgreSQL sent it (UTF-8), valid until the next call.</summary>
    private ReadOnlySpan<byte> Utf8Of(int ordinal)
    {
        var length = (int)reader.GetBytes(ordinal, 0, null, 0, 0);
        if (length > _utf8.Length)
        {
            _utf8 = GC.AllocateUninitializedArray<byte>(Math.Max(length, _utf8.Length * 2));
        }

        return _utf8.AsSpan(0, (int)reader.GetBytes(ordinal, 0, _utf8, 0, length));
    }

    private void WriteInstant(JsonEncodedText name, DateTimeOffset instant)
    {
        Span<byte> text = stackalloc byte[Rfc3339.FormattedLength];
        Rfc3339.FormatUtf8(instant, text);
        json.WriteString(name, text);
    }
}
