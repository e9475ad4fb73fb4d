using System.Runtime.CompilerServices;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// For the code an analyzer runs on every node of every file: compiled optimized at its first call. In a compiler
    /// process tiering would run it as slow tier-0 code for much of the build (call counting waits while the compiler
    /// keeps the JIT busy), time the build's analyzer report charges to TokenGuard. netstandard2.0 does not name
    /// <c>MethodImplOptions.AggressiveOptimization</c> (512); runtimes that do not know it ignore it.
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
