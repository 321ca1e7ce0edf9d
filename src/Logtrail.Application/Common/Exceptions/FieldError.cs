using System.Text.Json.Serialization;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>
/// One problem with one field; <see cref="LogIndex"/> says which log of a batch (0-based), when it is one;
/// <see cref="Position"/> the 0-based character offset in an LCQL query, written only for LCQL problems.
/// </summary>
public sealed record FieldError(
    string Field,
    string Message,
    int? LogIndex = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Position = null);
