using ProgressIngest.Core.Schema;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Validation;

/// <summary>The commonest scale slip: a percentage typed as a ratio.</summary>
internal static class ScaleCheck
{
    /// <summary>0 &lt; v ≤ 1 in a percent indicator whose published values are above 1: 0.534 meant 53.4 %.</summary>
    public static bool LooksLikeRatio(Indicator indicator, decimal value, PublishedValues published)
        => indicator.Type == ValueType.Percent && value is > 0m and <= 1m && published.HasValueAboveOne(indicator.Id);
}
