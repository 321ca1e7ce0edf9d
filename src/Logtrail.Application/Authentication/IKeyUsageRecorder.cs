namespace Logtrail.Application.Authentication;

/// <summary>Remembers that a key was used; the store catches up in batches, so authentication never writes.</summary>
public interface IKeyUsageRecorder
{
    void RecordUse(Guid keyId, DateTimeOffset usedAt);
}
