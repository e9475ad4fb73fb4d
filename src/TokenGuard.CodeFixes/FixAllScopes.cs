using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TokenGuard.CodeFixes
{
    /// <summary>The projects and documents a fix-all covers; our fix-alls edit tokens.yaml, so they walk scopes themselves.</summary>
    internal static class FixAllScopes
    {
        public static readonly FixAllScope[] Supported = { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public static IEnumerable<Project> Projects(FixAllContext context) =>
            context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };

        public static IEnumerable<Document> Documents(FixAllContext context, Project project) =>
            context.Scope == FixAllScope.Document && context.Document != null ? new[] { context.Document } : project.Documents;
    }
}
