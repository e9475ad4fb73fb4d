using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>
    /// The rules kept one provider a file (<c>Rules/Providers/&lt;Provider&gt;.cs</c>), in this order. Rule ids are a
    /// public contract: a rule moved here from a grouped file keeps its id.
    /// </summary>
    internal static class ProviderRules
    {
        public static IEnumerable<TokenRule> All() =>
            new[]
            {
                NuGetConfig.Rules(),
                Linear.Rules(),
                Snyk.Rules(),
                SonarQube.Rules(),
                Sidekiq.Rules(),
                Sourcegraph.Rules(),
                OctopusDeploy.Rules(),
                Infracost.Rules(),
                AwsBedrock.Rules(),
                Cloudflare.Rules(),
                Heroku.Rules(),
                FlyIo.Rules(),
                OpenShift.Rules(),
                Tailscale.Rules(),
                Okta.Rules(),
                OnePassword.Rules(),
                SumoLogic.Rules(),
                HuggingFace.Rules(),
                Perplexity.Rules(),
                Groq.Rules(),
                Facebook.Rules(),
                MicrosoftTeams.Rules(),
                Curl.Rules(),
                Kubernetes.Rules(),
                Atlassian.Rules(),
                Bitbucket.Rules(),
                Artifactory.Rules(),
                Alibaba.Rules(),
                Twilio.Rules(),
                Grafana.Rules(),
                NewRelic.Rules(),
                Codecov.Rules(),
                LaunchDarkly.Rules(),
                Brevo.Rules(),
                Harness.Rules(),
                ClickHouse.Rules(),
                Prefect.Rules(),
                Readme.Rules(),
                Typeform.Rules(),
                Shippo.Rules(),
                Duffel.Rules(),
                EasyPost.Rules(),
                Scalingo.Rules(),
                FrameIo.Rules(),
                Vercel.Rules(),
                HubSpot.Rules(),
                MessageBird.Rules(),
                MaxMind.Rules(),
                Intra42.Rules(),
            }.SelectMany(rules => rules);
    }
}
