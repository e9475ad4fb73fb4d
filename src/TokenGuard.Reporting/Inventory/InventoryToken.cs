using System.Collections.Generic;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// One token as an inventory artifact lists it: the manifest's fields, where code uses it and, in a
    /// merged (central) inventory, every artifact that declared it. Never a token value.
    /// </summary>
    public sealed class InventoryToken
    {
        public string? Id { get; set; }

        public string? Description { get; set; }

        public string? Owner { get; set; }

        public string? Steward { get; set; }

        public string? System { get; set; }

        public List<string> Scope { get; set; } = new List<string>();

        /// <summary>yyyy-MM-dd as written in the artifact.</summary>
        public string? Created { get; set; }

        /// <summary>yyyy-MM-dd or "never".</summary>
        public string? Expires { get; set; }

        public string? Justification { get; set; }

        public string? Rotation { get; set; }

        public List<string> Environments { get; set; } = new List<string>();

        public List<InventoryUsage> Usages { get; set; } = new List<InventoryUsage>();

        public string? ProviderKind { get; set; }

        public string? ProviderRef { get; set; }

        public List<string> Fingerprints { get; set; } = new List<string>();

        public int ManifestLine { get; set; }

        /// <summary>Null when the build had not compiled yet (the artifact has no <c>usedAt</c>).</summary>
        public List<InventoryUsedAt>? UsedAt { get; set; }

        /// <summary>Empty in a project's artifact; in a merged inventory, every artifact that declared this token.</summary>
        public List<InventorySource> Sources { get; set; } = new List<InventorySource>();
    }
}
