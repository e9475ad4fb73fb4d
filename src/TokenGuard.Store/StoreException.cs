using System;

namespace TokenGuard.Store
{
    /// <summary>The store cannot be used (unreachable, newer schema, a failed statement): one line for the user, exit code 2.</summary>
    public sealed class StoreException : Exception
    {
        public StoreException(string message, Exception? inner = null)
            : base(Redaction.RedactSecrets(message), inner)
        {
        }
    }
}
