namespace TokenGuard.Tests
{
    /// <summary>The entry ManifestEditor appends, as the code-fix tests expect it (created on CodeFixTest.Today).</summary>
    internal static class ExpectedManifest
    {
        public static string Entry(string id, string system, string usage) =>
            "  - id: " + id + "\n" +
            "    description: TODO what this token is for\n" +
            "    owner: TODO            # user:<login> | team:<name> | service:<name>\n" +
            "    system: " + system + "\n" +
            "    scope: [TODO]          # the least privilege it has\n" +
            "    created: 2026-06-01\n" +
            "    expires: TODO          # yyyy-MM-dd\n" +
            "    usages:\n" +
            "      - " + usage + "\n";
    }
}
