using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TokenGuard.Cli.History
{
    /// <summary>Which commits <c>scan --history</c> reads: the refs (all by default) and how far back (<c>--since</c>).</summary>
    internal sealed class HistoryRange
    {
        private static readonly Regex Date = new Regex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);

        private HistoryRange(IReadOnlyList<string> refs, string? sinceDate, string? sinceRevision)
        {
            Refs = refs;
            SinceDate = sinceDate;
            SinceRevision = sinceRevision;
        }

        /// <summary>git log's revision arguments: <c>--all</c> or the named refs.</summary>
        public IReadOnlyList<string> Refs { get; }

        /// <summary>yyyy-MM-dd: commits authored on or after it.</summary>
        public string? SinceDate { get; }

        /// <summary>A revision: commits not reachable from it.</summary>
        public string? SinceRevision { get; }

        /// <param name="branches">"all", nothing (also all), or ref names.</param>
        public static HistoryRange Of(IReadOnlyList<string> branches, string? since)
        {
            IReadOnlyList<string> refs = branches.Count == 0 || (branches.Count == 1 && branches[0] == "all") ? new[] { "--all" } : branches;
            if (since is null) return new HistoryRange(refs, null, null);
            return Date.IsMatch(since) ? new HistoryRange(refs, since, null) : new HistoryRange(refs, null, since);
        }
    }
}
