using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules
{
    /// <summary>SaaS APIs: messaging, payments, AI, observability.</summary>
    internal static class ServiceRules
    {
        public static IEnumerable<TokenRule> All()
        {
            yield return new TokenRule("slack-token", "Slack", "Slack API token", TokenConfidence.High,
                new[] { "xoxb-", "xoxp-", "xoxa-", "xoxe-", "xoxe.", "xoxr-", "xoxs-", "xoxo-" },
                // Bot, user, workspace and legacy tokens (a number, then dash-separated parts); configuration access
                // (xoxe.xoxp-1-…) and refresh (xoxe-1-…) tokens. Never ending in a dash, so "…-####" stays a placeholder.
                "(?<![A-Za-z0-9_.])(xoxe\\.xox[bp]-1-[A-Za-z0-9]{100,}|xoxe-1-[A-Za-z0-9]{100,}|xoxb-[0-9]{8,14}-[A-Za-z0-9-]{10,}[A-Za-z0-9]" +
                "|xox[pe](-[0-9]{10,13}){3}-[A-Za-z0-9-]{20,}[A-Za-z0-9]|xox[ar]-([0-9]-)?[A-Za-z0-9-]{8,}[A-Za-z0-9]|xox[os]-[0-9]+-[0-9]+-[0-9]+-[A-Fa-f0-9]{6,})(?![A-Za-z0-9_#*-])", 5,
                LooksRandom);
            yield return Prefixed("slack-app-token", "Slack", "Slack app-level token", TokenConfidence.High,
                new[] { "xapp-" }, Start + "xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]{32,}" + End);
            // The secret is the last path segment; Slack's documentation shows it as XXXXXXXX….
            yield return new TokenRule("slack-webhook", "Slack", "Slack incoming webhook URL", TokenConfidence.High,
                new[] { "hooks.slack.com/" }, @"https?://hooks\.slack\.com/(services|workflows|triggers)/T[A-Z0-9]{6,}/[A-Z0-9]{6,}/([0-9]{6,}/)?[A-Za-z0-9]{20,}", 22,
                url => !PlaceholderValues.IsPlaceholder(url.Substring(url.LastIndexOf('/') + 1)));
            // Stripe secret and restricted keys; publishable pk_ keys are public by design.
            yield return new TokenRule("stripe-secret-key", "Stripe", "Stripe secret or restricted API key", TokenConfidence.High,
                new[] { "sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_" }, Start + "[sr]k_(live|test|prod)_[A-Za-z0-9]{24,247}" + End, 8);
            yield return Prefixed("stripe-webhook-secret", "Stripe", "Stripe webhook signing secret", TokenConfidence.High,
                new[] { "whsec_" }, Start + "whsec_[A-Za-z0-9]{32,}" + End);
            yield return Prefixed("sendgrid-api-key", "SendGrid", "SendGrid API key", TokenConfidence.High,
                new[] { "SG." }, Start + "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}" + End);
            yield return Prefixed("mailgun-api-key", "Mailgun", "Mailgun API key", TokenConfidence.Medium,
                new[] { "key-" }, Start + "key-[0-9a-f]{32}" + End);
            yield return new TokenRule("mailchimp-api-key", "Mailchimp", "Mailchimp API key", TokenConfidence.High,
                new[] { "-us" }, Start + "[0-9a-f]{32}-us[0-9]{1,2}" + End, 0);
            yield return new TokenRule("openai-api-key", "OpenAI", "OpenAI API key", TokenConfidence.High,
                new[] { "sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ" },
                // Every OpenAI key carries "T3BlbkFJ" (base64 of "OpenAI") between its two random halves.
                Start + "sk-((proj|svcacct|admin)-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})" + End, 3);
            yield return Prefixed("anthropic-api-key", "Anthropic", "Anthropic API or admin key", TokenConfidence.High,
                new[] { "sk-ant-" }, Start + "sk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_-]{78,}AA" + End);
            yield return new TokenRule("shopify-token", "Shopify", "Shopify access, custom app, private app or shared secret", TokenConfidence.High,
                new[] { "shpat_", "shpca_", "shppa_", "shpss_" }, Start + "(shp(at|ca|pa|ss)_[a-fA-F0-9]{32}|shpss_[A-Za-z0-9]{32,64})" + End, 6,
                token => LooksRandom(token));
            yield return new TokenRule("sentry-token", "Sentry", "Sentry organization or user auth token", TokenConfidence.High,
                new[] { "sntrys_", "sntryu_" }, Start + "(sntrys_[A-Za-z0-9+/=_]{60,}|sntryu_[a-f0-9]{64})" + End, 7);
            yield return new TokenRule("datadog-api-key", "Datadog", "Datadog API or application key", TokenConfidence.Medium,
                new[] { "dd", "DD", "datadog", "Datadog", "DATADOG" },
                @"(?i:dd|datadog)[_.-]?(?i:api|app|application)[_.-]?(?i:key)[""']?\s*[:=]{1,2}\s*[""']?(?<secret>[a-f0-9]{32}([a-f0-9]{8})?)(?![A-Za-z0-9])", 0);
            yield return new TokenRule("discord-webhook", "Discord", "Discord webhook URL", TokenConfidence.High,
                new[] { "discord.com/api/webhooks/", "discordapp.com/api/webhooks/" }, @"https://discord(app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,}", 0);
            // base64(bot user id) . timestamp . HMAC; a user id is a 17-20 digit number, so its base64 starts M, N or O.
            yield return new TokenRule("discord-bot-token", "Discord", "Discord bot token", TokenConfidence.High,
                new[] { "MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT" },
                Start + "[MNO][A-Za-z0-9_-]{22,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}" + End, 0,
                DiscordBotToken.HasUserIdPart, requires: ".");
            yield return new TokenRule("telegram-bot-token", "Telegram", "Telegram bot token", TokenConfidence.High,
                new[] { ":AA" }, "(?<![0-9])[0-9]{8,10}:AA[0-9A-Za-z_-]{33}" + End, 0);
            yield return Prefixed("mapbox-secret-token", "Mapbox", "Mapbox secret access token", TokenConfidence.High,
                new[] { "sk.eyJ" }, Start + "sk\\.eyJ[A-Za-z0-9_-]{50,}\\.[A-Za-z0-9_-]{20,}" + End);
            yield return new TokenRule("square-token", "Square", "Square access token or OAuth secret", TokenConfidence.High,
                new[] { "sq0atp-", "sq0csp-", "EAAA" }, Start + "(sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|EAAA[A-Za-z0-9_-]{60})" + End, 4);
        }
    }
}
