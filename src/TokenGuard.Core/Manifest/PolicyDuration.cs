using System;
using System.Globalization;

namespace TokenGuard.Manifest
{
    /// <summary>A policy duration such as <c>90d</c>, <c>12w</c>, <c>6m</c> or <c>1y</c> (calendar months and years).</summary>
    public readonly struct PolicyDuration
    {
        private PolicyDuration(int amount, char unit, string text)
        {
            Amount = amount;
            Unit = unit;
            Text = text;
        }

        public int Amount { get; }

        /// <summary>d, w, m or y.</summary>
        public char Unit { get; }

        public string Text { get; }

        public static bool TryParse(string? text, out PolicyDuration duration)
        {
            duration = default;
            if (string.IsNullOrWhiteSpace(text)) return false;
            string trimmed = text!.Trim();
            char unit = trimmed[trimmed.Length - 1];
            if ("dwmy".IndexOf(unit) < 0) return false;
            if (!int.TryParse(trimmed.Substring(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int amount) || amount <= 0) return false;
            duration = new PolicyDuration(amount, unit, trimmed);
            return true;
        }

        public DateTime AddTo(DateTime date) => Unit switch
        {
            'd' => date.AddDays(Amount),
            'w' => date.AddDays(7.0 * Amount),
            'm' => date.AddMonths(Amount),
            _ => date.AddYears(Amount),
        };

        public override string ToString() => Text;
    }
}
