using System.Text;

namespace Logtrail.Client.Http;

/// <summary>Builds <c>?name=value&amp;…</c> from the parameters that are set.</summary>
internal sealed class QueryString
{
    private readonly StringBuilder _text = new();

    public QueryString Add(string name, string? value)
    {
        if (value is not null)
        {
            _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    public QueryString Add(string name, DateTimeOffset? value) =>
        Add(name, value is { } instant ? Rfc3339Converter.ToText(instant) : null);

    public QueryString Add(string name, int? value) =>
        Add(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();
}
