import { describe, expect, it } from 'vitest';
import { birthDatesOf, searchTermsOf } from './search-terms';

describe('searchTermsOf', () => {
  it('treats an empty or blank query as "list newest"', () => {
    expect(searchTermsOf('')).toBeNull();
    expect(searchTermsOf('   \t ')).toBeNull();
  });

  it('reads names, lower-cased and with spaces collapsed', () => {
    expect(searchTermsOf('  Jordan   RIVERA ')).toEqual({ name: 'jordan rivera', birthDates: [], digits: null, recordNumber: null });
    expect(searchTermsOf("O'Brien")?.name).toBe("o'brien");
    expect(searchTermsOf('Hernández')?.name).toBe('hernández');
  });

  it('reads ISO and common date formats, keeping both meanings of an ambiguous one', () => {
    expect(searchTermsOf('1984-03-07')?.birthDates).toEqual(['1984-03-07']);
    expect(birthDatesOf('03/07/1984')).toEqual(['1984-03-07', '1984-07-03']);
    expect(birthDatesOf('25/12/1990')).toEqual(['1990-12-25']);
    expect(birthDatesOf('7 Mar 1984')).toEqual(['1984-03-07']);
    expect(birthDatesOf('March 7, 1984')).toEqual(['1984-03-07']);
    expect(birthDatesOf('1984-02-30')).toEqual([]);
  });

  it('reads phone numbers as digits, and also as a record number fragment', () => {
    expect(searchTermsOf('(518) 555-0101')).toMatchObject({ digits: '5185550101', name: null });
    expect(searchTermsOf('0101')).toMatchObject({ digits: '0101', recordNumber: '0101' });
  });

  it('reads record numbers in any case', () => {
    expect(searchTermsOf('rfc-000101')).toEqual({ name: null, birthDates: [], digits: null, recordNumber: 'RFC-000101' });
    expect(searchTermsOf('HBP-0001')?.recordNumber).toBe('HBP-0001');
  });

  it('keeps SQL and HTML fragments as plain text to match, never as syntax', () => {
    expect(searchTermsOf("'; drop table patients; --")?.name).toBe("'; drop table patients; --");
    expect(searchTermsOf('<script>alert(1)</script>')?.name).toBe('<script>alert(1)</script>');
  });
});
