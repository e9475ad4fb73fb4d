namespace TokenGuard.Tests
{
    /// <summary>The alphabets the rule samples draw their random parts from (<see cref="TestTokens.Random"/>).</summary>
    internal static class SampleAlphabets
    {
        public const string Hex = "0123456789abcdef";
        public const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        public const string Lower = "abcdefghijklmnopqrstuvwxyz0123456789";
        public const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        public const string Digits = "0123456789";
        public const string Url = TestTokens.Alphanumeric + "_-";
        public const string Base64 = TestTokens.Alphanumeric + "+/";
    }
}
