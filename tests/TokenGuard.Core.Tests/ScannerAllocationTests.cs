using System;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Literals that contain a rule's keyword but no token still allocate nothing (the benchmark's target, checked cheaply).
    /// Not run beside other tests: a regex another thread is running at the same moment builds a second runner.
    /// </summary>
    [Collection(nameof(ScannerAllocationTests))]
    public class ScannerAllocationTests
    {
        [Theory]
        [InlineData("Customer 17 ordered item 119 at https://shop.example/orders/17")]
        [InlineData("Path to the PATCH endpoint of the Azure DevOps pipeline")]
        [InlineData("CONTENT MONTH: see the APIM gateway and AIoT hub, AzFu JQQJ99 docs")]
        [InlineData("MTA release.notes are in the NT folder, OD and OT too")]
        [InlineData("Run curl against the API-GATEWAY; see the A3-1 and sha256~ notes")]
        [InlineData("sumo, okta, heroku, jira and twilio docs: kind: Secret with data: below")]
        public void Scanning_a_literal_without_a_token_allocates_nothing(string literal)
        {
            for (int i = 0; i < 3; i++) Assert.Empty(TokenScanner.Default.Scan(literal));

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) TokenScanner.Default.Scan(literal);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    [CollectionDefinition(nameof(ScannerAllocationTests), DisableParallelization = true)]
    public class ScannerAllocationCollection
    {
    }
}
