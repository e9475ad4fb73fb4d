namespace TokenGuard.Manifest
{
    public enum ManifestSeverity
    {
        Info,
        Warning,
        Error,
    }
}
