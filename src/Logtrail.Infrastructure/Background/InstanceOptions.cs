using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Background;

/// <summary>
/// Section <c>Logtrail:Instance</c>: how this instance names itself and holds the leases of singleton jobs when several
/// instances share one database.
/// </summary>
public sealed class InstanceOptions : IValidatableObject
{
    public const string SectionName = "Logtrail:Instance";

    /// <summary>This instance's name in <c>job_leases.holder</c> and in log lines; host name, process id and a random suffix when unset.</summary>
    public string? Id { get; set; }

    /// <summary>How long a lease lasts without renewal: a holder that dies or hangs loses its jobs after this (at most 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:30")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the holder renews its leases (and others try to take a lapsed one); at most a third of the duration.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:10")]
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LeaseRenewInterval * 3 > LeaseDuration)
        {
            yield return new ValidationResult("LeaseRenewInterval must be at most a third of LeaseDuration.", [nameof(LeaseRenewInterval)]);
        }
    }
}
