using Logtrail.Domain.Activity;

namespace Logtrail.Application.Activity;

/// <summary>The template each action renders with — its saved one, or the default — parsed once per use.</summary>
public sealed class ActionTemplates(IReadOnlyDictionary<string, ActionSettings> settings)
{
    private readonly Dictionary<string, ActivityTemplate> _parsed = new(StringComparer.Ordinal);

    public ActivityTemplate For(string action)
    {
        if (!_parsed.TryGetValue(action, out var template))
        {
            template = ActivityTemplate.OrDefault(settings.GetValueOrDefault(action)?.Template);
            _parsed[action] = template;
        }

        return template;
    }
}
