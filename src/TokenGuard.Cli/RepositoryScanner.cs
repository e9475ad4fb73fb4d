using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Scans a working tree's files with the parser each kind has (C# syntax, appsettings JSON) and the shared
    /// <see cref="SecretDecision"/>, so findings match the build's; text rules only for files with no parser.
    /// When the repository has a tokens.yaml, it also reports the token usages it does not list.
    /// </summary>
    internal sealed class RepositoryScanner
    {
        /// <summary>Files larger than this are minified bundles or data, not source.</summary>
        public const long MaxFileBytes = 1024 * 1024;

        private static readonly int MaxParsesInFlight = Environment.ProcessorCount * 2;

        // C# files go to the thread pool a batch at a time: handed over one by one, the pool's threads spent more CPU
        // waking and spinning between files than reading them (bitwarden/server: 5,312 hand-overs, 31,000 sched_yield calls).
        internal const int BatchChars = 128 * 1024;

        private readonly string _root;
        private readonly UsageMatcher? _manifest;
        private readonly TreeFileReader _reader = new TreeFileReader(MaxFileBytes);
        private readonly Func<string, string, string?> _read;
        private readonly bool _readsTree;

        /// <param name="read">
        /// Where a listed file's text comes from, given its full and relative path (null: skip it); default the working
        /// tree. History and staged scans pass blob contents, so every file is scanned as if it were at its path.
        /// </param>
        public RepositoryScanner(string root, UsageMatcher? manifest, Func<string, string, string?>? read = null)
        {
            _root = Path.GetFullPath(root);
            _manifest = manifest;
            _read = read ?? _reader.Read;
            _readsTree = read is null;
        }

        /// <summary>Binary files and files over <see cref="MaxFileBytes"/>: skipped without a warning, as expected content.</summary>
        public int SkippedFiles => _reader.SkippedFiles;

        /// <summary>Files that could not be read, or stopped being regular files since they were listed.</summary>
        public List<ScanWarning> Warnings => _reader.Warnings;

        public IReadOnlyList<ScanFinding> Scan(IReadOnlyList<string> files, Action<int>? progress = null)
        {
            var findings = new List<ScanFinding>();

            // Syntax parses run on the thread pool while the next files are read: the reader is sequential, parses
            // are not. At most MaxParsesInFlight batches wait, so a tree of many large files never holds them all in memory.
            var parses = new Queue<Task<List<ScanFinding>>>();
            var batch = new List<(string Relative, string Text)>();
            int batchChars = 0;
            for (int i = 0; i < files.Count; i++)
            {
                progress?.Invoke(i + 1);
                string relative = RepositoryFiles.Relative(_root, files[i]);
                long started = ScanProfile.Start();
                string? text = _read(files[i], relative);
                ScanProfile.Add(ScanProfile.Stage.Read, started, text?.Length ?? 0);
                if (text is null)
                {
                    // A binary file is skipped, unless it is a private key container: committed, it is the key.
                    if (_readsTree && _reader.KeyContainerFingerprint is { } container && _manifest?.IsAcceptedFingerprint(container) != true) findings.Add(KeyContainerFile.Finding(relative, container));
                    continue;
                }

                // C# reads come from the syntax tree, with the secrets; settings files' secret-like keys from their reader.
                IEnumerable<TextUsage> unregistered = _manifest != null && TextUsageFinder.IsSettings(files[i])
                    ? TextUsageFinder.Find(files[i], text).Where(u => _manifest.Find(u.Name) is null)
                    : Enumerable.Empty<TextUsage>();
                TextLines? lines = null;
                IReadOnlyList<TokenFinding> textTokens = Array.Empty<TokenFinding>();
                bool csharp = CSharpSecretFinder.IsCSharp(files[i]);
                started = ScanProfile.Start();
                bool tractable = csharp && ParseBudget.IsTractable(text);
                if (csharp) ScanProfile.Add(ScanProfile.Stage.Tractable, started, text.Length);
                started = ScanProfile.Start();
                IReadOnlyList<(int Offset, SettingValue? Setting, SecretVerdict Verdict, TokenFinding? Token)>? settings =
                    tractable || !TextUsageFinder.IsSettings(files[i]) ? null : SettingsSecretFinder.Find(text, _manifest);
                if (settings != null) ScanProfile.Add(ScanProfile.Stage.Settings, started, text.Length);
                if (tractable)
                {
                    // The prefilter runs with the parses, beside the reading: a C# file's findings all come from its task.
                    batch.Add((relative, text));
                    batchChars += text.Length;
                    if (batchChars >= BatchChars) HandOver();
                }
                else if (settings != null)
                {
                    foreach ((int offset, _, SecretVerdict verdict, TokenFinding? token) in settings)
                    {
                        (int line, int column) = (lines ??= new TextLines(text)).PositionOf(offset);
                        findings.Add(token != null
                            ? ScanFinding.HardCoded(relative, line, column, token, verdict.DiagnosticId!)
                            : ScanFinding.Secret(relative, line, column, "a setting", verdict));
                    }
                }
                else
                {
                    // No parser for this kind of file (or a C# file the parser cannot read in linear time): the text rules, over all of it.
                    started = ScanProfile.Start();
                    textTokens = TokenScanner.Default.Scan(text);
                    ScanProfile.Add(ScanProfile.Stage.TextRules, started, text.Length);
                    foreach (TokenFinding finding in textTokens)
                    {
                        if (_manifest?.IsAcceptedFingerprint(finding.Fingerprint) == true) continue;
                        (int line, int column) = (lines ??= new TextLines(text)).PositionOf(finding.Start);
                        findings.Add(ScanFinding.HardCoded(relative, line, column, finding));
                    }

                    // The generic decision for text no parser reads: a secret-like name assigned a random-looking value.
                    if (AssignedSecrets.AppliesTo(files[i]))
                    {
                        started = ScanProfile.Start();
                        findings.AddRange(AssignedSecrets.Find(files[i], relative, text, _manifest, textTokens));
                        ScanProfile.Add(ScanProfile.Stage.AssignedSecrets, started, text.Length);
                    }
                }

                // One secret, one finding: a value a format rule already reported is not reported again as a setting.
                started = ScanProfile.Start();
                findings.AddRange(SettingsFileSecrets.Find(files[i], relative, text, _manifest)
                    .Where(setting => !textTokens.Any(token => token.Fingerprint == setting.Token!.Fingerprint)));
                ScanProfile.Add(ScanProfile.Stage.SettingsFiles, started, text.Length);

                foreach (TextUsage usage in unregistered)
                {
                    (int line, int column) = (lines ??= new TextLines(text)).PositionOf(usage.Offset);
                    findings.Add(ScanFinding.Unregistered(relative, line, column, usage));
                }
            }

            if (batch.Count > 0) HandOver();
            while (parses.Count > 0) findings.AddRange(parses.Dequeue().GetAwaiter().GetResult());
            return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ToList();

            void HandOver()
            {
                if (parses.Count >= MaxParsesInFlight) findings.AddRange(parses.Dequeue().GetAwaiter().GetResult());
                List<(string Relative, string Text)> handed = batch;
                parses.Enqueue(Task.Run(() => PrefilterParseAndFind(handed)));
                batch = new List<(string Relative, string Text)>();
                batchChars = 0;
            }
        }

        private List<ScanFinding> PrefilterParseAndFind(List<(string Relative, string Text)> batch)
        {
            var found = new List<ScanFinding>();
            foreach ((string relative, string text) in batch) found.AddRange(PrefilterParseAndFind(relative, text));
            return found;
        }

        // Most C# files cannot hold a finding (SourcePrefilter): no parse for them.
        private List<ScanFinding> PrefilterParseAndFind(string relative, string text)
        {
            bool secrets = SourcePrefilter.MayHoldSecret(text);
            bool reads = _manifest != null && SourcePrefilter.MayReadToken(text);
            return secrets || reads ? ParseAndFind(relative, text, secrets, reads) : new List<ScanFinding>(0);
        }

        // One parse for both: hard-coded secrets (TG0001/TG0002) and, with a manifest, unregistered reads (TG0003).
        private List<ScanFinding> ParseAndFind(string relative, string text, bool secrets, bool reads)
        {
            long started = ScanProfile.Start();
            SyntaxTree tree = CSharpSecretFinder.Parse(text);
            var found = new List<ScanFinding>();
            if (secrets) found.AddRange(CSharpSecretFinder.Find(relative, tree, _manifest));
            if (reads) found.AddRange(CSharpUsageFinder.Unregistered(relative, tree, _manifest!));
            ScanProfile.Add(ScanProfile.Stage.ParseAndFind, started, text.Length);
            return found;
        }
    }
}
