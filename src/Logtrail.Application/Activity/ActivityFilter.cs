namespace Logtrail.Application.Activity;

/// <summary>
/// Narrows a log read to an activity feed: public logs only (<c>is_public</c> true, or not said and the action is in
/// <see cref="PublicActions"/>), optionally of one actor or target (matched on their <c>id</c>).
/// </summary>
public sealed record ActivityFilter(IReadOnlyList<string> PublicActions, string? ActorId, string? TargetId);
