using System.Linq;
using TokenGuard.Comparison;

namespace TokenGuard.Tests
{
    public class RealRepositoriesTests
    {
        [Fact]
        public void Scan_json_rows_are_read_and_shapes_judge_credentials_apart_from_the_engine()
        {
            var finding = RealRepositories.Parse("[{\"file\":\"a.json\",\"line\":3,\"column\":7,\"id\":\"TG0004\",\"rule\":\"connection-string-password\",\"fingerprint\":\"sha256:00\"}]").Single();
            Assert.Equal(("a.json", 3, 7, "TG0004"), (finding.File, finding.Line, finding.Column, finding.Id));

            Assert.True(ValueShape.Of("k3Yx9QmZ2pLw7RtV").IsCredentialShaped);
            Assert.False(ValueShape.Of("passwordvalue").IsCredentialShaped);
            Assert.False(ValueShape.Of("Business Unit Portal").IsCredentialShaped);
            Assert.True(RealRepositories.IsCredentialShaped(finding with { Shape = ValueShape.Of("mariadb-pass") }));
            Assert.False(RealRepositories.IsCredentialShaped(finding with { Shape = ValueShape.Of("two words") }));
        }
    }
}
