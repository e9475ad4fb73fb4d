using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using TokenGuard.Cli.History;

namespace TokenGuard.Tests.History
{
    /// <summary>
    /// History and staged scans find a PKCS#12 container holding a private key, as the working-tree scan does: by its
    /// DER structure, whatever its name, reported with a fingerprint only. The containers are made here, at run time.
    /// </summary>
    public class KeyContainerScanTests
    {
        private static JsonElement[] Json(string output) => JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();

        // A self-signed certificate with its RSA key, exported as .NET writes a .pfx; or the certificate alone (a trust store).
        private static byte[] Pkcs12(bool withPrivateKey)
        {
            using RSA key = RSA.Create(2048);
            var request = new CertificateRequest("CN=TokenGuard test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
            string password = "test-" + Guid.NewGuid().ToString("N");
            if (withPrivateKey) return certificate.Export(X509ContentType.Pkcs12, password);
            using X509Certificate2 publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
            return publicOnly.Export(X509ContentType.Pkcs12, password);
        }

        private static void WriteBytes(GitTestRepository repository, string relativePath, byte[] bytes)
        {
            string path = Path.Combine(repository.Path, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        [Fact]
        public void A_key_container_deleted_in_a_later_commit_is_found_in_history_at_its_commit_and_a_trust_store_is_not()
        {
            using var repository = new GitTestRepository();
            repository.Write("README.md", "hello\n");
            repository.Commit("first");
            byte[] container = Pkcs12(withPrivateKey: true);
            WriteBytes(repository, "deploy/signing.bin", container);
            WriteBytes(repository, "deploy/truststore.p12", Pkcs12(withPrivateKey: false));
            string planted = repository.Commit("add signing material", date: "2023-05-17T08:30:00+02:00");
            repository.Delete("deploy/signing.bin");
            repository.Commit("remove the key");

            var tree = repository.Scan(new ScanRequest { Path = repository.Path });
            var (exit, output, errors) = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Format = "json" });

            Assert.Equal(0, tree.ExitCode); // today's tree holds only the trust store
            Assert.Equal(1, exit);
            JsonElement finding = Assert.Single(Json(output));
            Assert.Equal("deploy/signing.bin", finding.GetProperty("file").GetString());
            Assert.Equal("pkcs12-private-key", finding.GetProperty("rule").GetString());
            Assert.Equal(planted, finding.GetProperty("commit").GetString());
            Assert.StartsWith("sha256:", finding.GetProperty("fingerprint").GetString());
            Assert.DoesNotContain(Convert.ToBase64String(container).Substring(0, 40), output + errors);
        }

        [Fact]
        public void A_staged_key_container_is_found_and_one_only_in_the_working_tree_is_not()
        {
            using var repository = new GitTestRepository();
            repository.Write("README.md", "hello\n");
            repository.Commit("first");
            WriteBytes(repository, "keys/service-account.data", Pkcs12(withPrivateKey: true));
            repository.Git("add", "keys/service-account.data");
            WriteBytes(repository, "keys/untracked.pfx", Pkcs12(withPrivateKey: true));

            var (exit, output, _) = repository.Scan(new ScanRequest { Path = repository.Path, Staged = true, Format = "json" });

            Assert.Equal(1, exit);
            JsonElement finding = Assert.Single(Json(output));
            Assert.Equal("keys/service-account.data", finding.GetProperty("file").GetString());
            Assert.Equal("pkcs12-private-key", finding.GetProperty("rule").GetString());
            Assert.False(finding.TryGetProperty("commit", out _));
        }
    }
}
