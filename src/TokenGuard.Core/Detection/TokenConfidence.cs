namespace TokenGuard.Detection
{
    /// <summary>How sure a rule is that a match is a live credential.</summary>
    public enum TokenConfidence
    {
        /// <summary>A structured format, checksum-validated where the format has one.</summary>
        High,
        /// <summary>A distinctive format without a checksum, or a weaker pattern.</summary>
        Medium,
    }
}
