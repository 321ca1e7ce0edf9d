using Logtrail.Domain.Activity;

namespace Logtrail.Application.Activity;

/// <summary>
/// One entry of an activity feed (SPEC §7): the rendered text and who did what to whom — nothing else of the log,
/// so no metadata or context value leaves the service.
/// </summary>
public sealed record ActivityItemDto(
    Guid Id,
    string Action,
    string Text,
    ActivityParty? Actor,
    ActivityParty? Target,
    DateTimeOffset ClientTimestamp,
    DateTimeOffset ServerTimestamp)
{
    public static ActivityItemDto Render(LogValues values, ActivityTemplate template)
    {
        var entry = values.Entry;
        return new ActivityItemDto(
            entry.Id,
            entry.Action,
            template.Render(values),
            entry.Actor is null ? null : ActivityParty.Of(values, TemplateRoot.Actor),
            entry.Target is null ? null : ActivityParty.Of(values, TemplateRoot.Target),
            entry.ClientTimestamp,
            entry.ServerTimestamp);
    }
}

/// <summary>An actor or target as an activity feed shows it: <c>id</c>, <c>name</c> and <c>type</c> only.</summary>
public sealed record ActivityParty(string? Id, string? Name, string? Type)
{
    public static ActivityParty Of(LogValues values, TemplateRoot root) =>
        new(values.TextOf(root, ["id"]), values.TextOf(root, ["name"]), values.TextOf(root, ["type"]));
}
