namespace ProgressIngest.Worker.Processing;

/// <summary>Feedback files pair with the submitted file's name, so a submitter finds them next to their own.</summary>
internal static class FeedbackNames
{
    public static string Report(string submittedName) => Files.SafeFileName.Fit(string.Empty, Stem(submittedName), "_フィードバック.xlsx");

    /// <summary>Keeps .xlsm for a macro-enabled workbook: the annotated copy is the same package, macros included.</summary>
    public static string AnnotatedCopy(string submittedName)
        => Files.SafeFileName.Fit(string.Empty, Stem(submittedName), $"_指摘箇所{(Path.GetExtension(submittedName).Equals(".xlsm", StringComparison.OrdinalIgnoreCase) ? ".xlsm" : ".xlsx")}");

    private static string Stem(string name) => Path.GetFileNameWithoutExtension(name);
}
