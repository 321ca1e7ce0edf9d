using Logtrail.Domain.Lcql;

namespace Logtrail.Domain.UnitTests.Lcql;

public sealed class LcqlParserTests
{
    [Test]
    public void Terms_separated_by_spaces_are_read_in_order_with_their_positions()
    {
        var query = Parse("level=error,warn  action~\"login*\" timeout \"connection reset\"");

        Assert.That(query.Terms, Has.Count.EqualTo(4));
        var level = (LcqlFieldTerm)query.Terms[0];
        Assert.That(level.Field.Name, Is.EqualTo("level"));
        Assert.That(level.Operator, Is.EqualTo(LcqlOperator.Equal));
        Assert.That(level.Values.Select(v => v.Text), Is.EqualTo(new[] { "error", "warn" }));
        var action = (LcqlFieldTerm)query.Terms[1];
        Assert.That((action.Position, action.Operator, action.Values[0].Text, action.Values[0].Quoted), Is.EqualTo((18, LcqlOperator.Contains, "login*", true)));
        Assert.That(query.Terms[2], Is.EqualTo(new LcqlTextTerm("timeout", IsPhrase: false, 34)));
        Assert.That(query.Terms[3], Is.EqualTo(new LcqlTextTerm("connection reset", IsPhrase: true, 42)));
    }

    [TestCase("a=1", LcqlOperator.Equal)]
    [TestCase("a!=1", LcqlOperator.NotEqual)]
    [TestCase("a~1", LcqlOperator.Contains)]
    [TestCase("a!~1", LcqlOperator.NotContains)]
    [TestCase("a@1", LcqlOperator.FullText)]
    [TestCase("a<1", LcqlOperator.Less)]
    [TestCase("a>1", LcqlOperator.Greater)]
    [TestCase("a<=1", LcqlOperator.LessOrEqual)]
    [TestCase("a>=1", LcqlOperator.GreaterOrEqual)]
    public void Every_operator_is_recognised(string text, LcqlOperator expected)
    {
        Assert.That(((LcqlFieldTerm)Parse(text).Terms[0]).Operator, Is.EqualTo(expected));
    }

    [Test]
    public void Dot_paths_escapes_and_null_are_understood()
    {
        var query = Parse("""metadata.http.status_code!=null actor.name="Ann \"The\" \\ Admin" """);

        var presence = (LcqlFieldTerm)query.Terms[0];
        Assert.That(presence.Field.Path, Is.EqualTo(new[] { "metadata", "http", "status_code" }));
        Assert.That(presence.Values.Single().IsNull, Is.True);
        var name = (LcqlFieldTerm)query.Terms[1];
        Assert.That(name.Values.Single().Text, Is.EqualTo("Ann \"The\" \\ Admin"));
        Assert.That(name.Values.Single().IsNull, Is.False);
    }

    [Test]
    public void An_empty_query_has_no_terms()
    {
        Assert.That(Parse("   ").Terms, Is.Empty);
    }

    [TestCase("level=", 6, TestName = "missing value")]
    [TestCase("level=error,", 12, TestName = "dangling comma")]
    [TestCase("action=\"open", 7, TestName = "unclosed quote")]
    [TestCase("a=\"x\\n\"", 4, TestName = "unknown escape")]
    [TestCase("=error", 0, TestName = "no field")]
    [TestCase("level=!error", 5, TestName = "not an operator")]
    [TestCase("a..b=1", 0, TestName = "empty path segment")]
    [TestCase("\"phrase\"next", 8, TestName = "no space after a phrase")]
    [TestCase("foo\"bar", 3, TestName = "quote inside a word")]
    [TestCase("a=\"x\"y", 5, TestName = "text after a quoted value")]
    public void Syntax_errors_carry_their_position(string text, int position)
    {
        Assert.That(LcqlParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error!.Position, Is.EqualTo(position), error.Message);
    }

    [TestCase("level=loud", TestName = "unknown level")]
    [TestCase("colour=red", TestName = "unknown field")]
    [TestCase("level~err", TestName = "operator not for the field")]
    [TestCase("id=12", TestName = "not a uuid")]
    [TestCase("timestamp>yesterday", TestName = "not a timestamp")]
    [TestCase("metadata.size>big", TestName = "range on a non-number")]
    [TestCase("action=null", TestName = "null on a required field")]
    public void Semantic_problems_are_reported(string text)
    {
        Assert.That(LcqlSchema.Check(Parse(text)), Is.Not.Empty);
    }

    [TestCase("id=01a206ca-eb73-7375-ab1f-f041ff2abba7 level>=warn message!=null tags=a,b timestamp>2026-11-23T00:00:00Z")]
    [TestCase("metadata.status_code=500 context.request_id!=null actor.email~\"@example.com\" message@\"timed out\" api_key_id!=01a206ca-eb73-7375-ab1f-f041ff2abba7")]
    public void Valid_queries_have_no_problems(string text)
    {
        Assert.That(LcqlSchema.Check(Parse(text)), Is.Empty);
    }

    [Test]
    public void Environment_literals_are_collected_under_any_operator()
    {
        Assert.That(LcqlSchema.EnvironmentLiterals(Parse("environment=production environment!=staging,prod")), Is.EqualTo(new[] { "production", "staging", "prod" }));
    }

    private static LcqlQuery Parse(string text)
    {
        Assert.That(LcqlParser.TryParse(text, out var query, out var error), Is.True, error?.Message);
        return query!;
    }
}
