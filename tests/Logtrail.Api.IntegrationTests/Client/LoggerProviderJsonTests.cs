using Logtrail.Extensions.Logging;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary>
/// The provider writes each log straight into its request's JSON: what the service stores is what was logged — text
/// JSON must escape, values of every kind, exceptions and scopes, a name given twice.
/// </summary>
public sealed class LoggerProviderJsonTests : ClientTest
{
    private const string ThrowingText = "(could not be turned into text: InvalidOperationException: no text for you)";

    [Test]
    public async Task Text_that_json_must_escape_arrives_exactly_as_logged()
    {
        string[] texts =
        [
            "quote \" backslash \\ slash /", "line\nbreak\r\ttab", "control \u0001\u001f\u007f", "Grüße, 東京, ñ",
            "emoji 🙂 and 𝄞", "<script>alert('x') & +</script>", "separators \u2028\u2029",
        ];
        var (logger, provider) = LoggerOnlyToLogtrail("Shop.Tëxt \"quoted\"", options => options.IncludeMessageTemplate = true);
        for (var index = 0; index < texts.Length; index++)
        {
            using (logger.BeginScope(new Dictionary<string, object?> { ["kéy \"quoted\"\n"] = texts[index] }))
            {
                logger.Log(LogLevel.Information, new EventId(0, "text.check ü"), "{Text}{Index}", texts[index], index);
            }
        }

        await provider.FlushAsync();

        var logs = await LogsAsync("text.check ü");
        Assert.That(logs, Has.Count.EqualTo(texts.Length));
        foreach (var log in logs)
        {
            var text = texts[log.Metadata!["Index"]!.GetValue<int>()];
            Assert.That(log.Message, Is.EqualTo(text + log.Metadata!["Index"]!.GetValue<int>()));
            Assert.That(log.Metadata!["Text"]!.GetValue<string>(), Is.EqualTo(text));
            Assert.That(log.Context!["kéy \"quoted\"\n"]!.GetValue<string>(), Is.EqualTo(text));
            Assert.That(log.Context!["category"]!.GetValue<string>(), Is.EqualTo("Shop.Tëxt \"quoted\""));
            Assert.That(log.Context!["message_template"]!.GetValue<string>(), Is.EqualTo("{Text}{Index}"));
        }
    }

    [Test]
    public async Task A_lone_surrogate_does_not_lose_the_log_it_arrives_as_the_replacement_character()
    {
        var (logger, provider) = LoggerOnlyToLogtrail("Shop", _ => { });

        logger.Log(LogLevel.Information, new EventId(0, "surrogate.check"), "half a pair: {Half}", "\uD83D");
        await provider.FlushAsync();

        var log = (await LogsAsync("surrogate.check")).Single();
        Assert.That(log.Message, Is.EqualTo("half a pair: \uFFFD"));
        Assert.That(log.Metadata!["Half"]!.GetValue<string>(), Is.EqualTo("\uFFFD"));
        Assert.That(provider.Statistics.Failed + provider.Statistics.Rejected, Is.Zero);
    }

    [Test]
    public async Task Structured_values_of_every_kind_keep_their_json_type()
    {
        var (logger, provider) = LoggerOnlyToLogtrail("Shop", _ => { });
        var id = Guid.NewGuid();
        object?[] values =
        [
            "text", true, -42, 9_007_199_254_740_993L, (short)-7, (byte)255, uint.MaxValue, ulong.MaxValue, 1.5, 0.25f,
            12.345m, double.NaN, float.PositiveInfinity,
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(1_234_567),
            new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), id, null, TimeSpan.FromSeconds(90), new Labelled("custom text"),
        ];

        logger.Log(LogLevel.Information, new EventId(0, "values.check"),
            "{S} {B} {I} {L} {Sh} {By} {U} {UL} {D} {F} {M} {NaN} {Inf} {Dto} {Dt} {G} {N} {Span} {Obj}", values);
        using (logger.BeginScope(new Dictionary<string, object?> { ["Value"] = new ThrowingToString() }))
        {
            logger.Log(LogLevel.Information, new EventId(0, "throwing.check"), "Throwing");
        }

        await provider.FlushAsync();

        var metadata = (await LogsAsync("values.check")).Single().Metadata!;
        var throwing = (await LogsAsync("throwing.check")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(metadata["S"]!.GetValue<string>(), Is.EqualTo("text"));
            Assert.That(metadata["B"]!.GetValue<bool>(), Is.True);
            Assert.That(metadata["I"]!.GetValue<int>(), Is.EqualTo(-42));
            Assert.That(metadata["L"]!.GetValue<long>(), Is.EqualTo(9_007_199_254_740_993L), "a long beyond a double's precision stays exact");
            Assert.That(metadata["Sh"]!.GetValue<int>(), Is.EqualTo(-7));
            Assert.That(metadata["By"]!.GetValue<int>(), Is.EqualTo(255));
            Assert.That(metadata["U"]!.GetValue<uint>(), Is.EqualTo(uint.MaxValue));
            Assert.That(metadata["UL"]!.GetValue<ulong>(), Is.EqualTo(ulong.MaxValue));
            Assert.That(metadata["D"]!.GetValue<double>(), Is.EqualTo(1.5));
            Assert.That(metadata["F"]!.GetValue<double>(), Is.EqualTo(0.25));
            Assert.That(metadata["M"]!.GetValue<decimal>(), Is.EqualTo(12.345m));
            Assert.That(metadata["NaN"]!.GetValue<string>(), Is.EqualTo("NaN"), "JSON has no NaN: it travels as text");
            Assert.That(metadata["Inf"]!.GetValue<string>(), Is.EqualTo("Infinity"));
            Assert.That(metadata["Dto"]!.GetValue<string>(), Is.EqualTo("2026-01-02T01:04:05.123456Z"), "UTC, six digits, as the service writes instants");
            Assert.That(metadata["Dt"]!.GetValue<string>(), Is.EqualTo("2026-01-02T03:04:05.000000Z"));
            Assert.That(metadata["G"]!.GetValue<string>(), Is.EqualTo(id.ToString()));
            Assert.That(metadata.ContainsKey("N") && metadata["N"] is null, Is.True, "null stays a JSON null");
            Assert.That(metadata["Span"]!.GetValue<string>(), Is.EqualTo("00:01:30"));
            Assert.That(metadata["Obj"]!.GetValue<string>(), Is.EqualTo("custom text"));
            Assert.That(throwing.Context!["Value"]!.GetValue<string>(), Is.EqualTo(ThrowingText), "a value whose ToString throws does not fail its batch");
        });
    }

    [Test]
    public async Task Exceptions_keep_type_message_and_a_detail_cut_to_the_limit_and_win_over_a_value_named_exception()
    {
        var (logger, provider) = LoggerOnlyToLogtrail("Shop", options => options.MaxExceptionLength = 101);
        logger.LogError(Thrown(new InvalidOperationException("outer \"quoted\"", new ArgumentException("inner"))), "Failed with {exception}", "a value named exception");
        logger.Log(LogLevel.Critical, new EventId(0, "bad.exception"), new MessageThrowingException(), "Bad exception");
        logger.Log(LogLevel.Error, new EventId(0, "emoji.exception"), new Exception(string.Concat(Enumerable.Repeat("🙂", 100))), "Emoji");
        await provider.FlushAsync();

        Assert.That(provider.Statistics.Sent, Is.EqualTo(3), () => $"all three stored (each within the plan's 2 KiB); last error: {provider.Statistics.LastError}");
        var failed = (await LogsAsync("Shop")).Single();
        var bad = (await LogsAsync("bad.exception")).Single();
        var emoji = (await LogsAsync("emoji.exception")).Single().Metadata!["exception"]!["detail"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            var exception = failed.Metadata!["exception"]!;
            Assert.That(failed.Level, Is.EqualTo(Logtrail.Client.LogtrailLevel.Error));
            Assert.That(exception["type"]!.GetValue<string>(), Is.EqualTo("System.InvalidOperationException"));
            Assert.That(exception["message"]!.GetValue<string>(), Is.EqualTo("outer \"quoted\""));
            Assert.That(exception["detail"]!.GetValue<string>(), Does.StartWith("System.InvalidOperationException: outer \"quoted\"").And.Contains("inner"));
            Assert.That(exception["detail"]!.GetValue<string>(), Has.Length.EqualTo(101));
            Assert.That(failed.Message, Is.EqualTo("Failed with a value named exception"));
            Assert.That(bad.Level, Is.EqualTo(Logtrail.Client.LogtrailLevel.Fatal));
            Assert.That(bad.Metadata!["exception"]!["type"]!.GetValue<string>(), Does.EndWith("MessageThrowingException"));
            Assert.That(bad.Metadata!["exception"]!["message"]!.GetValue<string>(), Is.EqualTo(ThrowingText));
            Assert.That(emoji, Has.Length.EqualTo(100), "cut before the half of a surrogate pair that would end it");
            Assert.That(emoji, Does.Not.Contain("\uFFFD"));
        });
    }

    [Test]
    public async Task Scopes_go_to_context_the_innermost_value_of_a_name_wins_and_a_repeated_template_name_keeps_its_last_value()
    {
        var (logger, provider) = LoggerOnlyToLogtrail("Shop.Orders", options => options.IncludeMessageTemplate = true);
        using (logger.BeginScope(new Dictionary<string, object?> { ["tenant"] = "outer", ["request"] = 1, ["event_id"] = "from a scope" }))
        using (logger.BeginScope("plain text scope"))
        using (logger.BeginScope("Order {OrderId}", 17))
        using (logger.BeginScope(42))
        using (logger.BeginScope(new Dictionary<string, object?> { ["tenant"] = "inner" }))
        {
            logger.Log(LogLevel.Warning, new EventId(5, "scoped.check"), "Scoped {Value} {Value}", 1, 2);
        }

        logger.Log(LogLevel.Debug, new EventId(0, "plain.check"), "No scope");
        await provider.FlushAsync();

        var scoped = (await LogsAsync("scoped.check")).Single();
        var unscoped = (await LogsAsync("plain.check")).Single();
        Assert.Multiple(() =>
        {
            var context = scoped.Context!;
            Assert.That(context["tenant"]!.GetValue<string>(), Is.EqualTo("inner"));
            Assert.That(context["request"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(context["event_id"]!.GetValue<string>(), Is.EqualTo("from a scope"), "a scope's value wins over the provider's own field");
            Assert.That(context["OrderId"]!.GetValue<int>(), Is.EqualTo(17));
            Assert.That(context["scopes"]!.AsArray().Select(node => node!.ToJsonString()), Is.EqualTo(new[] { "\"plain text scope\"", "42" }));
            Assert.That(context["category"]!.GetValue<string>(), Is.EqualTo("Shop.Orders"));
            Assert.That(context["message_template"]!.GetValue<string>(), Is.EqualTo("Scoped {Value} {Value}"));
            Assert.That(scoped.Metadata!["Value"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(scoped.Message, Is.EqualTo("Scoped 1 2"));
            Assert.That(unscoped.Metadata, Is.Null, "nothing but the template: no metadata");
            Assert.That(unscoped.Context!.Select(pair => pair.Key), Is.EquivalentTo(new[] { "category", "message_template" }));
        });
    }

    /// <summary>
    /// A logger whose only provider is Logtrail's: the test's capturing logger (which formats every call itself) would
    /// throw on the values and exceptions that are made to throw here.
    /// </summary>
    private (ILogger Logger, LogtrailLoggerProvider Provider) LoggerOnlyToLogtrail(string category, Action<LogtrailLoggerOptions> configure)
    {
        var provider = LoggerProviderServices(configure).Provider;
        var factory = new LoggerFactory([provider], new LoggerFilterOptions { MinLevel = LogLevel.Trace });
        return (factory.CreateLogger(category), provider);
    }

    private async Task<List<Logtrail.Client.LogEntry>> LogsAsync(string action)
    {
        var logs = new List<Logtrail.Client.LogEntry>();
        await foreach (var entry in Client.ListLogsAsync(new Logtrail.Client.LogListFilter { Action = action }))
        {
            logs.Add(entry);
        }

        return logs;
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception thrown)
        {
            return thrown;
        }
    }

    private sealed class Labelled(string text)
    {
        public override string ToString() => text;
    }

    private sealed class ThrowingToString
    {
        public override string ToString() => throw new InvalidOperationException("no text for you");
    }

    private sealed class MessageThrowingException : Exception
    {
        public override string Message => throw new InvalidOperationException("no text for you");
    }
}
