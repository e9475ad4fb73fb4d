using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using TokenGuard.Analyzers;

namespace TokenGuard.Tests
{
    /// <summary>Every diagnostic id has a page in docs/rules, and every analyzer descriptor links to it.</summary>
    public class RuleDocumentationTests
    {
        private static string RulesDirectory() => Path.Combine(TestPaths.RepositoryRoot(), "docs", "rules");

        public static TheoryData<string> AllIds()
        {
            var data = new TheoryData<string>();
            foreach (FieldInfo field in typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                data.Add((string)field.GetRawConstantValue()!);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Every_id_has_a_rule_page_titled_with_its_id(string id)
        {
            string page = Path.Combine(RulesDirectory(), id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.StartsWith("# " + id + " ", File.ReadAllText(page));
            Assert.Contains("[" + id + "](" + id + ".md)", File.ReadAllText(Path.Combine(RulesDirectory(), "README.md")));
        }

        [Fact]
        public void Every_descriptor_links_to_its_page()
        {
            DiagnosticDescriptor[] descriptors = typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToArray();
            Assert.NotEmpty(descriptors);
            foreach (DiagnosticDescriptor descriptor in descriptors)
            {
                Assert.Equal(DiagnosticIds.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
                Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            }
        }
    }
}
