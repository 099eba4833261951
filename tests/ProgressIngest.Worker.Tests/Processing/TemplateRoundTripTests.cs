using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Processing;

public class TemplateRoundTripTests
{
    public static TheoryData<string> Divisions() => [.. RepoPaths.Catalogue.Divisions.Select(d => d.Code)];

    private static SubmissionContext Context(string division)
        => new(RepoPaths.Catalogue, RepoPaths.Catalogue.FindDivision(division)!, new FiscalYear(2025), IndicatorHistory.FromBaseline(RepoPaths.Catalogue));

    private static IngestReport Check(byte[] content, string division)
    {
        return SubmissionFile.Check(content, Context(division), ReadLimits.Default);
    }

    [Theory]
    [MemberData(nameof(Divisions))]
    public void Template_FilledCorrectly_ValidatesWithNoFinding(string division)
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, division, 2025);

        var report = Check(workbook.ToBytes(), division);

        Assert.Empty(report.Findings.Select(f => $"{f.Sheet}!{f.Cell} {f.RuleId} {f.Message}"));
        Assert.Equal(Outcome.Accepted, report.Outcome);
    }

    [Theory]
    [MemberData(nameof(Divisions))]
    public void Template_FilledWithPeoplesHabits_ValidatesClean(string division)
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, division, 2025);
        TypeLikePeople(workbook);

        var report = Check(workbook.ToBytes(), division);

        Assert.Empty(report.Findings.Select(f => $"{f.Sheet}!{f.Cell} {f.RuleId} {f.Value}"));
        var plain = Check(FilledWorkbook.Create(RepoPaths.Catalogue, division, 2025).ToBytes(), division);
        Assert.Equivalent(AcceptedData.From(plain.Submission!, Context(division)).Indicators, AcceptedData.From(report.Submission!, Context(division)).Indicators);
    }

    [Theory]
    [InlineData("前年度の値（参考）")]
    [InlineData("前年度の値(参考)")]
    [InlineData("前年度の値")]
    public void Template_PreviousYearColumn_IsAKnownColumnNeverReportedAsAdded(string header)
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "jinji", 2025);
        var indicators = workbook.Indicators;
        var column = FilledWorkbook.ColumnOf(indicators, IndicatorColumns.PreviousValue);
        Assert.Equal(192.6, workbook.IndicatorCell("OT-HOURS", "全体", IndicatorColumns.PreviousValue).GetDouble());
        indicators.Cell(3, column).SetValue(header);
        // People move columns about; the reference column is still recognised wherever it is.
        FilledWorkbook.SwapColumns(indicators, column, FilledWorkbook.ColumnOf(indicators, IndicatorColumns.Notes));

        var report = Check(workbook.ToBytes(), "jinji");

        Assert.Empty(report.Findings.Select(f => $"{f.Sheet}!{f.Cell} {f.RuleId} {f.Value}"));
        Assert.Equal(Outcome.Accepted, report.Outcome);
    }

    [Fact]
    public void LegacyXls_ConvertedFromAFilledTemplate_ValidatesLikeItsXlsx()
    {
        var xls = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "inbox", "wakabayashi", "若林区_進捗報告.xls"));
        using var xlsx = FilledWorkbook.Create(RepoPaths.Catalogue, "wakabayashi", 2025);

        var fromXls = Check(xls, "wakabayashi");
        var fromXlsx = Check(xlsx.ToBytes(), "wakabayashi");

        Assert.Equal(Outcome.Accepted, fromXls.Outcome);
        Assert.Equal(fromXlsx.Findings, fromXls.Findings);
        var a = AcceptedData.From(fromXlsx.Submission!, Context("wakabayashi"));
        var b = AcceptedData.From(fromXls.Submission!, Context("wakabayashi"));
        Assert.Equal(a.Measures.Select(m => (m.MeasureId, m.Status, m.Detail, m.Plan)), b.Measures.Select(m => (m.MeasureId, m.Status, m.Detail, m.Plan)));
        Assert.Contains("令和", b.Measures[0].Detail);
    }

    /// <summary>Full-width ids and digits, era years, percent cells stored as fractions, numbers typed as text.</summary>
    private static void TypeLikePeople(FilledWorkbook workbook)
    {
        var measures = workbook.Measures;
        var idColumn = FilledWorkbook.ColumnOf(measures, MeasureColumns.Id);
        foreach (var cell in measures.Column(idColumn).CellsUsed().Where(c => c.Address.RowNumber > 3))
        {
            cell.SetValue(ToFullWidth(cell.GetString()).Replace('-', '－'));
        }

        workbook.CoverValue(CoverLabels.ReportingYear).SetValue("Ｒ７");
        var indicators = workbook.Indicators;
        var yearColumn = FilledWorkbook.ColumnOf(indicators, IndicatorColumns.Year);
        var valueColumn = FilledWorkbook.ColumnOf(indicators, IndicatorColumns.Value);
        var unitColumn = FilledWorkbook.ColumnOf(indicators, IndicatorColumns.Unit);
        var n = 0;
        foreach (var row in indicators.RowsUsed().Where(r => r.RowNumber() > 3))
        {
            var value = row.Cell(valueColumn);
            var year = row.Cell(yearColumn);
            var number = value.GetDouble();
            year.SetValue(ToFullWidth(year.GetString()));
            if (row.Cell(unitColumn).GetString() == "%" && n % 2 == 0)
            {
                value.SetValue(number / 100);
                value.Style.NumberFormat.Format = "0.0%";
            }
            else if (n % 3 == 0)
            {
                value.SetValue(ToFullWidth(number.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                value.SetValue(number.ToString(System.Globalization.CultureInfo.InvariantCulture) + row.Cell(unitColumn).GetString());
            }

            n++;
        }
    }

    private static string ToFullWidth(string s)
        => new([.. s.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '.' ? '．' : c)]);
}
