using System.Text.Json.Nodes;

namespace ChatTriage.Web.DirectLine;

/// <summary>Error answers in the Direct Line shape <c>{ "error": { "code", "message" } }</c>.</summary>
public static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Content(
            new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString(),
            "application/json",
            statusCode: status);

    public static IResult For(TokenStatus status) => status switch
    {
        TokenStatus.Missing => Error(StatusCodes.Status401Unauthorized, "MissingToken", "A Bearer token is required."),
        TokenStatus.Expired => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired."),
        _ => Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid."),
    };

    public static IResult NotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "The conversation was not found.");

    public static IResult BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);
}
