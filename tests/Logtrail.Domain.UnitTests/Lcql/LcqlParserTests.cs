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
    [TestCase("level:error", 5, TestName = "a known field followed by a colon")]
    [TestCase("metadata.code:500", 13, TestName = "a json path followed by a colon")]
    [TestCase("level=error | count", 12, TestName = "a standalone pipe")]
    [TestCase("(level=error", 0, TestName = "an unclosed parenthesis")]
    [TestCase("level=error)", 11, TestName = "a stray closing parenthesis")]
    [TestCase("()", 0, TestName = "empty parentheses")]
    [TestCase("a OR", 4, TestName = "OR at the end")]
    [TestCase("OR a", 0, TestName = "OR at the start")]
    [TestCase("a AND AND b", 6, TestName = "AND twice")]
    [TestCase("NOT NOT a", 4, TestName = "a double negation")]
    [TestCase("- a", 0, TestName = "a minus followed by a space")]
    [TestCase("f(x)", 1, TestName = "a parenthesis inside a word")]
    public void Syntax_errors_carry_their_position(string text, int position)
    {
        Assert.That(LcqlParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error!.Position, Is.EqualTo(position), error.Message);
        Assert.That(error.ExceedsLimit, Is.False);
    }

    [Test]
    public void A_known_field_with_a_colon_is_answered_with_a_hint()
    {
        LcqlParser.TryParse("level:error", out _, out var error);

        Assert.That(error!.Message, Does.Contain("did you mean level=error?"));
    }

    [TestCase("http://example.com/a?b=1", TestName = "a url")]
    [TestCase("10:30", TestName = "a time")]
    [TestCase("a|b", TestName = "a pipe inside a word")]
    [TestCase("and or not", TestName = "lower-case keywords are words")]
    public void Other_words_may_hold_colons_and_pipes(string text)
    {
        Assert.That(Parse(text).Terms.OfType<LcqlTextTerm>().Count(), Is.EqualTo(text.Split(' ').Length));
    }

    [Test]
    public void Spaces_around_operators_are_allowed()
    {
        var term = (LcqlFieldTerm)Parse("timestamp > \"2025-08-17T00:00:00Z\"").Terms.Single();

        Assert.That((term.Field.Name, term.Operator, term.Values.Single().Text), Is.EqualTo(("timestamp", LcqlOperator.Greater, "2025-08-17T00:00:00Z")));
    }

    [Test]
    public void A_minus_right_after_an_operator_belongs_to_the_value()
    {
        var query = Parse("metadata.delta>-5 -level=debug");

        Assert.That(((LcqlFieldTerm)query.Terms[0]).Values.Single().Text, Is.EqualTo("-5"));
        Assert.That(((LcqlAll)query.Root!).Operands[1], Is.TypeOf<LcqlNot>());
    }

    [Test]
    public void Not_binds_tightest_then_and_then_or()
    {
        var root = Parse("a OR b c NOT d").Root;

        var any = (LcqlAny)root!;
        Assert.That(any.Operands[0], Is.TypeOf<LcqlTextTerm>());
        var all = (LcqlAll)any.Operands[1];
        Assert.That(all.Operands.Select(operand => operand.GetType()), Is.EqualTo(new[] { typeof(LcqlTextTerm), typeof(LcqlTextTerm), typeof(LcqlNot) }));
    }

    [Test]
    public void Parentheses_group_and_written_and_is_the_same_as_a_space()
    {
        var grouped = (LcqlAll)Parse("(level=error OR tag=critical) AND NOT action~\"health\"").Root!;

        Assert.That(grouped.Operands[0], Is.TypeOf<LcqlAny>());
        Assert.That(((LcqlNot)grouped.Operands[1]).Operand, Is.TypeOf<LcqlFieldTerm>());
        Assert.That(Parse("(a b)").Root, Is.TypeOf<LcqlAll>());
    }

    [TestCase(20, true)]
    [TestCase(21, false)]
    public void A_query_has_at_most_twenty_terms(int count, bool accepted)
    {
        var ok = LcqlParser.TryParse(string.Join(" OR ", Enumerable.Repeat("level=info", count)), out _, out var error);

        Assert.That(ok, Is.EqualTo(accepted));
        Assert.That(error?.ExceedsLimit ?? true, Is.True);
    }

    [TestCase(100, true)]
    [TestCase(101, false)]
    public void A_term_has_at_most_a_hundred_values(int count, bool accepted)
    {
        var ok = LcqlParser.TryParse("actor.id=" + string.Join(',', Enumerable.Range(0, count)), out _, out var error);

        Assert.That(ok, Is.EqualTo(accepted));
        Assert.That(error?.ExceedsLimit ?? true, Is.True);
    }

    [TestCase(8, true)]
    [TestCase(9, false)]
    public void Parentheses_nest_at_most_eight_levels(int depth, bool accepted)
    {
        var ok = LcqlParser.TryParse(new string('(', depth) + "a" + new string(')', depth), out _, out var error);

        Assert.That(ok, Is.EqualTo(accepted));
        Assert.That(error?.ExceedsLimit ?? true, Is.True);
    }

    [Test]
    public void A_hostile_depth_is_refused_without_recursing_through_it()
    {
        Assert.That(LcqlParser.TryParse(new string('(', 1_000_000), out _, out var error), Is.False);
        Assert.That(error!.ExceedsLimit, Is.True);
    }

    [TestCase("level=loud", TestName = "unknown level")]
    [TestCase("colour=red", TestName = "unknown field")]
    [TestCase("level~err", TestName = "operator not for the field")]
    [TestCase("id=12", TestName = "not a uuid")]
    [TestCase("timestamp>yesterday", TestName = "not a timestamp")]
    [TestCase("metadata.size>big", TestName = "range on neither a number nor an instant")]
    [TestCase("action=null", TestName = "null on a required field")]
    public void Semantic_problems_are_reported(string text)
    {
        Assert.That(LcqlSchema.Check(Parse(text)), Is.Not.Empty);
    }

    [TestCase("id=01a206ca-eb73-7375-ab1f-f041ff2abba7 level>=warn message!=null tags=a,b timestamp>2026-11-23T00:00:00Z")]
    [TestCase("metadata.expires_at>2026-01-01T00:00:00Z metadata.size<=-1.5e3")]
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
