namespace Logtrail.Domain.Lcql;

/// <summary>What a field is, which decides the operators and values it takes and how it is searched.</summary>
public enum LcqlFieldKind
{
    Id,
    ApiKeyId,
    Level,
    Action,
    Message,
    Environment,
    Tags,
    Timestamp,
    ClientTimestamp,
    Json,
}
