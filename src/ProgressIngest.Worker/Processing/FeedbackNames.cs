namespace ProgressIngest.Worker.Processing;

/// <summary>Feedback files pair with the submitted file's name, so a submitter finds them next to their own.</summary>
internal static class FeedbackNames
{
    public static string Report(string submittedName) => $"{Stem(submittedName)}_フィードバック.xlsx";

    public static string AnnotatedCopy(string submittedName) => $"{Stem(submittedName)}_指摘箇所.xlsx";

    private static string Stem(string name) => Path.GetFileNameWithoutExtension(name);
}
