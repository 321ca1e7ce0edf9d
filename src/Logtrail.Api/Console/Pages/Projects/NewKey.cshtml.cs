using Logtrail.Application.Keys;
using Logtrail.Application.Keys.Commands.CreateKey;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>
/// Creates a key. The answer to the form is the one page that ever shows the key (served with
/// <c>Cache-Control: no-store</c>, like every console page); nothing keeps it for a later page.
/// </summary>
public sealed class NewKeyModel(IMediator mediator) : ProjectPageModel(mediator)
{
    public CreatedKeyDto? Created { get; private set; }

    public Task OnGetAsync() => LoadProjectAsync();

    public async Task<IActionResult> OnPostAsync([FromForm] string? name, [FromForm] string? type, [FromForm] string? expiresAt)
    {
        if (!await LoadProjectAsync())
        {
            return Page();
        }

        if (!ConsoleForm.TryReadInstant(expiresAt, out var expiry))
        {
            SetProblem(ConsoleForm.InvalidInstant("expires_at"));
            return Page();
        }

        Created = await SendAsync(new CreateKeyCommand(ProjectId, name, EnvironmentWireName, type, expiry));
        return Page();
    }
}
