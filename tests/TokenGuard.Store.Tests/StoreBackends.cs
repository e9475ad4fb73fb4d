using System;
using System.Collections.Generic;
using System.Reflection;
using Npgsql;
using Xunit.Sdk;

namespace TokenGuard.Tests
{
    /// <summary>
    /// One row of a store theory: "sqlite" or "postgres". PostgreSQL is the server test.sh starts
    /// (TOKENGUARD_TEST_POSTGRES); without it the row fails under CI=true and is skipped, saying why, elsewhere.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class BackendAttribute : DataAttribute
    {
        public const string PostgresVariable = "TOKENGUARD_TEST_POSTGRES";

        private readonly string _backend;

        public BackendAttribute(string backend)
        {
            _backend = backend;
            if (backend == "postgres" && Environment.GetEnvironmentVariable(PostgresVariable) is null && !StoreBackends.InCi)
                Skip = $"{PostgresVariable} is not set: run ./test.sh (it starts PostgreSQL), or tests/start-postgres.sh and export it";
        }

        public override IEnumerable<object[]> GetData(MethodInfo testMethod) => new[] { new object[] { _backend } };
    }

    /// <summary>A fresh, empty store of each backend for one test, removed afterwards.</summary>
    internal sealed class FreshStore : IDisposable
    {
        private readonly string? _database;
        private readonly TempDirectory _folder = new TempDirectory();

        public FreshStore(string backend)
        {
            if (backend == "sqlite")
            {
                Store = System.IO.Path.Combine(_folder.Path, "store.db");
                return;
            }

            string? server = Environment.GetEnvironmentVariable(BackendAttribute.PostgresVariable);
            if (server is null)
                throw new InvalidOperationException($"CI=true and {BackendAttribute.PostgresVariable} is not set: the PostgreSQL store tests must run in CI (./test.sh starts the server)");
            _database = "tg_" + Guid.NewGuid().ToString("N");
            Admin(server, $"CREATE DATABASE {_database}");
            Store = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
            Server = server;
        }

        /// <summary>The STORE argument: a file path or a connection string.</summary>
        public string Store { get; }

        public string? Server { get; }

        public TempDirectory Folder => _folder;

        public void Dispose()
        {
            if (_database != null && Server != null)
            {
                NpgsqlConnection.ClearAllPools();
                Admin(Server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
            }

            _folder.Dispose();
        }

        private static void Admin(string server, string sql)
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }

    internal static class StoreBackends
    {
        public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
    }
}
