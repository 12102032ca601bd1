namespace ChatTriage.Web.Hosting;

public static class HealthExtensions
{
    public static WebApplicationBuilder AddChatTriageHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapChatTriageHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        return app;
    }
}
