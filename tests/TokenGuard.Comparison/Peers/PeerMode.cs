using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenGuard.Comparison.Peers
{
    /// <summary>
    /// The "peers" mode: extracts the peers' rule tests at pinned commits, scans them with the built <c>tokenguard</c>
    /// CLI and secretlint, writes artifacts/comparison/peers.md. Options: --gitleaks-git DIR --gitleaks-commit SHA
    /// --secretlint-git DIR --secretlint-commit SHA --cli TokenGuard.Cli.dll [--no-secretlint].
    /// </summary>
    public static class PeerMode
    {
        // The snapshots measured (README); a newer commit is a different corpus.
        public const string GitleaksCommit = "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b";
        public const string SecretlintCommit = "18346ba31b8173d52060b971221ab38c1943def0";

        public static int Run(string output, string node, Func<string, string, string> option, Action<string> log)
        {
            string gitleaksGit = option("gitleaks-git", Path.Combine(output, "peers-src", "gitleaks.git"));
            string secretlintGit = option("secretlint-git", Path.Combine(output, "peers-src", "secretlint.git"));
            string gitleaksCommit = option("gitleaks-commit", GitleaksCommit);
            string secretlintCommit = option("secretlint-commit", SecretlintCommit);
            string cli = option("cli", "");
            if (!File.Exists(cli)) throw new InvalidOperationException("--cli must name the built TokenGuard.Cli.dll (tests/run-comparison.sh peers builds it)");

            var gitleaks = PeerCorpus.Gitleaks(gitleaksGit, gitleaksCommit);
            var secretlint = PeerCorpus.Secretlint(secretlintGit, secretlintCommit);
            log($"gitleaks {gitleaksCommit[..12]}: {gitleaks.Samples.Count} samples ({gitleaks.SkippedGenerated} randomly generated left out)");
            log($"secretlint {secretlintCommit[..12]}: {secretlint.Samples.Count} samples ({secretlint.SkippedWithOptions} fixtures with rule options left out)");
            string root = Path.Combine(output, "peers");
            var files = PeerCorpus.Write(root, gitleaks.Samples.Concat(secretlint.Samples));

            var tools = new List<FileFindings> { PeerComparison.TokenGuard(Path.GetFullPath(cli), root) };
            if (option("no-secretlint", "") == "" && !Environment.GetCommandLineArgs().Contains("--no-secretlint")) tools.Add(PeerComparison.Secretlint(node, root));
            string provenance =
                $"gitleaks [`{gitleaksCommit[..12]}`](https://github.com/gitleaks/gitleaks/tree/{gitleaksCommit}/cmd/generate/config/rules): the `tps`/`fps` of every rule generator, " +
                $"{gitleaks.SkippedGenerated} samples drawn at random by `secrets.NewSecret` left out (no fixed text); " +
                $"secretlint [`{secretlintCommit[..12]}`](https://github.com/secretlint/secretlint/tree/{secretlintCommit}/packages/%40secretlint): the snapshot fixtures of the {PeerCorpus.PresetRules(PeerCorpus.ReadSnapshot(secretlintGit, secretlintCommit, PeerCorpus.SecretlintPreset).Values.Single()).Count} rules of the recommended preset, " +
                $"{secretlint.SkippedWithOptions} fixtures that configure rule options left out. One sample a file (`artifacts/comparison/peers/`), texts labelled both ways dropped; " +
                "TokenGuard is `tokenguard scan` (defaults, no manifest), secretlint the recommended preset as shipped; a file is found when the tool reports any secret in it.";
            string report = PeerComparison.Report(files, tools, provenance);
            string path = Path.Combine(output, "peers.md");
            File.WriteAllText(path, report);
            File.WriteAllText(Path.Combine(output, "peers-labels.tsv"), string.Join("\n", files.Select(f => $"{f.File}\t{(f.Sample.IsSecret ? "secret" : "not-secret")}\t{f.Sample.Provider}\t{f.Sample.Case}")) + "\n");
            Console.WriteLine(report);
            Console.WriteLine("Written: " + path);
            return 0;
        }
    }
}
