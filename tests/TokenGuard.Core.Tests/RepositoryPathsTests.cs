using System.IO;
using Xunit;

namespace TokenGuard.Tests
{
    public class RepositoryPathsTests
    {
        private static readonly string Root = Path.Combine(Path.GetTempPath(), "repo", "service");

        [Fact]
        public void A_file_under_the_root_is_named_relative_to_it_with_forward_slashes() =>
            Assert.Equal("src/App/Program.cs", RepositoryPaths.Relative(Root, Path.Combine(Root, "src", "App", "Program.cs")));

        [Fact]
        public void A_linked_file_beside_the_root_steps_up_to_the_folder_both_share() =>
            Assert.Equal("../shared/Common.cs", RepositoryPaths.Relative(Root + Path.DirectorySeparatorChar, Path.Combine(Path.GetTempPath(), "repo", "shared", "Common.cs")));

        [Fact]
        public void A_root_folder_name_that_only_begins_a_sibling_is_not_its_parent() =>
            Assert.Equal("../service-tests/T.cs", RepositoryPaths.Relative(Root, Path.Combine(Path.GetTempPath(), "repo", "service-tests", "T.cs")));

        [Fact]
        public void A_file_sharing_only_the_file_system_root_keeps_its_name_and_no_absolute_path()
        {
            string elsewhere = Path.Combine(Path.GetPathRoot(Root)!, "elsewhere-" + System.Guid.NewGuid().ToString("N"), "Linked.cs");
            Assert.Equal("Linked.cs", RepositoryPaths.Relative(Path.Combine(Path.GetPathRoot(Root)!, "work", "repo"), elsewhere));
        }

        [Fact]
        public void Without_a_root_the_path_only_gets_forward_slashes() =>
            Assert.Equal("a/b.cs", RepositoryPaths.Relative(root: null, "a\\b.cs"));
    }
}
