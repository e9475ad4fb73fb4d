using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TokenGuard.Detection;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// The nodes of one file that <see cref="HardCodedTokenAnalyzer"/> and <see cref="CredentialSinkAnalyzer"/> look at,
    /// in document order, found in one walk of the file that the two share. Walking every node is most of what each of
    /// them costs (1.6 million nodes on the cost corpus), and each used to walk them all. Whichever comes first walks;
    /// the second takes the lists and drops them from the cache, so they live no longer than the two need them (when only
    /// one of the two runs, as long as the tree).
    /// </summary>
    internal sealed class FileNodes
    {
        private const int Readers = 2;

        private static readonly ConditionalWeakTable<SyntaxTree, Entry> Shared = new ConditionalWeakTable<SyntaxTree, Entry>();

        private FileNodes(List<SyntaxNode> strings, List<SyntaxNode> calls)
        {
            Strings = strings;
            Calls = calls;
        }

        /// <summary>String literals (regular, verbatim, raw, UTF-8), interpolation texts, additions and interpolated strings.</summary>
        public List<SyntaxNode> Strings { get; }

        /// <summary>
        /// Calls, object creations (<c>new T(…)</c>, <c>new(…)</c>), constructor initializers, primary constructors' bases,
        /// attributes, collection initializers and simple assignments.
        /// </summary>
        public List<SyntaxNode> Calls { get; }

        /// <summary>
        /// The file's nodes, walked by this caller unless the other analyzer already has. Never waits for the other: both
        /// may walk at once on two threads, and the first to finish is kept. A cancelled walk caches nothing.
        /// </summary>
        public static FileNodes Of(SyntaxTree tree, CancellationToken cancellationToken)
        {
            Entry entry = Shared.GetValue(tree, _ => new Entry());
            FileNodes? nodes = Volatile.Read(ref entry.Nodes);
            if (nodes is null)
            {
                FileNodes walked = Walk(tree.GetRoot(cancellationToken), cancellationToken);
                nodes = Interlocked.CompareExchange(ref entry.Nodes, walked, null) ?? walked;
            }

            if (Interlocked.Increment(ref entry.Taken) == Readers) Shared.Remove(tree);
            return nodes;
        }

        [MethodImpl(HotPath.Optimized)]
        private static FileNodes Walk(SyntaxNode root, CancellationToken cancellationToken)
        {
            var strings = new List<SyntaxNode>();
            var calls = new List<SyntaxNode>();
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                // By kind, not by type: one comparison a node instead of a type test for each case.
                switch ((SyntaxKind)node.RawKind)
                {
                    case SyntaxKind.StringLiteralExpression:
                    case SyntaxKind.Utf8StringLiteralExpression:
                    case SyntaxKind.InterpolatedStringText:
                    case SyntaxKind.AddExpression:
                    case SyntaxKind.InterpolatedStringExpression:
                        strings.Add(node);
                        break;
                    case SyntaxKind.InvocationExpression:
                    case SyntaxKind.ObjectCreationExpression:
                    case SyntaxKind.ImplicitObjectCreationExpression:
                    case SyntaxKind.BaseConstructorInitializer:
                    case SyntaxKind.ThisConstructorInitializer:
                    case SyntaxKind.PrimaryConstructorBaseType:
                    case SyntaxKind.Attribute:
                    case SyntaxKind.CollectionInitializerExpression:
                    case SyntaxKind.SimpleAssignmentExpression:
                        calls.Add(node);
                        break;
                }
            }

            return new FileNodes(strings, calls);
        }

        private sealed class Entry
        {
            public FileNodes? Nodes;
            public int Taken;
        }
    }
}
