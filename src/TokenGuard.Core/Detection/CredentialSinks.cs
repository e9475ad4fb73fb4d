using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Where .NET code hands a credential to a client: BCL, Azure, AWS and common SDKs. Users add their
    /// own with the <c>tokenguard.credential_sinks</c> option (<c>Type.Member(parameter)</c>, ';'-separated).
    /// </summary>
    public static class CredentialSinks
    {
        public static IReadOnlyList<CredentialSink> Default { get; } = new[]
        {
            new CredentialSink("System.Net.Http.Headers.AuthenticationHeaderValue", ".ctor", "parameter"),
            new CredentialSink("System.Net.NetworkCredential", ".ctor", "password"),
            new CredentialSink("System.Net.NetworkCredential", "Password", "value"),
            new CredentialSink("System.ClientModel.ApiKeyCredential", ".ctor", "key"),
            new CredentialSink("Azure.AzureKeyCredential", ".ctor", "key"),
            new CredentialSink("Azure.AzureKeyCredential", "Update", "key"),
            new CredentialSink("Azure.AzureSasCredential", ".ctor", "signature"),
            new CredentialSink("Azure.AzureNamedKeyCredential", ".ctor", "key"),
            new CredentialSink("Azure.Identity.ClientSecretCredential", ".ctor", "clientSecret"),
            new CredentialSink("Azure.Storage.StorageSharedKeyCredential", ".ctor", "accountKey"),
            new CredentialSink("Microsoft.Azure.Cosmos.CosmosClient", ".ctor", "authKeyOrResourceToken"),
            new CredentialSink("Amazon.Runtime.BasicAWSCredentials", ".ctor", "secretKey"),
            new CredentialSink("Amazon.Runtime.SessionAWSCredentials", ".ctor", "awsSecretAccessKey"),
            new CredentialSink("Amazon.Runtime.SessionAWSCredentials", ".ctor", "token"),
            new CredentialSink("Octokit.Credentials", ".ctor", "token"),
            new CredentialSink("Octokit.Credentials", ".ctor", "password"),
            new CredentialSink("Stripe.StripeClient", ".ctor", "apiKey"),
            new CredentialSink("Stripe.StripeConfiguration", "ApiKey", "value"),
            new CredentialSink("SendGrid.SendGridClient", ".ctor", "apiKey"),
            new CredentialSink("Twilio.TwilioClient", "Init", "password"),
            new CredentialSink("OpenAI.OpenAIClient", ".ctor", "apiKey"),
            new CredentialSink("SlackNet.SlackServiceBuilder", "UseApiToken", "accessToken"),
            new CredentialSink("SlackAPI.SlackTaskClient", ".ctor", "token"),
        };

        /// <summary>HTTP headers whose value is a credential (<c>DefaultRequestHeaders.Add(name, value)</c>).</summary>
        public static IReadOnlyCollection<string> CredentialHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "Proxy-Authorization", "X-Api-Key", "Api-Key", "ApiKey", "X-API-Token", "X-Auth-Token",
            "Private-Token", "Ocp-Apim-Subscription-Key", "X-Functions-Key", "X-Vault-Token", "X-Figma-Token",
            "X-Shopify-Access-Token", "X-Postmark-Server-Token", "DD-API-KEY", "X-Goog-Api-Key",
        };

        /// <summary>
        /// Parses user sinks: <c>My.Client..ctor(apiKey); My.Api.Login(password)</c>. Malformed items are
        /// returned in <paramref name="errors"/>, not thrown.
        /// </summary>
        public static IReadOnlyList<CredentialSink> Parse(string? text, out IReadOnlyList<string> errors)
        {
            var sinks = new List<CredentialSink>();
            var problems = new List<string>();
            foreach (string raw in (text ?? "").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string item = raw.Trim();
                int open = item.IndexOf('(');
                int dot = open > 0 ? item.LastIndexOf('.', open - 1) : -1;
                if (dot > 0 && item[dot - 1] == '.') dot--; // "Type..ctor"
                if (open <= 0 || !item.EndsWith(")", StringComparison.Ordinal) || dot <= 0)
                {
                    if (item.Length > 0) problems.Add(item);
                    continue;
                }

                sinks.Add(new CredentialSink(item.Substring(0, dot), item.Substring(dot + 1, open - dot - 1), item.Substring(open + 1, item.Length - open - 2).Trim()));
            }

            errors = problems;
            return sinks;
        }
    }
}
