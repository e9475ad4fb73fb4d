using System.Globalization;
using System.IO;
using System.Text;

namespace TokenGuard.Benchmarks
{
    /// <summary>
    /// Writes many repositories' inventory artifacts: every tenth token is a shared GitHub token (the same
    /// provider id in several repositories), so the merge deduplicates as well as streams.
    /// </summary>
    public static class InventoryCorpus
    {
        public static void Generate(string directory, int artifacts, int tokensPerArtifact)
        {
            for (int a = 0; a < artifacts; a++)
            {
                var json = new StringBuilder();
                json.Append("{\n  \"schemaVersion\": 1,\n  \"tool\": \"TokenGuard\",\n  \"toolVersion\": \"0.1.0\",\n");
                json.Append($"  \"repository\": \"https://github.com/contoso/repo-{a}\",\n  \"project\": \"Api\",\n  \"manifest\": \"tokens.yaml\",\n  \"tokens\": [\n");
                for (int t = 0; t < tokensPerArtifact; t++)
                {
                    bool shared = t % 10 == 0;
                    json.Append(t == 0 ? "    " : ",\n    ");
                    string description = shared ? $"Shared GitHub token {t}" : $"Token {t} of repository {a}";
                    string owner = shared ? "team:platform" : $"team:team-{a % 40}";
                    json.Append(CultureInfo.InvariantCulture, $"{{ \"id\": \"token-{t}\", \"description\": \"{description}\", \"owner\": \"{owner}\", \"system\": \"{(shared ? "github" : "stripe")}\", ");
                    json.Append("\"scope\": [\"read\", \"write\"], \"created\": \"2026-01-10\", \"expires\": \"2027-01-10\", \"environments\": [\"production\"], ");
                    json.Append(CultureInfo.InvariantCulture, $"\"usages\": [{{ \"kind\": \"config\", \"name\": \"Service{t}:ApiKey\" }}], ");
                    if (shared) json.Append(CultureInfo.InvariantCulture, $"\"provider\": {{ \"kind\": \"github\", \"ref\": \"{t / 10 + (a % 50) * 1000}\" }}, ");
                    json.Append(CultureInfo.InvariantCulture, $"\"fingerprints\": [], \"manifestLine\": {3 + t * 12}, \"usedAt\": [{{ \"project\": \"Api\", \"file\": \"src/Service{t}.cs\", \"line\": {10 + t} }}] }}");
                }

                json.Append("\n  ]\n}\n");
                string folder = Path.Combine(directory, "repo-" + a.ToString(CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "tokenguard-inventory.json"), json.ToString());
            }
        }
    }
}
