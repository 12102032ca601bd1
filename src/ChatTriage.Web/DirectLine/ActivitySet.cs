using Newtonsoft.Json.Linq;

namespace ChatTriage.Web.DirectLine;

/// <summary>The <c>{ activities: [...], watermark: "n" }</c> frame and poll answer; the watermark is always a string.</summary>
public static class ActivitySet
{
    public static string Serialize(IReadOnlyList<DirectLineEntry> entries, long previousWatermark)
    {
        var serializer = Newtonsoft.Json.JsonSerializer.Create(ActivityJson.Settings);
        var activities = new JArray();
        foreach (var entry in entries)
        {
            activities.Add(JObject.FromObject(entry.Activity, serializer));
        }

        var watermark = entries.Count > 0 ? entries[^1].Sequence : previousWatermark;
        return new JObject
        {
            ["activities"] = activities,
            ["watermark"] = watermark.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.ToString(Newtonsoft.Json.Formatting.None);
    }
}
