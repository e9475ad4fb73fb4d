using System;
using System.Collections.Generic;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// One positive sample per rule, assembled at run time from parts (valid checksums where the
    /// format has one) so that no committed line holds a real-looking token.
    /// </summary>
    internal static class KnownFormatSamples
    {
        private const string Hex = "0123456789abcdef";
        private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        private const string Lower = "abcdefghijklmnopqrstuvwxyz0123456789";
        private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        private const string Url = Alphanumeric + "_-";
        private const string Base64 = Alphanumeric + "+/";

        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> ByRule = new Dictionary<string, Func<string>>
        {
            ["github-classic"] = () => GitHubClassic(21),
            ["github-fine-grained"] = () => GitHubFineGrained(22),
            ["gitlab-pat"] = () => "gl" + "pat-" + Random(Url, 20, 1),
            ["gitlab-token"] = () => "gl" + "rt-" + Random(Url, 20, 2),
            ["gitlab-runner-registration"] = () => "GR134" + "8941" + Random(Url, 20, 3),
            ["npm-token"] = () => Checksummed("np" + "m_", 4),
            ["nuget-api-key"] = () => "oy" + "2" + Random(Lower, 43, 5),
            ["pypi-token"] = () => "pypi-" + "AgEIcHlwaS5vcmc" + Random(Url, 60, 6),
            ["docker-hub-pat"] = () => "dckr" + "_pat_" + Random(Url, 27, 7),
            ["rubygems-api-key"] = () => "rubygems" + "_" + Random(Hex, 48, 8),
            ["clojars-token"] = () => "CLOJARS" + "_" + Random("abcdefghijklmnopqrstuvwxyz0123456789", 60, 9),
            ["atlassian-api-token"] = () => "ATATT" + "3" + Random(Url, 180, 10),
            ["postman-api-key"] = () => "PMAK" + "-" + Random(Hex, 24, 11) + "-" + Random(Hex, 34, 12),
            ["linear-api-key"] = () => "lin_" + "api_" + Random(Alphanumeric, 40, 13),
            ["figma-pat"] = () => "figd" + "_" + Random(Url, 40, 14),
            ["contentful-pat"] = () => "CFPAT" + "-" + Random(Url, 43, 15),
            ["notion-token"] = () => "ntn" + "_" + Random("0123456789", 11, 16) + Random(Alphanumeric, 35, 17),
            ["airtable-pat"] = () => "pat" + Random(Alphanumeric, 14, 18) + "." + Random(Hex, 64, 19),
            ["azure-storage-identifiable-key"] = () => IdentifiableKey(64, "+AS" + "t", 0x44656661756c7430, 80),
            ["azure-cosmosdb-key"] = () => IdentifiableKey(64, "ACD" + "b", 0x4d61737452573030, 81),
            ["azure-batch-key"] = () => IdentifiableKey(64, "+AB" + "a", 0x4162416363743030, 82),
            ["azure-ml-classic-key"] = () => IdentifiableKey(64, "+AM" + "C", 0x436c617373696330, 83),
            ["azure-apim-key"] = () => IdentifiableKey(64, "API" + "M", 0x4761746577793030, 84),
            ["azure-service-bus-identifiable-key"] = () => IdentifiableKey(32, "+AS" + "b", 0x53656e6430303030, 85),
            ["azure-event-hubs-key"] = () => IdentifiableKey(32, "+AE" + "h", 0x4c697374656e3030, 86),
            ["azure-relay-key"] = () => IdentifiableKey(32, "+AR" + "m", 0x4d616e6167653030, 87),
            ["azure-cache-redis-key"] = () => IdentifiableKey(32, "AzC" + "a", 0x4163636573733030, 88),
            ["azure-iot-key"] = () => IdentifiableKey(32, "AIo" + "T", 0x4465766963653030, 89),
            ["azure-event-grid-key"] = () => IdentifiableKey(32, "AZE" + "G", 0x53656e6452656376, 90),
            ["azure-functions-key"] = () => IdentifiableKey(40, "AzF" + "u", 0x4d61737465723030, 91, urlSafe: true),
            ["azure-search-key"] = () => IdentifiableKey(39, "AzS" + "e", 0x5041646d696e3030, 92, alphanumericOnly: true),
            ["azure-container-registry-key"] = () => IdentifiableKey(39, "+AC" + "R", 0x41435244666c7430, 93),
            ["azure-devops-pat"] = () => CommonAnnotatedKey("AZ" + "DO", 94),
            ["azure-common-annotated-key"] = () => CommonAnnotatedKey("AZ" + "AC", 95),
            ["azure-devops-pat-legacy"] = () => "AZURE_DEVOPS_PAT=" + AzureDevOpsLegacyPat(96),
            ["aws-access-key-id"] = () => AwsAccessKeyId(23),
            ["aws-secret-access-key"] = () => "aws_secret_access_key = " + Random(Base64, 40, 20),
            ["aws-session-token"] = () => "AWS_SESSION_TOKEN=" + Random(Base64, 120, 21),
            ["azure-storage-account-key"] = () => "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=" + Random(Base64, 86, 22) + "==;EndpointSuffix=core.windows.net",
            ["azure-sas-signature"] = () => "https://shop.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=" + Random(Base64, 43, 23) + "%3D",
            ["azure-service-bus-key"] = () => "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Random(Base64, 43, 24) + "=",
            ["azure-entra-client-secret"] = () => Random(Alphanumeric, 3, 25) + "8Q" + "~" + Random(Alphanumeric + "_~.-", 34, 26),
            ["google-api-key"] = () => "AI" + "za" + Random(Url, 35, 27),
            ["google-oauth-client-secret"] = () => "GOCSPX" + "-" + Random(Url, 28, 28),
            ["digitalocean-token"] = () => "dop" + "_v1_" + Random(Hex, 64, 29),
            ["databricks-token"] = () => "dapi" + Random(Hex, 32, 30),
            ["hashicorp-vault-token"] = () => "hvs" + "." + Random(Url, 90, 31),
            ["terraform-cloud-token"] = () => Random(Alphanumeric, 14, 32) + ".atlas" + "v1." + Random(Url, 67, 33),
            ["cloudflare-origin-ca-key"] = () => "v1.0" + "-" + Random(Hex, 24, 34) + "-" + Random(Hex, 146, 35),
            ["heroku-api-key"] = () => "HRKU" + "-" + Random(Url, 60, 36),
            ["flyio-token"] = () => "fo1" + "_" + Random(Url, 43, 37),
            ["planetscale-token"] = () => "pscale" + "_tkn_" + Random(Url, 43, 38),
            ["pulumi-token"] = () => "pul" + "-" + Random(Hex, 40, 39),
            ["doppler-token"] = () => "dp.pt" + "." + Random(Alphanumeric, 43, 40),
            ["dynatrace-token"] = () => "dt0c01" + "." + Random(Upper, 24, 41) + "." + Random(Upper, 64, 42),
            ["slack-token"] = () => Slack(24),
            ["slack-app-token"] = () => "xa" + "pp-1-" + Random(Upper, 11, 43) + "-" + Random("0123456789", 13, 44) + "-" + Random(Hex, 64, 45),
            ["slack-webhook"] = () => SlackWebhook(25),
            ["stripe-secret-key"] = () => StripeSecret(26),
            ["stripe-webhook-secret"] = () => "wh" + "sec_" + Random(Alphanumeric, 32, 46),
            ["twilio-api-key"] = () => "S" + "K" + Random(Hex, 32, 47),
            ["sendgrid-api-key"] = () => "S" + "G." + Random(Url, 22, 48) + "." + Random(Url, 43, 49),
            ["mailgun-api-key"] = () => "key" + "-" + Random(Hex, 32, 50),
            ["mailchimp-api-key"] = () => Random(Hex, 32, 51) + "-us" + "14",
            ["openai-api-key"] = () => "sk-" + "proj-" + Random(Url, 58, 52) + "T3Blbk" + "FJ" + Random(Url, 58, 53),
            ["anthropic-api-key"] = () => "sk-" + "ant-api03-" + Random(Url, 93, 53) + "AA",
            ["huggingface-token"] = () => "h" + "f_" + Random(Letters, 34, 54),
            ["shopify-token"] = () => "shp" + "at_" + Random(Hex, 32, 55),
            ["sentry-token"] = () => "sntry" + "u_" + Random(Hex, 64, 56),
            ["grafana-token"] = () => "gl" + "sa_" + Random(Alphanumeric, 32, 57) + "_" + Random(Hex, 8, 58),
            ["newrelic-user-key"] = () => "NRAK" + "-" + Random(Upper, 27, 59),
            ["datadog-api-key"] = () => "DD_API_KEY=" + Random(Hex, 32, 60),
            ["discord-webhook"] = () => "https://discord.com/api/" + "webhooks/" + Random("0123456789", 18, 61) + "/" + Random(Url, 68, 62),
            ["discord-bot-token"] = () => DiscordBot(97),
            ["telegram-bot-token"] = () => Random("123456789", 10, 63) + ":A" + "A" + Random(Url, 33, 64),
            ["mapbox-secret-token"] = () => "sk" + ".eyJ" + Random(Url, 60, 65) + "." + Random(Url, 22, 66),
            ["square-token"] = () => "sq0" + "csp-" + Random(Url, 43, 67),
            ["facebook-access-token"] = () => "EAACEd" + "Eose0cBA" + Random(Alphanumeric, 40, 68),
            ["private-key"] = () => PrivateKey(27),
            ["putty-private-key"] = () => "PuTTY-User-" + "Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\nPrivate-" + "Lines: 2\n" + Random(Base64, 64, 69) + "\n" + Random(Base64, 64, 70) + "\n",
            ["age-secret-key"] = () => "AGE-SECRET" + "-KEY-1" + Random("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58, 71).ToUpperInvariant(),
            ["jwt"] = () => "ey" + "J" + Random(Url, 30, 72) + ".ey" + "J" + Random(Url, 60, 73) + "." + Random(Url, 43, 74),
            ["url-credentials"] = () => "postgres://app:" + Random(Alphanumeric, 18, 75) + "@db.internal:5432/shop",
            ["connection-string-password"] = () => "Server=db;Database=shop;User Id=app;Password=" + Random(Alphanumeric, 16, 76) + ";",
            // Rules/Providers, one provider a file.
            ["nuget-config-cleartext-password"] = () => "<add key=\"ClearText" + "Password\" value=\"" + Random(Alphanumeric + "!#*", 20, 200) + "\" />",
            ["linear-client-secret"] = () => "LINEAR_CLIENT_SECRET=" + Random(Hex, 32, 201),
            ["snyk-api-token"] = () => "SNYK_TOKEN=" + Uuid(202),
            ["sonarqube-token"] = () => "sq" + "u_" + Random(Hex, 40, 203),
            ["sonarqube-legacy-token"] = () => "dotnet sonarscanner begin /k:shop /d:sonar.login=" + Random(Hex, 40, 204),
            ["sidekiq-secret"] = () => "export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=" + Random(Hex, 8, 205) + ":" + Random(Hex, 8, 206),
            ["sidekiq-sensitive-url"] = () => "source \"https://" + Random(Hex, 8, 207) + ":" + Random(Hex, 8, 208) + "@gems.contribsys.com/\"",
            ["sourcegraph-access-token"] = () => "sg" + "p_" + Random(Hex, 16, 209) + "_" + Random(Hex, 40, 210),
            ["octopus-deploy-api-key"] = () => "AP" + "I-" + Random(Upper, 26, 211),
            ["infracost-api-token"] = () => "ic" + "o-" + Random(Alphanumeric, 32, 212),
            ["aws-bedrock-api-key"] = () => "AB" + "SK" + Random(Base64, 132, 213) + "=",
            ["aws-bedrock-short-term-api-key"] = () => "bedrock-api-key-" + "YmVkcm9jay5hbWF6b25hd3MuY29t" + Random(Base64, 220, 214) + "==",
            ["cloudflare-api-token"] = () => "CLOUDFLARE_API_TOKEN=" + Random(Url, 40, 215),
            ["cloudflare-global-api-key"] = () => "cloudflare_api_key: " + Random(Hex, 37, 216),
            ["heroku-api-key-legacy"] = () => "HEROKU_API_KEY=" + Uuid(217),
            ["flyio-macaroon-token"] = () => "FlyV1 " + "fm" + "2_" + Random(Base64, 150, 218) + "=",
            ["openshift-user-token"] = () => "sha256" + "~" + Random(Url, 43, 219),
            ["tailscale-key"] = () => "ts" + "key-auth-" + Random(Alphanumeric, 11, 220) + "-" + Random(Alphanumeric, 32, 221),
            ["okta-api-token"] = () => "OKTA_API_TOKEN=" + "00" + Random(Url, 40, 222),
            ["1password-service-account-token"] = () => "op" + "s_" + "eyJ" + Random(Base64, 300, 223),
            ["1password-secret-key"] = () => "A" + "3-" + Random(Upper, 6, 224) + "-" + Random(Upper, 11, 225) + "-" + Random(Upper, 5, 226) + "-" + Random(Upper, 5, 227) + "-" + Random(Upper, 5, 228),
            ["sumologic-access-id"] = () => "SUMO_ACCESS_ID=" + "s" + "u" + Random(Alphanumeric, 12, 229),
            ["sumologic-access-key"] = () => "SUMO_ACCESS_KEY=" + Random(Alphanumeric, 64, 230),
            ["huggingface-org-token"] = () => "api" + "_org_" + Random(Letters, 34, 231),
            ["perplexity-api-key"] = () => "pp" + "lx-" + Random(Alphanumeric, 48, 232),
            ["groq-api-key"] = () => "gs" + "k_" + Random(Alphanumeric, 52, 233),
            ["facebook-page-access-token"] = () => "EA" + "AM" + Random(Alphanumeric, 150, 234),
            ["facebook-app-secret"] = () => "FACEBOOK_APP_SECRET=" + Random(Hex, 32, 235),
            ["microsoft-teams-webhook"] = () => TeamsWebhook(236),
            ["curl-auth-header"] = () => "curl -s -H \"Authorization: Bearer " + Random(Url, 40, 237) + "\" https://api.example.com/v1/items",
            ["curl-basic-auth"] = () => "curl -u deploy:" + Random(Alphanumeric, 16, 238) + " https://ci.example.com/api/json",
            ["kubernetes-secret-value"] = () => KubernetesSecret("password: " + Base64Of(Random(Alphanumeric, 18, 239))),
            ["alibaba-access-key-id"] = () => "LT" + "AI" + Random(Alphanumeric, 20, 240),
            ["alibaba-secret-key"] = () => "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Random(Alphanumeric, 30, 241),
            ["grafana-api-key"] = () => "eyJr" + "Ijoi" + Random(Alphanumeric, 90, 242) + "=",
            ["prefect-api-token"] = () => "pn" + "u_" + Random(Alphanumeric, 36, 243),
            ["readme-api-token"] = () => "rd" + "me_" + Random(Lower, 70, 244),
            ["typeform-api-token"] = () => "tf" + "p_" + Random(Url, 59, 245),
            ["shippo-api-token"] = () => "shippo" + "_live_" + Random(Hex, 40, 246),
            ["duffel-api-token"] = () => "duffel" + "_test_" + Random(Url, 43, 247),
            ["easypost-api-token"] = () => "EZ" + "AK" + Random(Alphanumeric, 54, 248),
            ["scalingo-api-token"] = () => "tk" + "-us-" + Random(Url, 48, 249),
            ["harness-api-key"] = () => "pa" + "t." + Random(Url, 22, 250) + "." + Random(Alphanumeric, 24, 251) + "." + Random(Alphanumeric, 20, 252),
            ["clickhouse-cloud-api-secret-key"] = () => "4b" + "1d" + Random(Alphanumeric, 38, 253),
            ["frameio-api-token"] = () => "fio" + "-u-" + Random(Url, 64, 254),
            ["artifactory-api-key"] = () => "AK" + "Cp" + Random(Alphanumeric, 69, 255),
            ["artifactory-reference-token"] = () => "cmVm" + "d" + Random(Alphanumeric, 59, 256),
            ["jfrog-identity-token"] = () => "JFROG_ACCESS_TOKEN=" + Random(Alphanumeric, 64, 257),
            ["brevo-api-key"] = () => "xkey" + "sib-" + Random(Hex, 64, 258) + "-" + Random(Alphanumeric, 16, 259),
            ["atlassian-api-token-legacy"] = () => "JIRA_API_TOKEN=" + Random(Alphanumeric, 24, 260),
            ["bitbucket-client-secret"] = () => "BITBUCKET_CLIENT_SECRET=" + Random(Url, 64, 261),
            ["codecov-token"] = () => "CODECOV_TOKEN=" + Uuid(262),
            ["launchdarkly-token"] = () => "LAUNCHDARKLY_SDK_KEY=" + "sd" + "k-" + Uuid(263),
            ["newrelic-insert-key"] = () => "NR" + "II-" + Random(Url, 32, 264),
            ["twilio-auth-token"] = () => "TWILIO_AUTH_TOKEN=" + Random(Hex, 32, 265),
            ["sourcegraph-legacy-token"] = () => "SOURCEGRAPH_TOKEN=" + Random(Hex, 40, 400),
            ["cloudflare-prefixed-token"] = () => "cf" + "at_" + Random(Alphanumeric, 40, 401) + Random(Hex, 8, 402),
            ["facebook-app-access-token"] = () => "facebook_access_token=" + Random("0123456789", 16, 403) + "|" + Random(Url, 27, 404),
            ["vercel-token"] = () => "vc" + "p_" + Random(Alphanumeric, 24, 405),
            ["hubspot-api-key"] = () => "HUBSPOT_API_KEY=" + Uuid(406),
            ["messagebird-api-token"] = () => "MESSAGEBIRD_API_KEY=" + Random(Alphanumeric, 25, 407),
            ["maxmind-license-key"] = () => Random(Alphanumeric, 6, 408) + "_" + Random(Alphanumeric, 29, 409) + "_m" + "mk",
            ["intra42-client-secret"] = () => "s-s4t2" + "ud-" + Random(Hex, 64, 410),
            // trufflehog's detector formats (issue 15).
            ["azure-account-key-assigned"] = () => "storageAccountKey: " + Random(Base64, 86, 420) + "==",
            ["azure-entra-refresh-token"] = () => "refresh_token=" + "1.A" + Random(Url, 60, 421) + ".A" + "g" + Random(Url, 320, 422),
            ["microsoft-workflow-trigger-url"] = () => "https://prod-12.westeurope.logic.azure.com:443/workflows/" + Random(Hex, 32, 423) +
                "/triggers/manual/paths/" + "invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + Random(Url, 43, 424),
            ["aws-secret-access-key-paired"] = () => "id: AK" + "IA" + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 9, 425) + "EXAMPLE\nsecret: " + Random(Base64, 40, 426),
            ["aws-appsync-api-key"] = () => "https://" + Random(Lower, 26, 427) + ".appsync-api.eu-west-1.amazonaws.com/graphql key: " + "da" + "2-" + Random(Lower, 26, 428),
            ["sentry-token-legacy"] = () => "SENTRY_AUTH_TOKEN=" + Random(Hex, 64, 429),
            ["bitbucket-app-password"] = () => "deploy:" + "AT" + "BB" + Random(Alphanumeric, 32, 430),
            ["npm-token-legacy"] = () => "//registry.npmjs.org/:_auth" + "Token=" + Uuid(431),
            ["mailgun-api-key-v2"] = () => "MAILGUN_KEY=" + Random(Hex, 32, 436) + "-" + Random(Hex, 8, 437) + "-" + Random(Hex, 8, 438),
            ["google-oauth-refresh-token"] = () => "1/" + "/0" + Random(Url, 100, 439),
            ["google-oauth-access-token"] = () => "ya" + "29." + Random(Url, 120, 440),
            ["gitlab-pat-legacy"] = () => "GITLAB_TOKEN=" + Random(Alphanumeric, 20, 441),
            ["pagerduty-api-key"] = () => "PAGERDUTY_API_KEY=" + "u+" + Random(Url, 18, 442),
            ["azure-openai-key"] = () => "AZURE_OPENAI_API_KEY=" + Random(Hex, 32, 443),
            ["azure-openai-key-with-endpoint"] = () => "endpoint: https://shop.openai.azure.com/ api_key: " + Random(Hex, 32, 444),
            ["github-token-legacy"] = () => "GITHUB_TOKEN=" + Random(Hex, 40, 445),
            ["gcp-service-account-key"] = () => "{ \"type\": \"service_" + "account\", \"project_id\": \"shop\", \"private_key_id\": \"" + Random(Hex, 40, 446) + "\" }",
            ["github-app-installation-jwt"] = () => "gh" + "s_" + Random("0123456789", 6, 411) + "_eyJ" + Random(Url, 33, 412) + ".eyJ" + Random(Url, 120, 413) + "." + Random(Url, 43, 414),
            ["hashicorp-vault-legacy-token"] = () => "export VAULT_TOKEN=" + "s." + Random(Alphanumeric, 24, 415),
        };

        /// <summary>A random lower-case UUID.</summary>
        public static string Uuid(int seed) =>
            Random(Hex, 8, seed) + "-" + Random(Hex, 4, seed + 1) + "-" + Random(Hex, 4, seed + 2) + "-" + Random(Hex, 4, seed + 3) + "-" + Random(Hex, 12, seed + 4);

        public static string TeamsWebhook(int seed, int secretLength = 32) =>
            "https://contoso" + ".webhook.office.com/webhookb2/" + Uuid(seed) + "@" + Uuid(seed + 5) + "/Incoming" + "Webhook/" + Random(Hex, secretLength, seed + 10) + "/" + Uuid(seed + 11);

        /// <summary>A Secret manifest whose data: holds <paramref name="entry"/>.</summary>
        public static string KubernetesSecret(string entry, string kind = "Secret", string section = "data") =>
            "apiVersion: v1\nkind: " + kind + "\nmetadata:\n  name: db\n  namespace: shop\ntype: Opaque\n" + section + ":\n  username: {{ .Values.db.user | b64enc }}\n  " + entry + "\n";

        public static string Base64Of(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));

        // prefix + 30 random base62 characters + their base62 CRC-32, as GitHub and npm tokens are built.
        private static string Checksummed(string prefix, int seed)
        {
            string body = Random(Alphanumeric, 30, seed);
            return prefix + body + TokenGuard.Detection.Base62Checksum.Compute(body, 0, body.Length);
        }
    }
}
