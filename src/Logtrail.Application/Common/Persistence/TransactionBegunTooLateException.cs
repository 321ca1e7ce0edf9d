namespace Logtrail.Application.Common.Persistence;

/// <summary>A write transaction began after the deadline set by <see cref="IWriteTransaction.RequireBegunBy"/>; it was rolled back.</summary>
public sealed class TransactionBegunTooLateException(DateTimeOffset deadline, Exception innerException)
    : Exception($"The write transaction began after its deadline {deadline:O} and was rolled back.", innerException);
