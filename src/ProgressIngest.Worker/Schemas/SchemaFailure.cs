namespace ProgressIngest.Worker.Schemas;

/// <summary>One keyword a catalogue file fails, before it is put into words.</summary>
/// <param name="Instance">JSON pointer into the catalogue file.</param>
/// <param name="EvaluationPath">Where in the schema the keyword was evaluated (through <c>$ref</c>s).</param>
/// <param name="Keyword">
/// The failing keyword (<c>required</c>, <c>enum</c> …); empty for a <c>false</c> schema (an unknown property);
/// <c>anyOf</c> when several alternatives could have been meant.
/// </param>
/// <param name="Alternatives">For a value of the wrong type where alternatives were allowed: the evaluation path of each alternative's <c>type</c>.</param>
internal sealed record SchemaFailure(string Instance, string EvaluationPath, string Keyword, IReadOnlyList<string> Alternatives);
