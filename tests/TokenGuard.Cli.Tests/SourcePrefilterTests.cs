using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Which C# files scan parses: every position a finding can come from is let through (BuildEqualityTests holds
    /// the prefilter to the build on the labelled corpus); these are the shapes real repositories are full of that
    /// cannot hold one, and that used to cost a parse each.
    /// </summary>
    public class SourcePrefilterTests
    {
        private static string Secret(int seed) => TestTokens.Random(TestTokens.Alphanumeric, 28, seed) + "9q";

        [Theory]
        [InlineData("class C { const string ApiKey = \"{0}\"; }")]
        [InlineData("class C { void M(O o) { o.ClientSecret = (\"{0}\"); } }")]
        [InlineData("class C { string Token => $\"{0}\"; }")]
        [InlineData("class C { void M() { Connect(apiKey: \"{0}\"); } }")]
        [InlineData("class C { object D = new Dictionary<string, string> { [\"AccessToken\"] = \"{0}\" }; }")]
        [InlineData("class C { void M(S s) { s.Set(\"Password\", @\"{0}\"); } }")]
        [InlineData("class C { void M(S s) { s.Set(\"Password\", /* a long comment between the name and its value */ \"{0}\"); } }")]
        public void A_secret_shaped_literal_in_a_receiving_position_of_a_secret_name_is_parsed(string template) =>
            Assert.True(SourcePrefilter.MayHoldSecret(template.Replace("{0}", Secret(1))));

        [Fact]
        public void A_known_token_in_a_literal_or_split_over_a_concatenation_is_parsed()
        {
            string token = TestTokens.GitHubClassic(seed: 2);
            Assert.True(SourcePrefilter.MayHoldSecret("class C { string S = \"" + token + "\"; }"));
            Assert.True(SourcePrefilter.MayHoldSecret("class C { string S = \"" + token.Substring(0, 2) + "\" + \"" + token.Substring(2) + "\"; }"));
        }

        [Fact]
        public void Keywords_before_the_first_quote_are_code_and_a_token_in_the_first_literal_is_parsed()
        {
            // A file's head (usings, namespace, type names, doc comments) holds keywords ("Path"'s Pat) no literal can hold.
            string head = "using System.IO; // PathTokenParser\nclass PathTokenParser { string P = Path.Combine(";
            Assert.False(SourcePrefilter.MayHoldSecret(head + "\"a\", \"b\"); }"));
            string token = TestTokens.GitHubClassic(seed: 3);
            Assert.True(SourcePrefilter.MayHoldSecret(head + "\"" + token + "\"); }"));
            Assert.True(SourcePrefilter.MayHoldSecret("\"" + token + "\""));
        }

        [Fact]
        public void No_keyword_or_requirement_holds_a_line_break()
        {
            // The literal stage looks for keywords in the joined literals only: what is in one literal is in them too.
            foreach (TokenGuard.Detection.TokenRule rule in TokenGuard.Detection.KnownTokenRules.All)
            {
                Assert.All(rule.Keywords, keyword => Assert.DoesNotContain('\n', keyword));
                Assert.DoesNotContain('\n', rule.Requires ?? "");
            }
        }

        [Theory]
        [InlineData("class C { void M(HttpClient c) { c.DefaultRequestHeaders.Add(\"authorization\", \"Bearer \" + V); } }")]
        [InlineData("class C { const string H = \"X-Api-Key\"; void M(HttpRequestMessage r) { r.Headers.TryAddWithoutValidation(H, V); } }")]
        public void A_credential_header_in_any_case_added_to_request_headers_is_parsed(string source) =>
            Assert.True(SourcePrefilter.MayHoldSecret(source));

        [Fact]
        public void Every_credential_header_in_either_case_added_to_request_headers_is_parsed()
        {
            foreach (string header in TokenGuard.Detection.CredentialSinks.CredentialHeaders)
            {
                foreach (string name in new[] { header, header.ToUpperInvariant(), header.ToLowerInvariant() })
                {
                    Assert.True(SourcePrefilter.MayHoldSecret("class C { void M(HttpRequestMessage r) { r.Headers.Add(\"" + name + "\", V); } }"), name);
                }
            }

            Assert.False(SourcePrefilter.MayHoldSecret("class C { void M(HttpRequestMessage r) { r.Headers.Add(\"X-Request-Id\", V); } }"));
        }

        [Fact]
        public void A_credential_header_added_to_request_headers_is_parsed() =>
            Assert.True(SourcePrefilter.MayHoldSecret("class C { const string H = \"Authorization\"; void M(HttpClient c, string v) { c.DefaultRequestHeaders.Add(H, \"Bearer \" + v); } }"));

        [Fact]
        public void An_entity_model_snapshot_naming_password_columns_is_not_parsed()
        {
            // Bitwarden's EF snapshots: secret words and short mixed literals everywhere, but never a value given to such a name.
            string snapshot = "class S { void B(ModelBuilder b) {\n" +
                "  b.Property<bool>(\"UsePasswordManager\").HasColumnType(\"tinyint(1)\");\n" +
                "  b.Property<string>(\"ApiKey\").HasMaxLength(30).HasColumnType(\"varchar(30)\");\n" +
                "  b.HasIndex(\"MasterPasswordHint\", \"Id\").HasDatabaseName(\"IX_User_Pwd_01\");\n} }\n";
            Assert.False(SourcePrefilter.MayHoldSecret(snapshot));
        }

        [Fact]
        public void Secret_words_and_token_keywords_in_comments_and_identifiers_are_not_parsed()
        {
            string source = "// The access token, as in ghp_ and xoxb- tokens, is read from PAT_SECRET\n" +
                "class TokenService { string _secretPat = Read(\"PAT_VARIABLE_1\"); /* password: \"" + Secret(3) + "\" */ }\n";
            Assert.False(SourcePrefilter.MayHoldSecret(source));
        }

        [Theory]
        [InlineData("class C { const string Prefix = \"{a}\"; string S = Prefix + \"{b}\"; }")]
        [InlineData("class C { const string A = \"{a}\"; const string B = \"{b}\"; string S = B.Length > 0 ? A + B : null; }")]
        [InlineData("class C { const string B = \"{b}\"; const string A = \"{a}\"; string S = $\"{A}{B}\"; }")]
        [InlineData("class C { const string A = \"{a}\"; string S = $\"{Consts.A}{\"{b}\"}\"; }")]
        [InlineData("class C { const string A = \"{a}\"; string S = $\"{A}{b}\"; }")]
        [InlineData("class C { string S = (\"{a}\") + (\"{b}\"); }")]
        [InlineData("class C { string S = nameof({a}) + \"{b}\"; }")]
        public void A_keyword_split_over_the_pieces_of_a_constant_fold_may_be_folded(string template)
        {
            // The keyword (ghp_) is split so that no atom holds it whole: only its prefix and suffix can be seen.
            string token = TestTokens.GitHubClassic(seed: 4);
            var tokens = new System.Collections.Generic.List<LexToken>();
            CSharpLiteralLexer.Lex(template.Replace("{a}", token.Substring(0, 2)).Replace("{b}", token.Substring(2)), tokens);
            Assert.True(FoldPrefilter.MayHoldKeyword(tokens));
        }

        [Theory]
        [InlineData("class C { string M(string user) => \"{t}\" + user; }")]
        [InlineData("class C { string M(U user) => $\"{t}{user.Name}\"; }")]
        [InlineData("class C { const string A = \"x\"; string M(U user) => $\"{t}{A:N2}\"; }")]
        [InlineData("class C { string M(U user) => $\"{t}{user.Name()}\"; }")]
        [InlineData("class C { string M(U user) { Log(\"{t}\"); return user.Name + \"{t}\"; } }")]
        public void A_keyword_in_a_literal_no_fold_can_hold_may_not_be_folded(string template)
        {
            // A token in a literal passed to a call, added to a variable, or interpolated with a hole that is no constant.
            var tokens = new System.Collections.Generic.List<LexToken>();
            CSharpLiteralLexer.Lex(template.Replace("{t}", TestTokens.GitHubClassic(seed: 5)), tokens);
            Assert.False(FoldPrefilter.MayHoldKeyword(tokens));
        }
    

        [Fact]
        public void A_keyword_in_a_const_no_fold_reads_may_not_be_folded()
        {
            // Bitwarden's and jellyfin's constant classes: "…Path…" holds the legacy PAT rule's keyword, but the const is
            // only passed on whole, never added or interpolated.
            string source = "class C { const string DataPath = \"data/path\"; string S = \"a\" + \"b\"; void M() { Use(C.DataPath); Use(DataPath); } }";
            var tokens = new System.Collections.Generic.List<LexToken>();
            CSharpLiteralLexer.Lex(source, tokens);
            Assert.False(FoldPrefilter.MayHoldKeyword(tokens));
            CSharpLiteralLexer.Lex(source.Replace("Use(DataPath)", "Use(\"x\" + DataPath)"), tokens);
            Assert.True(FoldPrefilter.MayHoldKeyword(tokens));
        }

        [Theory]
        [InlineData("class C { string S = \"x\" + \"{a}\"; string T = \"{b}\" + \"y\"; }")]
        [InlineData("class C { string S = Use(\"{a}\") + \"x\" + Use(\"{b}\"); }")]
        public void A_keyword_split_where_no_pieces_can_join_may_not_be_folded(string template)
        {
            // The prefix ends the last piece of one fold and the suffix starts the first piece of another: no value holds both.
            string token = TestTokens.GitHubClassic(seed: 6);
            var tokens = new System.Collections.Generic.List<LexToken>();
            CSharpLiteralLexer.Lex(template.Replace("{a}", token.Substring(0, 2)).Replace("{b}", token.Substring(2)), tokens);
            Assert.False(FoldPrefilter.MayHoldKeyword(tokens));
        }

        [Fact]
        public void Random_folds_with_a_finding_are_all_parsed()
        {
            // Pieces of a token split at random points, in random fold shapes beside distractors: whenever the Roslyn
            // path finds something in a file, the prefilter lets it through. Fails when a join the fold check rules out happens.
            var random = new System.Random(15);
            int found = 0;
            for (int round = 0; round < 400; round++)
            {
                string token = round % 2 == 0 ? TestTokens.GitHubClassic(seed: round) : TestTokens.StripeSecret(seed: round);
                int cut = random.Next(1, 8), cut2 = random.Next(cut + 1, token.Length);
                string[] parts = { token.Substring(0, cut), token.Substring(cut, cut2 - cut), token.Substring(cut2) };
                var body = new System.Text.StringBuilder("class C {\n");
                foreach (int p in random.Next(2) == 0 ? new[] { 2, 0, 1 } : new[] { 0, 1, 2 }) body.Append("const string P").Append(p).Append(" = ").Append(Shape(random, "\"" + parts[p] + "\"")).Append(";\n");
                string Ref(int p) => random.Next(7) switch
                {
                    0 => "C.P" + p,
                    1 => "global::N.C.P" + p,
                    2 => "@P" + p,
                    3 => "G<int>.P" + p,
                    4 => "$\"{P" + p + "}\"",
                    _ => "P" + p,
                };
                string[] refs = { Ref(0), Ref(1), Ref(2) };
                string Literal(int p) => Shape(random, "\"" + parts[p] + "\"");
                string fold = random.Next(5) switch
                {
                    3 => Literal(0) + " + (" + Literal(1) + " + " + Literal(2) + ")",
                    4 => Literal(0) + " + " + Literal(1) + " + " + Literal(2),
                    0 => Shape(random, refs[0]) + " + " + Shape(random, refs[1]) + " + " + Shape(random, refs[2]),
                    1 => "$\"{" + refs[0] + "}{P1}{" + refs[2] + "}\"",
                    _ => "(" + Literal(0) + " + P1) + " + Literal(2),
                };
                if (random.Next(4) == 0) fold = "Use(" + fold + ")"; // still a fold inside a call's argument
                body.Append("string S = ").Append(fold).Append(";\nstring D = \"path\" + x + Use(\"gh\");\n}\n");
                string text = body.ToString();
                bool finding = System.Linq.Enumerable.Any(CSharpSecretFinder.Find("f.cs", text, manifest: null));
                found += finding ? 1 : 0;
                if (!finding) continue;
                Assert.True(SourcePrefilter.MayHoldSecret(text), text.Replace(token, "<token>"));
                // The fold check alone too: the literals side by side would let most of these through without it.
                var tokens = new System.Collections.Generic.List<LexToken>();
                CSharpLiteralLexer.Lex(text, tokens);
                Assert.True(FoldPrefilter.MayHoldKeyword(tokens), text.Replace(token, "<token>"));
            }

            Assert.True(found > 100); // the shapes fold: the loop tested something
        }

        [Theory]
        [InlineData("""class C { const string Base = "https://example.com"; string Url = Base + "/oauth/token"; }""")]
        [InlineData("""class C { const string Vault = "vault"; string U(string name) => $"https://{Vault}.azure.net/secrets/{name}"; }""")]
        [InlineData("""class C { const string Path = "data/path"; string P = Path + "/" + nameof(Path) + (C.Path + "/x"); }""")]
        [InlineData("""class C { string S(int n) => "Token " + n.ToString() + "://" + (string)Name + -n; }""")]
        public void A_file_whose_folds_all_have_values_without_a_token_is_not_parsed(string source)
        {
            // Jellyfin's and bitwarden's constants: a keyword (://, oken, vault, Path's pat) in a piece of a fold, but every
            // fold's value is computed from the tokens and holds no token.
            var tokens = new System.Collections.Generic.List<LexToken>();
            CSharpLiteralLexer.Lex(source, tokens);
            Assert.True(FoldPrefilter.MayHoldKeyword(tokens)); // the keyword check alone would let it through
            Assert.False(ConstantFolds.MayHoldToken(tokens));
            Assert.False(SourcePrefilter.MayHoldSecret(source));
        }

        [Theory]
        [InlineData("""class C { const string A = "{a}"; string S = A + "{b}"; }""")]
        [InlineData("""class C { const string B = "{b}"; string S = $"{C.B:x}" + $"{"{a}"}{B}"; }""")]
        [InlineData("""class C { const string B = "{b}"; string S = "{a}" + G<int>.B; }""")]
        [InlineData("""class C { const string B = "{b}"; string S = "{a}" + new D(1).B; }""")]
        [InlineData("""class C { const string B = "{b}"; string S = "{a}" + B<int>[0].B; }""")]
        [InlineData(""""class C { const string B = "{b}"; string S = $$"""{{"{a}"}}{{B}}"""; }"""")]
        [InlineData("""class C { const string B = "{b}"; string S = "{a}" + stackalloc char[1] + B; }""")]
        public void A_file_with_a_fold_that_holds_a_token_or_is_not_read_is_parsed(string template)
        {
            // A token split over a const and a literal, read through names, members, generics and holes; and shapes the
            // token reading declines to read (an index after type arguments, a raw string, stackalloc), which let the file through.
            string token = TestTokens.GitHubClassic(seed: 8);
            string source = template.Replace("{a}", token.Substring(0, 2)).Replace("{b}", token.Substring(2));
            var tokens = new System.Collections.Generic.List<LexToken>();
            CSharpLiteralLexer.Lex(source, tokens);
            Assert.True(ConstantFolds.MayHoldToken(tokens));
            Assert.True(SourcePrefilter.MayHoldSecret(source));
        }

        [Fact]
        public void Random_folds_of_every_shape_with_a_finding_are_all_parsed()
        {
            // A token split in three, joined by folds of the shapes the token reading computes and of those it declines
            // (generic members, indexes, casts, calls, conditionals, raw strings, other operators), beside folds without
            // a token: whenever the Roslyn path finds something, the prefilter lets the file through.
            var random = new System.Random(18);
            int found = 0, declined = 0;
            for (int round = 0; round < 1500; round++)
            {
                string token = round % 2 == 0 ? TestTokens.GitHubClassic(seed: round) : TestTokens.StripeSecret(seed: round);
                int cut = random.Next(1, 8), cut2 = random.Next(cut + 1, token.Length);
                string[] parts = { token.Substring(0, cut), token.Substring(cut, cut2 - cut), token.Substring(cut2) };
                string Piece(int p) => random.Next(14) switch
                {
                    0 => "P" + p,
                    1 => "C.P" + p,
                    2 => "G<int>.P" + p,
                    3 => "new D().P" + p,
                    4 => "a[0].P" + p,
                    5 => "x!.P" + p,
                    6 => "x?.P" + p,
                    7 => "(string)P" + p,
                    8 => "$\"{P" + p + "}\"",
                    9 => "$\"{P" + p + ":x}\"",
                    10 => "M(P" + p + ")",
                    11 => "$$\"\"\"{{P" + p + "}}\"\"\"",
                    12 => "(b ? P" + p + " : \"\")",
                    _ => "\"" + parts[p] + "\"",
                };
                string Join(string left, string right) => random.Next(6) switch
                {
                    0 => left + " - " + right,
                    1 => "(" + left + ") + " + right,
                    2 => left + " + (" + right + ")",
                    _ => left + " + " + right,
                };
                var body = new System.Text.StringBuilder("class C {\n");
                for (int p = 0; p < 3; p++) body.Append("const string P").Append(p).Append(" = \"").Append(parts[p]).Append("\";\n");
                string fold = Join(Join(Piece(0), Piece(1)), Piece(2));
                if (random.Next(3) == 0) fold = "$\"{" + fold.Replace("\"", "'") + "}\""; // a hole of no value
                body.Append("object S = ").Append(fold).Append(";\nstring D = \"https://\" + host + \"/path\" + Use(\"gh\");\n}\n");
                string text = body.ToString();
                bool finding = System.Linq.Enumerable.Any(CSharpSecretFinder.Find("f.cs", text, manifest: null));
                found += finding ? 1 : 0;
                if (finding) Assert.True(SourcePrefilter.MayHoldSecret(text), text.Replace(token, "<token>"));
                else if (!SourcePrefilter.MayHoldSecret(text)) declined++;
            }

            // Folds with a token, and files the token reading declines: both sides were tried.
            Assert.True(found > 150 && declined > 300, found + " with a finding, " + declined + " declined");
        }

        private static string Shape(System.Random random, string operand) => random.Next(3) switch
        {
            0 => operand,
            1 => "(" + operand + ")",
            _ => "((" + operand + "))",
        };
    

        [Theory]
        [InlineData("class C { string ApiKey = \"{0}\"; }")]
        [InlineData("class C { void M(O o) { o.Set(\"Password\", \"{0}\"); Connect(apiKey: \"{0}\"); } }")]
        public void A_secret_shaped_literal_no_name_can_make_a_secret_is_not_parsed(string template)
        {
            // A UUID is an id under any name, and no credential either: the syntax cannot change the decision.
            string source = template.Replace("{0}", TestTokens.Uuid(seed: 7));
            Assert.Empty(CSharpSecretFinder.Find("f.cs", source, manifest: null));
            Assert.False(SourcePrefilter.MayHoldSecret(source));
        }

        [Fact]
        public void A_value_right_after_a_name_and_an_equals_is_decided_for_that_name()
        {
            // A short password-like value: a secret for a password, too weak a one for a key (as SecretDecision decides).
            string weak = "Walrus" + "7#q"; // assembled: the test's own text holds no value given to a secret name
            string password = "class C { string Password = \"" + weak + "\"; }", key = password.Replace("Password", "ApiKey");
            Assert.NotEmpty(CSharpSecretFinder.Find("f.cs", password, manifest: null));
            Assert.True(SourcePrefilter.MayHoldSecret(password));
            Assert.Empty(CSharpSecretFinder.Find("f.cs", key, manifest: null));
            Assert.False(SourcePrefilter.MayHoldSecret(key));
            // In a collection the name is the collection's: the value is asked for any name it may get.
            string collection = "class C { string[] Password = { \"" + weak + "\" }; }";
            Assert.NotEmpty(CSharpSecretFinder.Find("f.cs", collection, manifest: null));
            Assert.True(SourcePrefilter.MayHoldSecret(collection));
        }

        [Fact]
        public void Random_values_in_named_and_authentication_positions_with_a_finding_are_all_parsed()
        {
            // Values of every shape the generic decision tells apart, in the positions that name them (literals and
            // interpolated text): whenever the Roslyn path finds one, the prefilter lets its file through.
            string[] positions =
            {
                "class C { string {n} = {v}; }", "class C { void M(O o) { o.{n} = ({v}); } }", "class C { string {n} => {v}; }",
                "class C { void M() { Connect({n}: {v}); } }", "class C { void M(S s) { s.Set(\"{n}\", {v}); } }",
                "class C { void M(D d) { d[\"{n}\"] = {v}; } }",
                "class C { object O = new { {n} = {v} }; }",
                // Positions the look back reads past (ReceivingPositions): initializers, bodies, compound assignments, collections.
                "class C { string {n} { get; set; } = {v}; }", "class C { string {n}() => {v}; }", "class C { void M() { {n} ??= {v}; } }",
                "class C { string[] {n} = { {v} }; }", "class C { object {n} = new[] { \"x\", {v} }; }", "class C { object {n} = new List<string> { ({v}) }; }",
                "class C { string[] {n} = [\"x\", {v}]; }", "class C { object {n} = new Dictionary<string, string> { { \"k\", {v} } }; }",
                "class C { object {n} = new Dictionary<string, string> { [\"k\"] = {v} }; }", "class C { string[][] {n} = { new[] { {v} } }; }",
                "class C { string {n} => ${v}; }", "class C { const string A = \"x\"; string {n} = $\"{A}{w}\"; }", "class C { string {n} = $@\"{w}\"; }",
                // Positions that make a credential whatever the name (LiteralSyntax's authentication literals).
                "class C { void M(A a) { a.Login(\"admin\", {v}); } }", "class C { void M(A a) { a.UseApiKey({v}); } }",
                "class C { object O = new HttpBasicAuthenticator(\"user\", {v}); }", "class C { void M(A a) { a.SignIn<U>(\"user\", ({v})); } }",
                "class C { string S = \"Bearer \" + {v}; }", "class C { string S = (\"Authorization: Basic \") + ({v}); }",
            };
            string[] names = { "Password", "ApiKey", "ClientSecret", "pwd", "AccessToken", "Passphrase", "SigningKey" };
            string[] alphabets = { "abcdefghijklmnopqrstuvwxyz", "abcdef0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", TestTokens.Alphanumeric, TestTokens.Alphanumeric + "-_.:/@$!#" };
            var random = new System.Random(16);
            int parsed = 0, skipped = 0, found = 0;
            for (int round = 0; round < 3000; round++)
            {
                string value = random.Next(8) switch
                {
                    0 => TestTokens.Uuid(seed: round),
                    1 => (random.Next(2) == 0 ? "Bearer " : "Bearer_") + TestTokens.Random(alphabets[random.Next(alphabets.Length)], random.Next(6, 30), seed: round),
                    2 => "${" + TestTokens.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ_", random.Next(6, 20), seed: round) + "}",
                    3 => "Identity." + TestTokens.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", random.Next(6, 20), seed: round),
                    4 => new string('x', random.Next(8, 30)) + random.Next(10),
                    _ => TestTokens.Random(alphabets[random.Next(alphabets.Length)], random.Next(6, 48), seed: round),
                };
                string text = positions[random.Next(positions.Length)].Replace("{n}", names[random.Next(names.Length)]).Replace("{v}", "\"" + value + "\"").Replace("{w}", value);
                bool finding = System.Linq.Enumerable.Any(CSharpSecretFinder.Find("f.cs", text, manifest: null));
                bool passes = SourcePrefilter.MayHoldSecret(text);
                found += finding ? 1 : 0;
                if (finding) Assert.True(passes, text.Replace(value, "<value of " + value.Length + " characters, " + value.Substring(0, 3) + "…>"));
                else if (passes) parsed++;
                else skipped++;
            }

            // The loop held findings, and values without one that the prefilter still skips: both sides were tried.
            Assert.True(found > 200 && skipped > 200, found + " with a finding, " + skipped + " skipped");
        }
    }
}
