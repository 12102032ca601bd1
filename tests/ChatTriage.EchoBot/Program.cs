using ChatTriage.EchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEchoBot(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => TypedResults.Text("ok"));
app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
app.Run();

/// <summary>Entry point of the echo bot (kept public for symmetry with the app's Program).</summary>
public partial class Program;
