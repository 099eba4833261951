using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgressIngest.Worker.Drafting;

/// <summary>
/// The draft's styles: Century for Latin text and ＭＳ 明朝 for Japanese (ＭＳ ゴシック in headings), the
/// fonts every Japanese Word installation has; LibreOffice substitutes its own Japanese fonts.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Label = "Label";
    public const string Note = "Note";
    public const string Bullet = "Bullet";

    private const string Latin = "Century";
    private const string Mincho = "ＭＳ 明朝";
    private const string Gothic = "ＭＳ ゴシック";

    public static Styles Build()
        => new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = Mincho, ComplexScript = Latin },
                    new FontSize { Val = "21" },
                    new FontSizeComplexScript { Val = "21" },
                    new Languages { Val = "en-US", EastAsia = "ja-JP" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph(Title, "Title", 32, bold: true, before: 0, after: 240, outline: null, centered: true),
            Paragraph(Heading1, "heading 1", 28, bold: true, before: 360, after: 120, outline: 0),
            Paragraph(Heading2, "heading 2", 24, bold: true, before: 240, after: 80, outline: 1),
            Paragraph(Heading3, "heading 3", 22, bold: true, before: 160, after: 60, outline: 2),
            Paragraph(Label, "見出し（小）", 21, bold: true, before: 120, after: 0, outline: null, gothic: true),
            Paragraph(Note, "注記", 18, bold: false, before: 0, after: 0, outline: null, gothic: false),
            BulletStyle(),
            new Style(new StyleName { Val = "annotation text" }, new StyleRunProperties(new FontSize { Val = "18" })) { Type = StyleValues.Paragraph, StyleId = "CommentText" });

    private static Style Paragraph(string id, string name, int halfPoints, bool bold, int before, int after, int? outline, bool centered = false, bool gothic = true)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = Twips(before), After = Twips(after) });
        if (centered)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var run = new StyleRunProperties();
        if (gothic)
        {
            run.Append(new RunFonts { EastAsia = Gothic });
        }

        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = Twips(halfPoints) }, new FontSizeComplexScript { Val = Twips(halfPoints) });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }

    /// <summary>「• 」 bullets with a hanging indent, as the report's section 3 prints them (no numbering part needed).</summary>
    private static Style BulletStyle()
        => new(
            new StyleName { Val = "箇条書き（指標）" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "60" }, new Indentation { Left = "420", Hanging = "210" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = Bullet,
        };

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
