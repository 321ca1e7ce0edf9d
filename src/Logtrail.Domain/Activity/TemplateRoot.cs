namespace Logtrail.Domain.Activity;

/// <summary>What a template placeholder may start from (SPEC §7).</summary>
public enum TemplateRoot
{
    Actor,
    Target,
    Context,
    Metadata,
    Action,
    Level,
    Tags,
}
