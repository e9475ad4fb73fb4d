using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace TokenGuard.Store
{
    /// <summary>
    /// The store over one ADO.NET connection, SQLite or PostgreSQL: the same SQL, the differences in <see cref="StoreDialect"/>.
    /// Every string written passes the redaction gate, so a token pasted into a field never reaches the database whole.
    /// </summary>
    internal sealed partial class SqlInventoryStore : IInventoryStore
    {
        private const int MaxAttempts = 30;

        private readonly DbConnection _connection;
        private readonly StoreDialect _dialect;
        private DbTransaction? _transaction;

        public SqlInventoryStore(DbConnection connection, StoreDialect dialect)
        {
            _connection = connection;
            _dialect = dialect;
            SchemaVersion = Guarded(Migrate);
        }

        public int SchemaVersion { get; }

        public string Description => _dialect.Describe;

        public void Dispose()
        {
            _transaction?.Dispose();
            _connection.Dispose();
        }

        /// <summary>Creates the schema or brings it up to date; refuses a store written by a newer TokenGuard.</summary>
        private int Migrate() => InTransaction(IsolationLevel.ReadCommitted, () =>
        {
            // Two first uses at once: PostgreSQL's lock lets one create the schema; SQLite's write lock already does.
            if (_dialect.LockStatement != null) Execute(_dialect.LockStatement, ("@lock_key", 0x746f6b656e67L));
            Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
            if (current > Migrations.Latest)
            {
                throw new StoreException(
                    $"{_dialect.Describe} has schema version {current}; this tokenguard knows versions up to {Migrations.Latest}: upgrade tokenguard to use it");
            }

            for (int version = current + 1; version <= Migrations.Latest; version++)
            {
                Execute(Migrations.All[version - 1].Replace("{ID}", _dialect.IdColumn).Replace("{TIME}", _dialect.TimeColumn));
                Execute("INSERT INTO schema_version (version) VALUES (@version)", ("@version", version));
            }

            return Migrations.Latest;
        });

        /// <summary>
        /// Runs <paramref name="work"/> in one transaction, again from the start when the database reports a conflict
        /// with a concurrent writer (PostgreSQL's serialization failures): all of it commits, or none of it.
        /// </summary>
        private T InTransaction<T>(IsolationLevel isolation, Func<T> work)
        {
            for (int attempt = 1; ; attempt++)
            {
                // SQLite: BEGIN IMMEDIATE, one writer at a time, others wait (busy timeout).
                _transaction = _connection.BeginTransaction(isolation);
                try
                {
                    T result = work();
                    _transaction.Commit();
                    return result;
                }
                catch (DbException ex) when (_dialect.IsTransient(ex) && attempt < MaxAttempts)
                {
                    _transaction.Rollback();
                    Thread.Sleep(Random.Shared.Next(1, 10 * Math.Min(attempt, 10)));
                }
                finally
                {
                    _transaction.Dispose();
                    _transaction = null;
                }
            }
        }

        /// <summary>A database failure is the store's message (one line, exit code 2), never a stack trace.</summary>
        private T Guarded<T>(Func<T> work)
        {
            try
            {
                return work();
            }
            catch (DbException ex)
            {
                throw new StoreException($"{_dialect.Describe}: {OneLine(ex.Message)}", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new StoreException($"{_dialect.Describe}: {OneLine(ex.Message)}", ex);
            }
        }

        internal static string OneLine(string message)
        {
            int end = message.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? message : message.Substring(0, end);
        }

        private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
        {
            DbCommand command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach ((string name, object? value) in parameters)
            {
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        private int Execute(string sql, params (string Name, object? Value)[] parameters)
        {
            using DbCommand command = Command(sql, parameters);
            return command.ExecuteNonQuery();
        }

        private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
        {
            using DbCommand command = Command(sql, parameters);
            object? value = command.ExecuteScalar();
            return value is DBNull ? null : value;
        }

        private long? ScalarLong(string sql, params (string Name, object? Value)[] parameters) =>
            Scalar(sql, parameters) is object value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : (long?)null;

        /// <summary>The redaction gate, for every string the store writes.</summary>
        private static string? Gate(string? text) => Redaction.RedactSecrets(text);

        public long RecordAudit(AuditRunRecord run, DateTime recordedAt) => Guarded(() => InTransaction(IsolationLevel.Serializable, () =>
        {
            long id = ScalarLong(
                "INSERT INTO audit_runs (recorded_at, audit_date, inputs, minimum_coverage, coverage, passed) VALUES (@at, @date, @inputs, @minimum, @coverage, @passed) RETURNING id",
                ("@at", _dialect.Time(recordedAt)),
                ("@date", run.AuditDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("@inputs", Gate(System.Text.Json.JsonSerializer.Serialize(run.Inputs))),
                ("@minimum", run.MinimumCoverage),
                ("@coverage", run.Coverage),
                ("@passed", run.Passed ? 1 : 0))!.Value;
            foreach (AuditCoverageRecord coverage in run.CoverageBySystem)
            {
                Execute(
                    "INSERT INTO audit_coverage (run_id, system, live, inventoried) VALUES (@run, @system, @live, @inventoried)",
                    ("@run", id), ("@system", Gate(coverage.System)), ("@live", coverage.Live), ("@inventoried", coverage.Inventoried));
            }

            foreach (AuditFindingRecord finding in run.Findings)
            {
                Execute(
                    "INSERT INTO audit_findings (run_id, code, system, token, detail) VALUES (@run, @code, @system, @token, @detail)",
                    ("@run", id), ("@code", finding.Code), ("@system", Gate(finding.System)), ("@token", Gate(finding.Token)), ("@detail", Gate(finding.Detail)));
            }

            foreach (AuditLiveTokenRecord live in run.LiveTokens)
            {
                Execute(
                    "INSERT INTO audit_live_tokens (run_id, system, token, inventory_id, owner) VALUES (@run, @system, @token, @inventory, @owner)",
                    ("@run", id), ("@system", Gate(live.System)), ("@token", Gate(live.Token)), ("@inventory", Gate(live.InventoryId)), ("@owner", Gate(live.Owner)));
            }

            foreach (AuditOwnerRecord owner in run.Owners)
            {
                Execute(
                    "INSERT INTO audit_owners (run_id, principal, status, left_on, source) VALUES (@run, @principal, @status, @left, @source)",
                    ("@run", id), ("@principal", Gate(owner.Principal)), ("@status", owner.Status), ("@left", owner.LeftOn), ("@source", Gate(owner.Source)));
            }

            return id;
        }));
    }
}
