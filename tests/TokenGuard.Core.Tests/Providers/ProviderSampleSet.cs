using System;
using System.Collections.Generic;

namespace TokenGuard.Tests
{
    /// <summary>
    /// One provider's samples: <paramref name="Provider"/> is the name of its rule file, <paramref name="Secrets"/> one text a rule
    /// holding one token of it, <paramref name="NearMisses"/> texts each rule must not report and why.
    /// </summary>
    internal sealed record ProviderSampleSet(
        string Provider,
        IReadOnlyDictionary<string, Func<string>> Secrets,
        IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses);
}
