using Logtrail.Api.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Controllers.Admin;

/// <summary>The admin API (SPEC §8): operator endpoints behind an admin token.</summary>
[ApiController]
[Route("api/v1/admin")]
[Authorize(AuthenticationSchemes = AuthenticationSchemes.AdminToken)]
[Produces("application/json")]
public abstract class AdminControllerBase : ControllerBase
{
    protected ObjectResult Created<T>(T value) => StatusCode(StatusCodes.Status201Created, value);

    /// <summary>201 with <c>Location</c> naming where the created resource can be read.</summary>
    protected ObjectResult Created<T>(T value, string location)
    {
        Response.Headers.Location = location;
        return Created(value);
    }
}
