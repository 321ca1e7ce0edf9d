using Logtrail.Domain.Activity;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.UnitTests.Activity;

public sealed class ActivityTemplateTests
{
    [Test]
    public void Placeholders_render_paths_into_the_log()
    {
        var text = Render(
            "{actor.name} invited {target.name} to {metadata.team.name} ({level}, {action}, {tags})",
            Log(actor: """{"name":"Ann"}""", target: """{"name":"Bob"}""", metadata: """{"team":{"name":"Core"}}""", tags: ["billing", "ops"]));

        Assert.That(text, Is.EqualTo("Ann invited Bob to Core (info, team.invite, billing, ops)"));
    }

    [Test]
    public void The_first_alternative_with_text_wins_and_literals_end_the_chain()
    {
        const string template = "{actor.name|actor.email|\"Someone\"} signed in";

        Assert.Multiple(() =>
        {
            Assert.That(Render(template, Log(actor: """{"name":"Ann","email":"ann@x.io"}""")), Is.EqualTo("Ann signed in"));
            Assert.That(Render(template, Log(actor: """{"email":"ann@x.io"}""")), Is.EqualTo("ann@x.io signed in"));
            Assert.That(Render(template, Log(actor: """{"name":"","email":null}""")), Is.EqualTo("Someone signed in"));
            Assert.That(Render(template, Log()), Is.EqualTo("Someone signed in"));
        });
    }

    [Test]
    public void A_value_missing_from_every_alternative_renders_as_nothing()
    {
        Assert.That(Render("Invited {target.name|target.email}.", Log(target: """{"id":"u2"}""")), Is.EqualTo("Invited ."));
    }

    [Test]
    public void Numbers_and_booleans_render_as_written_objects_and_arrays_do_not_render()
    {
        var log = Log(metadata: """{"amount":12.50,"paid":true,"items":[1,2],"card":{"last4":"4242"}}""");

        Assert.That(Render("{metadata.amount} {metadata.paid} [{metadata.items}] [{metadata.card}]", log), Is.EqualTo("12.50 true [] []"));
    }

    [Test]
    public void Markup_in_values_is_kept_as_plain_text_and_line_breaks_become_spaces()
    {
        var text = Render("{actor.name} did it", Log(actor: """{"name":"<script>alert(1)</script>\nEve"}"""));

        Assert.That(text, Is.EqualTo("<script>alert(1)</script> Eve did it"));
    }

    [Test]
    public void Doubled_braces_are_literal_braces()
    {
        Assert.That(Render("{{ {action} }}", Log()), Is.EqualTo("{ team.invite }"));
    }

    [Test]
    public void The_default_template_names_the_actor_and_the_action()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ActivityTemplate.Default.Render(new LogValues(Log(actor: """{"id":"u1"}"""))), Is.EqualTo("u1 performed team.invite"));
            Assert.That(ActivityTemplate.Default.Render(new LogValues(Log())), Is.EqualTo("Someone performed team.invite"));
        });
    }

    [TestCase("", 0, "empty")]
    [TestCase("Hello {actor.name", 6, "not closed")]
    [TestCase("Hello {}", 7, "Expected a field path")]
    [TestCase("{user.name}", 1, "not a known root")]
    [TestCase("{actor}", 1, "is an object")]
    [TestCase("{action.name}", 1, "has no fields")]
    [TestCase("{actor..name}", 1, "empty path segment")]
    [TestCase("{actor.name|}", 12, "Expected a field path")]
    [TestCase("{actor.name \"x\"}", 12, "Expected '|' or '}'")]
    [TestCase("{\"unterminated}", 1, "not closed")]
    [TestCase("{\"bad \\n escape\"}", 6, "may be escaped")]
    [TestCase("done }", 5, "closes no placeholder")]
    public void Invalid_templates_are_refused_with_the_position_of_the_error(string template, int position, string message)
    {
        Assert.That(ActivityTemplate.TryParse(template, out _, out var error), Is.False);
        Assert.That(error!.Position, Is.EqualTo(position));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void A_template_longer_than_the_limit_is_refused()
    {
        Assert.That(ActivityTemplate.TryParse(new string('x', TemplateParser.MaxLength + 1), out _, out var error), Is.False);
        Assert.That(error!.Position, Is.EqualTo(TemplateParser.MaxLength));
    }

    private static string Render(string template, LogEntry log) => ActivityTemplate.Parse(template).Render(new LogValues(log));

    private static LogEntry Log(string? actor = null, string? target = null, string? metadata = null, string[]? tags = null) =>
        new(Guid.CreateVersion7(), Guid.NewGuid(), DeploymentEnvironment.Production, Level.Info, "team.invite", null, tags ?? [],
            actor, target, null, metadata, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, Guid.NewGuid());
}
