using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProgressIngest.Worker.Schemas;

/// <summary>
/// Puts a <see cref="SchemaFailure"/> into plain Japanese for the planning division, from the keyword's value
/// in the schema and the value found in the file: 「必須の項目 "code" がありません」「"kind" は headquarters /
/// ward のいずれかにしてください（今は "wardd"）」.
/// </summary>
internal sealed partial class SchemaFailureText(SchemaLocator locator, string schemaFile, JsonElement document)
{
    /// <summary>The location (a JSON pointer) and message of each problem the failure stands for.</summary>
    public IEnumerable<(string Pointer, string Message)> Explain(SchemaFailure failure)
    {
        var schema = locator.Locate(schemaFile, failure.EvaluationPath) as JsonObject;
        var value = JsonValues.At(document, failure.Instance);
        var name = Label(failure.Instance);
        var now = value is { } v ? $"（今は {JsonValues.Show(v)}）" : string.Empty;
        switch (failure.Keyword)
        {
            case "required":
                foreach (var missing in Strings(schema?["required"]).Where(p => value is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(p, out _)))
                {
                    yield return ($"{failure.Instance}/{missing}", $"必須の項目 \"{missing}\" がありません。");
                }

                yield break;
            case "" when failure.EvaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal):
                yield return (failure.Instance, UnknownProperty(failure));
                yield break;
            default:
                yield return (failure.Instance, Message(failure, schema, name, now, value));
                yield break;
        }
    }

    private string Message(SchemaFailure failure, JsonObject? schema, string name, string now, JsonElement? value)
    {
        var keywordValue = schema?[failure.Keyword];
        var about = Description(schema);
        return failure.Keyword switch
        {
            "type" => $"{name} は {string.Join(" か ", ExpectedTypes(failure, keywordValue))} にしてください{now}。{about}",
            "enum" => $"{name} は {string.Join(" / ", Strings(keywordValue))} のいずれかにしてください{now}。",
            "const" => $"{name} は {keywordValue?.ToJsonString()} にしてください{now}。{about}",
            "pattern" => $"{name} の書き方が正しくありません{now}。{(about.Length > 0 ? about : $"形式: {keywordValue}")}",
            "minimum" => $"{name} は {keywordValue} 以上にしてください{now}。",
            "maximum" => $"{name} は {keywordValue} 以下にしてください{now}。",
            "exclusiveMinimum" => $"{name} は {keywordValue} より大きい値にしてください{now}。",
            "exclusiveMaximum" => $"{name} は {keywordValue} より小さい値にしてください{now}。",
            "minItems" when keywordValue?.ToString() == "1" => $"{name} を空にはできません（1 件以上書いてください）。",
            "minItems" => $"{name} には {keywordValue} 件以上必要です（今は {value?.GetArrayLength()} 件）。",
            "maxItems" => $"{name} は {keywordValue} 件以下にしてください（今は {value?.GetArrayLength()} 件）。",
            "minLength" when keywordValue?.ToString() == "1" => $"{name} を空にはできません。",
            "minLength" => $"{name} は {keywordValue} 文字以上にしてください{now}。",
            "maxLength" => $"{name} は {keywordValue} 文字以内にしてください{now}。",
            "uniqueItems" => $"{name} に同じ値が2回以上あります（{string.Join("、", JsonValues.Repeated(value))}）。",
            "anyOf" => $"{name} の書き方が正しくありません{now}。{about}",
            _ => $"{name} が決められた形式に合いません（{failure.Keyword}）{now}。{about}",
        };
    }

    private string UnknownProperty(SchemaFailure failure)
    {
        var property = SchemaLocator.Segments(failure.Instance)[^1];
        var owner = locator.Locate(schemaFile, failure.EvaluationPath[..failure.EvaluationPath.LastIndexOf('/')]);
        var known = (owner?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
        var closest = known.Where(k => Distance(k, property) <= 2).OrderBy(k => Distance(k, property)).FirstOrDefault();
        return closest is null
            ? $"項目 \"{property}\" はここでは使えません（使える項目: {string.Join(", ", known)}）。"
            : $"項目 \"{property}\" はここでは使えません。\"{closest}\" の書き間違いではありませんか。";
    }

    private IEnumerable<string> ExpectedTypes(SchemaFailure failure, JsonNode? type)
    {
        var types = failure.Alternatives.Count == 0
            ? TypeNames(type)
            : failure.Alternatives.SelectMany(path => TypeNames(locator.Locate(schemaFile, path)?["type"]));
        return types.Distinct();
    }

    private static IEnumerable<string> TypeNames(JsonNode? type) => Strings(type).Select(t => t switch
    {
        "string" => "文字列（\"…\"）",
        "number" => "数値",
        "integer" => "整数",
        "boolean" => "true か false",
        "array" => "配列（[…]）",
        "object" => "{…} の形",
        "null" => "null",
        _ => t,
    });

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "null"),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        null => [],
        _ => [node.ToJsonString()],
    };

    /// <summary>The Japanese half of a bilingual "日本語 / English" description; empty if none.</summary>
    private static string Description(JsonObject? schema)
    {
        if (schema?["description"] is not JsonValue d || !d.TryGetValue<string>(out var text))
        {
            return string.Empty;
        }

        var english = EnglishHalf().Match(text);
        return (english.Success ? text[..english.Index] : text).Trim();
    }

    /// <summary><c>"code"</c>, or <c>"measures" の 3 番目</c> for an array item.</summary>
    private static string Label(string pointer)
    {
        var segments = SchemaLocator.Segments(pointer);
        if (segments.Count == 0)
        {
            return "ファイル全体";
        }

        if (!int.TryParse(segments[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return $"\"{segments[^1]}\"";
        }

        return segments.Count > 1 ? $"\"{segments[^2]}\" の {index + 1} 番目" : $"{index + 1} 番目";
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }

    [GeneratedRegex(" / (?=[A-Z])")]
    private static partial Regex EnglishHalf();
}
