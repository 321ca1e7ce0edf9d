using Logtrail.Application.Common.Errors;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>An environment name that is not one of the three.</summary>
public sealed class InvalidEnvironmentException(string value)
    : LogtrailException(
        ErrorKind.InvalidRequest,
        ErrorCodes.InvalidEnvironment,
        $"'{value}' is not an environment; use one of {string.Join(", ", DeploymentEnvironments.All.Select(e => e.ToWireName()))}.",
        "environment");
