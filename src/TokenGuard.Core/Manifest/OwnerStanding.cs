namespace TokenGuard.Manifest
{
    /// <summary>What a directory says about a person: still employed, gone, or not started yet (Okta STAGED/PROVISIONED).</summary>
    public enum OwnerStanding
    {
        Active,
        Departed,
        NotYetActive,
    }
}
