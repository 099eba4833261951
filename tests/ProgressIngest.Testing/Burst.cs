using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Testing;

/// <summary>Distinct, valid submissions spread over the registry's divisions: a reporting-season burst.</summary>
public static class Burst
{
    public static IReadOnlyList<(string Division, string Name, byte[] Content)> Make(Catalogue catalogue, int count)
    {
        var divisions = catalogue.Divisions;
        var files = new List<(string, string, byte[])>();
        for (var i = 0; i < count; i++)
        {
            // ClosedXML 0.95.4 cannot save the same workbook twice, so each file starts from its own template.
            var division = divisions[i % divisions.Count].Code;
            using var workbook = FilledWorkbook.Create(catalogue, division, 2025);
            workbook.CoverValue(CoverLabels.Person).SetValue($"担当者{i:D4}");
            files.Add((division, $"提出_{i:D4}.xlsx", workbook.ToBytes()));
        }

        return files;
    }
}
