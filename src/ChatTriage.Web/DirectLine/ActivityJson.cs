using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatTriage.Web.DirectLine;

/// <summary>Bot Schema types are Newtonsoft-annotated, so activities go in and out of the channel with Newtonsoft.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        MaxDepth = 64,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static Activity Parse(string json) =>
        JsonConvert.DeserializeObject<Activity>(json, Settings) ?? throw new JsonSerializationException("The activity is empty.");

    public static Activity Copy(Activity activity) => Parse(Serialize(activity));
}
