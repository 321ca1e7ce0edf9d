using System.Text.Json;
using Logtrail.Application.Logs.Idempotency;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Serialization;

/// <summary>Remembers responses in the API's own JSON conventions, so a replay serializes to the same bytes.</summary>
public sealed class JsonResponseCodec(IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> options) : IResponseCodec
{
    private readonly JsonSerializerOptions _json = options.Value.JsonSerializerOptions;

    public string Encode<T>(T response) => JsonSerializer.Serialize(response, _json);

    public T Decode<T>(string text) =>
        JsonSerializer.Deserialize<T>(text, _json) ?? throw new InvalidOperationException("A remembered response was empty.");
}
