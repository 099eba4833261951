using System.Globalization;
using System.Text.Json;

namespace ProgressIngest.Worker.Schemas;

/// <summary>Reads values out of a catalogue file by JSON pointer and shows them the way the file writes them.</summary>
internal static class JsonValues
{
    /// <summary>The value at <paramref name="pointer"/>, or null if nothing is there.</summary>
    public static JsonElement? At(JsonElement root, string pointer)
    {
        JsonElement? node = root;
        foreach (var segment in SchemaLocator.Segments(pointer))
        {
            node = node is { } parent ? Child(parent, segment) : null;
        }

        return node;
    }

    /// <summary><c>"wardd"</c>, <c>7</c>, <c>null</c>, <c>[…]</c> or <c>{…}</c>.</summary>
    public static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        JsonValueKind.String => $"\"{value.GetString()}\"",
        _ => value.GetRawText(),
    };

    /// <summary>The values an array holds more than once.</summary>
    public static IEnumerable<string> Repeated(JsonElement? array)
        => array is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Select(Show).GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            : [];

    /// <summary>
    /// The id of the list entry <paramref name="pointer"/> is in (the innermost object in an array that has one):
    /// <c>id</c>, <c>code</c>, a baseline value's indicator, year and segment, or else its <c>name</c>.
    /// </summary>
    public static string? EntryOf(JsonElement root, string pointer)
    {
        string? entry = null;
        var node = root;
        foreach (var segment in SchemaLocator.Segments(pointer))
        {
            var inArray = node.ValueKind == JsonValueKind.Array;
            if (Child(node, segment) is not { } child)
            {
                break;
            }

            node = child;
            if (inArray && node.ValueKind == JsonValueKind.Object && Label(node) is { } label)
            {
                entry = label;
            }
        }

        return entry;
    }

    private static JsonElement? Child(JsonElement node, string segment)
    {
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segment, out var child))
        {
            return child;
        }

        return node.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < node.GetArrayLength()
            ? node[index]
            : null;
    }

    private static string? Label(JsonElement item)
    {
        string? Text(string property) => item.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if ((Text("id") ?? Text("code")) is { } id)
        {
            return id;
        }

        if (Text("indicator") is { } indicator)
        {
            var year = item.TryGetProperty("fiscalYear", out var y) ? y.GetRawText() : "?";
            return $"{indicator} {year} {Text("segment")}".TrimEnd();
        }

        return Text("name");
    }
}
