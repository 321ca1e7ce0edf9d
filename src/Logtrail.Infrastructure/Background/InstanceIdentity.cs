using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Background;

/// <summary>This instance's name among the instances sharing the database (<see cref="InstanceOptions.Id"/>).</summary>
public sealed class InstanceIdentity(IOptions<InstanceOptions> options)
{
    public string Id { get; } = options.Value.Id is { Length: > 0 } configured
        ? configured
        : $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
