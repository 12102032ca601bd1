using ChatTriage.Web.Agents;
using ChatTriage.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddChatTriageHealth();
builder.AddChatTriageAgents();

var app = builder.Build();
app.MapChatTriageHealth();
app.MapChatTriageAgents();
app.Run();

/// <summary>Exposed so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
