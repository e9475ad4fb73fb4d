using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TokenGuard.Tests
{
    /// <summary>A code-fix test whose manifest is an AdditionalDocument, as in Visual Studio and Rider.</summary>
    public sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static readonly DateTime Today = new DateTime(2026, 6, 1);

        public CodeFixTest()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TokenGuard.CodeFixes.ManifestDocument.Today = () => Today;
            DisabledDiagnostics.Add(DiagnosticIds.UnusedManifestEntry);
            DisabledDiagnostics.Add(DiagnosticIds.TokenUsageLocated);
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
