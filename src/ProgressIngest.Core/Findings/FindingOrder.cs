using System.Globalization;

namespace ProgressIngest.Core.Findings;

/// <summary>Orders findings as a submitter reads them: file first, then by sheet, row and column; errors first within a cell.</summary>
public static class FindingOrder
{
    private static readonly string[] SheetOrder = [Layout.SheetNames.Cover, Layout.SheetNames.Measures, Layout.SheetNames.Indicators];

    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings)
        => [.. findings
            .OrderBy(f => f.Sheet is null ? -1 : Array.IndexOf(SheetOrder, f.Sheet) is var i and >= 0 ? i : SheetOrder.Length)
            .ThenBy(f => f.Sheet, StringComparer.Ordinal)
            .ThenBy(f => Row(f.Cell))
            .ThenBy(f => Column(f.Cell))
            .ThenBy(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)];

    public static int Row(string? a1)
    {
        if (a1 is null)
        {
            return 0;
        }

        var digits = a1.AsSpan().IndexOfAnyInRange('0', '9');
        return digits < 0 ? 0 : int.Parse(a1.AsSpan(digits), CultureInfo.InvariantCulture);
    }

    public static int Column(string? a1)
    {
        var column = 0;
        foreach (var c in a1 ?? string.Empty)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }
}
