namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>The package cannot be annotated safely; the message says why, in Japanese, for the submitter.</summary>
internal sealed class AnnotationException : Exception
{
    public AnnotationException(string message)
        : base(message)
    {
    }

    public AnnotationException()
    {
    }

    public AnnotationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
