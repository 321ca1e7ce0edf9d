using Logtrail.Application.Keys.Commands.RevokeKey;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>Revoking a key, after a confirmation page: every instance refuses it from its next request on.</summary>
public sealed class RevokeKeyModel(IMediator mediator) : KeyPageModel(mediator)
{
    public Task OnGetAsync() => LoadKeyAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadKeyAsync() || await SendAsync(new RevokeKeyCommand(KeyId)) is null)
        {
            return Page();
        }

        return LocalRedirect(ProjectUrl("keys"));
    }
}
