using System.Globalization;

namespace ChatTriage.LoadHarness.Hosting;

/// <summary>What the figures depend on: cores, CPU, memory and how busy the machine is (load average).</summary>
public static class MachineInfo
{
    public static string LoadAverage() => ReadFirstLine("/proc/loadavg") is { } line
        ? string.Join(' ', line.Split(' ').Take(3))
        : "unknown";

    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        var total = memory?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var kb, ..] && long.TryParse(kb, NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            ? (k / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " GiB"
            : "unknown";
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {total} RAM, .NET {Environment.Version}, load average {LoadAverage()}";
    }

    private static string? ReadFirstLine(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadLines(path).FirstOrDefault() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
