using System.Diagnostics;
using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Testing;

/// <summary>
/// Writes inbox-samples/: a filled workbook for every division in the registry, most valid, some
/// with warnings, some with errors, one legacy .xls and one unreadable file.
/// </summary>
public static class SampleSet
{
    public const int ReportingYear = 2025;

    public static void Write(Catalogue catalogue, string root)
    {
        var inbox = Path.Combine(root, "inbox");
        foreach (var division in catalogue.Divisions)
        {
            var folder = Path.Combine(inbox, division.Code);
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".xls", StringComparison.Ordinal)))
            {
                File.Delete(file);
            }
        }

        void Save(string division, string name, Action<FilledWorkbook>? tweak = null)
        {
            using var workbook = FilledWorkbook.Create(catalogue, division, ReportingYear);
            tweak?.Invoke(workbook);
            workbook.SaveAs(Path.Combine(inbox, division, name));
        }

        // Valid, typed the way people type: full-width digits, era years, percent cells, numbers as text.
        Save("jinji", "人事課_進捗報告_R7.xlsx", PeoplesHabits);
        Save("izumi", "泉区_進捗報告（最終）.xlsx", MovedAround);

        // 受理 with every warning explained in 備考: a figure not known yet, a plan left empty on purpose.
        Save("bpr", "BPR推進課_令和7年度進捗.xlsx", w =>
        {
            w.IndicatorCell("BPR-SUPPORT-DONE", "全体", IndicatorColumns.Value).SetValue("集計中");
            w.IndicatorCell("BPR-SUPPORT-DONE", "全体", IndicatorColumns.Notes).SetValue("2月末に確定予定");
        });
        Save("miyagino", "宮城野区_進捗報告.xlsx", w =>
        {
            w.MeasureCell("F2-1", MeasureColumns.Plan).SetValue(string.Empty);
            w.MeasureCell("F2-1", MeasureColumns.Notes).SetValue("令和7年度で事業終了のため、次年度の予定はありません。");
        });

        // Accepted with open warnings; aoba also writes 人事課's indicator, which is not imported.
        Save("dx", "DX推進課_進捗報告.xlsx", Warnings);
        Save("aoba", "青葉区_進捗状況報告.xlsx", w => w.AddIndicatorRow("OT-HOURS", "令和7年度", "全体", 150));

        // Returned with errors.
        Save("compliance", "コンプライアンス推進課_進捗報告.xlsx", Errors);
        Save("kenshu", "職員研修所_進捗報告.xlsx", w =>
        {
            w.CoverValue(CoverLabels.DivisionCode).SetValue("jinji");
            w.IndicatorCell("MANUAL-COURSE", "全体", IndicatorColumns.Value).SetValue("２講");
        });

        // Legacy .xls: converted from a filled template with LibreOffice, if available; otherwise keep the committed one.
        var xlsSource = Path.Combine(Path.GetTempPath(), "若林区_進捗報告.xlsx");
        Save("wakabayashi", "若林区_進捗報告.xlsx");
        File.Move(Path.Combine(inbox, "wakabayashi", "若林区_進捗報告.xlsx"), xlsSource, overwrite: true);
        ConvertToXls(xlsSource, Path.Combine(inbox, "wakabayashi"));

        // Unreadable: a web page saved with an Excel extension.
        File.WriteAllText(
            Path.Combine(inbox, "taihaku", "太白区_進捗報告.xlsx"),
            "<html><head><meta charset=\"utf-8\"><title>進捗報告</title></head><body><table><tr><td>取り組みID</td><td>進捗区分</td></tr></table></body></html>");
    }

    private static void PeoplesHabits(FilledWorkbook w)
    {
        w.CoverValue(CoverLabels.ReportingYear).SetValue("Ｒ７");
        w.MeasureCell("1-1-01", MeasureColumns.Id).SetValue("１－１－０１");
        w.MeasureCell("1-1-02", MeasureColumns.Status).SetValue(" 実施中　");
        w.IndicatorCell("OT-HOURS", "全体", IndicatorColumns.Value).SetValue("１８８．３");
        w.IndicatorCell("OT-HOURS", "本庁等", IndicatorColumns.Year).SetValue("R7");
        w.IndicatorCell("OT-HOURS", "区役所", IndicatorColumns.Year).SetValue(2025);
        var q32 = w.IndicatorCell("SURVEY-Q32", "全体", IndicatorColumns.Value);
        q32.SetValue(0.521);
        q32.Style.NumberFormat.Format = "0.0%";
        w.IndicatorCell("SURVEY-Q28", "本庁等", IndicatorColumns.Value).SetValue("82.6%");
        w.IndicatorCell("SURVEY-Q28", "区役所", IndicatorColumns.Year).SetValue("令和７年度");
        w.IndicatorCell("LIAISON-STAFF", "全体", IndicatorColumns.AsOf).SetValue("令和8年1月31日");
    }

    private static void MovedAround(FilledWorkbook w)
    {
        // A merged title block above the header, and two columns swapped.
        w.Measures.Row(1).InsertRowsAbove(2);
        w.Measures.Cell(1, 1).SetValue("泉区 令和７年度 進捗状況");
        w.Measures.Range(1, 1, 1, 4).Merge();
        FilledWorkbook.SwapColumns(w.Measures, FilledWorkbook.ColumnOf(w.Measures, MeasureColumns.Issues), FilledWorkbook.ColumnOf(w.Measures, MeasureColumns.Notes));
        FilledWorkbook.SwapColumns(w.Indicators, FilledWorkbook.ColumnOf(w.Indicators, IndicatorColumns.Year), FilledWorkbook.ColumnOf(w.Indicators, IndicatorColumns.Value));
    }

    private static void Warnings(FilledWorkbook w)
    {
        w.MeasureCell("1-3-02", MeasureColumns.Plan).SetValue(string.Empty);
        w.MeasureCell("2-3-03", MeasureColumns.Title).SetValue("オンラインツールの導入");
        w.IndicatorCell("DX-HIRE", "全体", IndicatorColumns.Value).SetValue(15);
    }

    private static void Errors(FilledWorkbook w)
    {
        w.MeasureCell("2-2-01", MeasureColumns.Status).SetValue("対応中");
        w.MeasureCell("2-2-02", MeasureColumns.Id).SetValue("2-2-12");
        w.MeasureCell("2-3-01", MeasureColumns.Detail).SetValue(string.Empty);
        w.IndicatorCell("IMPROPER-JAN", "全体", IndicatorColumns.Value).SetValue("たくさん");
        w.IndicatorCell("GOOD-PRACTICE", "全体", IndicatorColumns.AsOf).SetValue("2024/3/31");
        w.AddIndicatorRow("IMPROPER-JAN", "令和6年度", "全体", 300);
    }

    private static void ConvertToXls(string xlsx, string outDir)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            Console.Error.WriteLine("LibreOffice が無いため .xls は再生成しません（コミット済みのファイルを使います）。");
            return;
        }

        using var process = Process.Start(new ProcessStartInfo(soffice, ["--headless", "--convert-to", "xls", "--outdir", outDir, xlsx])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.WaitForExit(120_000);
    }
}
