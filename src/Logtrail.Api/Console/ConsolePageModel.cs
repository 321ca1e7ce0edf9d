using Logtrail.Application.Common.Exceptions;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Logtrail.Api.Console;

/// <summary>
/// A console page: it sends the same MediatR requests as the API's controllers (the authorization, validation and
/// audit behaviours run for it as for them), and shows a refusal on the page instead of the API's error body.
/// </summary>
public abstract class ConsolePageModel(IMediator mediator) : PageModel
{
    /// <summary>Why the last request sent from this page was refused, if it was.</summary>
    public ConsoleProblem? Problem { get; private set; }

    protected void SetProblem(ConsoleProblem problem)
    {
        Problem = problem;
        Response.StatusCode = problem.StatusCode;
    }

    /// <summary>
    /// Sends <paramref name="request"/>; on a refusal keeps it in <see cref="Problem"/>, answers with its status and
    /// returns null (the page then shows it).
    /// </summary>
    protected async Task<TResponse?> SendAsync<TResponse>(IRequest<TResponse> request)
        where TResponse : class
    {
        try
        {
            return await mediator.Send(request, HttpContext.RequestAborted);
        }
        catch (LogtrailException exception)
        {
            SetProblem(ConsoleProblem.From(exception));
            return null;
        }
    }
}
