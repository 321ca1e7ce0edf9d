using Logtrail.Application.Audit;

namespace Logtrail.Application.Common.Security;

/// <summary>
/// The operator acting without an HTTP request, for one scope: the recovery command (<see cref="AdminActor.Cli"/>) or
/// the start-up bootstrap (<see cref="AdminActor.Bootstrap"/>). Unset in request scopes, where the admin token decides.
/// </summary>
public sealed class LocalOperator
{
    public AdminActor? Actor { get; set; }
}
