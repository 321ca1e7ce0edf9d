using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Requests;

/// <summary>The window and keyset page every list endpoint takes from the query string, as the client wrote them.</summary>
public sealed class PageParameters
{
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    [FromQuery(Name = "cursorID")]
    public string? CursorId { get; init; }

    [FromQuery(Name = "cursorTS")]
    public string? CursorTs { get; init; }
}
