// A tiny app with the three things TokenGuard exists to catch. Build it with ./tokenguard-sample.sh.

// Registered in tokens.yaml (entry "stripe-checkout"): no diagnostic.
string? stripeKey = Environment.GetEnvironmentVariable("STRIPE_API_KEY");

// Not registered: TG0003 (a warning locally, an error on CI).
string? githubToken = Environment.GetEnvironmentVariable("GITHUB_TOKEN");

Console.WriteLine($"Stripe key configured: {stripeKey is not null}; GitHub token configured: {githubToken is not null}");
Console.WriteLine($"Fallback token length: {Fallback.Token.Length}");

static class Fallback
{
    // TG0001: a GitHub token (valid checksum) assembled from constants. Grep-based scanners miss it,
    // the compiler does not. It was generated for this sample and never issued by GitHub.
    public const string Token = "ghp_" + "sw0KSZFy2XPBgUm7" + "JydSrm3tdvsemJ" + "0yp1je";
}
