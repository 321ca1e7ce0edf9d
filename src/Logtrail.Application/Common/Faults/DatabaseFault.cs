namespace Logtrail.Application.Common.Faults;

/// <summary>What a failure says about the database, as far as the caller's answer is concerned.</summary>
public enum DatabaseFault
{
    /// <summary>Not a database fault the service knows how to answer: a bug, answered 500.</summary>
    None,

    /// <summary>The database is unreachable, shutting down or out of connections: answered 503 with Retry-After.</summary>
    Unavailable,

    /// <summary>A statement ran past the statement timeout: 400 VALIDATION_QUERY_CONSTRAINT on a search, else 503.</summary>
    StatementTimeout,
}
