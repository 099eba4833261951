using ProgressIngest.Testing;
using ProgressIngest.Worker.Files;

// Tools for tests and samples: `samples DIR` regenerates inbox-samples/ from the templates.
if (args is ["samples", var dir, ..])
{
    var repo = RepoPaths.Root;
    var catalogue = CatalogueFiles.Load(Path.Combine(repo, "schemas"), Path.Combine(repo, "seeds"));
    SampleSet.Write(catalogue, dir);
    Console.WriteLine($"サンプルを作成しました: {Path.GetFullPath(dir)}");
    return 0;
}

// `rules-doc FILE` regenerates docs/rules.md from the rule registry.
if (args is ["rules-doc", var file, ..])
{
    File.WriteAllText(file, RulesDocument.Render());
    Console.WriteLine($"ルール一覧を作成しました: {Path.GetFullPath(file)}");
    return 0;
}

Console.Error.WriteLine("usage: samples DIR | rules-doc FILE");
return 2;
