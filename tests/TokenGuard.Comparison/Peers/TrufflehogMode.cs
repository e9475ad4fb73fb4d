using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenGuard.Comparison.Peers
{
    /// <summary>
    /// The "trufflehog" mode: trufflehog's detector pattern tests for the providers .NET teams use
    /// (<see cref="TrufflehogCorpus"/>) at a pinned commit, one case a file, scored by file for TokenGuard and secretlint:
    /// artifacts/comparison/trufflehog.md. Options: --trufflehog-git DIR --trufflehog-commit SHA --cli TokenGuard.Cli.dll.
    /// </summary>
    public static class TrufflehogMode
    {
        // The snapshot measured (README); a newer commit is a different corpus.
        public const string TrufflehogCommit = "3ab759fef4bb5935d4fe9ac68b503d05346b8364";

        public static int Run(string output, string node, Func<string, string, string> option, Action<string> log)
        {
            string git = option("trufflehog-git", Path.Combine(output, "peers-src", "trufflehog.git"));
            string commit = option("trufflehog-commit", TrufflehogCommit);
            string cli = option("cli", "");
            if (!File.Exists(cli)) throw new InvalidOperationException("--cli must name the built TokenGuard.Cli.dll (tests/run-comparison.sh trufflehog builds it)");

            var corpus = TrufflehogCorpus.Read(git, commit);
            log($"trufflehog {commit[..12]}: {corpus.Samples.Count} cases of {TrufflehogCorpus.DotNetProviders.Count} detectors ({corpus.SkippedGenerated} not evaluable left out)");
            string root = Path.Combine(output, "trufflehog");
            var files = PeerCorpus.Write(root, corpus.Samples);
            var tools = new List<FileFindings> { PeerComparison.TokenGuard(Path.GetFullPath(cli), root), PeerComparison.Secretlint(node, root) };
            string provenance =
                $"trufflehog [`{commit[..12]}`](https://github.com/trufflesecurity/trufflehog/tree/{commit}/pkg/detectors): the table-driven pattern tests " +
                $"(`*_test.go`, not the integration tests) of {TrufflehogCorpus.DotNetProviders.Count} detectors for the providers .NET teams use (`TrufflehogCorpus.cs`, chosen before measuring); " +
                $"a case is a secret when it wants a result. {corpus.SkippedGenerated} cases whose input is built by code the reader does not evaluate left out. " +
                "One case a file, texts labelled both ways dropped; TokenGuard is `tokenguard scan` (defaults, no manifest), secretlint the recommended preset as shipped; " +
                "a file is found when the tool reports any secret in it. trufflehog's own scores are not shown: its detectors pass their own tests by construction.";
            string report = PeerComparison.Report(files, tools, provenance).Replace("### Peers' rule tests", "### trufflehog's detector tests")
                .Replace("(gitleaks: rule file; secretlint: rule package)", "(trufflehog: detector)");
            string path = Path.Combine(output, "trufflehog.md");
            File.WriteAllText(path, report);
            File.WriteAllText(Path.Combine(output, "trufflehog-labels.tsv"), string.Join("\n", files.Select(f => $"{f.File}\t{(f.Sample.IsSecret ? "secret" : "not-secret")}\t{f.Sample.Provider}\t{f.Sample.Case}")) + "\n");
            Console.WriteLine(report);
            Console.WriteLine("Written: " + path);
            return 0;
        }
    }
}
