using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Every rule's samples, one provider a file beside its rules: <c>Providers/&lt;Provider&gt;Samples.cs</c> holds the samples of
    /// <c>Detection/Rules/Providers/&lt;Provider&gt;.cs</c>, <c>GenericSamples</c> those of <c>Rules/GenericRules.cs</c>.
    /// </summary>
    internal static class RuleSamples
    {
        /// <summary>Each provider's samples, named as its rule file, in <c>ProviderRules</c> order.</summary>
        public static readonly IReadOnlyList<ProviderSampleSet> ByProvider = new[]
        {
            new ProviderSampleSet("GitHub", GitHubSamples.Secrets, GitHubSamples.NearMisses),
            new ProviderSampleSet("GitLab", GitLabSamples.Secrets, GitLabSamples.NearMisses),
            new ProviderSampleSet("Npm", NpmSamples.Secrets, NpmSamples.NearMisses),
            new ProviderSampleSet("PyPI", PyPISamples.Secrets, PyPISamples.NearMisses),
            new ProviderSampleSet("Docker", DockerSamples.Secrets, DockerSamples.NearMisses),
            new ProviderSampleSet("RubyGems", RubyGemsSamples.Secrets, RubyGemsSamples.NearMisses),
            new ProviderSampleSet("Clojars", ClojarsSamples.Secrets, ClojarsSamples.NearMisses),
            new ProviderSampleSet("Postman", PostmanSamples.Secrets, PostmanSamples.NearMisses),
            new ProviderSampleSet("Figma", FigmaSamples.Secrets, FigmaSamples.NearMisses),
            new ProviderSampleSet("Contentful", ContentfulSamples.Secrets, ContentfulSamples.NearMisses),
            new ProviderSampleSet("Notion", NotionSamples.Secrets, NotionSamples.NearMisses),
            new ProviderSampleSet("Airtable", AirtableSamples.Secrets, AirtableSamples.NearMisses),
            new ProviderSampleSet("MicrosoftKeys", MicrosoftKeysSamples.Secrets, MicrosoftKeysSamples.NearMisses),
            new ProviderSampleSet("Aws", AwsSamples.Secrets, AwsSamples.NearMisses),
            new ProviderSampleSet("Azure", AzureSamples.Secrets, AzureSamples.NearMisses),
            new ProviderSampleSet("Google", GoogleSamples.Secrets, GoogleSamples.NearMisses),
            new ProviderSampleSet("DigitalOcean", DigitalOceanSamples.Secrets, DigitalOceanSamples.NearMisses),
            new ProviderSampleSet("Databricks", DatabricksSamples.Secrets, DatabricksSamples.NearMisses),
            new ProviderSampleSet("HashiCorp", HashiCorpSamples.Secrets, HashiCorpSamples.NearMisses),
            new ProviderSampleSet("PlanetScale", PlanetScaleSamples.Secrets, PlanetScaleSamples.NearMisses),
            new ProviderSampleSet("Pulumi", PulumiSamples.Secrets, PulumiSamples.NearMisses),
            new ProviderSampleSet("Doppler", DopplerSamples.Secrets, DopplerSamples.NearMisses),
            new ProviderSampleSet("Dynatrace", DynatraceSamples.Secrets, DynatraceSamples.NearMisses),
            new ProviderSampleSet("Slack", SlackSamples.Secrets, SlackSamples.NearMisses),
            new ProviderSampleSet("Stripe", StripeSamples.Secrets, StripeSamples.NearMisses),
            new ProviderSampleSet("SendGrid", SendGridSamples.Secrets, SendGridSamples.NearMisses),
            new ProviderSampleSet("Mailgun", MailgunSamples.Secrets, MailgunSamples.NearMisses),
            new ProviderSampleSet("Mailchimp", MailchimpSamples.Secrets, MailchimpSamples.NearMisses),
            new ProviderSampleSet("OpenAI", OpenAISamples.Secrets, OpenAISamples.NearMisses),
            new ProviderSampleSet("Anthropic", AnthropicSamples.Secrets, AnthropicSamples.NearMisses),
            new ProviderSampleSet("Shopify", ShopifySamples.Secrets, ShopifySamples.NearMisses),
            new ProviderSampleSet("Sentry", SentrySamples.Secrets, SentrySamples.NearMisses),
            new ProviderSampleSet("Datadog", DatadogSamples.Secrets, DatadogSamples.NearMisses),
            new ProviderSampleSet("Discord", DiscordSamples.Secrets, DiscordSamples.NearMisses),
            new ProviderSampleSet("Telegram", TelegramSamples.Secrets, TelegramSamples.NearMisses),
            new ProviderSampleSet("Mapbox", MapboxSamples.Secrets, MapboxSamples.NearMisses),
            new ProviderSampleSet("Square", SquareSamples.Secrets, SquareSamples.NearMisses),
            new ProviderSampleSet("NuGetConfig", NuGetConfigSamples.Secrets, NuGetConfigSamples.NearMisses),
            new ProviderSampleSet("Linear", LinearSamples.Secrets, LinearSamples.NearMisses),
            new ProviderSampleSet("Snyk", SnykSamples.Secrets, SnykSamples.NearMisses),
            new ProviderSampleSet("SonarQube", SonarQubeSamples.Secrets, SonarQubeSamples.NearMisses),
            new ProviderSampleSet("Sidekiq", SidekiqSamples.Secrets, SidekiqSamples.NearMisses),
            new ProviderSampleSet("Sourcegraph", SourcegraphSamples.Secrets, SourcegraphSamples.NearMisses),
            new ProviderSampleSet("OctopusDeploy", OctopusDeploySamples.Secrets, OctopusDeploySamples.NearMisses),
            new ProviderSampleSet("Infracost", InfracostSamples.Secrets, InfracostSamples.NearMisses),
            new ProviderSampleSet("AwsBedrock", AwsBedrockSamples.Secrets, AwsBedrockSamples.NearMisses),
            new ProviderSampleSet("Cloudflare", CloudflareSamples.Secrets, CloudflareSamples.NearMisses),
            new ProviderSampleSet("Heroku", HerokuSamples.Secrets, HerokuSamples.NearMisses),
            new ProviderSampleSet("FlyIo", FlyIoSamples.Secrets, FlyIoSamples.NearMisses),
            new ProviderSampleSet("OpenShift", OpenShiftSamples.Secrets, OpenShiftSamples.NearMisses),
            new ProviderSampleSet("Tailscale", TailscaleSamples.Secrets, TailscaleSamples.NearMisses),
            new ProviderSampleSet("Okta", OktaSamples.Secrets, OktaSamples.NearMisses),
            new ProviderSampleSet("OnePassword", OnePasswordSamples.Secrets, OnePasswordSamples.NearMisses),
            new ProviderSampleSet("SumoLogic", SumoLogicSamples.Secrets, SumoLogicSamples.NearMisses),
            new ProviderSampleSet("HuggingFace", HuggingFaceSamples.Secrets, HuggingFaceSamples.NearMisses),
            new ProviderSampleSet("Perplexity", PerplexitySamples.Secrets, PerplexitySamples.NearMisses),
            new ProviderSampleSet("Groq", GroqSamples.Secrets, GroqSamples.NearMisses),
            new ProviderSampleSet("Facebook", FacebookSamples.Secrets, FacebookSamples.NearMisses),
            new ProviderSampleSet("MicrosoftTeams", MicrosoftTeamsSamples.Secrets, MicrosoftTeamsSamples.NearMisses),
            new ProviderSampleSet("Curl", CurlSamples.Secrets, CurlSamples.NearMisses),
            new ProviderSampleSet("Kubernetes", KubernetesSamples.Secrets, KubernetesSamples.NearMisses),
            new ProviderSampleSet("Atlassian", AtlassianSamples.Secrets, AtlassianSamples.NearMisses),
            new ProviderSampleSet("Bitbucket", BitbucketSamples.Secrets, BitbucketSamples.NearMisses),
            new ProviderSampleSet("Artifactory", ArtifactorySamples.Secrets, ArtifactorySamples.NearMisses),
            new ProviderSampleSet("Alibaba", AlibabaSamples.Secrets, AlibabaSamples.NearMisses),
            new ProviderSampleSet("Twilio", TwilioSamples.Secrets, TwilioSamples.NearMisses),
            new ProviderSampleSet("Grafana", GrafanaSamples.Secrets, GrafanaSamples.NearMisses),
            new ProviderSampleSet("NewRelic", NewRelicSamples.Secrets, NewRelicSamples.NearMisses),
            new ProviderSampleSet("Codecov", CodecovSamples.Secrets, CodecovSamples.NearMisses),
            new ProviderSampleSet("LaunchDarkly", LaunchDarklySamples.Secrets, LaunchDarklySamples.NearMisses),
            new ProviderSampleSet("Brevo", BrevoSamples.Secrets, BrevoSamples.NearMisses),
            new ProviderSampleSet("Harness", HarnessSamples.Secrets, HarnessSamples.NearMisses),
            new ProviderSampleSet("ClickHouse", ClickHouseSamples.Secrets, ClickHouseSamples.NearMisses),
            new ProviderSampleSet("Prefect", PrefectSamples.Secrets, PrefectSamples.NearMisses),
            new ProviderSampleSet("Readme", ReadmeSamples.Secrets, ReadmeSamples.NearMisses),
            new ProviderSampleSet("Typeform", TypeformSamples.Secrets, TypeformSamples.NearMisses),
            new ProviderSampleSet("Shippo", ShippoSamples.Secrets, ShippoSamples.NearMisses),
            new ProviderSampleSet("Duffel", DuffelSamples.Secrets, DuffelSamples.NearMisses),
            new ProviderSampleSet("EasyPost", EasyPostSamples.Secrets, EasyPostSamples.NearMisses),
            new ProviderSampleSet("Scalingo", ScalingoSamples.Secrets, ScalingoSamples.NearMisses),
            new ProviderSampleSet("FrameIo", FrameIoSamples.Secrets, FrameIoSamples.NearMisses),
            new ProviderSampleSet("Vercel", VercelSamples.Secrets, VercelSamples.NearMisses),
            new ProviderSampleSet("HubSpot", HubSpotSamples.Secrets, HubSpotSamples.NearMisses),
            new ProviderSampleSet("MessageBird", MessageBirdSamples.Secrets, MessageBirdSamples.NearMisses),
            new ProviderSampleSet("MaxMind", MaxMindSamples.Secrets, MaxMindSamples.NearMisses),
            new ProviderSampleSet("Intra42", Intra42Samples.Secrets, Intra42Samples.NearMisses),
            new ProviderSampleSet("AzureOpenAI", AzureOpenAISamples.Secrets, AzureOpenAISamples.NearMisses),
            new ProviderSampleSet("PagerDuty", PagerDutySamples.Secrets, PagerDutySamples.NearMisses),
            new ProviderSampleSet("Generic", GenericSamples.Secrets, GenericSamples.NearMisses),
        };

        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets =
            ByProvider.SelectMany(provider => provider.Secrets).ToDictionary(sample => sample.Key, sample => sample.Value);

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses =
            ByProvider.SelectMany(provider => provider.NearMisses).ToDictionary(nearMisses => nearMisses.Key, nearMisses => nearMisses.Value);
    }
}
