using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using TokenGuard.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// Inventory files as the store records them: a project's artifact is one ingest; a merged (central) inventory is
    /// one ingest per repository, project and commit its sources name, each with the tokens that source declared.
    /// </summary>
    internal static class StoreArtifacts
    {
        public static IEnumerable<StoreArtifact> Read(string path)
        {
            InventoryArtifact artifact = InventoryArtifactReader.Read(path);
            string sha256 = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();
            string file = path.Replace('\\', '/');
            if (artifact.Tokens.All(token => token.Sources.Count == 0))
            {
                return new[]
                {
                    new StoreArtifact
                    {
                        Path = file,
                        Sha256 = sha256,
                        Repository = artifact.Repository ?? Path.GetFullPath(path).Replace('\\', '/'),
                        Commit = artifact.Commit,
                        Project = artifact.Project ?? "",
                        Manifest = artifact.Manifest,
                        ToolVersion = artifact.ToolVersion,
                        Tokens = artifact.Tokens,
                    },
                };
            }

            return artifact.Tokens
                .SelectMany(token => token.Sources.Select(source => (Source: source, Token: token)))
                .GroupBy(pair => (pair.Source.Repository ?? file, pair.Source.Project ?? "", pair.Source.Commit))
                .Select(group => new StoreArtifact
                {
                    Path = file,
                    Sha256 = sha256,
                    Repository = group.Key.Item1,
                    Project = group.Key.Item2,
                    Commit = group.Key.Commit,
                    Manifest = group.First().Source.Manifest,
                    ToolVersion = artifact.ToolVersion,
                    Tokens = group.Select(pair => pair.Token).ToList(),
                });
        }
    }
}
