using System.Text;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Logs.Commands.IngestLog;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.UnitTests.Logs;

public sealed class IngestLogRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_valid_log_has_no_problems()
    {
        Assert.That(Check("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","tags":["x"],"metadata":{"a":{"b":{}}}}"""), Is.Empty);
    }

    [Test]
    public void Every_problem_of_a_log_is_reported_with_its_index()
    {
        var errors = Check("""{"action":"","level":"loud","tags":[1],"actor":[]}""", logIndex: 3);

        Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(new[] { "action", "level", "clientTimestamp", "tags[0]", "actor" }));
        Assert.That(errors.Select(e => e.LogIndex), Is.All.EqualTo(3));
    }

    [TestCase("2026-11-24T10:00:00Z", true)]
    [TestCase("2026-11-24T10:00:01Z", false)]
    public void A_client_timestamp_may_be_up_to_24_hours_ahead(string timestamp, bool valid)
    {
        Assert.That(Check($$"""{"action":"a","level":"info","clientTimestamp":"{{timestamp}}"}"""), valid ? Is.Empty : Is.Not.Empty);
    }

    [Test]
    public void The_raw_size_is_measured_against_the_plans_max_log_size()
    {
        var json = $$"""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","message":"{{new string('x', 650)}}"}""";

        var errors = Check(json);

        Assert.That(Encoding.UTF8.GetByteCount(json), Is.GreaterThan(DefaultPlans.Free.MaxLogSizeBytes));
        Assert.That(errors.Single().Field, Is.EqualTo(""));
    }

    [TestCase("""{"k":"a\u0000b"}""", "context.k", "NUL")]
    [TestCase("""{"a\u0000":1}""", "context", "NUL")]
    [TestCase("""{"k":"\ud800"}""", "context.k", "unpaired UTF-16 surrogate")]
    [TestCase("""{"k":[1,{"n":1e1000000}]}""", "context.k[1].n", "outside the range")]
    public void Text_or_numbers_postgresql_cannot_store_are_named_by_their_path(string context, string field, string reason)
    {
        var errors = Check($$"""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","context":{{context}}}""");

        Assert.That(errors.Single().Field, Is.EqualTo(field));
        Assert.That(errors.Single().Message, Does.Contain(reason));
    }

    [TestCase("""{"k":"\ud83d\ude00"}""")]
    [TestCase("""{"k":[{"deep":"ok"}],"n":-1.5e-300}""")]
    public void Paired_surrogates_and_ordinary_numbers_are_storable(string context)
    {
        Assert.That(Check($$"""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","context":{{context}}}"""), Is.Empty);
    }

    [Test]
    public void A_numeric_client_timestamp_is_reported_as_a_wrong_type_not_as_a_nul_problem()
    {
        var error = Check("""{"action":"a","level":"info","clientTimestamp":1732356000}""").Single();

        Assert.That(error.Field, Is.EqualTo("clientTimestamp"));
        Assert.That(error.Message, Does.Contain("must be a string holding an RFC 3339 timestamp").And.Contain("not a number"));
    }

    [TestCase("""{}""", 1)]
    [TestCase("""{"a":1}""", 1)]
    [TestCase("""{"a":{"b":1}}""", 2)]
    [TestCase("""{"a":[{"b":1}]}""", 3)]
    public void Depth_counts_the_object_itself_as_level_one(string json, int depth)
    {
        var log = LogParser.Parse(Encoding.UTF8.GetBytes($$"""{"metadata":{{json}}}"""));

        Assert.That(log.Metadata!.Depth, Is.EqualTo(depth));
        Assert.That(log.Metadata.Json, Is.EqualTo(json));
    }

    private static List<FieldError> Check(string json, int? logIndex = null)
    {
        var errors = new List<FieldError>();
        IngestLogRules.Check(LogParser.Parse(Encoding.UTF8.GetBytes(json)), logIndex, DefaultPlans.Free, Now, errors);
        return errors;
    }
}
