using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli;
using YamlDotNet.RepresentationModel;

namespace TokenGuard.Tests.History
{
    /// <summary>The shipped hook and pipeline templates parse, and every tokenguard command they run parses too.</summary>
    public class CiTemplateTests
    {
        public static TheoryData<string> YamlTemplates => new TheoryData<string> { ".pre-commit-hooks.yaml", "samples/ci/github-actions.yml", "samples/ci/azure-pipelines.yml" };

        [Theory]
        [MemberData(nameof(YamlTemplates))]
        public void Yaml_templates_parse_and_their_tokenguard_commands_exist(string file)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), file))));
            string[] commands = Scalars(yaml.Documents.Single().RootNode).SelectMany(TokenGuardCommands).ToArray();

            Assert.NotEmpty(commands);
            foreach (string command in commands) AssertParses(command);
            if (file != ".pre-commit-hooks.yaml") Assert.Contains(commands, c => c.Contains("--format sarif"));
        }

        [Fact]
        public void The_pre_commit_hook_is_id_tokenguard_and_scans_the_index()
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), ".pre-commit-hooks.yaml"))));
            var hook = (YamlMappingNode)((YamlSequenceNode)yaml.Documents.Single().RootNode).Children.Single();

            Assert.Equal("tokenguard", hook["id"].ToString());
            Assert.Equal("tokenguard scan --staged", hook["entry"].ToString());
            Assert.Equal("false", hook["pass_filenames"].ToString());
        }

        [Fact]
        public void The_husky_task_runs_scan_staged()
        {
            using JsonDocument tasks = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "samples", "ci", "husky-task-runner.json")));
            JsonElement task = tasks.RootElement.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "tokenguard");
            string[] args = task.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();

            Assert.Equal("pre-commit", task.GetProperty("group").GetString());
            Assert.Equal(new[] { "tool", "run", "tokenguard" }, args.Take(3));
            AssertParses("tokenguard " + string.Join(" ", args.Skip(3)));
        }

        private static void AssertParses(string command)
        {
            string[] arguments = command.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            var parse = Program.BuildCommand().Parse(arguments);
            Assert.True(parse.Errors.Count == 0, command + ": " + string.Join("; ", parse.Errors.Select(e => e.Message)));
            Assert.Equal("scan", parse.CommandResult.Command.Name);
        }

        private static IEnumerable<string> Scalars(YamlNode node) => node switch
        {
            YamlScalarNode scalar => new[] { scalar.Value ?? "" },
            YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
            YamlMappingNode mapping => mapping.Children.SelectMany(pair => Scalars(pair.Value)),
            _ => Enumerable.Empty<string>(),
        };

        /// <summary>Each "tokenguard …" in a script line, up to a redirection or the next command.</summary>
        private static IEnumerable<string> TokenGuardCommands(string script)
        {
            foreach (string line in script.Split('\n'))
            {
                int start = line.IndexOf("tokenguard scan");
                if (start < 0) continue;
                string command = line.Substring(start);
                foreach (string end in new[] { " >", " &&", " |", "#" })
                {
                    int cut = command.IndexOf(end);
                    if (cut >= 0) command = command.Substring(0, cut);
                }

                yield return command.Trim();
            }
        }
    }
}
