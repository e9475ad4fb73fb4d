using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>One export, read: which kind it was recognised as, its people, and what it could not tell.</summary>
    internal sealed class OwnerExport
    {
        public OwnerExport(string kind, IReadOnlyList<DirectoryPerson> people, bool listsEveryOwner = false)
        {
            Kind = kind;
            People = people;
            ListsEveryOwner = listsEveryOwner;
        }

        public string Kind { get; }

        public IReadOnlyList<DirectoryPerson> People { get; }

        /// <summary>A principal,status list: it names teams and services, and someone missing from it is not allowed.</summary>
        public bool ListsEveryOwner { get; }

        public List<string> Warnings { get; } = new List<string>();
    }
}
