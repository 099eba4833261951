namespace ProgressIngest.Worker.Processing;

/// <summary>What a batch (<c>once</c>) made of its files, in their order, and the master it published.</summary>
internal sealed record BatchResult(IReadOnlyList<ProcessResult> Results, string MasterPath);
