using System.Globalization;
using ProgressIngest.Core.Schema;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Validation;

/// <summary>Numbers in messages: the indicator's decimals, its unit, and differences of percentages in ポイント.</summary>
public static class ValueText
{
    public static string Of(decimal value, Indicator indicator) => Number(value, indicator) + indicator.Unit;

    /// <summary>"+5.4ポイント" for a percent indicator, "-34件" for a count: a change of a percentage is never a percentage.</summary>
    public static string Change(decimal change, Indicator indicator)
        => (change > 0 ? "+" : change < 0 ? "-" : "±") + Number(Math.Abs(change), indicator) + ChangeUnit(indicator);

    public static string ChangeUnit(Indicator indicator) => indicator.Type == ValueType.Percent ? "ポイント" : indicator.Unit;

    /// <summary>The figure alone, with the indicator's decimals: "194.5", "34".</summary>
    public static string Number(decimal value, Indicator indicator)
        => value.ToString(indicator.Type == ValueType.Integer ? "0" : "0." + new string('0', Math.Max(indicator.Decimals, 0)), CultureInfo.InvariantCulture).TrimEnd('.');
}
