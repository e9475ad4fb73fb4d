namespace TokenGuard.Detection
{
    /// <summary>
    /// A parameter that receives a credential: whatever flows into it is a token, so a literal there is
    /// hard-coded and a configuration key read into it must be registered.
    /// </summary>
    public sealed class CredentialSink
    {
        public CredentialSink(string typeName, string memberName, string parameterName)
        {
            TypeName = typeName;
            MemberName = memberName;
            ParameterName = parameterName;
        }

        /// <summary>Metadata name of the declaring type, e.g. <c>System.Net.NetworkCredential</c>.</summary>
        public string TypeName { get; }

        /// <summary>Method name, <c>.ctor</c> for constructors, or a property name (its setter).</summary>
        public string MemberName { get; }

        /// <summary>The parameter receiving the credential; <c>value</c> for property setters.</summary>
        public string ParameterName { get; }

        public string Display => (MemberName == ".ctor" ? "new " + ShortTypeName + "(…)" : ShortTypeName + "." + MemberName) + " '" + ParameterName + "'";

        private string ShortTypeName => TypeName.Substring(TypeName.LastIndexOf('.') + 1);
    }
}
