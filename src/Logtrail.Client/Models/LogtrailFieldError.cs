namespace Logtrail.Client;

/// <summary>One problem with one field of one log (<c>details.errors</c> items, validation reports).</summary>
public sealed class LogtrailFieldError
{
    /// <summary>The field, e.g. <c>action</c>.</summary>
    public string? Field { get; init; }

    /// <summary>What is wrong.</summary>
    public string? Message { get; init; }

    /// <summary>The 0-based index of the log in a batch, when the request had several.</summary>
    public int? LogIndex { get; init; }

    /// <summary>For LCQL errors: the 0-based character offset in the query.</summary>
    public int? Position { get; init; }
}
