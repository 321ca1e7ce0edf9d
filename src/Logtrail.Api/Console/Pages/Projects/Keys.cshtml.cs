using Logtrail.Application.Keys;
using Logtrail.Application.Keys.Queries.ListKeys;
using MediatR;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>The project's API keys in one environment, revoked ones included; never a secret.</summary>
public sealed class KeysModel(IMediator mediator, TimeProvider clock) : ProjectPageModel(mediator)
{
    public IReadOnlyList<KeyDto> Keys { get; private set; } = [];

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public async Task OnGetAsync()
    {
        if (await LoadProjectAsync())
        {
            Keys = await SendAsync(new ListKeysQuery(ProjectId, EnvironmentWireName, IncludeRevoked: true)) ?? [];
        }
    }

    public string StateOf(KeyDto key) => key switch
    {
        { RevokedAt: not null } => "revoked",
        { ExpiresAt: { } expiresAt } when expiresAt <= Now => "expired",
        { ExpiresAt: not null } => "expires",
        _ => "active",
    };
}
