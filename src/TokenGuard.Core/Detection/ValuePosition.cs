namespace TokenGuard.Detection
{
    /// <summary>
    /// Where a value sits, described as plain data so that the analyzers (from Roslyn symbols) and the command
    /// line (from syntax alone) can both ask <see cref="SecretDecision"/> the same question.
    /// </summary>
    public sealed class ValuePosition
    {
        private ValuePosition(ValuePositionKind kind, string? name)
        {
            Kind = kind;
            Name = name;
        }

        public ValuePositionKind Kind { get; }

        /// <summary>The receiving name, the parameter's name, the sink's display name or the setting's path; null when nothing names the value.</summary>
        public string? Name { get; }

        /// <summary>How diagnostics name the receiver: <c>'apiKey'</c> for a name, the sink's own display text for a sink.</summary>
        public string Display => Kind == ValuePositionKind.CredentialSink || Kind == ValuePositionKind.AuthenticationLiteral ? Name ?? "" : "'" + Name + "'";

        public static ValuePosition SourceLiteral(string? receivingName) => new ValuePosition(ValuePositionKind.SourceLiteral, receivingName);

        public static ValuePosition SourceConstant() => new ValuePosition(ValuePositionKind.SourceConstant, name: null);

        public static ValuePosition SecretParameter(string parameterName) => new ValuePosition(ValuePositionKind.SecretParameter, parameterName);

        public static ValuePosition CredentialSink(string sinkDisplay) => new ValuePosition(ValuePositionKind.CredentialSink, sinkDisplay);

        /// <param name="display">How diagnostics name the place: <c>'Bearer …'</c>, <c>'Login(…)'</c>.</param>
        public static ValuePosition AuthenticationLiteral(string display) => new ValuePosition(ValuePositionKind.AuthenticationLiteral, display);

        public static ValuePosition TextAssignment(string name) => new ValuePosition(ValuePositionKind.TextAssignment, name);

        public static ValuePosition SettingsValue(string settingPath) => new ValuePosition(ValuePositionKind.SettingsValue, settingPath);
    }
}
