namespace TokenGuard.Tests
{
    /// <summary>What `dotnet build` of a consumer project did.</summary>
    public sealed class BuildResult
    {
        public BuildResult(int exitCode, string output, string projectDirectory)
        {
            ExitCode = exitCode;
            Output = output;
            ProjectDirectory = projectDirectory;
        }

        public int ExitCode { get; }

        public string Output { get; }

        public string ProjectDirectory { get; }

        public string InventoryPath => System.IO.Path.Combine(ProjectDirectory, "bin", "Debug", "net10.0", "tokenguard-inventory.json");

        public override string ToString() => "exit code " + ExitCode + "\n" + Output;
    }
}
