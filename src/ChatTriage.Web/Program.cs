using ChatTriage.Web.Agents;
using ChatTriage.Web.DirectLine;
using ChatTriage.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddChatTriageHealth();
builder.AddChatTriageDirectLine();
builder.AddChatTriageAgents();

var app = builder.Build();
app.MapChatTriageHealth();
app.MapChatTriageDirectLine();
app.MapChatTriageAgents();
app.Run();

/// <summary>Exposed so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
