namespace Logtrail.Samples.WebApp;

/// <summary>The app's operational log messages: through ILogger, sent to Logtrail by the provider in the background.</summary>
internal static partial class ShopLog
{
    [LoggerMessage(EventId = 1, EventName = "user.login", Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = 2, EventName = "order.placed", Level = LogLevel.Information, Message = "Order {OrderId} placed for {Amount}")]
    public static partial void OrderPlaced(ILogger logger, string orderId, decimal amount);
}
