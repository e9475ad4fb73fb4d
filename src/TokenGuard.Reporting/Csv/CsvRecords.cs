using System.Collections.Generic;
using CsvHelper;

namespace TokenGuard.Csv
{
    /// <summary>
    /// Reads the CSV files TokenGuard takes in (owners files, the AWS credential report) with CsvHelper:
    /// RFC 4180, so a quoted field may hold commas, doubled quotes and line breaks.
    /// </summary>
    public static class CsvRecords
    {
        /// <summary>No credential report or owners row comes near this; a longer line is not such a file (and would be echoed whole).</summary>
        public const int MaxLineLength = 64 * 1024;

        /// <summary>Every record, the header first; blank lines skipped.</summary>
        /// <exception cref="CsvInputException">A line too long, a control character, or broken quoting, at its line.</exception>
        public static IReadOnlyList<CsvRecord> Read(string text)
        {
            CheckLines(text);
            CsvMalformedRecord? malformed = null;
            var options = new CsvReaderOptions
            {
                // Never guessed from the content: a hostile first line must not turn ';' into the separator.
                Separator = ',',
                DetectSeparatorHint = false,
                HasHeader = false,
                TrackLineNumbers = true,

                // Recover, but remember the first problem: it becomes our error, worded without the input.
                MalformedData = CsvMalformedDataHandling.Recover,
                OnMalformedRecord = record => malformed ??= record,

                // Messages end up in build logs and terminals: they must not repeat a field (it may be a token).
                IncludeValuesInExceptions = false,
            };

            var records = new List<CsvRecord>();
            using (CsvReader reader = CsvReader.FromText(text, options))
            {
                while (reader.Read() && malformed is null)
                {
                    var fields = new string[reader.FieldCount];
                    for (int i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
                    records.Add(new CsvRecord(line: (int)reader.LineNumber, fields: fields));
                }
            }

            if (malformed is CsvMalformedRecord problem) throw new CsvInputException(line: (int)System.Math.Max(1, problem.LineNumber), message: Reason(problem.Reason));
            return records;
        }

        /// <summary>What CsvHelper cannot judge: a binary file (control characters) or a line no such file has.</summary>
        private static void CheckLines(string text)
        {
            int line = 1, start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                char c = i < text.Length ? text[i] : '\n';
                if (c == '\n')
                {
                    if (i - start > MaxLineLength) throw new CsvInputException(line: line, message: $"line is longer than {MaxLineLength} characters");
                    line++;
                    start = i + 1;
                }
                else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F)
                {
                    throw new CsvInputException(line: line, message: $"control character U+{(int)c:X4} (a binary file?)");
                }
            }
        }

        private static string Reason(CsvMalformedReason reason) => reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "unbalanced quote: a quoted field is never closed",
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
            _ => "malformed CSV (" + reason + ")",
        };
    }
}
