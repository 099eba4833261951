using Json.Schema;

namespace ProgressIngest.Worker.Schemas;

/// <summary>
/// Picks from JsonSchema.Net's hierarchical results the failures a person should read. It skips <c>if</c>
/// conditions (failing one is not an error) and, in a <c>oneOf</c>/<c>anyOf</c>, the alternatives that only
/// failed because the value is of another type (the <c>null</c> of "a segment or null"), so "horizon 長期"
/// gives one message about the allowed horizons rather than three.
/// </summary>
internal static class SchemaFailures
{
    public static List<SchemaFailure> Collect(EvaluationResults root)
    {
        var failures = new List<SchemaFailure>();
        Visit(root, failures);
        return failures;
    }

    private static void Visit(EvaluationResults node, List<SchemaFailure> failures)
    {
        if (node.IsValid || LastSegment(node.EvaluationPath) == "if")
        {
            return;
        }

        foreach (var keyword in (node.Errors ?? new Dictionary<string, string>()).Keys)
        {
            failures.Add(new SchemaFailure(node.InstanceLocation.ToString(), node.EvaluationPath.ToString(), keyword, []));
        }

        var children = node.Details ?? [];
        foreach (var child in children.Where(c => !IsAlternative(node, c)))
        {
            Visit(child, failures);
        }

        var alternatives = children.Where(c => IsAlternative(node, c)).ToList();
        if (alternatives.Count > 0)
        {
            VisitAlternatives(node, alternatives, failures);
        }
    }

    private static void VisitAlternatives(EvaluationResults owner, List<EvaluationResults> alternatives, List<SchemaFailure> failures)
    {
        var failed = alternatives.Where(a => !a.IsValid).ToList();
        var meant = failed.Where(a => !IsWrongTypeOnly(a, owner.InstanceLocation.ToString())).ToList();
        if (meant.Count == 1)
        {
            Visit(meant[0], failures);
        }
        else if (meant.Count == 0 && failed.Count > 0 && failed.Count == alternatives.Count)
        {
            var types = failed.SelectMany(Leaves).Select(l => l.EvaluationPath.ToString()).ToList();
            failures.Add(new SchemaFailure(owner.InstanceLocation.ToString(), owner.EvaluationPath.ToString(), "type", types));
        }
        else
        {
            failures.Add(new SchemaFailure(owner.InstanceLocation.ToString(), owner.EvaluationPath.ToString(), "anyOf", []));
        }
    }

    /// <summary>The alternative failed only because the value has another JSON type: it was not the one meant.</summary>
    private static bool IsWrongTypeOnly(EvaluationResults alternative, string instance)
        => Leaves(alternative).All(l => l.InstanceLocation.ToString() == instance && l.Errors!.Keys.All(k => k == "type"));

    private static IEnumerable<EvaluationResults> Leaves(EvaluationResults node)
    {
        if (node.IsValid || LastSegment(node.EvaluationPath) == "if")
        {
            yield break;
        }

        if (node.Errors is { Count: > 0 })
        {
            yield return node;
        }

        foreach (var leaf in (node.Details ?? []).SelectMany(Leaves))
        {
            yield return leaf;
        }
    }

    private static bool IsAlternative(EvaluationResults owner, EvaluationResults child)
    {
        var prefix = owner.EvaluationPath.ToString();
        var path = child.EvaluationPath.ToString();
        return path.StartsWith(prefix + "/oneOf/", StringComparison.Ordinal) || path.StartsWith(prefix + "/anyOf/", StringComparison.Ordinal);
    }

    private static string LastSegment(object path)
    {
        var text = path.ToString() ?? string.Empty;
        return text[(text.LastIndexOf('/') + 1)..];
    }
}
