using System.Globalization;

namespace ProgressIngest.Worker.Commands;

/// <summary>「処理中 120/2000 (15.2 件/秒, 残り約 2 分): aoba/報告.xlsx」 on one terminal line, rewritten in place.</summary>
internal sealed class ProgressLine
{
    private readonly TextWriter _terminal;
    private readonly TimeProvider _clock;
    private readonly int _total;
    private readonly long _started;

    public ProgressLine(TextWriter terminal, TimeProvider clock, int total)
    {
        _terminal = terminal;
        _clock = clock;
        _total = total;
        _started = clock.GetTimestamp();
    }

    public void Report(int done, string item)
    {
        var elapsed = _clock.GetElapsedTime(_started).TotalSeconds;
        var rate = elapsed > 0 ? done / elapsed : 0;
        var eta = rate > 0 ? Remaining(TimeSpan.FromSeconds((_total - done) / rate)) : "—";
        var text = string.Create(CultureInfo.InvariantCulture, $"\r処理中 {done + 1}/{_total}（{rate:0.0} 件/秒、残り{eta}）: {item}");
        _terminal.Write(text.Length > 100 ? text[..100] : text.PadRight(100));
    }

    public void Finish()
    {
        if (_total > 0)
        {
            _terminal.WriteLine();
        }
    }

    private static string Remaining(TimeSpan left) => left.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"約 {Math.Ceiling(left.TotalMinutes):0} 分")
        : string.Create(CultureInfo.InvariantCulture, $"約 {Math.Ceiling(left.TotalSeconds):0} 秒");
}
