using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel;

/// <summary>The Japanese findings about a file as a whole: one per kind of failure to read it, and the warnings about its package.</summary>
internal static class FileProblems
{
    private const string Resubmit = "Excelでファイルを開き、「名前を付けて保存」で「Excel ブック (*.xlsx)」形式を選んで保存し直してから、もう一度提出してください。";

    public static Finding Missing(string name) => Finding.ForFile(RuleIds.FileUnreadable,
        $"ファイル「{name}」が見つかりません。",
        "ファイルの場所と名前を確認してください。");

    public static Finding Empty() => Finding.ForFile(RuleIds.FileEmpty,
        "ファイルの中身が空です（0バイト）。コピーが途中で失敗した可能性があります。",
        "元のファイルをもう一度コピーして提出してください。");

    public static Finding TooLarge(long bytes, long limit) => Finding.ForFile(RuleIds.FileTooLarge,
        $"ファイルが大きすぎます（{bytes / 1024 / 1024.0:0.0}MB、上限 {limit / 1024 / 1024}MB）。",
        "画像や不要なシートを削除し、テンプレートのシートだけにして提出してください。");

    public static Finding ZipBomb(string detail) => Finding.ForFile(RuleIds.FileZipBomb,
        $"ファイルの内部構造が異常なため、安全のため読み込みを中止しました（{detail}）。",
        "テンプレートから作成した通常のExcelファイルを提出してください。心当たりがない場合は情報システム担当に相談してください。");

    public static Finding Encrypted() => Finding.ForFile(RuleIds.FileEncrypted,
        "ファイルにパスワードが設定されているため読めません。",
        "Excelで「ファイル」→「情報」→「ブックの保護」からパスワードを解除して保存し、もう一度提出してください。");

    public static Finding NotExcel(string what) => Finding.ForFile(RuleIds.FileNotExcel,
        $"Excelのファイルではありません（{what}）。拡張子だけが .xlsx / .xls になっている可能性があります。",
        Resubmit);

    public static Finding Corrupt(string what) => Finding.ForFile(RuleIds.FileUnreadable,
        $"ファイルが壊れているため読めません（{what}）。",
        "Excelで開けるか確認してください。開ける場合は保存し直して、開けない場合は元のファイルから作り直して提出してください。");

    public static Finding ExternalLinks() => Finding.ForFile(RuleIds.ExternalLink,
        "外部参照（他のブックへのリンク）が含まれています。リンク先は参照せず、ファイルに保存されている値を読み取りました。",
        "リンク先の最新の値を反映させる場合は、Excelでリンクを更新してから値として貼り付け、リンクを解除して提出してください。");

    public static Finding Unsupported(string extension) => Finding.ForFile(RuleIds.FileUnsupported,
        $"このファイル形式（{extension}）は受け付けていません。",
        "テンプレートに記入し、Excel形式（.xlsx、.xlsm、.xls）で提出してください。");
}
