using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatTriage.Storage.Transcripts;

/// <summary>Activities as the Bot Framework wire JSON (Newtonsoft, nulls left out), so a stored transcript reads back as sent.</summary>
internal static class ActivityJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
    };

    public static string Write(IActivity activity) => JsonConvert.SerializeObject(activity, Settings);

    public static Activity Read(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings)!;
}
