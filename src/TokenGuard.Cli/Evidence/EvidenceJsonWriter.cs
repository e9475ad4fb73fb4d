using System.Text.Json;
using System.Text.Json.Serialization;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>evidence.json: the report object as is, camelCase, through the redaction gate.</summary>
    internal static class EvidenceJsonWriter
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };

        public static string Write(EvidenceReport report) => Redaction.RedactSecrets(JsonSerializer.Serialize(report, Options))! + "\n";
    }
}
