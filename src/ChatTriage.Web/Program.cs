using ChatTriage.Web.Agents;
using ChatTriage.Web.DirectLine;
using ChatTriage.Web.Endpoints;
using ChatTriage.Web.Hosting;
using ChatTriage.Web.Scaling;

var builder = WebApplication.CreateBuilder(args);
builder.AddChatTriageHealth();
builder.AddChatTriageBot();
builder.AddChatTriageBotFramework();
builder.AddChatTriageDirectLine();
builder.AddChatTriageScaleOut();
builder.AddChatTriageAgents();

var app = builder.Build();
app.MapChatTriageDirectLine();
app.MapChatTriageHealth();
app.MapChatTriageMessages();
app.MapChatTriageAgents();
app.Run();

/// <summary>Exposed so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
