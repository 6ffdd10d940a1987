import { useMemo } from 'react';
import { useGovkitSettings } from '../provider/govkit-context';
import { parseTimestamp } from './parse-timestamp';

/** Locale- and time-zone-aware formatting of everything a widget shows. */
export interface GovkitFormat {
  /** Date and time (`3 Dec 2026, 14:05`); SQLite timestamps are UTC; invalid gives `''`. */
  dateTime(value: Date | string | number): string;
  /** Integer or decimal number with grouping (`12,345` / `12.345`). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A duration in seconds as its two largest units (`2 h 5 min`, `45 s`, `350 ms`). */
  duration(seconds: number): string;
  /** Time relative to `now` in the best-fitting unit (`5 minutes ago`, `vor 5 Minuten`). */
  relativeTime(value: Date | string | number, now: Date | number): string;
  /** Byte counts in the best-fitting unit (`1.2 MB`). */
  bytes(value: number): string;
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const DURATION_UNITS: ReadonlyArray<['day' | 'hour' | 'minute' | 'second', number]> = [
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Build the formatters for a locale and time zone (also usable outside React). */
export function createFormat(locale: string, timeZone: string | undefined): GovkitFormat {
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const unitFormats = new Map<string, Intl.NumberFormat>();
  // Built with the others (not on first use): the first number format of a page loads the
  // locale's number data, which would otherwise land on a list's first screen.
  const numberFormats = new Map([['', new Intl.NumberFormat(locale)]]);
  const unit = (name: string, maximumFractionDigits = 0) => {
    const key = `${name}:${maximumFractionDigits}`;
    let format = unitFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: name,
        // "512 byte" reads oddly beside "52.4 kB"; the narrow form of bytes is "512B" / "512 B".
        unitDisplay: name === 'byte' ? 'narrow' : 'short',
        maximumFractionDigits,
      });
      unitFormats.set(key, format);
    }
    return format;
  };
  return {
    dateTime(value) {
      const date = parseTimestamp(value);
      return date ? dateTimeFormat.format(date) : '';
    },
    number(value, options) {
      // Cached by options: building an Intl.NumberFormat costs far more than formatting, and a
      // virtual list's first screen formats dozens of numbers.
      const key = options ? JSON.stringify(options) : '';
      let format = numberFormats.get(key);
      if (!format) {
        format = new Intl.NumberFormat(locale, options);
        numberFormats.set(key, format);
      }
      return format.format(value);
    },
    duration(seconds) {
      if (!Number.isFinite(seconds)) return '';
      if (Math.abs(seconds) < 1) return unit('millisecond').format(Math.round(seconds * 1000));
      let rest = Math.round(Math.abs(seconds));
      const parts: string[] = [];
      for (const [name, size] of DURATION_UNITS) {
        const count = Math.floor(rest / size);
        if (count === 0 && parts.length === 0) continue;
        if (count > 0) parts.push(unit(name).format(count));
        rest -= count * size;
        if (parts.length === 2) break;
      }
      return `${seconds < 0 ? '-' : ''}${parts.join(' ')}`;
    },
    relativeTime(value, now) {
      const diff =
        ((parseTimestamp(value)?.getTime() ?? Number.NaN) - new Date(now).getTime()) / 1000;
      if (!Number.isFinite(diff)) return '';
      const [name, size] = RELATIVE_UNITS.find(([, s]) => Math.abs(diff) >= s) ?? ['second', 1];
      return relativeFormat.format(Math.round(diff / size), name);
    },
    bytes(value) {
      let index = 0;
      let scaled = value;
      while (Math.abs(scaled) >= 1000 && index < BYTE_UNITS.length - 1) {
        scaled /= 1000;
        index += 1;
      }
      return unit(BYTE_UNITS[index] ?? 'byte', index === 0 ? 0 : 1).format(scaled);
    },
  };
}

/** The formatters for the provider's locale and time zone. */
export function useFormat(): GovkitFormat {
  const { locale, timeZone } = useGovkitSettings();
  return useMemo(() => createFormat(locale, timeZone), [locale, timeZone]);
}
