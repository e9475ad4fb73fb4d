using System;
using System.IO;

namespace TokenGuard.Tests
{
    public static class TestPaths
    {
        /// <summary>The checkout the tests run from: the folder holding TokenGuard.sln.</summary>
        public static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TokenGuard.sln"))) return directory.FullName;
            }

            throw new InvalidOperationException("TokenGuard.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
