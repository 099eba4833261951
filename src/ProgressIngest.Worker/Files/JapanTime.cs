using System.Globalization;

namespace ProgressIngest.Worker.Files;

/// <summary>Japan Standard Time (UTC+9, no daylight saving): the time in every name and text an operator reads.</summary>
internal static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    private const string StampFormat = "yyyyMMdd-HHmmss";

    /// <summary>"20250612-093000": sorts as text, fits in a file name.</summary>
    public static string Stamp(DateTimeOffset time) => time.ToOffset(Offset).ToString(StampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseStamp(string text)
        => DateTime.TryParseExact(text, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset)
            : null;

    /// <summary>"2025/06/12 09:30" for messages.</summary>
    public static string Minutes(DateTimeOffset time) => time.ToOffset(Offset).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);
}
