using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgressIngest.Worker.Drafting;

/// <summary>
/// Sources as Word comments: each text or number of the draft is wrapped in a comment naming where it
/// comes from (the baseline citation, or the division, file and cell). Comments are the editor's notes,
/// not the report's text: 「すべてのコメントを削除」 leaves the clean report. Each comment is written to the
/// comments part as soon as it is made (a nationwide draft has a quarter of a million of them).
/// </summary>
internal sealed class DraftComments
{
    public const string Author = "ProgressIngest";

    private readonly OpenXmlWriter _xml;
    private int _count;

    public DraftComments(OpenXmlWriter xml)
    {
        _xml = xml;
        _xml.WriteStartDocument();
        _xml.WriteStartElement(new Comments(), [], [new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")]);
    }

    public void Finish()
    {
        _xml.WriteEndElement();
        _xml.Close();
    }

    /// <summary>The runs inside a comment range, followed by the comment's mark; the comment is written now.</summary>
    public IReadOnlyList<OpenXmlElement> Around(IEnumerable<OpenXmlElement> runs, IEnumerable<string> lines)
    {
        var id = (_count++).ToString(CultureInfo.InvariantCulture);
        var comment = new Comment { Id = id, Author = Author, Initials = "PI" };
        foreach (var line in lines.DefaultIfEmpty("出典なし"))
        {
            comment.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "CommentText" }), new Run(new Text(WordText.Clean(line)) { Space = SpaceProcessingModeValues.Preserve })));
        }

        _xml.WriteElement(comment);
        return [new CommentRangeStart { Id = id }, .. runs, new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id })];
    }
}
