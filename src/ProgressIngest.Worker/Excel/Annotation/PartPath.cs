namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>Part names as zip entry names (no leading slash) and relationship targets resolved against them.</summary>
internal static class PartPath
{
    /// <summary>The part a relationship of <paramref name="source"/> points at; null for a target outside the package.</summary>
    public static string? Resolve(string source, string target)
    {
        if (target.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<string>();
        if (!target.StartsWith('/'))
        {
            segments.AddRange(Folder(source).Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var segment in Uri.UnescapeDataString(target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>The relationships part of <paramref name="part"/>: xl/worksheets/_rels/sheet1.xml.rels for xl/worksheets/sheet1.xml.</summary>
    public static string RelationshipsOf(string part)
    {
        var folder = Folder(part);
        var name = part[(part.LastIndexOf('/') + 1)..];
        return folder.Length == 0 ? $"_rels/{name}.rels" : $"{folder}/_rels/{name}.rels";
    }

    /// <summary>A target for a relationship from <paramref name="source"/> to <paramref name="target"/>, relative like Excel writes them.</summary>
    public static string Relative(string source, string target)
    {
        var from = Folder(source).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }

    public static string Folder(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? string.Empty : part[..slash];
    }
}
