using System.Net;
using System.Text;
using Logtrail.Client;
using Logtrail.Samples.WebApp;

// A shop's back end: operational logs go through ILogger to Logtrail in the background; audit events with an actor
// go through the client; each user's activity feed is read back from Logtrail.
// Configuration: Logtrail:ApiKey and Logtrail:BaseUrl (or LOGTRAIL_API_KEY and LOGTRAIL_BASE_URL).
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLogtrail(builder.Configuration.GetSection("Logtrail"));
builder.Logging.AddLogtrail();
var app = builder.Build();

app.MapPost("/users/{userId}/login", async (string userId, LogtrailClient logtrail, ILogger<Program> logger, CancellationToken cancellationToken) =>
{
    ShopLog.SignedIn(logger, userId);
    await logtrail.IngestAsync(AuditEvents.SignedIn(userId), cancellationToken: cancellationToken);
    return Results.NoContent();
});

app.MapPost("/users/{userId}/orders", async (string userId, decimal amount, LogtrailClient logtrail, ILogger<Program> logger, CancellationToken cancellationToken) =>
{
    var orderId = $"o-{Guid.NewGuid():N}"[..10];
    ShopLog.OrderPlaced(logger, orderId, amount);
    await logtrail.IngestAsync(AuditEvents.OrderPlaced(userId, orderId, amount), cancellationToken: cancellationToken);
    return Results.Created($"/orders/{orderId}", new { orderId });
});

app.MapGet("/users/{userId}/activity", async (string userId, LogtrailClient logtrail, CancellationToken cancellationToken) =>
{
    var html = new StringBuilder($"<!doctype html><title>Activity</title><h1>Activity of {WebUtility.HtmlEncode(userId)}</h1><ul>");
    var shown = 0;
    await foreach (var item in logtrail.GetActivityAsync(new ActivityFilter { ActorId = userId, PageSize = 20 }, cancellationToken))
    {
        html.Append($"<li><time>{item.ServerTimestamp:u}</time> {WebUtility.HtmlEncode(item.Text)}</li>");
        if (++shown == 20)
        {
            break;
        }
    }

    return Results.Content(html.Append("</ul>").ToString(), "text/html; charset=utf-8");
});

app.Run();
