using System.Runtime.CompilerServices;

namespace TokenGuard.Detection
{
    /// <summary>
    /// For the loops a whole-tree scan runs over every file: compiled optimized at their first call. Tiering would run them
    /// as slow tier-0 code for much of a scan while Roslyn's JIT keeps the call counting waiting. netstandard2.0 does not
    /// name <c>MethodImplOptions.AggressiveOptimization</c> (512); runtimes that do not know it ignore it.
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
