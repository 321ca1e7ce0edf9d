namespace Logtrail.Domain.Activity;

/// <summary>One piece of a parsed template: literal text, or a placeholder with its fallbacks in order.</summary>
public abstract record TemplatePart
{
    private TemplatePart()
    {
    }

    public sealed record Text(string Value) : TemplatePart;

    public sealed record Placeholder(IReadOnlyList<TemplateChoice> Choices) : TemplatePart;
}

/// <summary>One alternative of a placeholder: a path into the log, or a quoted literal.</summary>
public abstract record TemplateChoice
{
    private TemplateChoice()
    {
    }

    /// <param name="Fields">The dot path below <paramref name="Root"/>; empty for <c>action</c>, <c>level</c> and <c>tags</c>.</param>
    public sealed record Path(TemplateRoot Root, IReadOnlyList<string> Fields) : TemplateChoice;

    public sealed record Literal(string Value) : TemplateChoice;
}
