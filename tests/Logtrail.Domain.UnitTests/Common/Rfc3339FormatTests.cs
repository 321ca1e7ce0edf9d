using System.Globalization;
using System.Text;
using Logtrail.Domain.Common;

namespace Logtrail.Domain.UnitTests.Common;

/// <summary>The digit-by-digit writer of instants equals .NET's formatting of <see cref="Rfc3339.MicrosecondFormat"/>.</summary>
public sealed class Rfc3339FormatTests
{
    private static readonly DateTimeOffset[] Instants =
    [
        DateTimeOffset.MinValue,
        DateTimeOffset.MaxValue,
        new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(-7)).AddTicks(1_234_567),
        new DateTimeOffset(999, 12, 31, 23, 59, 59, TimeSpan.FromMinutes(330)).AddTicks(9_999_999),
    ];

    [TestCaseSource(nameof(Instants))]
    public void Utf8_text_equals_the_format_string_in_utc(DateTimeOffset instant)
    {
        var expected = instant.UtcDateTime.ToString(Rfc3339.MicrosecondFormat, CultureInfo.InvariantCulture);
        var utf8 = new byte[Rfc3339.FormattedLength + 3];

        Rfc3339.FormatUtf8(instant, utf8);

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.ASCII.GetString(utf8, 0, Rfc3339.FormattedLength), Is.EqualTo(expected));
            Assert.That(utf8[Rfc3339.FormattedLength..], Is.All.EqualTo(0), "nothing written past the text");
            Assert.That(Rfc3339.Format(instant), Is.EqualTo(expected));
        });
    }
}
