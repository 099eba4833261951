using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgressIngest.Worker.Drafting;

/// <summary>
/// Sources as Word comments: each text or number of the draft is wrapped in a comment naming where it
/// comes from (the baseline citation, or the division, file and cell). Comments are the editor's notes,
/// not the report's text: 「すべてのコメントを削除」 leaves the clean report.
/// </summary>
internal sealed class DraftComments
{
    public const string Author = "ProgressIngest";

    private readonly List<Comment> _comments = [];

    public Comments Build() => new(_comments);

    /// <summary>The runs inside a comment range, followed by the comment's mark.</summary>
    public IEnumerable<OpenXmlElement> Around(IEnumerable<OpenXmlElement> runs, IEnumerable<string> lines)
    {
        var id = _comments.Count.ToString(CultureInfo.InvariantCulture);
        var comment = new Comment { Id = id, Author = Author, Initials = "PI" };
        foreach (var line in lines.DefaultIfEmpty("出典なし"))
        {
            comment.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "CommentText" }), new Run(new Text(WordText.Clean(line)) { Space = SpaceProcessingModeValues.Preserve })));
        }

        _comments.Add(comment);
        yield return new CommentRangeStart { Id = id };
        foreach (var run in runs)
        {
            yield return run;
        }

        yield return new CommentRangeEnd { Id = id };
        yield return new Run(new CommentReference { Id = id });
    }
}
