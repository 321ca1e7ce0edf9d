namespace Logtrail.Application.Common.Exceptions;

/// <summary>One problem with one field; <see cref="LogIndex"/> says which log of a batch (0-based), when it is one.</summary>
public sealed record FieldError(string Field, string Message, int? LogIndex = null);
