using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules
{
    /// <summary>Cloud and infrastructure providers.</summary>
    internal static class CloudRules
    {
        public static IEnumerable<TokenRule> All()
        {
            // AWS IAM identifiers: a 4-letter kind and 16 base32 characters; "…EXAMPLE" ids are documentation.
            yield return new TokenRule("aws-access-key-id", "AWS", "AWS access key id", TokenConfidence.High,
                new[] { "AKIA", "ASIA", "ABIA", "ACCA" }, "(?<![A-Z0-9])(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])", 4,
                token => !token.EndsWith("EXAMPLE", StringComparison.Ordinal), identifiesOnly: true);
            // A secret access key has no prefix: only 40 base64 characters right after a name that says so.
            yield return new TokenRule("aws-secret-access-key", "AWS", "AWS secret access key", TokenConfidence.High,
                new[] { "secret", "Secret", "SECRET" },
                @"(?i:aws)[A-Za-z0-9_.-]{0,20}(?i:secret)[A-Za-z0-9_.-]{0,20}[""']?\s*[:=]{1,2}\s*[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", 0,
                token => !token.EndsWith("EXAMPLEKEY", StringComparison.Ordinal));
            yield return new TokenRule("aws-session-token", "AWS", "AWS session token", TokenConfidence.High,
                new[] { "session", "Session", "SESSION" },
                @"(?i:aws)[A-Za-z0-9_.-]{0,20}(?i:session)[A-Za-z0-9_.-]{0,20}[""']?\s*[:=]{1,2}\s*[""']?(?<secret>[A-Za-z0-9/+=]{100,})", 0);
            // Azure Storage account keys: 64 random bytes in base64 after AccountKey= in a connection string.
            yield return new TokenRule("azure-storage-account-key", "Azure", "Azure Storage account key", TokenConfidence.High,
                new[] { "AccountKey=" }, "AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)", 0);
            yield return new TokenRule("azure-sas-signature", "Azure", "Azure shared access signature", TokenConfidence.Medium,
                new[] { "sig=" }, "[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,}(%3D|=))", 0);
            yield return new TokenRule("azure-service-bus-key", "Azure", "Azure Service Bus or Event Hubs shared access key", TokenConfidence.High,
                new[] { "SharedAccessKey=" }, "SharedAccessKey=(?<secret>[A-Za-z0-9+/]{42}[A-Za-z0-9+/=]{2})", 0);
            // Entra ID (Azure AD) client secrets: 3 characters, a digit, "Q~", then 31-34 characters.
            yield return new TokenRule("azure-entra-client-secret", "Azure", "Microsoft Entra ID application client secret", TokenConfidence.High,
                new[] { "Q~" }, "(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])", 0);
            yield return Prefixed("google-api-key", "Google", "Google API key", TokenConfidence.High,
                new[] { "AIza" }, Start + "AIza[0-9A-Za-z_-]{35}" + End, LooksRandom);
            yield return Prefixed("google-oauth-client-secret", "Google", "Google OAuth client secret", TokenConfidence.High,
                new[] { "GOCSPX-" }, Start + "GOCSPX-[A-Za-z0-9_-]{28}" + End);
            yield return new TokenRule("digitalocean-token", "DigitalOcean", "DigitalOcean personal access, OAuth or refresh token", TokenConfidence.High,
                new[] { "dop_v1_", "doo_v1_", "dor_v1_" }, Start + "do[por]_v1_[a-f0-9]{64}" + End, 7);
            yield return Prefixed("databricks-token", "Databricks", "Databricks personal access token", TokenConfidence.High,
                new[] { "dapi" }, Start + "dapi[a-fA-F0-9]{32}(-[0-9]+)?" + End, LooksRandom);
            yield return new TokenRule("hashicorp-vault-token", "HashiCorp", "HashiCorp Vault service, batch or recovery token", TokenConfidence.High,
                new[] { "hvs.", "hvb.", "hvr." }, Start + "hv[sbr]\\.[A-Za-z0-9_-]{24,}" + End, 4);
            yield return new TokenRule("terraform-cloud-token", "HashiCorp", "Terraform Cloud / Enterprise API token", TokenConfidence.High,
                new[] { ".atlasv1." }, Start + "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}" + End, 0);
            yield return new TokenRule("planetscale-token", "PlanetScale", "PlanetScale password or service token", TokenConfidence.High,
                new[] { "pscale_tkn_", "pscale_pw_" }, Start + "pscale_(tkn|pw)_[A-Za-z0-9_.-]{32,64}" + End, 7);
            yield return Prefixed("pulumi-token", "Pulumi", "Pulumi access token", TokenConfidence.High,
                new[] { "pul-" }, Start + "pul-[a-f0-9]{40}" + End);
            yield return Prefixed("doppler-token", "Doppler", "Doppler service token", TokenConfidence.High,
                new[] { "dp.pt." }, Start + "dp\\.pt\\.[A-Za-z0-9]{43}" + End);
            yield return Prefixed("dynatrace-token", "Dynatrace", "Dynatrace API token", TokenConfidence.High,
                new[] { "dt0c01." }, Start + "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}" + End);
        }
    }
}
