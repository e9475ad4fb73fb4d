using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Comparison.Peers
{
    /// <summary>
    /// trufflehog's detector pattern tests (<c>pkg/detectors/&lt;detector&gt;/**/*_test.go</c>, integration tests left
    /// out: they call the providers) for the providers issue 15 names and the others .NET teams use most, chosen by
    /// provider before anything was measured: Azure, AWS, GCP, GitHub, GitLab, Atlassian, Slack, Twilio, SendGrid,
    /// Stripe, OpenAI, Anthropic, Datadog, package registries, databases, and the common SaaS beside them.
    /// </summary>
    public static class TrufflehogCorpus
    {
        public const string Detectors = "pkg/detectors/";

        public static readonly IReadOnlyList<string> DotNetProviders = new[]
        {
            "anthropic", "artifactory", "atlassian", "aws", "azure_batch", "azure_cosmosdb", "azure_entra", "azure_openai", "azure_storage",
            "azureapimanagement", "azureappconfigconnectionstring", "azurecontainerregistry", "azuredevopspersonalaccesstoken", "azurefunctionkey",
            "azuresastoken", "azuresearchadminkey", "azuresearchquerykey", "bitbucketapppassword", "cloudflareapitoken", "databrickstoken",
            "datadogapikey", "datadogtoken", "digitaloceanv2", "discordbottoken", "discordwebhook", "dockerhub", "gcp", "gcpapplicationdefaultcredentials",
            "github", "githubapp", "gitlab", "googleoauth2", "grafana", "grafanaserviceaccount", "hashicorpvault", "heroku", "huggingface", "jdbc",
            "jiratoken", "jwt", "launchdarkly", "mailchimp", "mailgun", "microsoftteamswebhook", "mongodb", "newrelicpersonalapikey", "npmtoken",
            "npmtokenv2", "nugetapikey", "octopusdeploy", "okta", "openai", "openaiadmin", "pagerdutyapikey", "postgres", "postman", "privatekey",
            "pulumi", "pypi", "redis", "sendgrid", "sentryorgtoken", "sentrytoken", "shopify", "slack", "slackwebhook", "snykkey", "sonarcloud",
            "sqlserver", "square", "stripe", "telegrambottoken", "terraformcloudpersonaltoken", "twilio", "twilioapikey", "uri",
        };

        public static PeerExtraction Read(string gitDir, string commit) => Read(PeerCorpus.ReadSnapshot(gitDir, commit, Detectors));

        public static PeerExtraction Read(IReadOnlyDictionary<string, string> files)
        {
            var providers = new HashSet<string>(DotNetProviders, StringComparer.Ordinal);
            var samples = new List<PeerSample>();
            int skipped = 0;
            foreach (var (path, source) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                string[] parts = path.Split('/');
                if (parts.Length < 4 || !providers.Contains(parts[2])) continue;
                if (!path.EndsWith("_test.go", StringComparison.Ordinal) || path.EndsWith("_integration_test.go", StringComparison.Ordinal)) continue;
                var (cases, unreadable) = GoSampleReader.ReadPatternTests(source);
                skipped += unreadable;
                samples.AddRange(cases.Select(c => new PeerSample("trufflehog", parts[2], c.Name, c.IsSecret, c.Input)));
            }
            return new PeerExtraction(PeerCorpus.Clean(samples), skipped, 0);
        }
    }
}
