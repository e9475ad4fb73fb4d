using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// One pass over a YAML text's events before anything builds a tree of it. YamlDotNet's event parser
    /// keeps its own stack, so it survives any nesting; its representation model recurses and would overflow
    /// the stack of the compiler or MSBuild on a 20,000-deep document. The same pass finds the scalars that
    /// hold a token, so the loader can report them where they are.
    /// </summary>
    public sealed class YamlPrecheck
    {
        /// <summary>Deeper than any manifest or owners file: tokens.yaml needs five levels.</summary>
        public const int MaxDepth = 64;

        private YamlPrecheck(SourceLocation? tooDeepAt, IReadOnlyList<SourceLocation> secretsAt)
        {
            TooDeepAt = tooDeepAt;
            SecretsAt = secretsAt;
        }

        /// <summary>Where nesting first went past <see cref="MaxDepth"/>; null when it never did.</summary>
        public SourceLocation? TooDeepAt { get; }

        /// <summary>Every scalar (key or value) that holds a token the detection engine recognises.</summary>
        public IReadOnlyList<SourceLocation> SecretsAt { get; }

        /// <exception cref="YamlException">The text is not valid YAML; the caller reports it as a syntax error.</exception>
        public static YamlPrecheck Run(string text)
        {
            var parser = new Parser(new System.IO.StringReader(text));
            var secrets = new List<SourceLocation>();
            int depth = 0;
            while (MoveNext(parser))
            {
                switch (parser.Current)
                {
                    case MappingStart _:
                    case SequenceStart _:
                        if (++depth > MaxDepth) return new YamlPrecheck(ManifestLoader.Location(parser.Current!.Start), secrets);
                        break;
                    case MappingEnd _:
                    case SequenceEnd _:
                        depth--;
                        break;
                    case Scalar scalar when Redaction.ContainsSecret(scalar.Value):
                        secrets.Add(ManifestLoader.Location(scalar.Start));
                        break;
                }
            }

            return new YamlPrecheck(null, secrets);
        }

        // YamlDotNet's scanner throws InvalidOperationException on some malformed input: the last event is the best position.
        private static bool MoveNext(Parser parser)
        {
            try
            {
                return parser.MoveNext();
            }
            catch (InvalidOperationException)
            {
                Mark near = parser.Current?.End ?? Mark.Empty;
                throw new YamlException(near, near, "YAML syntax error after this point (unbalanced brackets or quotes?)");
            }
        }
    }
}
