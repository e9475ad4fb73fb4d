using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace TokenGuard.Tests
{
    /// <summary>Captures what a task logs, as MSBuild would show it.</summary>
    internal sealed class RecordingBuildEngine : IBuildEngine4
    {
        private readonly Dictionary<object, object> _taskObjects = new Dictionary<object, object>();

        public List<BuildErrorEventArgs> Errors { get; } = new List<BuildErrorEventArgs>();

        public List<BuildWarningEventArgs> Warnings { get; } = new List<BuildWarningEventArgs>();

        public List<BuildMessageEventArgs> Messages { get; } = new List<BuildMessageEventArgs>();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.proj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

        public bool IsRunningMultipleNodes => false;

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => false;

        public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => false;

        public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => default;

        public void Yield()
        {
        }

        public void Reacquire()
        {
        }

        /// <summary>Shared by every task run with this engine, as within one MSBuild node.</summary>
        public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) => _taskObjects[key] = obj;

        public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => _taskObjects.TryGetValue(key, out object? value) ? value : null;

        public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
        {
            _taskObjects.Remove(key, out object? value);
            return value;
        }
    }
}
