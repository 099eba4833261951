using System.Text.Json.Nodes;

namespace ProgressIngest.Worker.Schemas;

/// <summary>
/// Finds the schema object an evaluation path ends in (following <c>$ref</c>, also into the other catalogue
/// schemas), so a failure can be explained from the keyword's own value: the enum's values, the minimum, the
/// description. JsonSchema.Net 8.0.5's <c>SchemaLocation</c> repeats segments for some keywords, so the
/// evaluation path is walked instead.
/// </summary>
internal sealed class SchemaLocator(IReadOnlyDictionary<string, JsonNode> documents)
{
    private static readonly HashSet<string> Named = ["properties", "$defs", "patternProperties", "dependentSchemas"];

    private static readonly HashSet<string> Indexed = ["allOf", "anyOf", "oneOf", "prefixItems"];

    /// <summary>The schema node at <paramref name="evaluationPath"/> of <paramref name="schemaFile"/>; null if the walk fails.</summary>
    public JsonNode? Locate(string schemaFile, string evaluationPath)
    {
        var file = schemaFile;
        JsonNode? node = documents.GetValueOrDefault(file);
        var segments = Segments(evaluationPath);
        for (var i = 0; i < segments.Count && node is not null; i++)
        {
            var segment = segments[i];
            if (segment == "$ref")
            {
                (file, node) = Resolve(file, (string?)node["$ref"]);
            }
            else if (Named.Contains(segment) && i + 1 < segments.Count)
            {
                node = node[segment]?[segments[++i]];
            }
            else if (Indexed.Contains(segment) && i + 1 < segments.Count && int.TryParse(segments[i + 1], out var index))
            {
                node = node[segment] is JsonArray array && index < array.Count ? array[index] : null;
                i++;
            }
            else
            {
                node = node is JsonObject obj ? obj[segment] : null;

                // 8.0.5 writes "items" twice in the evaluation path of an array item ("…/items/items/$ref").
                if (segment == "items" && i + 1 < segments.Count && segments[i + 1] == "items")
                {
                    i++;
                }
            }
        }

        return node;
    }

    /// <summary>The unescaped segments of a JSON pointer.</summary>
    public static List<string> Segments(string pointer)
        => [.. pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    private (string File, JsonNode? Node) Resolve(string file, string? reference)
    {
        if (reference is null)
        {
            return (file, null);
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var target = hash switch
        {
            0 => file,
            < 0 => reference,
            _ => reference[..hash],
        };
        JsonNode? node = documents.GetValueOrDefault(target);
        foreach (var segment in hash < 0 ? [] : Segments(reference[(hash + 1)..]))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return (target, node);
    }
}
