using Logtrail.Application.Keys;
using Logtrail.Application.Keys.Queries.ListKeys;
using Logtrail.Domain.Tenancy;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console;

/// <summary>A page about one key of a project (<c>/console/projects/{projectId}/keys/{keyId}/…</c>), in the key's environment.</summary>
public abstract class KeyPageModel(IMediator mediator) : ProjectPageModel(mediator)
{
    [FromRoute]
    public Guid KeyId { get; set; }

    public KeyDto? Key { get; private set; }

    /// <summary>Loads the project and the key (never its secret); false, with a problem shown, when either is unknown.</summary>
    protected async Task<bool> LoadKeyAsync()
    {
        if (!await LoadProjectAsync())
        {
            return false;
        }

        var keys = await SendAsync(new ListKeysQuery(ProjectId, Environment: null, IncludeRevoked: true));
        Key = keys?.FirstOrDefault(key => key.Id == KeyId);
        if (Key is null)
        {
            SetProblem(new ConsoleProblem(StatusCodes.Status404NotFound, "This project has no such key.", [], null));
            return false;
        }

        Environment = DeploymentEnvironments.Parse(Key.Environment);
        return true;
    }
}
