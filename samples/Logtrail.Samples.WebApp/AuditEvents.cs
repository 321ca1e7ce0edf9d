using Logtrail.Client;

namespace Logtrail.Samples.WebApp;

/// <summary>Audit events with an actor, public so that they appear in the user's activity feed.</summary>
internal static class AuditEvents
{
    public static LogEvent SignedIn(string userId) => new("account.signed_in", LogtrailLevel.Info)
    {
        Message = $"{userId} signed in",
        Actor = new() { ["id"] = userId, ["name"] = userId, ["type"] = "user" },
        IsPublic = true,
    };

    public static LogEvent OrderPlaced(string userId, string orderId, decimal amount) => new("order.placed", LogtrailLevel.Info)
    {
        Message = $"{userId} placed order {orderId}",
        Actor = new() { ["id"] = userId, ["name"] = userId, ["type"] = "user" },
        Target = new() { ["id"] = orderId, ["name"] = $"order {orderId}", ["type"] = "order" },
        Metadata = new() { ["amount"] = amount },
        IsPublic = true,
    };
}
