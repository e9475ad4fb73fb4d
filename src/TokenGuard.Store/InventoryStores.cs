using System;
using System.Data.Common;
using System.IO;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TokenGuard.Store
{
    /// <summary>
    /// Opens STORE: a connection string holding <c>Host=</c> is a PostgreSQL server (Npgsql), anything else a SQLite
    /// file (created when missing, write-ahead logged). The schema is migrated on open.
    /// </summary>
    public static class InventoryStores
    {
        /// <summary>The environment variable that names the store when <c>--store</c> is not given.</summary>
        public const string EnvironmentVariable = "TOKENGUARD_STORE";

        public static bool IsPostgres(string store) => store.Contains("Host=", StringComparison.OrdinalIgnoreCase);

        public static IInventoryStore Open(string store)
        {
            if (string.IsNullOrWhiteSpace(store)) throw new StoreException("no store: give --store or set " + EnvironmentVariable);
            return IsPostgres(store) ? OpenPostgres(store) : OpenSqlite(store);
        }

        private static IInventoryStore OpenSqlite(string path)
        {
            string fullPath = Path.GetFullPath(path);
            var dialect = new SqliteDialect(fullPath);
            if (Directory.Exists(fullPath)) throw new StoreException($"cannot open the {dialect.Describe}: it is a folder");
            // Pooling off: a pooled connection keeps the file open (and locked on Windows) after the command ends.
            var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 60 };
            var connection = new SqliteConnection(builder.ToString());
            return OpenWith(connection, dialect, () =>
            {
                connection.Open();
                using SqliteCommand pragmas = connection.CreateCommand();
                pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 60000;";
                pragmas.ExecuteNonQuery();
            });
        }

        private static IInventoryStore OpenPostgres(string connectionString)
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException ex)
            {
                // The message may quote the string: only the reason, never a password.
                throw new StoreException("the PostgreSQL connection string is not valid: " + SqlInventoryStore.OneLine(ex.Message), ex);
            }

            // The server as the user knows it, never the password.
            var dialect = new PostgresDialect($"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
            var connection = new NpgsqlConnection(builder.ConnectionString);
            return OpenWith(connection, dialect, connection.Open);
        }

        private static IInventoryStore OpenWith(DbConnection connection, StoreDialect dialect, Action open)
        {
            try
            {
                open();
                return new SqlInventoryStore(connection, dialect);
            }
            catch (StoreException)
            {
                connection.Dispose();
                throw;
            }
            catch (Exception ex) when (ex is DbException || ex is InvalidOperationException || ex is IOException || ex is UnauthorizedAccessException || ex is TimeoutException)
            {
                connection.Dispose();
                string reason = SqlInventoryStore.OneLine(ex.Message);
                if (ex.InnerException != null && ex.InnerException.Message != ex.Message) reason += ": " + SqlInventoryStore.OneLine(ex.InnerException.Message);
                throw new StoreException($"cannot open the {dialect.Describe}: {reason}", ex);
            }
        }
    }
}
