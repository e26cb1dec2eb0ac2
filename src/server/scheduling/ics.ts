/**
 * iCalendar (RFC 5545) text for appointments: the .ics attached to a booking confirmation and the
 * clinicians' calendar feeds. Times are written in UTC (the "Z" form), which every calendar reads
 * and which cannot be misread across daylight-saving changes; the calendar shows them in its own zone.
 */
export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  /** CANCELLED events remove the visit from the attendee's calendar. */
  status?: 'CONFIRMED' | 'CANCELLED';
  /** Bumped on every change, so calendars replace the earlier copy. */
  sequence?: number;
}

const utc = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Escapes text values: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function calendarText(events: readonly IcsEvent[], options: { name?: string; method?: 'PUBLISH' | 'REQUEST' | 'CANCEL'; now?: Date } = {}): string {
  const stamp = utc(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ClinixAI//Scheduling//EN', 'CALSCALE:GREGORIAN', `METHOD:${options.method ?? 'PUBLISH'}`];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}@clinixai`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utc(event.start)}`,
      `DTEND:${utc(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `STATUS:${event.status ?? 'CONFIRMED'}`,
      `SEQUENCE:${event.sequence ?? 0}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
