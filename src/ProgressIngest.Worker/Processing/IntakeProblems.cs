using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Processing;

/// <summary>The Japanese findings about a submission that never reached the reader.</summary>
internal static class IntakeProblems
{
    public static Finding CannotOpen(string reason) => Finding.ForFile(RuleIds.FileUnreadable,
        $"ファイルを開けなかったため、受け付けていません（{reason}）。",
        "ファイルを閉じてから（Excelで開いたままにしない）、読み取りの権限があるか確認し、もう一度提出してください。解決しない場合は情報システム担当に相談してください。");

    /// <summary>The archived copy vanished before it was checked (removed by hand, a backup tool): not the submitter's fault.</summary>
    public static Finding ArchiveCopyMissing() => Finding.ForFile(RuleIds.FileUnreadable,
        "受け付けたファイルの保管用コピー（archive フォルダ）が見つからないため、点検できませんでした。提出されたファイルに問題があるわけではありません。",
        "同じファイルを再提出する必要はありません。企画担当課に連絡してください（保管用コピーを復元して台帳を作り直すと点検されます）。");

    public static Finding DivisionUnregistered(string division) => Finding.ForFile(RuleIds.DivisionNotRegistered,
        $"所属「{division}」が所属一覧（schemas/divisions.json）に登録されていないため、点検できませんでした。",
        "企画担当課に所属一覧への登録を確認してください。登録後に、もう一度提出してください。");

    /// <summary>Why a file could not be opened, for the submitter.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "アクセスが拒否されました",
        IOException => "ほかのプログラムが使用中か、読み取りに失敗しました",
        _ => "不明な理由",
    };
}
