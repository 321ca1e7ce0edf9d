using Logtrail.Application.Keys;
using Logtrail.Application.Keys.Commands.RotateKey;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>
/// Rotating a key: a new key with the same name, environment and type, shown once; the old one keeps working for the
/// chosen grace period and then answers as expired.
/// </summary>
public sealed class RotateKeyModel(IMediator mediator) : KeyPageModel(mediator)
{
    /// <summary>The grace periods offered, in seconds, with their labels (the contract allows 0 s to 7 days).</summary>
    public static IReadOnlyList<(int Seconds, string Label)> GracePeriods { get; } =
        [(0, "none: the old key stops now"), (300, "5 minutes"), (3600, "1 hour"), (86_400, "1 day"), (604_800, "7 days")];

    public CreatedKeyDto? Created { get; private set; }

    public Task OnGetAsync() => LoadKeyAsync();

    public async Task<IActionResult> OnPostAsync([FromForm] int? gracePeriodSeconds)
    {
        if (await LoadKeyAsync())
        {
            Created = await SendAsync(new RotateKeyCommand(KeyId, gracePeriodSeconds, ExpiresAt: null));
        }

        return Page();
    }
}
