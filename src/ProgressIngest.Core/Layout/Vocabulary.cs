namespace ProgressIngest.Core.Layout;

/// <summary>The fixed lists submitters choose from (drop-downs in the template).</summary>
public static class Vocabulary
{
    public const string NotStarted = "未着手";
    public const string Completed = "完了";

    public static IReadOnlyList<string> Statuses { get; } = [NotStarted, "検討中", "実施中", Completed, "継続実施"];

    /// <summary>Version of the template layout; bump it when the sheets change shape.</summary>
    public const string TemplateVersion = "2025.1";

    /// <summary>実施内容・実績 longer than this gets a warning: the report prints it in a table cell.</summary>
    public const int DetailSoftMaxLength = 800;
}
