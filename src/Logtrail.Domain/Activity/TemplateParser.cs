using System.Diagnostics.CodeAnalysis;
using System.Text;
using Logtrail.Domain.Common;

namespace Logtrail.Domain.Activity;

/// <summary>
/// Reads the template language of SPEC §7: text with <c>{…}</c> placeholders; inside one, alternatives separated by
/// <c>|</c>, each a dot path (<c>actor.name</c>, <c>metadata.team.id</c>, <c>action</c>, <c>level</c>, <c>tags</c>) or a
/// double-quoted literal. <c>{{</c> and <c>}}</c> stand for literal braces. Errors carry their character position.
/// </summary>
public sealed class TemplateParser
{
    public const int MaxLength = 1_000;

    private static readonly Dictionary<string, TemplateRoot> Roots = new(StringComparer.Ordinal)
    {
        ["actor"] = TemplateRoot.Actor,
        ["target"] = TemplateRoot.Target,
        ["context"] = TemplateRoot.Context,
        ["metadata"] = TemplateRoot.Metadata,
        ["action"] = TemplateRoot.Action,
        ["level"] = TemplateRoot.Level,
        ["tags"] = TemplateRoot.Tags,
    };

    private readonly TextScanner _scanner;

    private TemplateParser(string text) => _scanner = new TextScanner(text);

    public static bool TryParse(string text, out IReadOnlyList<TemplatePart> parts, [NotNullWhen(false)] out SyntaxError? error)
    {
        try
        {
            parts = new TemplateParser(text).ParseTemplate();
            error = null;
            return true;
        }
        catch (TextScanner.SyntaxErrorException exception)
        {
            parts = [];
            error = exception.Error;
            return false;
        }
    }

    private List<TemplatePart> ParseTemplate()
    {
        if (_scanner.Text.Length == 0)
        {
            throw TextScanner.Fail(0, "The template is empty.");
        }

        if (_scanner.Text.Length > MaxLength)
        {
            throw TextScanner.Fail(MaxLength, $"The template is longer than {MaxLength} characters.");
        }

        var parts = new List<TemplatePart>();
        var text = new StringBuilder();
        while (!_scanner.AtEnd)
        {
            var character = _scanner.Current;
            if (character is '{' or '}' && _scanner.Position + 1 < _scanner.Text.Length && _scanner.Text[_scanner.Position + 1] == character)
            {
                text.Append(character);
                _scanner.Advance(2);
            }
            else if (character == '{')
            {
                if (text.Length > 0)
                {
                    parts.Add(new TemplatePart.Text(text.ToString()));
                    text.Clear();
                }

                parts.Add(ParsePlaceholder());
            }
            else if (character == '}')
            {
                throw TextScanner.Fail(_scanner.Position, "'}' closes no placeholder; write '}}' for a literal brace.");
            }
            else
            {
                text.Append(character);
                _scanner.Advance();
            }
        }

        if (text.Length > 0)
        {
            parts.Add(new TemplatePart.Text(text.ToString()));
        }

        return parts;
    }

    private TemplatePart.Placeholder ParsePlaceholder()
    {
        var open = _scanner.Position;
        _scanner.Advance();
        var choices = new List<TemplateChoice>();
        while (true)
        {
            _scanner.SkipWhitespace();
            choices.Add(ParseChoice(open));
            _scanner.SkipWhitespace();
            if (_scanner.AtEnd)
            {
                throw TextScanner.Fail(open, "The placeholder is not closed with '}'.");
            }

            if (_scanner.At('}'))
            {
                _scanner.Advance();
                return new TemplatePart.Placeholder(choices);
            }

            if (!_scanner.At('|'))
            {
                throw TextScanner.Fail(_scanner.Position, $"Expected '|' or '}}', found '{_scanner.Current}'.");
            }

            _scanner.Advance();
        }
    }

    private TemplateChoice ParseChoice(int open)
    {
        if (_scanner.AtEnd)
        {
            throw TextScanner.Fail(open, "The placeholder is not closed with '}'.");
        }

        if (_scanner.At('"'))
        {
            return new TemplateChoice.Literal(_scanner.ReadQuoted());
        }

        var start = _scanner.Position;
        var path = _scanner.ReadWhile(character => char.IsLetterOrDigit(character) || character is '_' or '-' or '.');
        if (path.Length == 0)
        {
            throw TextScanner.Fail(start, "Expected a field path (e.g. actor.name) or a quoted literal.");
        }

        var segments = path.Split('.');
        if (Array.Exists(segments, segment => segment.Length == 0))
        {
            throw TextScanner.Fail(start, $"'{path}' has an empty path segment.");
        }

        if (!Roots.TryGetValue(segments[0], out var root))
        {
            throw TextScanner.Fail(start, $"'{segments[0]}' is not a known root; use actor, target, context, metadata, action, level or tags.");
        }

        var fields = segments[1..];
        return (root, fields.Length) switch
        {
            (TemplateRoot.Action or TemplateRoot.Level or TemplateRoot.Tags, > 0) =>
                throw TextScanner.Fail(start, $"'{segments[0]}' has no fields."),
            (TemplateRoot.Actor or TemplateRoot.Target or TemplateRoot.Context or TemplateRoot.Metadata, 0) =>
                throw TextScanner.Fail(start, $"'{segments[0]}' is an object; name one of its fields, e.g. {segments[0]}.name."),
            _ => new TemplateChoice.Path(root, fields),
        };
    }
}
