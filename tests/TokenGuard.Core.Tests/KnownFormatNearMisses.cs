using System;
using System.Collections.Generic;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Negative samples per rule: the near misses of each format (a broken checksum, one character too few,
    /// the wrong prefix, a placeholder, a documented example, missing context) that must not be reported.
    /// Assembled at run time like <see cref="KnownFormatSamples"/>.
    /// </summary>
    internal static class KnownFormatNearMisses
    {
        private const string Hex = "0123456789abcdef";
        private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        private const string Lower = "abcdefghijklmnopqrstuvwxyz0123456789";
        private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        private const string Digits = "0123456789";
        private const string Url = Alphanumeric + "_-";
        private const string Base64 = Alphanumeric + "+/";

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> ByRule = new Dictionary<string, (string, Func<string>)[]>
        {
            ["github-classic"] = new (string, Func<string>)[]
            {
                ("checksum broken", () => GitHubClassicBadChecksum(31)),
                ("placeholder", () => "ghp_" + new string('x', 36)),
                ("one character short", () => GitHubClassic(32).Substring(0, 39)),
            },
            ["github-app-installation-jwt"] = new (string, Func<string>)[]
            {
                ("no JWT after the app id", () => "gh" + "s_" + Random(Digits, 6, 35) + "_" + Random(Url, 60, 36)),
                ("signature a run of one character", () => "gh" + "s_" + Random(Digits, 6, 37) + "_eyJ" + Random(Url, 33, 38) + ".eyJ" + Random(Url, 60, 39) + "." + new string('A', 43)),
            },
            ["hashicorp-vault-legacy-token"] = new (string, Func<string>)[]
            {
                ("no Vault on the line", () => "token: " + "s." + Random(Alphanumeric, 24, 40) + "\nvault: enabled"),
                ("a member access, one case", () => "vault." + "s.AcceptanceTimeoutSeconds123 = 1"),
                ("letters only", () => "VAULT_TOKEN=" + "s." + Random(Letters, 24, 41)),
            },
            ["github-fine-grained"] = new (string, Func<string>)[]
            {
                ("one character short", () => GitHubFineGrained(33).Substring(0, 92)),
                ("no underscore between the parts", () => GitHubFineGrained(34).Replace("_pat_", "-pat-")),
            },
            ["gitlab-pat"] = new (string, Func<string>)[] { ("too short", () => "gl" + "pat-" + Random(Url, 19, 1)) },
            ["gitlab-token"] = new (string, Func<string>)[]
            {
                ("too short", () => "gl" + "rt-" + Random(Url, 19, 2)),
                ("unknown prefix", () => "gl" + "xx-" + Random(Url, 24, 2)),
            },
            ["gitlab-runner-registration"] = new (string, Func<string>)[] { ("too short", () => "GR134" + "8941" + Random(Url, 19, 3)) },
            ["npm-token"] = new (string, Func<string>)[]
            {
                ("checksum broken", () => WithBrokenChecksum(KnownFormatSamples.ByRule["npm-token"]())),
                ("placeholder", () => "npm_" + new string('x', 36)),
            },
            ["nuget-api-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "oy" + "2" + Random(Lower, 42, 5)),
                ("upper case", () => "oy" + "2" + Random(Upper, 43, 5)),
            },
            ["pypi-token"] = new (string, Func<string>)[] { ("body too short", () => "pypi-" + "AgEIcHlwaS5vcmc" + Random(Url, 40, 6)) },
            ["docker-hub-pat"] = new (string, Func<string>)[] { ("one character short", () => "dckr" + "_pat_" + Random(Url, 26, 7)) },
            ["rubygems-api-key"] = new (string, Func<string>)[] { ("one character short", () => "rubygems" + "_" + Random(Hex, 47, 8)) },
            ["clojars-token"] = new (string, Func<string>)[] { ("one character short", () => "CLOJARS" + "_" + Random(Lower, 59, 9)) },
            ["atlassian-api-token"] = new (string, Func<string>)[] { ("too short", () => "ATATT" + "3" + Random(Url, 100, 10)) },
            ["postman-api-key"] = new (string, Func<string>)[] { ("second part one short", () => "PMAK" + "-" + Random(Hex, 24, 11) + "-" + Random(Hex, 33, 12)) },
            ["linear-api-key"] = new (string, Func<string>)[] { ("one character short", () => "lin_" + "api_" + Random(Alphanumeric, 39, 13)) },
            ["figma-pat"] = new (string, Func<string>)[] { ("one character short", () => "figd" + "_" + Random(Url, 39, 14)) },
            ["contentful-pat"] = new (string, Func<string>)[] { ("one character short", () => "CFPAT" + "-" + Random(Url, 42, 15)) },
            ["notion-token"] = new (string, Func<string>)[] { ("no leading digits", () => "ntn" + "_" + Random(Letters, 46, 16)) },
            ["airtable-pat"] = new (string, Func<string>)[]
            {
                ("secret one character short", () => "pat" + Random(Alphanumeric, 14, 18) + "." + Random(Hex, 63, 19)),
                ("a path, not a token", () => "path.Combine(root, \"src\")"),
            },
            ["azure-storage-identifiable-key"] = IdentifiableKeyNearMisses("azure-storage-identifiable-key"),
            ["azure-cosmosdb-key"] = IdentifiableKeyNearMisses("azure-cosmosdb-key"),
            ["azure-batch-key"] = IdentifiableKeyNearMisses("azure-batch-key"),
            ["azure-ml-classic-key"] = IdentifiableKeyNearMisses("azure-ml-classic-key"),
            ["azure-apim-key"] = IdentifiableKeyNearMisses("azure-apim-key"),
            ["azure-service-bus-identifiable-key"] = IdentifiableKeyNearMisses("azure-service-bus-identifiable-key"),
            ["azure-event-hubs-key"] = IdentifiableKeyNearMisses("azure-event-hubs-key"),
            ["azure-relay-key"] = IdentifiableKeyNearMisses("azure-relay-key"),
            ["azure-cache-redis-key"] = IdentifiableKeyNearMisses("azure-cache-redis-key"),
            ["azure-iot-key"] = IdentifiableKeyNearMisses("azure-iot-key"),
            ["azure-event-grid-key"] = IdentifiableKeyNearMisses("azure-event-grid-key"),
            ["azure-functions-key"] = IdentifiableKeyNearMisses("azure-functions-key"),
            ["azure-search-key"] = IdentifiableKeyNearMisses("azure-search-key"),
            ["azure-container-registry-key"] = IdentifiableKeyNearMisses("azure-container-registry-key"),
            ["azure-devops-pat"] = new (string, Func<string>)[]
            {
                ("month out of range", () => CommonAnnotatedKey("AZ" + "DO", 41).Substring(0, 59) + "Z" + CommonAnnotatedKey("AZ" + "DO", 41).Substring(60)),
                ("a hash, not a key", () => CommonAnnotatedKey("AZ" + "DO", 42, kind: 'H')),
                ("one character short", () => CommonAnnotatedKey("AZ" + "DO", 43).Substring(0, 83)),
            },
            ["azure-common-annotated-key"] = new (string, Func<string>)[]
            {
                ("a hash, not a key", () => CommonAnnotatedKey("AZ" + "AC", 44, kind: 'H')),
                ("signature at the wrong offset", () => Random(Alphanumeric, 51, 45) + "JQQJ99BF" + Random(Alphanumeric, 25, 46)),
            },
            ["azure-devops-pat-legacy"] = new (string, Func<string>)[]
            {
                ("no Azure DevOps context", () => "value = " + AzureDevOpsLegacyPat(47)),
                ("checksum broken", () => "AZURE_DEVOPS_PAT=" + WithBrokenChecksum(AzureDevOpsLegacyPat(48))),
                ("random base32 in context", () => "AZURE_DEVOPS_PAT=" + Random("abcdefghijklmnopqrstuvwxyz234567", 52, 49)),
            },
            ["aws-access-key-id"] = new (string, Func<string>)[]
            {
                ("documented example", () => "AKIA" + "IOSFODNN7EXAMPLE"),
                ("inside a longer word", () => "x" + AwsAccessKeyId(35) + "Y"),
            },
            ["aws-secret-access-key"] = new (string, Func<string>)[]
            {
                ("documented example", () => "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"),
                ("no AWS name", () => "secret = " + Random(Base64, 40, 20)),
            },
            ["aws-session-token"] = new (string, Func<string>)[]
            {
                ("too short", () => "AWS_SESSION_TOKEN=" + Random(Base64, 99, 21)),
                ("placeholder", () => "AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}"),
            },
            ["azure-storage-account-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "AccountName=shop;AccountKey=" + Random(Base64, 85, 22) + "==;"),
                ("placeholder", () => "AccountName=shop;AccountKey=<storage-key>;"),
            },
            ["azure-sas-signature"] = new (string, Func<string>)[]
            {
                ("too short", () => "https://shop.blob.core.windows.net/c?sv=2022-11-02&sig=" + Random(Base64, 30, 23) + "%3D"),
                ("placeholder", () => "https://shop.blob.core.windows.net/c?sv=2022-11-02&sig={signature}"),
            },
            ["azure-service-bus-key"] = new (string, Func<string>)[]
            {
                ("too short", () => "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Random(Base64, 40, 24)),
                ("placeholder", () => "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>"),
            },
            ["azure-entra-client-secret"] = new (string, Func<string>)[]
            {
                ("too short", () => Random(Alphanumeric, 3, 25) + "8Q" + "~" + Random(Alphanumeric, 30, 26)),
                ("no digit before Q~", () => Random(Letters, 4, 25) + "Q" + "~" + Random(Alphanumeric, 34, 26)),
            },
            ["google-api-key"] = new (string, Func<string>)[] { ("one character short", () => "AI" + "za" + Random(Url, 34, 27)) },
            ["google-oauth-client-secret"] = new (string, Func<string>)[] { ("one character short", () => "GOCSPX" + "-" + Random(Url, 27, 28)) },
            ["digitalocean-token"] = new (string, Func<string>)[] { ("one character short", () => "dop" + "_v1_" + Random(Hex, 63, 29)) },
            ["databricks-token"] = new (string, Func<string>)[] { ("one character short", () => "dapi" + Random(Hex, 31, 30)) },
            ["hashicorp-vault-token"] = new (string, Func<string>)[] { ("too short", () => "hvs" + "." + Random(Url, 23, 31)) },
            ["terraform-cloud-token"] = new (string, Func<string>)[] { ("too short", () => Random(Alphanumeric, 14, 32) + ".atlas" + "v1." + Random(Url, 59, 33)) },
            ["cloudflare-origin-ca-key"] = new (string, Func<string>)[] { ("one character short", () => "v1.0" + "-" + Random(Hex, 24, 34) + "-" + Random(Hex, 145, 35)) },
            ["heroku-api-key"] = new (string, Func<string>)[] { ("too short", () => "HRKU" + "-" + Random(Url, 57, 36)) },
            ["flyio-token"] = new (string, Func<string>)[] { ("one character short", () => "fo1" + "_" + Random(Url, 42, 37)) },
            ["planetscale-token"] = new (string, Func<string>)[] { ("too short", () => "pscale" + "_tkn_" + Random(Url, 31, 38)) },
            ["pulumi-token"] = new (string, Func<string>)[] { ("one character short", () => "pul" + "-" + Random(Hex, 39, 39)) },
            ["doppler-token"] = new (string, Func<string>)[] { ("one character short", () => "dp.pt" + "." + Random(Alphanumeric, 42, 40)) },
            ["dynatrace-token"] = new (string, Func<string>)[] { ("secret one character short", () => "dt0c01" + "." + Random(Upper, 24, 41) + "." + Random(Upper, 63, 42)) },
            ["slack-token"] = new (string, Func<string>)[]
            {
                ("placeholder", () => "xoxb-your-token-here"),
                ("workspace id too short", () => "xo" + "xb-" + Random(Digits, 7, 24) + "-" + Random(Alphanumeric, 24, 26)),
                ("user token with short ids", () => "xo" + "xp-1234-1234-1234-" + Random(Hex, 32, 27)),
                ("placeholder after the ids", () => "xo" + "xp-" + Random(Digits, 12, 28) + "-" + Random(Digits, 12, 29) + "-" + Random(Digits, 12, 30) + "-" + new string('#', 20)),
                ("configuration token placeholder", () => "xo" + "xe.xoxp-1-" + "RANDOMSTRINGHERE"),
            },
            ["slack-app-token"] = new (string, Func<string>)[] { ("secret too short", () => "xa" + "pp-1-" + Random(Upper, 11, 43) + "-" + Random(Digits, 13, 44) + "-" + Random(Hex, 31, 45)) },
            ["slack-webhook"] = new (string, Func<string>)[]
            {
                ("documented example", () => "https://hooks." + "slack.com/services/T00000000/B00000000/" + new string('X', 24)),
                ("secret too short", () => "https://hooks." + "slack.com/services/T" + Random(Upper, 10, 25) + "/B" + Random(Upper, 10, 26) + "/" + Random(Alphanumeric, 19, 27)),
            },
            ["stripe-secret-key"] = new (string, Func<string>)[]
            {
                ("publishable key", () => "pk_live_" + Random(Alphanumeric, 32, 26)),
                ("too short", () => "sk" + "_live_" + Random(Alphanumeric, 23, 26)),
            },
            ["stripe-webhook-secret"] = new (string, Func<string>)[] { ("too short", () => "wh" + "sec_" + Random(Alphanumeric, 31, 46)) },
            ["twilio-api-key"] = new (string, Func<string>)[]
            {
                ("account SID, an identifier", () => "AC" + Random(Hex, 32, 47)),
                ("one character short", () => "S" + "K" + Random(Hex, 31, 47)),
            },
            ["sendgrid-api-key"] = new (string, Func<string>)[] { ("secret one character short", () => "S" + "G." + Random(Url, 22, 48) + "." + Random(Url, 42, 49)) },
            ["mailgun-api-key"] = new (string, Func<string>)[] { ("one character short", () => "key" + "-" + Random(Hex, 31, 50)) },
            ["mailchimp-api-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => Random(Hex, 31, 51) + "-us" + "14"),
                ("no data centre number", () => Random(Hex, 32, 51) + "-us"),
            },
            ["openai-api-key"] = new (string, Func<string>)[]
            {
                ("too short", () => "sk-" + "proj-" + Random(Url, 39, 52)),
                ("legacy shape without the marker", () => "sk-" + Random(Alphanumeric, 48, 52)),
            },
            ["anthropic-api-key"] = new (string, Func<string>)[] { ("too short", () => "sk-" + "ant-api03-" + Random(Url, 79, 53)) },
            ["huggingface-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "h" + "f_" + Random(Letters, 33, 54)),
                ("digits in the body", () => "h" + "f_" + Random(Letters, 30, 54) + "1234"),
            },
            ["shopify-token"] = new (string, Func<string>)[] { ("one character short", () => "shp" + "at_" + Random(Hex, 31, 55)) },
            ["sentry-token"] = new (string, Func<string>)[] { ("one character short", () => "sntry" + "u_" + Random(Hex, 63, 56)) },
            ["grafana-token"] = new (string, Func<string>)[] { ("checksum part one short", () => "gl" + "sa_" + Random(Alphanumeric, 32, 57) + "_" + Random(Hex, 7, 58)) },
            ["newrelic-user-key"] = new (string, Func<string>)[] { ("one character short", () => "NRAK" + "-" + Random(Upper, 26, 59)) },
            ["datadog-api-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "DD_API_KEY=" + Random(Hex, 31, 60)),
                ("placeholder", () => "DD_API_KEY=<your-api-key>"),
            },
            ["discord-webhook"] = new (string, Func<string>)[] { ("token too short", () => "https://discord.com/api/" + "webhooks/" + Random(Digits, 18, 61) + "/" + Random(Url, 59, 62)) },
            ["discord-bot-token"] = new (string, Func<string>)[]
            {
                ("first part is not a user id", () => "MT" + Random(Alphanumeric, 22, 63) + "." + Random(Alphanumeric, 6, 64) + "." + Random(Alphanumeric, 30, 65)),
                ("HMAC too short", () => DiscordBot(66).Substring(0, DiscordBot(66).LastIndexOf('.') + 27)),
            },
            ["telegram-bot-token"] = new (string, Func<string>)[] { ("one character short", () => Random("123456789", 10, 63) + ":A" + "A" + Random(Url, 32, 64)) },
            ["mapbox-secret-token"] = new (string, Func<string>)[]
            {
                ("public token", () => "pk" + ".eyJ" + Random(Url, 60, 65) + "." + Random(Url, 22, 66)),
                ("too short", () => "sk" + ".eyJ" + Random(Url, 49, 65) + "." + Random(Url, 22, 66)),
            },
            ["square-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "sq0" + "csp-" + Random(Url, 42, 67)),
                ("access token one character short", () => "EA" + "AA" + Random(Url, 59, 67)),
            },
            ["facebook-access-token"] = new (string, Func<string>)[] { ("too short", () => "EAACEd" + "Eose0cBA" + Random(Alphanumeric, 19, 68)) },
            ["private-key"] = new (string, Func<string>)[]
            {
                ("no body", () => "-----BEGIN RSA " + "PRIVATE KEY-----\n...\n-----END RSA " + "PRIVATE KEY-----"),
                ("public key", () => PrivateKey(69).Replace("PRIVATE", "PUBLIC")),
            },
            ["putty-private-key"] = new (string, Func<string>)[]
            {
                ("no private lines", () => "PuTTY-User-" + "Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\n"),
                ("private lines too short", () => "PuTTY-User-" + "Key-File-2: ssh-rsa\nEncryption: none\nPrivate-" + "Lines: 1\n" + Random(Base64, 30, 69) + "\n"),
            },
            ["age-secret-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "AGE-SECRET" + "-KEY-1" + Random("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 57, 71).ToUpperInvariant()),
                ("public key", () => "age1" + Random("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58, 71)),
            },
            ["jwt"] = new (string, Func<string>)[]
            {
                ("unsigned", () => "ey" + "J" + Random(Url, 30, 72) + ".ey" + "J" + Random(Url, 60, 73) + "."),
                ("payload is not JSON", () => "ey" + "J" + Random(Url, 30, 72) + "." + Random(Url, 60, 73) + "." + Random(Url, 43, 74)),
                ("signed with jwt.io's published sample secret", () => SignedJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"" + Random(Alphanumeric, 12, 75) + "\",\"iat\":1716239022}", "your-256-bit-" + "secret")),
                ("HS512, signed with jwt.io's current sample secret", () => SignedJwt("{\"alg\":\"HS512\"}", "{\"msg\":\"" + Random(Alphanumeric, 20, 76) + "\"}", "a-string-secret-" + "at-least-256-bits-long")),
            },
            ["url-credentials"] = new (string, Func<string>)[]
            {
                ("variable", () => "postgres://app:${DB_PASSWORD}@db:5432/shop"),
                ("placeholder", () => "https://user:password@example.com"),
            },
            ["connection-string-password"] = new (string, Func<string>)[]
            {
                ("placeholder", () => "Server=db;Database=shop;User Id=app;Password=<your-password>;"),
                ("empty", () => "Server=db;Database=shop;User Id=app;Password=;"),
                ("a Terraform variable reference", () => "  admin_password = " + "var.admin_password"),
            },
            // Rules/Providers, one provider a file.
            ["nuget-config-cleartext-password"] = new (string, Func<string>)[]
            {
                ("environment variable", () => "<add key=\"ClearText" + "Password\" value=\"%NUGET_FEED_PASSWORD%\" />"),
                ("MSBuild property", () => "<add key=\"ClearText" + "Password\" value=\"$(FeedPassword)\" />"),
                ("empty", () => "<add key=\"ClearText" + "Password\" value=\"\" />"),
                ("the user name", () => "<add key=\"Username\" value=\"" + Random(Alphanumeric, 20, 200) + "\" />"),
            },
            ["linear-client-secret"] = new (string, Func<string>)[]
            {
                ("a client id, not a secret", () => "LINEAR_CLIENT_ID=" + Random(Hex, 32, 201)),
                ("one character short", () => "LINEAR_CLIENT_SECRET=" + Random(Hex, 31, 201)),
            },
            ["snyk-api-token"] = new (string, Func<string>)[]
            {
                ("an organisation id", () => "SNYK_ORG_ID=" + KnownFormatSamples.Uuid(202)),
                ("the nil UUID", () => "SNYK_TOKEN=00000000-0000-0000-0000-000000000000"),
                ("no Snyk name", () => "token=" + KnownFormatSamples.Uuid(202)),
            },
            ["sonarqube-token"] = new (string, Func<string>)[] { ("one character short", () => "sq" + "u_" + Random(Hex, 39, 203)) },
            ["sonarqube-legacy-token"] = new (string, Func<string>)[]
            {
                ("a project key, not a token", () => "/d:sonar.projectKey=" + Random(Hex, 40, 204)),
                ("one character short", () => "/d:sonar.login=" + Random(Hex, 39, 204)),
                ("variable", () => "/d:sonar.token=$SONAR_TOKEN"),
            },
            ["sidekiq-secret"] = new (string, Func<string>)[]
            {
                ("variable", () => "export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}"),
                ("password one character short", () => "BUNDLE_GEMS__CONTRIBSYS__COM=" + Random(Hex, 8, 205) + ":" + Random(Hex, 7, 206)),
            },
            ["sidekiq-sensitive-url"] = new (string, Func<string>)[] { ("no credentials", () => "source \"https://gems.contribsys.com/\"") },
            ["sourcegraph-access-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "sg" + "p_" + Random(Hex, 39, 210)),
                ("not hex", () => "sg" + "p_local_" + Random(Letters, 40, 210)),
            },
            ["octopus-deploy-api-key"] = new (string, Func<string>)[]
            {
                ("an upper-case word, no digit", () => "AP" + "I-" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                ("one character short", () => "AP" + "I-" + Random(Upper, 25, 211)),
                ("a 32-hex page slug", () => "https://shop.notion.site/AP" + "I-" + Random("0123456789ABCDEF", 32, 211)),
            },
            ["infracost-api-token"] = new (string, Func<string>)[] { ("one character short", () => "ic" + "o-" + Random(Alphanumeric, 31, 212)) },
            ["aws-bedrock-api-key"] = new (string, Func<string>)[] { ("too short", () => "AB" + "SK" + Random(Base64, 100, 213)) },
            ["aws-bedrock-short-term-api-key"] = new (string, Func<string>)[] { ("too short", () => "bedrock-api-key-" + "YmVkcm9jay5hbWF6b25hd3MuY29t" + Random(Base64, 30, 214)) },
            ["cloudflare-api-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "CLOUDFLARE_API_TOKEN=" + Random(Url, 39, 215)),
                ("no Cloudflare name", () => "API_TOKEN=" + Random(Url, 40, 215)),
            },
            ["cloudflare-global-api-key"] = new (string, Func<string>)[] { ("one character short", () => "cloudflare_api_key: " + Random(Hex, 36, 216)) },
            ["heroku-api-key-legacy"] = new (string, Func<string>)[]
            {
                ("an app id", () => "HEROKU_APP_ID=" + KnownFormatSamples.Uuid(217)),
                ("placeholder", () => "HEROKU_API_KEY=<your-heroku-api-key>"),
            },
            ["flyio-macaroon-token"] = new (string, Func<string>)[] { ("too short", () => "FlyV1 " + "fm" + "2_" + Random(Base64, 90, 218)) },
            ["openshift-user-token"] = new (string, Func<string>)[] { ("one character short", () => "sha256" + "~" + Random(Url, 42, 219)) },
            ["tailscale-key"] = new (string, Func<string>)[]
            {
                ("unknown kind", () => "ts" + "key-other-" + Random(Alphanumeric, 11, 220) + "-" + Random(Alphanumeric, 32, 221)),
                ("secret too short", () => "ts" + "key-auth-" + Random(Alphanumeric, 11, 220) + "-" + Random(Alphanumeric, 19, 221)),
            },
            ["okta-api-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "OKTA_API_TOKEN=" + "00" + Random(Url, 39, 222)),
                ("a client id", () => "OKTA_CLIENT_ID=" + "0oa" + Random(Alphanumeric, 17, 222)),
            },
            ["1password-service-account-token"] = new (string, Func<string>)[] { ("too short", () => "op" + "s_" + "eyJ" + Random(Base64, 200, 223)) },
            ["1password-secret-key"] = new (string, Func<string>)[]
            {
                ("a group short", () => "A" + "3-" + Random(Upper, 6, 224) + "-" + Random(Upper, 11, 225) + "-" + Random(Upper, 5, 226) + "-" + Random(Upper, 5, 227)),
                ("placeholder", () => "A" + "3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX"),
            },
            ["sumologic-access-id"] = new (string, Func<string>)[]
            {
                ("empty", () => "sumologic_access_id = \"\""),
                ("one character short", () => "SUMO_ACCESS_ID=" + "s" + "u" + Random(Alphanumeric, 11, 229)),
            },
            ["sumologic-access-key"] = new (string, Func<string>)[]
            {
                ("placeholder", () => "sumo_access_key = \"<SUMOLOGIC ACCESS KEY>\""),
                ("one character short", () => "SUMO_ACCESS_KEY=" + Random(Alphanumeric, 63, 230)),
            },
            ["huggingface-org-token"] = new (string, Func<string>)[]
            {
                ("a constant name", () => "api" + "_org_" + "exists"),
                ("one character short", () => "api" + "_org_" + Random(Letters, 33, 231)),
            },
            ["perplexity-api-key"] = new (string, Func<string>)[] { ("one character short", () => "pp" + "lx-" + Random(Alphanumeric, 47, 232)) },
            ["groq-api-key"] = new (string, Func<string>)[] { ("one character short", () => "gs" + "k_" + Random(Alphanumeric, 51, 233)) },
            ["facebook-page-access-token"] = new (string, Func<string>)[] { ("too short", () => "EA" + "AM" + Random(Alphanumeric, 90, 234)) },
            ["facebook-app-secret"] = new (string, Func<string>)[]
            {
                ("an app id name", () => "FACEBOOK_APP_ID=" + Random(Hex, 32, 235)),
                ("one character short", () => "FACEBOOK_APP_SECRET=" + Random(Hex, 31, 235)),
            },
            ["microsoft-teams-webhook"] = new (string, Func<string>)[] { ("secret one character short", () => KnownFormatSamples.TeamsWebhook(236, secretLength: 31)) },
            ["curl-auth-header"] = new (string, Func<string>)[]
            {
                ("variable", () => "curl -s -H \"Authorization: Bearer $API_TOKEN\" https://api.example.com/v1/items"),
                ("placeholder", () => "curl -s -H \"Authorization: Bearer <your-access-token>\" https://api.example.com/v1/items"),
                ("not a credential header", () => "curl -s -H \"Accept: application/vnd.github+json\" https://api.example.com/v1/items"),
            },
            ["curl-basic-auth"] = new (string, Func<string>)[]
            {
                ("placeholder password", () => "curl -u user:pass https://ci.example.com/api/json"),
                ("variable", () => "curl -u admin:$ADMIN_PASSWORD https://ci.example.com/api/json"),
                ("user only", () => "curl -u deploy https://ci.example.com/api/json"),
            },
            ["alibaba-access-key-id"] = new (string, Func<string>)[] { ("one character short", () => "LT" + "AI" + Random(Alphanumeric, 19, 240)) },
            ["alibaba-secret-key"] = new (string, Func<string>)[]
            {
                ("the key id name", () => "ALIBABA_CLOUD_ACCESS_KEY_ID=" + Random(Alphanumeric, 30, 241).Substring(0, 24)),
                ("one character short", () => "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Random(Alphanumeric, 29, 241)),
            },
            ["grafana-api-key"] = new (string, Func<string>)[] { ("too short", () => "eyJr" + "Ijoi" + Random(Alphanumeric, 60, 242)) },
            ["prefect-api-token"] = new (string, Func<string>)[] { ("one character short", () => "pn" + "u_" + Random(Alphanumeric, 35, 243)) },
            ["readme-api-token"] = new (string, Func<string>)[] { ("upper case", () => "rd" + "me_" + Random(Upper, 70, 244)) },
            ["typeform-api-token"] = new (string, Func<string>)[] { ("one character short", () => "tf" + "p_" + Random(Url, 58, 245)) },
            ["shippo-api-token"] = new (string, Func<string>)[] { ("one character short", () => "shippo" + "_live_" + Random(Hex, 39, 246)) },
            ["duffel-api-token"] = new (string, Func<string>)[] { ("one character short", () => "duffel" + "_test_" + Random(Url, 42, 247)) },
            ["easypost-api-token"] = new (string, Func<string>)[] { ("one character short", () => "EZ" + "AK" + Random(Alphanumeric, 53, 248)) },
            ["scalingo-api-token"] = new (string, Func<string>)[] { ("one character short", () => "tk" + "-us-" + Random(Url, 47, 249)) },
            ["harness-api-key"] = new (string, Func<string>)[] { ("secret one character short", () => "pa" + "t." + Random(Url, 22, 250) + "." + Random(Alphanumeric, 24, 251) + "." + Random(Alphanumeric, 19, 252)) },
            ["clickhouse-cloud-api-secret-key"] = new (string, Func<string>)[] { ("letters only", () => "4b" + "1d" + Random(Letters, 38, 253)) },
            ["frameio-api-token"] = new (string, Func<string>)[] { ("one character short", () => "fio" + "-u-" + Random(Url, 63, 254)) },
            ["artifactory-api-key"] = new (string, Func<string>)[] { ("one character short", () => "AK" + "Cp" + Random(Alphanumeric, 68, 255)) },
            ["artifactory-reference-token"] = new (string, Func<string>)[] { ("one character short", () => "cmVm" + "d" + Random(Alphanumeric, 58, 256)) },
            ["jfrog-identity-token"] = new (string, Func<string>)[]
            {
                ("a URL name", () => "JFROG_URL=" + Random(Alphanumeric, 64, 257)),
                ("one character short", () => "JFROG_ACCESS_TOKEN=" + Random(Alphanumeric, 63, 257)),
            },
            ["brevo-api-key"] = new (string, Func<string>)[] { ("suffix one character short", () => "xkey" + "sib-" + Random(Hex, 64, 258) + "-" + Random(Alphanumeric, 15, 259)) },
            ["atlassian-api-token-legacy"] = new (string, Func<string>)[]
            {
                ("a user name", () => "JIRA_USER=" + Random(Alphanumeric, 24, 260)),
                ("a project key, upper case", () => "jira_project_key = " + "SHOPAPIBACKLOGPLANNING24"),
                ("a method declared after a Jira type (a name followed by its argument list)", () => "func (x *JIRA) " + "GetInsecureSkipVerifyTls" + "() bool {"),
                ("a method called under a token name", () => "jira_token = " + "ReadTokenFromEnvironment" + "(\"JIRA\")"),
                ("a type's name in words after Confluence", () => "confluence: " + "SpaceExportConfiguration"),
            },
            ["bitbucket-client-secret"] = new (string, Func<string>)[] { ("a client id", () => "BITBUCKET_CLIENT_ID=" + Random(Url, 64, 261)) },
            ["codecov-token"] = new (string, Func<string>)[]
            {
                ("variable", () => "CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}"),
                ("no token name", () => "CODECOV_URL=" + KnownFormatSamples.Uuid(262)),
            },
            ["launchdarkly-token"] = new (string, Func<string>)[]
            {
                ("a mobile key, shipped in apps", () => "LAUNCHDARKLY_MOBILE_KEY=" + "mo" + "b-" + KnownFormatSamples.Uuid(263)),
                ("the nil UUID", () => "LAUNCHDARKLY_SDK_KEY=" + "sd" + "k-00000000-0000-0000-0000-000000000000"),
            },
            ["newrelic-insert-key"] = new (string, Func<string>)[] { ("one character short", () => "NR" + "II-" + Random(Url, 31, 264)) },
            ["twilio-auth-token"] = new (string, Func<string>)[]
            {
                ("an account SID name", () => "TWILIO_ACCOUNT_SID=" + Random(Hex, 32, 265)),
                ("one character short", () => "TWILIO_AUTH_TOKEN=" + Random(Hex, 31, 265)),
            },
            ["sourcegraph-legacy-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "SOURCEGRAPH_TOKEN=" + Random(Hex, 39, 400)),
                ("not hex", () => "SOURCEGRAPH_TOKEN=" + Random(Letters, 40, 420)),
            },
            ["cloudflare-prefixed-token"] = new (string, Func<string>)[]
            {
                ("unknown prefix", () => "cf" + "xx_" + Random(Alphanumeric, 40, 401) + Random(Hex, 8, 402)),
                ("no hex tail", () => "cf" + "at_" + Random(Alphanumeric, 40, 401) + "GHIJKLMN"),
            },
            ["facebook-app-access-token"] = new (string, Func<string>)[]
            {
                ("no Facebook name", () => "access_token=" + Random(Digits, 16, 403) + "|" + Random(Url, 27, 404)),
                ("app id too short", () => "facebook_access_token=" + Random(Digits, 12, 403) + "|" + Random(Url, 27, 404)),
            },
            ["vercel-token"] = new (string, Func<string>)[]
            {
                ("unknown prefix", () => "vc" + "x_" + Random(Alphanumeric, 24, 405)),
                ("placeholder", () => "vc" + "p_" + new string('x', 24)),
            },
            ["hubspot-api-key"] = new (string, Func<string>)[]
            {
                ("the nil UUID", () => "HUBSPOT_API_KEY=00000000-0000-0000-0000-000000000000"),
                ("no HubSpot name", () => "API_KEY=" + KnownFormatSamples.Uuid(406)),
            },
            ["messagebird-api-token"] = new (string, Func<string>)[] { ("one character short", () => "MESSAGEBIRD_API_KEY=" + Random(Alphanumeric, 24, 407)) },
            ["maxmind-license-key"] = new (string, Func<string>)[]
            {
                ("no _mmk suffix", () => Random(Alphanumeric, 6, 408) + "_" + Random(Alphanumeric, 29, 409) + "_abc"),
                ("placeholder", () => new string('x', 6) + "_" + new string('x', 29) + "_m" + "mk"),
            },
            ["intra42-client-secret"] = new (string, Func<string>)[]
            {
                ("unknown kind", () => "s-s4t2" + "xx-" + Random(Hex, 64, 410)),
                ("one character short", () => "s-s4t2" + "ud-" + Random(Hex, 63, 410)),
            },
            ["azure-account-key-assigned"] = new (string, Func<string>)[]
            {
                ("no key name (a SHA-512 digest)", () => "\"integrity\": \"sha512-" + Random(Base64, 86, 420) + "==\""),
                ("one character short", () => "storageAccountKey: " + Random(Base64, 85, 420) + "=="),
            },
            ["azure-entra-refresh-token"] = new (string, Func<string>)[] { ("grant part too short", () => "1.A" + Random(Url, 60, 421) + ".A" + "g" + Random(Url, 100, 422)) },
            ["microsoft-workflow-trigger-url"] = new (string, Func<string>)[]
            {
                ("no signature", () => "https://prod-12.westeurope.logic.azure.com:443/workflows/" + Random(Hex, 32, 423) + "/triggers/manual/paths/" + "invoke?api-version=2016-06-01"),
            },
            ["aws-secret-access-key-paired"] = new (string, Func<string>)[] { ("no access key id before it", () => "secret: " + Random(Base64, 40, 426)) },
            ["aws-appsync-api-key"] = new (string, Func<string>)[] { ("no AppSync endpoint", () => "key: " + "da" + "2-" + Random(Lower, 26, 428)) },
            ["sentry-token-legacy"] = new (string, Func<string>)[] { ("one character short", () => "SENTRY_AUTH_TOKEN=" + Random(Hex, 63, 429)) },
            ["bitbucket-app-password"] = new (string, Func<string>)[]
            {
                ("alone, without a username", () => "AT" + "BB" + Random(Alphanumeric, 32, 430)),
                ("placeholder", () => "deploy:" + "AT" + "BB" + new string('x', 32)),
            },
            ["npm-token-legacy"] = new (string, Func<string>)[] { ("a UUID under another name", () => "PACKAGE_ID=" + KnownFormatSamples.Uuid(431)) },
            ["mailgun-api-key-v2"] = new (string, Func<string>)[] { ("Mailgun not named", () => "KEY=" + Random(Hex, 32, 436) + "-" + Random(Hex, 8, 437) + "-" + Random(Hex, 8, 438)) },
            ["google-oauth-refresh-token"] = new (string, Func<string>)[] { ("placeholder", () => "1/" + "/0" + new string('x', 60)) },
            ["google-oauth-access-token"] = new (string, Func<string>)[] { ("too short", () => "ya" + "29." + Random(Url, 20, 440)) },
            ["gitlab-pat-legacy"] = new (string, Func<string>)[] { ("one case only", () => "GITLAB_TOKEN=" + Random(Lower, 20, 441)) },
            ["pagerduty-api-key"] = new (string, Func<string>)[] { ("PagerDuty not named", () => "KEY=" + "u+" + Random(Url, 18, 442)) },
            ["azure-openai-key"] = new (string, Func<string>)[] { ("not hex", () => "AZURE_OPENAI_API_KEY=" + Random(Letters, 32, 443)) },
            ["azure-openai-key-with-endpoint"] = new (string, Func<string>)[] { ("no Azure OpenAI endpoint", () => "api_key: " + Random(Hex, 32, 444)) },
            ["gcp-service-account-key"] = new (string, Func<string>)[]
            {
                ("not a service account key file", () => "{ \"type\": \"authorized_user\", \"private_key_id\": \"" + Random(Hex, 40, 446) + "\" }"),
            },
            ["github-token-legacy"] = new (string, Func<string>)[] { ("one character short", () => "GITHUB_TOKEN=" + Random(Hex, 39, 445)) },
            ["kubernetes-secret-value"] = new (string, Func<string>)[]
            {
                ("Helm template", () => KnownFormatSamples.KubernetesSecret("password: {{ .Values.db.password | b64enc }}")),
                ("base64 of a placeholder", () => KnownFormatSamples.KubernetesSecret("password: " + KnownFormatSamples.Base64Of("changeme"))),
                ("a ConfigMap", () => KnownFormatSamples.KubernetesSecret("password: " + KnownFormatSamples.Base64Of(Random(Alphanumeric, 18, 239)), kind: "ConfigMap")),
            },
        };

        // An identifiable key with one random character changed (the checksum fails), and one character short.
        private static (string, Func<string>)[] IdentifiableKeyNearMisses(string ruleId) => new (string, Func<string>)[]
        {
            ("checksum broken", () => WithBrokenChecksum(KnownFormatSamples.ByRule[ruleId]())),
            ("one character short", () => Truncated(KnownFormatSamples.ByRule[ruleId]())),
        };

        private static string SignedJwt(string header, string payload, string secret)
        {
            string signed = Base64Url(System.Text.Encoding.UTF8.GetBytes(header)) + "." + Base64Url(System.Text.Encoding.UTF8.GetBytes(payload));
            byte[] key = System.Text.Encoding.UTF8.GetBytes(secret);
            using System.Security.Cryptography.HMAC hmac = header.Contains("HS512") ? new System.Security.Cryptography.HMACSHA512(key) : new System.Security.Cryptography.HMACSHA256(key);
            return signed + "." + Base64Url(hmac.ComputeHash(System.Text.Encoding.ASCII.GetBytes(signed)));
        }

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private static string Truncated(string key)
        {
            string unpadded = key.TrimEnd('=');
            return unpadded.Substring(0, unpadded.Length - 1);
        }
    }
}
