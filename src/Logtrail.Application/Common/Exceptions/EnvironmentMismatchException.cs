using Logtrail.Application.Common.Errors;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>The request names an environment other than the key's: a scope mismatch whose <c>details.reason</c> says so.</summary>
public sealed class EnvironmentMismatchException(DeploymentEnvironment named, DeploymentEnvironment keyEnvironment)
    : LogtrailException(
        ErrorKind.EnvironmentMismatch,
        ErrorCodes.ScopeMismatch,
        $"This API key belongs to the {keyEnvironment.ToWireName()} environment and cannot access {named.ToWireName()}.",
        "environment",
        ErrorReasons.EnvironmentMismatch);
