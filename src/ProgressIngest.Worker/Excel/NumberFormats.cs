namespace ProgressIngest.Worker.Excel;

/// <summary>Excel number formats for indicator values.</summary>
internal static class NumberFormats
{
    public const string Date = "yyyy/m/d";

    /// <summary><c>#,##0</c> for whole numbers, <c>#,##0.0</c> for one decimal, and so on.</summary>
    public static string ForDecimals(int decimals)
        => decimals <= 0 ? "#,##0" : "#,##0." + new string('0', Math.Min(decimals, 10));
}
