using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Tests.Drafting;

/// <summary>The pure views behind 進捗集計, 督促リスト, 重点分野 and the charts' axes.</summary>
public class ReadingViewTests
{
    private static readonly DateTimeOffset Received = new(2026, 2, 2, 0, 30, 0, TimeSpan.Zero);

    private static MasterModel Model(params SubmissionRecord[] records) => MasterBuilder.Build(TestCatalogue.Real, new FiscalYear(2025), records);

    private static SubmissionRecord Accepted(long id, string division, params MeasureProgress[] measures)
        => new(id, division, $"{division}.xlsx", $"h{id}", Received, Outcome.Accepted, [], new AcceptedData(measures, []));

    [Fact]
    public void Counts_OneReport_TotalsEveryAssignedPlaceAndSplitsTheRestByReason()
    {
        var counts = ProgressCounts.Build(Model(Accepted(1, "bpr", new MeasureProgress("1-3-03", "完了", "済", "", "", "", "取り組み進捗!H5"))));
        var total = counts[0];
        int Column(string name) => total.Counts[ProgressCounts.Columns.ToList().IndexOf(name)];

        Assert.Equal(("全体", "全体"), (total.Level, total.Name));
        Assert.Equal(TestCatalogue.Real.Divisions.Sum(d => d.Measures.Count), total.Total);
        Assert.Equal(1, Column("完了"));
        Assert.Equal(1, Column("未報告"));
        Assert.Equal(total.Total - 2, Column("未提出"));
        Assert.Equal(TestCatalogue.Real.Divisions.Count, counts.Count(c => c.Level == "所属"));
    }

    [Fact]
    public void Reminders_AcceptedDivision_NotListedOthersAre()
    {
        var rows = ReminderList.Build(Model(Accepted(1, "bpr")));

        Assert.DoesNotContain(rows, r => r.Division == "bpr");
        Assert.Equal(TestCatalogue.Real.Divisions.Count - 1, rows.Count);
        Assert.All(rows, r => Assert.Equal("未提出", r.State));
        Assert.Contains("F1-1", rows.Single(r => r.Division == "aoba").Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_BaselineOnly_FourFieldsFiveThemesFiveWardsEach()
    {
        var fields = DraftBuilder.Fields(Model());

        Assert.Equal(["まちづくり推進課分野", "家庭健康課分野", "保育給付課分野", "障害高齢課分野"], fields.Select(f => f.Title));
        Assert.Equal(["F1-1", "F2-1", "F3-1", "F3-2", "F4-1"], fields.SelectMany(f => f.Themes).Select(t => t.Id));
        Assert.All(fields.SelectMany(f => f.Themes), t => Assert.Equal(5, t.Wards.Count));
    }

    [Theory]
    [InlineData("185.8 194.5 210.1", ValueType.Number, 180, 220, 10)]
    [InlineData("78.3 82.4", ValueType.Percent, 78, 84, 2)]
    [InlineData("2 2", ValueType.Integer, 0, 3, 1)]
    [InlineData("64", ValueType.Integer, 0, 80, 20)]
    public void Axis_Values_RoundBoundsNotFromZeroUnlessFlat(string values, ValueType type, int min, int max, int step)
    {
        var list = values.Split(' ').Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new AxisScale(min, max, step), AxisScale.For(list, type));
    }
}
