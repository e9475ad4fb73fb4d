using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenGuard.Manifest;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TokenGuard.CodeFixes
{
    /// <summary>An environment variable named after the receiving symbol in SCREAMING_SNAKE case (<c>apiToken</c> → <c>API_TOKEN</c>).</summary>
    internal sealed class EnvironmentVariableSource : SecretSource
    {
        public EnvironmentVariableSource(IReadOnlyList<string> receiverWords) => VariableName = IdentifierWords.ToScreamingSnake(receiverWords);

        public string VariableName { get; }

        public override string Title => $"Read it from the {VariableName} environment variable and register it in tokens.yaml";

        public override TokenUsageRequest Usage => new TokenUsageRequest(TokenUsage.EnvironmentKind, VariableName);

        // VariableName is SCREAMING_SNAKE (letters, digits, '_'), safe inside a string literal.
        public override ExpressionSyntax Read() => ParseExpression(
            "System.Environment.GetEnvironmentVariable(\"" + VariableName + "\") ?? throw new System.InvalidOperationException(\"Set the " + VariableName + " environment variable (see tokens.yaml)\")");
    }
}
