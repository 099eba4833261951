using System.Globalization;
using System.Text;

namespace ProgressIngest.Benchmarks;

/// <summary>
/// The results table of docs/benchmarks.md: per size and stage the median with min–max over the runs,
/// and ratios to the baselines computed run by run (each stage against the baselines of its own run).
/// </summary>
internal static class MarkdownReport
{
    public const string Begin = "<!-- results:begin (written by the benchmark runner; do not edit by hand) -->";
    public const string End = "<!-- results:end -->";

    private static readonly (string Stage, string Label)[] Stages =
    [
        ("bare-read", "(a) bare ExcelDataReader read"),
        ("read", "read (preflight + error-cell scan + raw workbook)"),
        ("check", "read + normalise + validate"),
        ("feedback", "feedback (report + annotated copy), all files"),
        ("annotated-copy", "annotated copy alone (package patch), files with cell findings"),
        ("bare-merge", "(b) bare merge: EDR read + ClosedXML write"),
        ("pandas", "(c) pandas read_excel + concat + to_excel"),
        ("once", "whole `once` (ledger, archive, feedback, master, draft)"),
        ("master", "master rebuild from the ledger"),
        ("draft", "report draft (.docx) from the ledger"),
        ("master-big", "master of the 100,000 rows"),
        ("validate", "`validate FILE` as a process"),
        ("row-cap", "`validate` of a 300,000-row sheet (refused at the row cap)"),
        ("watch-single", "watch: feedback after settle, single drops (p95)"),
        ("watch-burst", "watch: feedback after settle, burst (p95)"),
    ];

    public static string Table(IReadOnlyList<Measurement> results, string header)
    {
        var text = new StringBuilder();
        text.AppendLine(header);
        text.AppendLine();
        foreach (var size in results.Select(r => r.Size).Distinct())
        {
            var mine = results.Where(r => r.Size == size).ToList();
            var runs = mine.Select(r => r.Run).Distinct().Count();
            text.AppendLine(CultureInfo.InvariantCulture, $"**{size}** — {runs} run(s); median (min–max)");
            text.AppendLine();
            text.AppendLine("| stage | wall s | CPU s | peak MB | × bare read | × bare merge | × pandas | note |");
            text.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var (stage, label) in Stages)
            {
                var rows = mine.Where(r => r.Stage == stage).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }

                var watch = stage.StartsWith("watch", StringComparison.Ordinal);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {label} | {Span(rows, r => r.WallMs / 1000, "0.00")} | {(watch ? "" : Span(rows, r => r.CpuMs / 1000, "0.00"))} | {(watch ? "" : Span(rows, r => r.PeakMb, "0"))} | {Ratio(mine, rows, "bare-read")} | {Ratio(mine, rows, "bare-merge")} | {Ratio(mine, rows, "pandas")} | {rows[0].Note} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>Replaces the block between the markers in the document (or appends it).</summary>
    public static void Update(string path, string table)
    {
        var document = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var block = $"{Begin}\n{table}{End}";
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        document = begin >= 0 && end > begin
            ? string.Concat(document.AsSpan(0, begin), block, document.AsSpan(end + End.Length))
            : document + "\n" + block + "\n";
        File.WriteAllText(path, document);
    }

    private static string Span(List<Measurement> rows, Func<Measurement, double> value, string format)
    {
        var values = rows.Select(value).Order().ToList();
        var median = Median(values);
        return values.Count == 1
            ? median.ToString(format, CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{median.ToString(format, CultureInfo.InvariantCulture)} ({values[0].ToString(format, CultureInfo.InvariantCulture)}–{values[^1].ToString(format, CultureInfo.InvariantCulture)})");
    }

    private static string Ratio(List<Measurement> all, List<Measurement> rows, string baseline)
    {
        if (rows[0].Stage.StartsWith("watch", StringComparison.Ordinal) || rows[0].Stage is "validate" or "row-cap")
        {
            return string.Empty;
        }

        var ratios = rows
            .Select(r => (r, b: all.FirstOrDefault(x => x.Stage == baseline && x.Run == r.Run)))
            .Where(x => x.b is not null && x.b.WallMs > 0)
            .Select(x => x.r.WallMs / x.b!.WallMs)
            .ToList();
        return ratios.Count == 0 ? string.Empty : Median(ratios).ToString("0.00", CultureInfo.InvariantCulture) + "×";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
