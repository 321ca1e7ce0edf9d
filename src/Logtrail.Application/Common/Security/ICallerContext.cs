namespace Logtrail.Application.Common.Security;

/// <summary>Who sent the current request, as authentication established it.</summary>
public interface ICallerContext
{
    /// <summary>The data-API key, when the request came with one.</summary>
    CallerKey? Key { get; }

    /// <summary>The admin token's id, when the request came with one.</summary>
    Guid? AdminTokenId { get; }

    /// <summary>The client's network address as the server saw it, when known.</summary>
    string? ClientAddress { get; }
}
