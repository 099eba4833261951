namespace ProgressIngest.Worker.Tests.Watching;

/// <summary>Tests that run the real service wait on real time; running them alone keeps their timing honest on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealServiceTests
{
    public const string Name = "service";
}
