using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TokenGuard.Analyzers;
using Xunit;

namespace TokenGuard.Tests
{
    /// <summary>The one walk of a file HardCodedTokenAnalyzer and CredentialSinkAnalyzer share.</summary>
    public class FileNodesTests
    {
        private const string Source = @"
using System.Collections.Generic;
[System.Obsolete(""old"")]
class A : B
{
    A() : base(""x"") { }
    string S => ""a"" + $""b{1}"" + ""c""u8.Length;
    void M(Client c) { c.Key = ""k""; Call(""v""); var o = new Client(""p""); Client p = new(""q""); var l = new List<string> { ""e"" }; }
}";

        [Fact]
        public void Finds_each_analyzers_kinds_in_document_order()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(Source);

            FileNodes nodes = FileNodes.Of(tree, CancellationToken.None);

            Assert.Equal(
                new[]
                {
                    SyntaxKind.StringLiteralExpression, // "old"
                    SyntaxKind.StringLiteralExpression, // "x"
                    SyntaxKind.AddExpression, SyntaxKind.AddExpression, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression,
                    SyntaxKind.InterpolatedStringText, SyntaxKind.Utf8StringLiteralExpression,
                    SyntaxKind.StringLiteralExpression, SyntaxKind.StringLiteralExpression, SyntaxKind.StringLiteralExpression,
                    SyntaxKind.StringLiteralExpression, SyntaxKind.StringLiteralExpression,
                },
                nodes.Strings.Select(n => (SyntaxKind)n.RawKind));
            Assert.Equal(
                new[]
                {
                    SyntaxKind.Attribute, SyntaxKind.BaseConstructorInitializer, SyntaxKind.SimpleAssignmentExpression, SyntaxKind.InvocationExpression,
                    SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.ObjectCreationExpression,
                    SyntaxKind.CollectionInitializerExpression,
                },
                nodes.Calls.Select(n => (SyntaxKind)n.RawKind));
        }

        [Fact]
        public void The_second_reader_takes_the_first_ones_walk_and_a_third_walks_again()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(Source);

            FileNodes first = FileNodes.Of(tree, CancellationToken.None);
            FileNodes second = FileNodes.Of(tree, CancellationToken.None);
            FileNodes third = FileNodes.Of(tree, CancellationToken.None);

            Assert.Same(first, second);
            Assert.NotSame(first, third);
            Assert.Equal(first.Strings, third.Strings);
        }

        [Fact]
        public void A_cancelled_walk_is_not_kept()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(Source);
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<System.OperationCanceledException>(() => FileNodes.Of(tree, cancelled.Token));
            FileNodes nodes = FileNodes.Of(tree, CancellationToken.None);

            Assert.Equal(8, nodes.Calls.Count);
        }
    }
}
