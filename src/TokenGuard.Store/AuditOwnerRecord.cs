namespace TokenGuard.Store
{
    /// <summary>An owner an audit run's directory exports showed departed (with the day they left, when known) or did not know.</summary>
    public sealed class AuditOwnerRecord
    {
        public const string Departed = "departed";

        public const string Unknown = "unknown";

        public string Principal { get; set; } = "";

        /// <summary><see cref="Departed"/> or <see cref="Unknown"/>.</summary>
        public string Status { get; set; } = Departed;

        /// <summary>yyyy-MM-dd, when the export gives the day.</summary>
        public string? LeftOn { get; set; }

        /// <summary>The export record that says so.</summary>
        public string? Source { get; set; }
    }
}
