using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Drafting;

/// <summary>
/// The value axis of an indicator's chart, as the report draws it: not from zero when the values sit far
/// from it (超過勤務 180–220, Q28 75–90), with round bounds and about four steps.
/// </summary>
public sealed record AxisScale(decimal Minimum, decimal Maximum, decimal Step)
{
    public static AxisScale For(IEnumerable<decimal> values, ValueType type)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return new AxisScale(0, type == ValueType.Percent ? 100 : 10, type == ValueType.Percent ? 20 : 2);
        }

        var (low, high) = (list.Min(), list.Max());
        if (low == high && low >= 0)
        {
            // One value, or the same every year: nothing to zoom into, so the axis starts at zero.
            low = 0;
        }

        // A share moving by tenths still gets a few points of room, so 1.6 points does not look like a cliff.
        var span = Math.Max(high - low, Math.Max(type == ValueType.Percent ? 5m : 0m, Math.Abs(high) * 0.05m));
        var step = Nice(span / 4);
        if (type == ValueType.Integer)
        {
            step = Math.Max(step, 1);
        }

        var minimum = Math.Floor(low / step) * step;
        var maximum = Math.Ceiling(high / step) * step;
        if (maximum == high)
        {
            maximum += step;
        }

        if (low >= 0 && minimum <= step)
        {
            minimum = 0;
        }

        if (type == ValueType.Percent)
        {
            maximum = Math.Min(maximum, 100);
        }

        return new AxisScale(minimum, Math.Max(maximum, minimum + step), step);
    }

    /// <summary>1, 2, 5, 10, 20 … at or above <paramref name="rough"/>.</summary>
    private static decimal Nice(decimal rough)
    {
        if (rough <= 0)
        {
            return 1;
        }

        var magnitude = 1m;
        while (magnitude * 10 <= rough)
        {
            magnitude *= 10;
        }

        while (magnitude > rough)
        {
            magnitude /= 10;
        }

        foreach (var factor in new[] { 1m, 2m, 5m, 10m })
        {
            if (factor * magnitude >= rough)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
