import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine } from './ics';

describe('iCalendar text', () => {
  it('writes a visit in UTC with CRLF line ends', () => {
    const text = calendarText(
      [{ uid: 'a1', start: new Date('2026-11-01T05:30:00Z'), end: new Date('2026-11-01T06:00:00Z'), summary: 'Follow-up, Riverside; Dr. Lee', location: '415 Riverside Ave' }],
      { method: 'REQUEST', now: new Date('2026-10-01T12:00:00Z') },
    );
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ClinixAI//Scheduling//EN', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST',
      'BEGIN:VEVENT', 'UID:a1@clinixai', 'DTSTAMP:20261001T120000Z', 'DTSTART:20261101T053000Z', 'DTEND:20261101T060000Z',
      'SUMMARY:Follow-up\\, Riverside\\; Dr. Lee', 'STATUS:CONFIRMED', 'SEQUENCE:0', 'LOCATION:415 Riverside Ave', 'END:VEVENT', 'END:VCALENDAR', '',
    ]);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
});
