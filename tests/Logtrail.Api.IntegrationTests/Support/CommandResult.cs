namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>How a command of the service's binary ended: its exit code and what it wrote.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error);
