using System.Globalization;

namespace ProgressIngest.Core.Reporting;

/// <summary>Japan Standard Time (UTC+9, no daylight saving): the time in every name and text a person reads.</summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    private const string StampFormat = "yyyyMMdd-HHmmss";

    public static DateTimeOffset Of(DateTimeOffset time) => time.ToOffset(Offset);

    /// <summary>「2025/06/30 14:05」 for messages and tables.</summary>
    public static string Format(DateTimeOffset time) => Of(time).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"20250612-093000": sorts as text, fits in a file name.</summary>
    public static string Stamp(DateTimeOffset time) => Of(time).ToString(StampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseStamp(string text)
        => DateTime.TryParseExact(text, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset)
            : null;
}
