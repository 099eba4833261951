using System.Text;
using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>Content that tries to run, hide, or break what we write: read as values, reported, never written as formulas.</summary>
public sealed class ContentTrapTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_FormulasInCoverTextAndValueCells_CachedValuesMergedNothingEvaluated()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var value = workbook.IndicatorCell("BPR-SUPPORT", "全体", IndicatorColumns.Value);
        var detail = workbook.MeasureCell("1-3-04", MeasureColumns.Detail).Address.ToString()!;
        var person = workbook.CoverValue(CoverLabels.Person).Address.ToString()!;
        var cached = value.GetDouble();
        var bytes = HostileFiles.WithCell(workbook.ToBytes(), SheetNames.Indicators, value.Address.ToString()!, $"<c r=\"{value.Address}\"><f>WEBSERVICE(\"http://127.0.0.1:9/leak\")</f><v>{cached}</v></c>");
        bytes = HostileFiles.WithCell(bytes, SheetNames.Measures, detail, $"<c r=\"{detail}\" t=\"str\"><f>\"数式で\"&amp;\"作った実績\"</f><v>数式で作った実績</v></c>");
        bytes = HostileFiles.WithCell(bytes, SheetNames.Cover, person, $"<c r=\"{person}\" t=\"str\"><f>CONCAT(\"山田\",\"花子\")</f><v>山田花子</v></c>");
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "数式.xlsx"), bytes);

        CliRunner.Run("once", "--root", _root.Path);

        var row = NothingLost.Answered(_root.Path, "bpr", "数式.xlsx", bytes);
        Assert.Equal(nameof(Outcome.Accepted), row.Outcome);
        var master = Outcomes.WorkbookText(_root.MasterFile!);
        Assert.Contains("数式で作った実績", master, StringComparison.Ordinal);
        Assert.DoesNotContain("WEBSERVICE", master, StringComparison.Ordinal);
        Assert.False(Outcomes.HasFormula(_root.MasterFile!));
    }

    [Fact]
    public void Once_TextThatLooksLikeAFormula_WrittenAsQuotedTextInMasterFeedbackAndAnnotatedCopy()
    {
        string[] tricky = ["=HYPERLINK(\"http://evil.example/\",\"クリック\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"];
        using (var accepted = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025))
        {
            accepted.MeasureCell("1-3-04", MeasureColumns.Detail).SetValue(tricky[0]);
            accepted.MeasureCell("1-3-04", MeasureColumns.Issues).SetValue(tricky[1]);
            accepted.MeasureCell("1-3-04", MeasureColumns.Plan).SetValue(tricky[2]);
            accepted.MeasureCell("1-3-04", MeasureColumns.Notes).SetValue(tricky[3]);
            accepted.SaveAs(Path.Combine(_root.Inbox("bpr"), "式もどき.xlsx"));
        }

        var measure = RepoPaths.Catalogue.FindDivision("dx")!.Measures[0];
        using (var returned = FilledWorkbook.Create(RepoPaths.Catalogue, "dx", 2025))
        {
            returned.MeasureCell(measure, MeasureColumns.Status).SetValue("=1+1");
            returned.SaveAs(Path.Combine(_root.Inbox("dx"), "差戻し.xlsx"));
        }

        CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(nameof(Outcome.Accepted), Outcomes.Row(_root.Path, "式もどき.xlsx").Outcome);
        Assert.Equal(nameof(Outcome.Returned), Outcomes.Row(_root.Path, "差戻し.xlsx").Outcome);
        var feedback = Path.Combine(_root.Feedback("dx"), FeedbackNames.Report("差戻し.xlsx"));
        var annotated = Path.Combine(_root.Feedback("dx"), FeedbackNames.AnnotatedCopy("差戻し.xlsx"));
        foreach (var written in new[] { _root.MasterFile!, feedback, annotated })
        {
            Assert.False(Outcomes.HasFormula(written), written);
        }

        using var master = new XLWorkbook(_root.MasterFile!);
        foreach (var text in tricky)
        {
            var cell = master.Worksheets.SelectMany(w => w.CellsUsed()).First(c => c.GetString() == text);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.True(cell.Style.IncludeQuotePrefix, text);
        }

        using var answer = new XLWorkbook(feedback);
        Assert.Contains(answer.Worksheets.SelectMany(w => w.CellsUsed()), c => c.GetString() == "=1+1" && c.Style.IncludeQuotePrefix && !c.HasFormula);
    }

    [Fact]
    public void Once_LinksToOtherWorkbooks_CachedValuesReadWithAWarningLinksNeverFollowed()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var value = workbook.IndicatorCell("BPR-SUPPORT", "全体", IndicatorColumns.Value);
        var bytes = HostileFiles.WithCell(workbook.ToBytes(), SheetNames.Indicators, value.Address.ToString()!, $"<c r=\"{value.Address}\"><f>[1]集計!A1</f><v>{value.GetDouble()}</v></c>");
        bytes = HostileFiles.Rebuild(bytes, new Dictionary<string, Action<Stream>>
        {
            ["xl/externalLinks/externalLink1.xml"] = s => s.Write(Encoding.UTF8.GetBytes("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"集計\"/></sheetNames></externalBook></externalLink>")),
            ["xl/externalLinks/_rels/externalLink1.xml.rels"] = s => s.Write(Encoding.UTF8.GetBytes("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" Target=\"file:///\\\\server\\share\\secret.xlsx\" TargetMode=\"External\"/></Relationships>")),
        });
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "リンク.xlsx"), bytes);

        CliRunner.Run("once", "--root", _root.Path);

        var row = NothingLost.Answered(_root.Path, "bpr", "リンク.xlsx", bytes);
        Assert.Equal(nameof(Outcome.AcceptedWithWarnings), row.Outcome);
        Assert.Equal([RuleIds.ExternalLink], row.RuleIds);
        Assert.Equal(nameof(Severity.Warning), row.Findings[0].Severity);
    }

    [Fact]
    public void Once_DataOnHiddenAndVeryHiddenSheets_WarnedPerSheetAndNeverMerged()
    {
        using (var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025))
        {
            var hidden = workbook.Workbook.AddWorksheet("隠し");
            hidden.Cell(1, 1).SetValue("隠された下書き 12345");
            hidden.Visibility = XLWorksheetVisibility.Hidden;
            var veryHidden = workbook.Workbook.AddWorksheet("完全に隠し");
            veryHidden.Cell(2, 2).SetValue("見えない数値 67890");
            veryHidden.Visibility = XLWorksheetVisibility.VeryHidden;
            workbook.Workbook.AddWorksheet("空の隠し").Visibility = XLWorksheetVisibility.Hidden;
            workbook.SaveAs(Path.Combine(_root.Inbox("bpr"), "隠しシート.xlsx"));
        }

        CliRunner.Run("once", "--root", _root.Path);

        var row = Outcomes.Row(_root.Path, "隠しシート.xlsx");
        Assert.Equal(nameof(Outcome.AcceptedWithWarnings), row.Outcome);
        Assert.Equal(["完全に隠し", "隠し"], row.Findings.Where(f => f.RuleId == RuleIds.HiddenSheetData).Select(f => f.Sheet!).Order(StringComparer.Ordinal));
        Assert.Equal(2, row.Findings.Count);
        var master = Outcomes.WorkbookText(_root.MasterFile!);
        Assert.DoesNotContain("12345", master, StringComparison.Ordinal);
        Assert.DoesNotContain("67890", master, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_ControlCharactersAndLoneSurrogatesInText_MasterAndFeedbackStillWrittenAndReadable()
    {
        const string Odd = "制御_x0001_文字_x0008_孤立_xD800_サロゲート_xDC00_と_xFFFF_と\u202E逆順\u200B";
        using var good = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var detail = good.MeasureCell("1-3-04", MeasureColumns.Detail).Address.ToString()!;
        var goodBytes = HostileFiles.WithCell(good.ToBytes(), SheetNames.Measures, detail, HostileFiles.InlineString(detail, Odd));
        var measure = RepoPaths.Catalogue.FindDivision("dx")!.Measures[0];
        using var bad = FilledWorkbook.Create(RepoPaths.Catalogue, "dx", 2025);
        var status = bad.MeasureCell(measure, MeasureColumns.Status).Address.ToString()!;
        var badBytes = HostileFiles.WithCell(bad.ToBytes(), SheetNames.Measures, status, HostileFiles.InlineString(status, Odd));
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "制御文字.xlsx"), goodBytes);
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "制御文字.xlsx"), badBytes);

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(nameof(Outcome.Accepted), NothingLost.Answered(_root.Path, "bpr", "制御文字.xlsx", goodBytes).Outcome);
        var returned = NothingLost.Answered(_root.Path, "dx", "制御文字.xlsx", badBytes);
        Assert.Equal(nameof(Outcome.Returned), returned.Outcome);
        Assert.Contains(returned.Findings, f => f.Cell == status && f.RuleId == RuleIds.StatusInvalid);
        Assert.Contains("孤立", Outcomes.WorkbookText(_root.MasterFile!), StringComparison.Ordinal);
        var feedback = Outcomes.WorkbookText(Path.Combine(_root.Feedback("dx"), FeedbackNames.Report("制御文字.xlsx")));
        Assert.Contains("孤立", feedback, StringComparison.Ordinal);

        // The annotated copy patches the package, so the odd text is carried over exactly as stored.
        var annotated = Path.Combine(_root.Feedback("dx"), FeedbackNames.AnnotatedCopy("制御文字.xlsx"));
        Assert.Contains("孤立", Outcomes.WorkbookText(annotated), StringComparison.Ordinal);
        Assert.DoesNotContain("指摘箇所付きのコピーは作成していません", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_LongJapaneseEmojiAndWindowsForbiddenFileNames_ProcessedArchivedAndAnsweredUnderSafeNames()
    {
        string[] names =
        [
            // Linux allows 255 UTF-8 bytes per name: 77 kanji are as long as a Japanese name can be here (NTFS takes 255 characters).
            string.Concat(Enumerable.Repeat("令和七年度進捗状況報告書", 6)) + "最終版です.xlsx",
            "進捗報告📊✅🎉.xlsx",
            "報告:案<1>\"確定\"|版?*.xlsx",
            "back\\slash.xlsx",
            "改行\n入り\t名前.xlsx",
            "末尾が点とスペース. .xlsx",
            "CON.xlsx",
        ];
        Assert.True(Encoding.UTF8.GetByteCount(names[0]) is > 200 and <= 255);
        var files = Burst.Make(RepoPaths.Catalogue, names.Length);
        var written = new List<(string Division, string Name, byte[] Content)>();
        for (var i = 0; i < names.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(_root.Inbox(files[i].Division), names[i]), files[i].Content);
            written.Add((files[i].Division, names[i], files[i].Content));
        }

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        foreach (var (division, name, content) in written)
        {
            var row = NothingLost.Answered(_root.Path, division, name, content);
            Assert.Equal(nameof(Outcome.Accepted), row.Outcome);
            AssertSafe(Path.GetFileName(row.ArchivePath));
            AssertSafe(FeedbackNames.Report(name));
        }
    }

    private static void AssertSafe(string name)
    {
        Assert.True(Encoding.UTF8.GetByteCount(name) <= 255, name);
        Assert.DoesNotContain(name, c => c < ' ' || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal));
        Assert.False(name.EndsWith('.') || name.EndsWith(' '), name);
        Assert.Equal(name, SafeFileName.Fit(string.Empty, name, string.Empty));
    }
}
