using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgressIngest.Core.Drafting;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Drafting;

/// <summary>
/// Renders a <see cref="ReportDraft"/> as the .docx the planning division edits: the report's structure,
/// the divisions' texts exactly as typed, section 3's tables, native charts and bullets; every text and
/// number with its source in a comment. Content depends only on the draft: no clock, no file system.
/// The body and the comments are written element by element with <see cref="OpenXmlWriter"/>: a nationwide
/// draft (2,000 divisions) held as one document tree took 1.9 GB.
/// </summary>
internal sealed partial class DraftDocumentWriter
{
    private readonly OpenXmlWriter _xml;
    private readonly DraftComments _comments;
    private uint _drawings;

    private DraftDocumentWriter(OpenXmlWriter xml, DraftComments comments)
    {
        _xml = xml;
        _comments = comments;
    }

    public static void Write(ReportDraft draft, Stream output)
    {
        using var package = new DocxPackage(output, draft.Title);
        package.AddStyles(WordStyles.Build());
        for (var i = 0; i < draft.Indicators.Count; i++)
        {
            AddChart(package, draft.Indicators[i], i + 1);
        }

        // Comments are made while the body is written; they wait, compressed, for their own part.
        using var comments = new MemoryStream();
        using (var compressed = new DeflateStream(comments, CompressionLevel.Fastest, leaveOpen: true))
        using (var commentsXml = OpenXmlWriter.Create(compressed))
        {
            package.WriteDocument(body =>
            {
                using var xml = OpenXmlWriter.Create(body);
                var writer = new DraftDocumentWriter(xml, new DraftComments(commentsXml));
                xml.WriteStartDocument();
                xml.WriteStartElement(new Document(), [], Namespaces);
                xml.WriteStartElement(new Body());
                writer.Render(draft);
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.Close();
                writer._comments.Finish();
            });
        }

        comments.Position = 0;
        using var inflated = new DeflateStream(comments, CompressionMode.Decompress);
        package.WriteComments(inflated.CopyTo);
    }

    /// <summary>Declared once on the root, so the streamed elements do not each declare their own.</summary>
    private static readonly KeyValuePair<string, string>[] Namespaces =
    [
        new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        new("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        new("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        new("c", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
    ];

    private void Render(ReportDraft draft)
    {
        var year = ReportText.Year(draft.ReportingYear);
        Paragraph(WordStyles.Title, WordText.Runs(draft.Title));
        Paragraph(WordStyles.Note, WordText.Runs(
            $"この文書は ProgressIngest が集約ファイル（{year}）から作成した案です。各所属の記載は入力どおりに転記しています。" +
            "記載と数値の出典はコメントに示しています（校閲タブの「すべてのコメントを削除」で消せます）。" +
            $"{SentenceRules.NeedsCheck}の箇所は値や記載がまだないため、確認してから仕上げてください。"));
        Paragraph(null, WordText.Runs("１ 対応方針の各取り組み"));
        Paragraph(null, WordText.Runs($"２ {year}における対応方針の進捗状況"));
        Paragraph(null, WordText.Runs("３ 対応方針に関連する指標"));

        Paragraph(WordStyles.Heading1, WordText.Runs("１ 対応方針の各取り組み"));
        foreach (var pillar in draft.Pillars)
        {
            Paragraph(WordStyles.Heading2, WordText.Runs($"{pillar.Number}{pillar.Title}"));
            foreach (var sub in pillar.SubPillars)
            {
                Paragraph(WordStyles.Heading3, WordText.Runs($"{sub.Number}{sub.Title}"));
                foreach (var measure in sub.Measures)
                {
                    Paragraph(null, WordText.Runs(measure.Heading));
                }
            }
        }

        Paragraph(WordStyles.Heading1, WordText.Runs($"２ {year}における対応方針の進捗状況"));
        foreach (var pillar in draft.Pillars)
        {
            foreach (var sub in pillar.SubPillars)
            {
                Paragraph(WordStyles.Heading2, WordText.Runs($"{pillar.Number}{sub.Number}{sub.Title}"));
                foreach (var measure in sub.Measures)
                {
                    Paragraph(WordStyles.Label, WordText.Runs(measure.Heading));
                    Texts("取り組み状況", measure.Progress);
                    Texts("次年度以降", measure.Plans);
                }
            }
        }

        RenderFields(draft.Fields);
        RenderIndicators(draft.Indicators);
        _xml.WriteElement(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1418, Right = 1134, Bottom = 1134, Left = 1134, Header = 851, Footer = 992, Gutter = 0 }));
    }

    private void RenderFields(IReadOnlyList<FieldSection> fields)
    {
        if (fields.Count == 0)
        {
            return;
        }

        Paragraph(WordStyles.Heading2, WordText.Runs("課題解決に向けて優先的に取り組む業務分野（重点分野）"));
        foreach (var field in fields)
        {
            Paragraph(WordStyles.Heading3, WordText.Runs($"{field.Number} {field.Title}"));
            foreach (var theme in field.Themes)
            {
                Paragraph(WordStyles.Label, WordText.Runs($"「{theme.Title}」"));
                foreach (var ward in theme.Wards)
                {
                    Paragraph(null, WordText.Runs(ward.Ward, bold: true));
                    Text($"実施内容・実績: ", ward.Detail);
                    Text($"課題: ", ward.Issues);
                    Text($"次年度以降の予定: ", ward.Plan);
                }
            }
        }
    }

    /// <summary>Under a small heading, each division's text as typed (or why there is none), each with its source.</summary>
    private void Texts(string heading, IReadOnlyList<DivisionText> texts)
    {
        Paragraph(null, WordText.Runs($"【{heading}】", bold: true));
        foreach (var text in texts)
        {
            Text(string.Empty, text);
        }
    }

    private void Text(string label, DivisionText text)
    {
        var runs = new List<OpenXmlElement>();
        if (label.Length > 0)
        {
            runs.AddRange(WordText.Runs(label, bold: true));
        }

        var body = text.IsMissing
            ? $"{SentenceRules.NeedsCheck}（{text.Division}: {text.Status}）"
            : text.Text.Length == 0 ? $"（{text.Division}: 記載なし）" : text.Text;
        var source = $"出典: {text.Division} {text.Source}".TrimEnd();
        var lines = text.IsMissing ? [source] : new[] { source, $"進捗区分: {text.Status}" };
        runs.AddRange(_comments.Around(WordText.Runs(body), lines));
        Paragraph(null, runs);
    }

    private void Paragraph(string? style, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(content);
        _xml.WriteElement(paragraph);
    }
}
