namespace ProgressIngest.Testing;

/// <summary>Plausible 令和7年度 values for every indicator, consistent with the catalogue's rules.</summary>
public static class SampleValues
{
    public static decimal For(string indicatorId, string segment) => (indicatorId, segment) switch
    {
        ("OT-HOURS", "全体") => 188.3m,
        ("OT-HOURS", "本庁等") => 190.2m,
        ("OT-HOURS", "区役所") => 182.9m,
        ("SURVEY-Q32", "全体") => 52.1m,
        ("SURVEY-Q32", "本庁等") => 53.8m,
        ("SURVEY-Q32", "区役所") => 51.0m,
        ("SURVEY-Q28", "全体") => 80.9m,
        ("SURVEY-Q28", "本庁等") => 82.6m,
        ("SURVEY-Q28", "区役所") => 78.9m,
        ("IMPROPER-JAN", _) => 298m,
        ("IMPROPER-FY", _) => 540m,
        ("BPR-SUPPORT", _) => 81m,
        ("BPR-SUPPORT-DONE", _) => 40m,
        ("DX-HIRE", _) => 6m,
        ("MANUAL-COURSE", _) => 3m,
        ("LIAISON-STAFF", _) => 8m,
        ("HEARING-WARD", _) => 48m,
        ("HEARING-HQ", _) => 20m,
        ("GOOD-PRACTICE", _) => 2m,
        _ => 1m,
    };

    public static string Detail(string measureId, string title)
        => $"{title}について、令和７年度は関係課と協議のうえ実施計画を見直し、上半期に庁内説明会を２回開催した。下半期は各区役所の担当者と意見交換を行い、運用上の課題を整理した（{measureId}）。";

    public const string Plan = "令和８年度は、整理した課題への対応策を関係課と検討し、効果を検証しながら取り組みを継続する。";

    public const string Issues = "繁忙期の業務量の偏りがあり、関係課との調整に時間を要している。";
}
