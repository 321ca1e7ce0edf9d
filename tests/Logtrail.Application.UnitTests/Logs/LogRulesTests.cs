using System.Text;
using System.Text.Json;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Logs;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.UnitTests.Logs;

public sealed class LogRulesTests
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

    [TestCase("""{"k":"a\u0000b"}""", false)]
    [TestCase("""{"a\u0000":1}""", false)]
    [TestCase("""{"k":"\ud800"}""", false)]
    [TestCase("""{"k":"\ud83d\ude00"}""", true)]
    [TestCase("""{"k":[{"deep":"ok"}]}""", true)]
    public void Json_is_storable_without_nul_characters_or_unpaired_surrogates(string json, bool storable)
    {
        using var document = JsonDocument.Parse(json);

        Assert.That(JsonText.IsStorable(document.RootElement), Is.EqualTo(storable));
    }

    [TestCase("""{}""", 1)]
    [TestCase("""{"a":1}""", 1)]
    [TestCase("""{"a":{"b":1}}""", 2)]
    [TestCase("""{"a":[{"b":1}]}""", 3)]
    public void Depth_counts_the_object_itself_as_level_one(string json, int depth)
    {
        using var document = JsonDocument.Parse(json);

        Assert.That(JsonText.Depth(document.RootElement), Is.EqualTo(depth));
    }

    private static List<FieldError> Check(string json, int? logIndex = null)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<FieldError>();
        LogRules.Check(new LogInput(document.RootElement, Encoding.UTF8.GetByteCount(json)), logIndex, DefaultPlans.Free, Now, errors);
        return errors;
    }
}
