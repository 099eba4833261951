using ProgressIngest.Core.Schema;

namespace ProgressIngest.Worker.Files;

/// <summary>
/// Lists what is waiting under inbox/&lt;division&gt;/. The scan is the source of truth; the watcher
/// only makes it prompt. Never follows a link out of the root.
/// </summary>
internal static class InboxScanner
{
    /// <param name="notice">Told of strays (files outside a division folder, unknown folders, links).</param>
    /// <param name="skipped">Told the path of each file ignored by name or attribute (hidden, lock and temporary files).</param>
    public static IReadOnlyList<InboxFile> Scan(RootLayout layout, Catalogue catalogue, Action<string>? notice = null, Action<string>? skipped = null)
    {
        var files = new List<InboxFile>();
        if (!Directory.Exists(layout.Inbox))
        {
            return files;
        }

        foreach (var stray in Directory.EnumerateFiles(layout.Inbox))
        {
            notice?.Invoke($"{stray} は所属フォルダの外（inbox 直下）にあるため処理しません。所属フォルダに移してください。");
        }

        foreach (var folder in Directory.EnumerateDirectories(layout.Inbox))
        {
            if (catalogue.FindDivision(Path.GetFileName(folder)) is null)
            {
                notice?.Invoke($"{folder} は登録されていない所属のフォルダのため処理しません（schemas/divisions.json を確認してください）。");
            }
        }

        foreach (var division in catalogue.Divisions)
        {
            var folder = new DirectoryInfo(layout.DivisionInbox(division.Code));
            if (!folder.Exists)
            {
                continue;
            }

            if (folder.LinkTarget is not null)
            {
                notice?.Invoke($"{folder.FullName} はリンクのため読みません。");
                continue;
            }

            foreach (var sub in folder.EnumerateDirectories().Where(d => d.Name != "feedback"))
            {
                notice?.Invoke($"{sub.FullName} は所属フォルダの中のフォルダのため処理しません。ファイルは所属フォルダの直下に置いてください。");
            }

            foreach (var file in folder.EnumerateFiles())
            {
                if (IsIgnored(file))
                {
                    skipped?.Invoke(file.FullName);
                    continue;
                }

                if (file.LinkTarget is not null)
                {
                    notice?.Invoke($"{file.FullName} はリンクのため読みません。");
                    continue;
                }

                files.Add(new InboxFile(division.Code, file.FullName, file.Length, file.LastWriteTimeUtc));
            }
        }

        return files;
    }

    /// <summary>Excel lock files, temporary and hidden files are never submissions.</summary>
    public static bool IsIgnored(FileInfo file)
    {
        var name = file.Name;
        return name.StartsWith("~$", StringComparison.Ordinal)
            || name.StartsWith('.')
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".temp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
            || IsExcelSaveTemp(name)
            || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
            || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase)
            || (file.Attributes & (FileAttributes.Hidden | FileAttributes.System | FileAttributes.Temporary)) != 0;
    }

    /// <summary>While saving, Excel writes an 8-hex-digit file without extension, then renames it.</summary>
    private static bool IsExcelSaveTemp(string name)
        => name.Length == 8 && name.All(char.IsAsciiHexDigit);
}
