namespace ProgressIngest.Core.Schema;

/// <summary>One thing wrong in a catalogue file, located precisely enough for the planning division to fix it.</summary>
/// <param name="File">The file's display name, e.g. <c>schemas/divisions.json</c>.</param>
/// <param name="Location">A JSON pointer such as <c>/divisions/3/code</c> (empty for the whole file), or <c>12行目</c> when the text is not JSON.</param>
/// <param name="Entry">The id or code of the list entry the location is in (e.g. <c>aoba</c>), when it has one.</param>
/// <param name="Message">What is wrong and how to fix it, in Japanese.</param>
public sealed record CatalogueProblem(string File, string Location, string? Entry, string Message)
{
    /// <summary>One line: <c>schemas/divisions.json /divisions/3 (aoba): …</c>.</summary>
    public override string ToString()
    {
        var where = Location.Length == 0 ? "(全体)" : Location;
        return Entry is null ? $"{File} {where}: {Message}" : $"{File} {where} ({Entry}): {Message}";
    }
}
