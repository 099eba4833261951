using System.Runtime.CompilerServices;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Reading;

namespace ProgressIngest.Core.Parsing;

/// <summary>Where each known column sits in a sheet, found by label in the first rows.</summary>
internal sealed class HeaderMap
{
    /// <summary>How far down people put title rows above the header.</summary>
    private const int MaxHeaderRow = 30;

    // The column lists are static, so their label keys are worked out once rather than per sheet.
    private static readonly ConditionalWeakTable<IReadOnlyList<ColumnSpec>, Dictionary<string, ColumnSpec>> Lookups = [];

    private readonly Dictionary<ColumnSpec, int> _columns;

    private HeaderMap(int headerRow, Dictionary<ColumnSpec, int> columns, IReadOnlyList<(int Column, string Label)> extra)
    {
        HeaderRow = headerRow;
        _columns = columns;
        Extra = extra;
    }

    public int HeaderRow { get; }

    public IReadOnlyList<(int Column, string Label)> Extra { get; }

    public int? ColumnOf(ColumnSpec spec) => _columns.TryGetValue(spec, out var column) ? column : null;

    /// <summary>Picks the row in the first rows that matches most column labels; null when none matches the key column.</summary>
    public static HeaderMap? Find(RawSheet sheet, IReadOnlyList<ColumnSpec> specs)
    {
        var lookup = Lookups.GetValue(specs, BuildLookup);
        HeaderMap? best = null;
        var bestScore = 0;
        var columns = new Dictionary<ColumnSpec, int>();
        var extra = new List<(int, string)>();
        foreach (var row in sheet.Rows.TakeWhile(r => r.Number <= MaxHeaderRow))
        {
            columns.Clear();
            extra.Clear();
            foreach (var cell in row.Cells)
            {
                if (cell.Value is not string text)
                {
                    continue;
                }

                var cleaned = TextNormaliser.Clean(text);
                if (lookup.TryGetValue(TextNormaliser.Key(StripMarks(cleaned)), out var spec) && !columns.ContainsKey(spec))
                {
                    columns[spec] = cell.Column;
                }
                else if (!string.IsNullOrWhiteSpace(text))
                {
                    extra.Add((cell.Column, cleaned));
                }
            }

            if (columns.ContainsKey(specs[0]) && columns.Count > bestScore)
            {
                bestScore = columns.Count;
                best = new HeaderMap(row.Number, new Dictionary<ColumnSpec, int>(columns), [.. extra]);
            }
        }

        return bestScore >= 2 ? best : null;
    }

    private static Dictionary<string, ColumnSpec> BuildLookup(IReadOnlyList<ColumnSpec> specs)
    {
        var lookup = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            foreach (var label in spec.AllLabels)
            {
                lookup.TryAdd(TextNormaliser.Key(label), spec);
            }
        }

        return lookup;
    }

    /// <summary>The template marks headers with ※ or （編集不可）; people add ＊ for required columns.</summary>
    /// <param name="cleaned">The label after <see cref="TextNormaliser.Clean"/>.</param>
    private static string StripMarks(string cleaned)
    {
        cleaned = cleaned.TrimStart('*', '※').TrimEnd('*', '※');
        var paren = cleaned.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? cleaned[..paren] : cleaned;
    }

    public IEnumerable<Finding> MissingAndExtra(string sheet, IReadOnlyList<ColumnSpec> specs)
    {
        foreach (var spec in specs.Where(s => s.Required && !_columns.ContainsKey(s)))
        {
            yield return Finding.ForSheet(
                sheet,
                RuleIds.ColumnMissing,
                $"シート「{sheet}」に必須の列「{spec.Label}」が見つかりません（見出しは{HeaderRow}行目として読みました）。",
                $"見出し行に「{spec.Label}」の列を追加してください。テンプレートから作り直すと確実です。");
        }

        foreach (var (column, label) in Extra)
        {
            yield return Finding.At(
                new CellRef(sheet, HeaderRow, column),
                RuleIds.ColumnExtra,
                label,
                label,
                $"列「{label}」はテンプレートにない列です。列を追加するのは差し支えありませんが、この列の内容は集約ファイルに取り込みません。",
                "対応は不要です。集約ファイルに載せたい内容があれば「備考」列に書いてください。");
        }
    }
}
