using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Reading;

namespace ProgressIngest.Core.Parsing;

/// <summary>
/// Finds a template sheet by name, tolerating surrounding spaces and full-/half-width differences. Only a visible
/// sheet is read: a hidden one is what someone put away, and two visible candidates leave no way to know which
/// one the division meant, so neither is guessed.
/// </summary>
internal static class SheetFinder
{
    public static SheetLookup Find(RawWorkbook workbook, string name)
    {
        var key = TextNormaliser.Key(name);
        var matches = workbook.Sheets.Where(s => TextNormaliser.Key(s.Name) == key).ToList();
        var visible = matches.Where(s => s.Visibility == SheetVisibility.Visible).ToList();
        return visible.Count switch
        {
            1 => new SheetLookup(visible[0], null),
            > 1 => new SheetLookup(null, Ambiguous(name, visible)),
            _ => new SheetLookup(null, matches.Count > 0 ? Hidden(name, matches[0]) : null),
        };
    }

    /// <summary>A renamed copy such as 「指標（修正）」 or 「指標 (2)」: the only visible sheet whose name contains the expected one.</summary>
    public static RawSheet? NearMiss(RawWorkbook workbook, string name)
    {
        var key = TextNormaliser.Key(name);
        var hits = workbook.Sheets
            .Where(s => s.Visibility == SheetVisibility.Visible && TextNormaliser.Key(s.Name).Contains(key, StringComparison.Ordinal))
            .ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    private static Finding Ambiguous(string name, List<RawSheet> sheets)
        => Finding.ForSheet(
            name,
            RuleIds.SheetAmbiguous,
            $"「{name}」とみなすシートが{sheets.Count}つあります（{string.Join("、", sheets.Select(s => $"「{s.Name}」"))}）。どちらが報告する内容か決められないため、読み取りません。",
            $"報告する内容のシートを1つだけ残し、名前を「{name}」にしてください（古いシートや作業用のコピーは削除してください）。");

    private static Finding Hidden(string name, RawSheet sheet)
        => Finding.ForSheet(
            sheet.Name,
            RuleIds.SheetMissing,
            $"シート「{sheet.Name}」が非表示になっているため、読み取りません（非表示のシートの内容は取り込みません）。",
            $"シート見出しを右クリックして［再表示］で「{name}」シートを表示し、内容を確認してから提出してください。");
}

/// <summary>The sheet found, or why none was: <see cref="Problem"/> is null when there is simply no such sheet.</summary>
internal sealed record SheetLookup(RawSheet? Sheet, Finding? Problem);
