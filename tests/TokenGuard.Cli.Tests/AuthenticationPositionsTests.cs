using System.Collections.Generic;
using TokenGuard.Cli;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The prefilter's argument tracker asks cheap checks of a call's name before <see cref="AuthenticatingMethods.Authenticates"/>:
    /// they may only spare it names it rejects, so the tracker's answer is the exact check's for any name.
    /// </summary>
    public class AuthenticationPositionsTests
    {
        private static readonly string[] Words =
        {
            "Use", "use", "USE", "With", "Set", "set", "Add", "ADD", "Get", "Validate", "Api", "api", "Key", "key", "KEY", "Keys", "Token", "tokens",
            "Secret", "SECRETS", "Password", "passwords", "Pwd", "Pat", "Path", "Update", "Credential", "Passphrase", "Access", "Private",
            "Log", "log", "In", "in", "On", "Sign", "sign", "Login", "Authenticate", "authenticator", "Authentication", "Hash", "Scoped",
            "Value", "Column", "Singleton", "Url", "Name", "_", "2", "Basic", "Client",
        };

        [Fact]
        public void The_tracker_opens_exactly_the_calls_whose_name_authenticates()
        {
            var random = new System.Random(17);
            int authenticating = 0, other = 0;
            for (int round = 0; round < 20000; round++)
            {
                string name = "";
                for (int words = random.Next(1, 5); words > 0; words--) name += Words[random.Next(Words.Length)];
                if (!char.IsLetter(name[0])) name = "M" + name;
                var tokens = new List<LexToken>();
                CSharpLiteralLexer.Lex("class C { void M(A a) { a." + name + "(\"v\"); } }", tokens);
                var tracker = AuthenticationPositions.ArgumentTracker.Start();
                bool inside = false;
                for (int i = 0; i < tokens.Count; i++)
                {
                    tracker.Advance(tokens, i);
                    if (tokens[i].Kind == LexKind.StringLiteral) inside = tracker.InsideArguments;
                }

                bool authenticates = AuthenticatingMethods.Authenticates(name);
                Assert.True(authenticates == inside, name);
                if (authenticates) authenticating++;
                else other++;
            }

            // Both answers were tried many times.
            Assert.True(authenticating > 1000 && other > 1000, authenticating + " authenticating, " + other + " other");
        }

        [Fact]
        public void Following_through_to_the_asked_tokens_only_answers_as_following_every_token()
        {
            // The literal stage advances the tracker only to the literals that ask: random calls, nested and unbalanced
            // parentheses, asked at random tokens, give the answers a token-by-token walk gives.
            var random = new System.Random(23);
            string[] pieces = { "Login(", "SignIn<User>(", "Use(", "M(", "(", ")", ")", "\"v\"", "x", ",", ";", "a.", "Authenticate(" };
            int inside = 0, outside = 0;
            for (int round = 0; round < 3000; round++)
            {
                var text = new System.Text.StringBuilder("class C { void M() { ");
                for (int p = random.Next(1, 30); p > 0; p--) text.Append(pieces[random.Next(pieces.Length)]).Append(' ');
                var tokens = new List<LexToken>();
                CSharpLiteralLexer.Lex(text.Append("} }").ToString(), tokens);
                var walk = AuthenticationPositions.ArgumentTracker.Start();
                var lazy = AuthenticationPositions.ArgumentTracker.Start();
                for (int i = 0; i < tokens.Count; i++)
                {
                    walk.Advance(tokens, i);
                    if (random.Next(4) != 0) continue;
                    lazy.AdvanceThrough(tokens, i);
                    Assert.Equal(walk.InsideArguments, lazy.InsideArguments);
                    if (walk.InsideArguments) inside++;
                    else outside++;
                }
            }

            Assert.True(inside > 1000 && outside > 1000, inside + " inside, " + outside + " outside");
        }
    }
}
