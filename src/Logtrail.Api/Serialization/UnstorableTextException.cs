using System.Text.Json;

namespace Logtrail.Api.Serialization;

/// <summary>A body string PostgreSQL cannot store; the serializer adds the JSON path of the field it was in.</summary>
public sealed class UnstorableTextException(string message) : JsonException(message);
