using System.Globalization;

namespace ProgressIngest.Core.Reporting;

/// <summary>Times as the city reads them: Japan Standard Time (UTC+9, no daylight saving).</summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset Of(DateTimeOffset time) => time.ToOffset(Offset);

    /// <summary>「2025/06/30 14:05」.</summary>
    public static string Format(DateTimeOffset time) => Of(time).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);
}
