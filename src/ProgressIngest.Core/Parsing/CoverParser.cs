using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Reading;

namespace ProgressIngest.Core.Parsing;

/// <summary>Reads 表紙: each label (anywhere in its row, normally column A) with the value in the next cell to its right.</summary>
internal static class CoverParser
{
    private static readonly Dictionary<string, string> LabelKeys = CoverLabels.All.ToDictionary(TextNormaliser.Key, l => l, StringComparer.Ordinal);

    public static CoverEntry Parse(RawSheet sheet)
    {
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        var keys = LabelKeys;
        foreach (var row in sheet.Rows)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.Value is not string text
                    || !keys.TryGetValue(TextNormaliser.Key(text.Replace("※", string.Empty, StringComparison.Ordinal)), out var label)
                    || fields.ContainsKey(label))
                {
                    continue;
                }

                var valueCell = row.Cells.FirstOrDefault(c => c.Column > cell.Column);
                var column = valueCell.Column > 0 ? valueCell.Column : cell.Column + 1;
                fields[label] = Field.From(new CellRef(sheet.Name, row.Number, column), valueCell.Column > 0 ? valueCell : null);
                break;
            }
        }

        Field Get(string label) => fields.TryGetValue(label, out var f) ? f : Field.Absent;

        var code = Get(CoverLabels.DivisionCode);
        var year = Get(CoverLabels.ReportingYear);
        var submitted = Get(CoverLabels.SubmittedOn);
        var codeText = TextNormaliser.Clean(code.Typed).ToLowerInvariant();
        return new CoverEntry(
            sheet.Name,
            code,
            Get(CoverLabels.DivisionName),
            year,
            submitted,
            Get(CoverLabels.Person),
            Get(CoverLabels.Contact),
            Get(CoverLabels.TemplateVersion),
            Get(CoverLabels.CatalogueHash),
            codeText.Length == 0 || code.IsError ? null : codeText,
            year.IsBlank || year.IsError ? null : FiscalYear.Parse(year.Raw),
            submitted.IsBlank || submitted.IsError ? null : JapaneseDateParser.Parse(submitted.Raw, submitted.Format));
    }
}
