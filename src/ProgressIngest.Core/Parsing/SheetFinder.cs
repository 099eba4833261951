using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Reading;

namespace ProgressIngest.Core.Parsing;

/// <summary>Finds a sheet by name, tolerating surrounding spaces and full-/half-width differences.</summary>
internal static class SheetFinder
{
    public static RawSheet? Find(RawWorkbook workbook, string name)
    {
        var key = TextNormaliser.Key(name);
        return workbook.Sheets.FirstOrDefault(s => TextNormaliser.Key(s.Name) == key);
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
}
