using System.Diagnostics.CodeAnalysis;
using System.Text;
using Logtrail.Domain.Common;

namespace Logtrail.Domain.Activity;

/// <summary>
/// A parsed activity template (SPEC §7) that turns a log into one line of plain text. A placeholder renders its
/// first choice that has text; when none has, it renders as nothing. Line breaks and other control characters in
/// values become spaces, so the result is always one line; nothing is escaped or interpreted as markup.
/// </summary>
public sealed class ActivityTemplate
{
    public const string DefaultSource = "{actor.name|actor.email|actor.id|\"Someone\"} performed {action}";

    private readonly IReadOnlyList<TemplatePart> _parts;

    private ActivityTemplate(IReadOnlyList<TemplatePart> parts) => _parts = parts;

    /// <summary>What a public log of an action without a template renders with.</summary>
    public static ActivityTemplate Default { get; } = Parse(DefaultSource);

    public static bool TryParse(string source, [NotNullWhen(true)] out ActivityTemplate? template, [NotNullWhen(false)] out SyntaxError? error)
    {
        if (TemplateParser.TryParse(source, out var parts, out error))
        {
            template = new ActivityTemplate(parts);
            return true;
        }

        template = null;
        return false;
    }

    /// <summary>A template already known to be valid (one that was validated when saved).</summary>
    public static ActivityTemplate Parse(string source) =>
        TryParse(source, out var template, out var error)
            ? template
            : throw new ArgumentException($"Invalid template at {error.Position}: {error.Message}", nameof(source));

    /// <summary>The saved template, or <see cref="Default"/> when there is none.</summary>
    public static ActivityTemplate OrDefault(string? source) => source is null ? Default : Parse(source);

    public string Render(LogValues values)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part switch
            {
                TemplatePart.Text literal => literal.Value,
                TemplatePart.Placeholder placeholder => FirstWithText(placeholder, values),
                _ => throw new InvalidOperationException($"Unknown template part {part}."),
            });
        }

        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsControl(text[index]))
            {
                text[index] = ' ';
            }
        }

        return text.ToString();
    }

    private static string FirstWithText(TemplatePart.Placeholder placeholder, LogValues values)
    {
        foreach (var choice in placeholder.Choices)
        {
            var text = choice switch
            {
                TemplateChoice.Literal literal => literal.Value,
                TemplateChoice.Path path => values.TextOf(path.Root, path.Fields),
                _ => null,
            };
            if (!string.IsNullOrEmpty(text))
            {
                return text;
            }
        }

        return "";
    }
}
