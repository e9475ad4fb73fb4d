using System;
using System.IO;
using System.Linq;

namespace TokenGuard.Tests
{
    /// <summary>The provider export samples, restored from tests/fixtures/providers into a temporary folder.</summary>
    public sealed class ProviderSamples : IDisposable
    {
        /// <summary>Key ids are committed as <c>{{AKIA}}…</c> so no line looks like an AWS key id.</summary>
        public const string AwsKeyPrefixMarker = "{{AKIA}}";

        private readonly TempDirectory _directory = new TempDirectory();

        public ProviderSamples()
        {
            foreach (string file in Directory.EnumerateFiles(FixturesFolder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
                _directory.Write(Path.GetFileName(file), Restore(File.ReadAllText(file)));
        }

        public static string FixturesFolder => Path.Combine(TestPaths.RepositoryRoot(), "tests", "fixtures", "providers");

        /// <summary>The shared originals beside the repository (../shared/providers), when this checkout has them.</summary>
        public static string? SharedFolder
        {
            get
            {
                string folder = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot(), "..", "shared", "providers"));
                return Directory.Exists(folder) ? folder : null;
            }
        }

        public static string Restore(string text) => text.Replace(AwsKeyPrefixMarker, "AKIA");

        public string this[string name] => Path.Combine(_directory.Path, name);

        public string Folder => _directory.Path;

        public void Dispose() => _directory.Dispose();
    }
}
