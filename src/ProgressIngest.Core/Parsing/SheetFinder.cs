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
}
