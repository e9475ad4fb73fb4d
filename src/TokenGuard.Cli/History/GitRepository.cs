using System.Collections.Generic;

namespace TokenGuard.Cli.History
{
    /// <summary>The facts about a repository a history or staged scan needs before it starts, each asked of git once.</summary>
    internal sealed class GitRepository
    {
        private GitRepository(string root, bool isShallow, bool hasHead)
        {
            Root = root;
            IsShallow = isShallow;
            HasHead = hasHead;
        }

        /// <summary>The work tree's top level: git's paths are relative to it.</summary>
        public string Root { get; }

        /// <summary>A shallow clone lacks the commits before its boundary: they cannot be scanned.</summary>
        public bool IsShallow { get; }

        /// <summary>False before the first commit.</summary>
        public bool HasHead { get; }

        /// <summary>Null (and <paramref name="error"/>) when <paramref name="path"/> is not in a git work tree or git cannot run.</summary>
        public static GitRepository? Open(string path, out string error)
        {
            string? top = GitProcess.Output(path, out error, "rev-parse", "--show-toplevel");
            // A bare repository (a mirror, a CI cache) has history but no work tree: its git directory is the root.
            if (top is null && GitProcess.Output(path, out _, "rev-parse", "--is-bare-repository")?.Trim() == "true")
                top = GitProcess.Output(path, out error, "rev-parse", "--absolute-git-dir");
            if (top is null) return null;
            string root = top.Trim();
            bool shallow = GitProcess.Output(root, out _, "rev-parse", "--is-shallow-repository")?.Trim() == "true";
            bool head = GitProcess.Output(root, out _, "rev-parse", "--verify", "--quiet", "HEAD") != null;
            return new GitRepository(root, shallow, head);
        }

        /// <summary>Null when every name is a commit; else the message for the first that is not (an option-like name never reaches git's options).</summary>
        public string? CheckRevisions(IEnumerable<string> names)
        {
            foreach (string name in names)
            {
                if (name == "--all") continue;
                if (name.StartsWith("-") || GitProcess.Output(Root, out _, "rev-parse", "--verify", "--quiet", "--end-of-options", name + "^{commit}") is null)
                    return $"'{name}' is not a branch, tag or commit of this repository";
            }

            return null;
        }
    }
}
