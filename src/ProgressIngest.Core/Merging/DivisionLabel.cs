using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Merging;

/// <summary>How every master sheet and the draft name a registry division.</summary>
public static class DivisionLabel
{
    /// <summary>「人事課（jinji）」: the name a reader knows, with the folder code beside it.</summary>
    public static string Of(Division division) => Of(division.Name, division.Code);

    public static string Of(string name, string code) => $"{name}（{code}）";
}
