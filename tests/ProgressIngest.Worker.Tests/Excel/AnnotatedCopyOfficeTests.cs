using ProgressIngest.Core.Findings;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>LibreOffice opens every annotated copy (a smoke test beside the schema validation).</summary>
public sealed class AnnotatedCopyOfficeTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [SofficeFact]
    public void TryWrite_CopiesOfOpenpyxlAndLibreOfficeFiles_ConvertToPdf()
    {
        Finding[] findings =
        [
            Finding.At(new CellRef("指標", 5, 5), RuleIds.ValueNotNumber, "値", "たくさん", "値「たくさん」は数値ではありません。", "数値だけを入力してください。"),
            Finding.At(new CellRef("取り組み進捗", 4, 5), RuleIds.StatusInvalid, "進捗区分", "実施中？", "選択肢にありません。", "一覧から選んでください。"),
            Finding.At(new CellRef("指標", 30, 3), RuleIds.PlanMissing, "区分", null, "空欄です。", "入力してください。"),
        ];

        foreach (var sample in new[] { "openpyxl-saved.xlsx", "libreoffice-saved.xlsx" })
        {
            using var original = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", sample));
            var copy = Path.Combine(_root.Path, "annotated-" + sample);
            using (var output = File.Create(copy))
            {
                Assert.Null(AnnotatedCopyWriter.TryWrite(original, findings, output));
            }

            var pdf = Soffice.ConvertToPdf(copy, _root.Path);

            Assert.NotNull(pdf);
            Assert.True(new FileInfo(pdf).Length > 1000, pdf);
        }
    }
}
