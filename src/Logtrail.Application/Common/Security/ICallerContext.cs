using Logtrail.Application.Audit;

namespace Logtrail.Application.Common.Security;

/// <summary>Who sent the current request, as authentication established it.</summary>
public interface ICallerContext
{
    /// <summary>The data-API key, when the request came with one.</summary>
    CallerKey? Key { get; }

    /// <summary>Who acts on the admin API: the admin token of the request, or the local operator (recovery command, bootstrap).</summary>
    AdminActor? AdminActor { get; }

    /// <summary>
    /// The project and environment an admin caller names for a read (the console acting as the operator). Never set
    /// on the data API, which accepts only keys.
    /// </summary>
    ReadScope? AdminReadScope { get; }

    /// <summary>The client's network address as the server saw it, when known.</summary>
    string? ClientAddress { get; }
}
