namespace TokenGuard.Settings
{
    /// <summary>What a configuration value is, as far as telling a credential from a plain setting goes.</summary>
    public enum SettingValueKind
    {
        /// <summary>Empty or whitespace: the value is supplied elsewhere (user secrets, environment, a vault).</summary>
        Empty,

        /// <summary><c>true</c> or <c>false</c>, as .NET's configuration binder reads a bool.</summary>
        Boolean,

        /// <summary>An integer or decimal number (<c>42</c>, <c>-1</c>, <c>0.5</c>, <c>1e3</c>).</summary>
        Number,

        /// <summary>A <c>TimeSpan</c> such as <c>00:05:00</c> or <c>1.02:03:04</c>.</summary>
        Duration,

        /// <summary>An absolute URL with no password, no secret-named query parameter and no known token in it.</summary>
        Url,

        /// <summary>A URL that carries a credential: <c>user:password@</c>, <c>?sig=</c>, <c>?api_key=</c>, a webhook token.</summary>
        UrlWithCredentials,

        /// <summary>Anything else: a connection string, a key, a GUID, a placeholder — a credential may stand here.</summary>
        Text,
    }
}
