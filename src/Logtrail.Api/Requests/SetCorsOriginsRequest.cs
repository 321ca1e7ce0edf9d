namespace Logtrail.Api.Requests;

/// <summary>Body of <c>PUT /projects/{id}/cors-origins</c>.</summary>
public sealed record SetCorsOriginsRequest(IReadOnlyList<string?>? Origins);
