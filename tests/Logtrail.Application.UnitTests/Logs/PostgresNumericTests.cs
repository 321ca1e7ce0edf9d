using System.Text;
using Logtrail.Application.Logs.Parsing;

namespace Logtrail.Application.UnitTests.Logs;

public sealed class PostgresNumericTests
{
    // Each boundary as PostgreSQL 15 answers SELECT '{"n": <number>}'::jsonb.
    [TestCase("0", true)]
    [TestCase("-12.5e3", true)]
    [TestCase("1e131071", true)]
    [TestCase("9.9e131071", true)]
    [TestCase("1e131072", false)]
    [TestCase("0.001e131075", false)]
    [TestCase("1e1000000", false)]
    [TestCase("1e-16383", true)]
    [TestCase("1e-16384", false)]
    [TestCase("1.5e-16383", false)]
    [TestCase("-1e-1000000", false)]
    [TestCase("0e-1000000", false)]
    [TestCase("0e1000000", true)]
    [TestCase("1E+5", true)]
    [TestCase("1e99999999999999999999999", false)]
    public void A_number_fits_postgresql_numeric_only_within_its_digit_limits(string number, bool fits)
    {
        Assert.That(PostgresNumeric.Fits(Encoding.UTF8.GetBytes(number)), Is.EqualTo(fits));
    }
}
