using System.IO;

namespace TokenGuard.Tests
{
    /// <summary>The identity directories' sample exports (tests/fixtures/directories, copied from ../shared/directories: synthetic people).</summary>
    public static class DirectorySamples
    {
        public static string Folder => Path.Combine(TestPaths.RepositoryRoot(), "tests", "fixtures", "directories");

        public static string PathOf(string name) => Path.Combine(Folder, name);

        /// <summary>The shared originals beside the repository, when this checkout has them.</summary>
        public static string? SharedFolder
        {
            get
            {
                string folder = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot(), "..", "shared", "directories"));
                return Directory.Exists(folder) ? folder : null;
            }
        }
    }
}
