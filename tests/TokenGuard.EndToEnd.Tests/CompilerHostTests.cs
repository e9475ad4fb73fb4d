using System.Text.RegularExpressions;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The analyzers load and report in the oldest compiler the registry serves, not only in the SDK's own
    /// (PackageEndToEndTests): a compiler that cannot load them reports CS8032 or AD0001 and nothing else.
    /// </summary>
    public class CompilerHostTests
    {
        [Fact]
        public void The_oldest_served_compiler_toolset_loads_the_analyzers_and_reports_their_findings()
        {
            using var project = new ConsumerProject(PackageEndToEndTests.ProgramWithProblems, PackageEndToEndTests.Manifest);
            // 4.8.0 is asked for; restore resolves the oldest version served at or above it (NU1603 says which).
            // The SDK's default C# version is newer than an old compiler knows, so the project names one it does; and
            // .NET 10's SDK keeps its own compiler (RoslynCompilerType=Core) unless told a package provides it.
            project.AddToProject(
                "<PropertyGroup><LangVersion>12</LangVersion><RoslynCompilerType>FrameworkPackage</RoslynCompilerType><WarningsNotAsErrors>$(WarningsNotAsErrors);NU1603</WarningsNotAsErrors></PropertyGroup>\n" +
                "  <ItemGroup><PackageReference Include=\"Microsoft.Net.Compilers.Toolset\" Version=\"4.8.0\" PrivateAssets=\"all\" /></ItemGroup>");
            BuildResult result = project.Build("-v:n");

            Match compiler = Regex.Match(result.Output, @"microsoft\.net\.compilers\.toolset[/\\](\d+)\.(\d+)\.(\d+)[/\\]\S*csc", RegexOptions.IgnoreCase);
            Assert.True(compiler.Success, "the toolset's compiler did not run: " + result);
            Assert.Equal("4", compiler.Groups[1].Value);
            Assert.NotEqual(0, result.ExitCode);
            Assert.True(Regex.IsMatch(result.Output, @"Program\.cs\(4,47\): error TG0001: "), result.ToString());
            Assert.True(Regex.IsMatch(result.Output, @"Program\.cs\(3,56\): warning TG0003: .*'GITHUB_TOKEN'"), result.ToString());
            Assert.DoesNotContain("CS8032", result.Output);
            Assert.DoesNotContain("AD0001", result.Output);
            Assert.DoesNotContain(TestTokens.GitHubClassic(42), result.Output);
            // The old compiler passes the package's global analyzer config too: the usage files are written.
            string codeUsages = System.IO.Path.Combine(result.ProjectDirectory, "obj", "Debug", "net10.0", UsageFiles.CodeFileName);
            Assert.Contains("stripe-checkout\t1\t", System.IO.File.ReadAllText(codeUsages));
        }
    }
}
