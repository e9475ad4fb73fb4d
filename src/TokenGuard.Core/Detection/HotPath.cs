using System.Runtime.CompilerServices;

namespace TokenGuard.Detection
{
    /// <summary>
    /// For the loops run over every file (a whole-tree scan's, the analyzers' per-node code): compiled optimized at their
    /// first call. Tiering would run them as slow tier-0 code for much of a scan or a build while the JIT is busy with
    /// Roslyn and call counting waits. netstandard2.0 does not name <c>MethodImplOptions.AggressiveOptimization</c> (512);
    /// runtimes that do not know it ignore it.
    /// </summary>
    public static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
