using ProgressIngest.Core.Model;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Tests.Validation;

/// <summary>Updating the history in place must give what rebuilding it from the in-force submissions gives.</summary>
public sealed class IndicatorHistoryTests
{
    private static readonly FiscalYear R7 = new(2025);

    private static HistoryValue V(string? division, decimal value, int year = 2025) => new("OT-HOURS", new FiscalYear(year), "全体", value, division, division ?? "基準値");

    [Fact]
    public void Replacing_a_division_keeps_the_rebuilt_order()
    {
        var incremental = new IndicatorHistory([V(null, 1), V("a", 2), V("b", 3)]);
        incremental.ReplaceDivision("a", [V("a", 20)]);
        incremental.ReplaceDivision("c", [V("c", 4)]);
        var rebuilt = new IndicatorHistory([V(null, 1), V("a", 20), V("b", 3), V("c", 4)]);

        Assert.Equal(rebuilt.Others("OT-HOURS", R7, "全体", "x").Select(v => (v.Division, v.Value)), incremental.Others("OT-HOURS", R7, "全体", "x").Select(v => (v.Division, v.Value)));
        Assert.Equal(20m, incremental.Value("OT-HOURS", R7, "全体", "a"));
        Assert.Equal("a", incremental.Previous("OT-HOURS", R7.Next(), "全体", "z")!.Division);
    }

    [Fact]
    public void Replacing_with_no_values_removes_the_division()
    {
        var history = new IndicatorHistory([V(null, 1), V("a", 2)]);
        history.ReplaceDivision("a", []);

        Assert.Equal([null], history.Others("OT-HOURS", R7, "全体", "x").Select(v => v.Division));
    }
}
