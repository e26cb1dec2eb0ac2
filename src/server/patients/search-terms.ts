import { isMatch, isValid, parse } from 'date-fns';

/**
 * What a search box entry means. Staff type a name, a date of birth, a phone number or a record
 * number into one field; this decides which columns to compare, without the database.
 */
export interface SearchTerms {
  /** Lower-cased, whitespace-collapsed text for the trigram name match; null when the entry is not a name. */
  name: string | null;
  /** Every ISO date the entry may mean (03/04/1980 is 4 March in New York and 3 April in London). */
  birthDates: string[];
  /** Digits only, for phone numbers however they were typed. */
  digits: string | null;
  /** Upper-cased, for record numbers ("rfc-0001" finds RFC-000101). */
  recordNumber: string | null;
}

const DATE_FORMATS = ['yyyy-MM-dd', 'yyyy/MM/dd', 'MM/dd/yyyy', 'dd/MM/yyyy', 'MM-dd-yyyy', 'dd-MM-yyyy', 'dd.MM.yyyy', 'd MMM yyyy', 'MMM d yyyy', 'MMM d, yyyy', 'd MMMM yyyy', 'MMMM d yyyy', 'MMMM d, yyyy'];
const REFERENCE = new Date(2000, 0, 1);

/** ISO dates the text may stand for, in any of the common formats; empty when it is no date. */
export function birthDatesOf(text: string): string[] {
  const dates = new Set<string>();
  for (const format of DATE_FORMATS) {
    // isMatch first: parse() accepts "1/2/1980" for MM/dd/yyyy too, which is what we want, but also rejects junk cheaply.
    if (!isMatch(text, format)) continue;
    const date = parse(text, format, REFERENCE);
    if (!isValid(date) || date.getFullYear() < 1880 || date.getFullYear() > 2200) continue;
    const iso = `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    dates.add(iso);
  }
  return [...dates].sort();
}

const RECORD_NUMBER = /^[a-z]{1,6}-?\d*$|^[a-z]{0,6}-?\d{3,}$/i;
const PHONE_LIKE = /^[+()\d\s.-]+$/;

export function searchTermsOf(query: string): SearchTerms | null {
  const text = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  const birthDates = birthDatesOf(text);
  if (birthDates.length > 0) return { name: null, birthDates, digits: null, recordNumber: null };

  const digitsOnly = text.replace(/\D/g, '');
  const phoneLike = PHONE_LIKE.test(text) && digitsOnly.length >= 3;
  const recordLike = RECORD_NUMBER.test(text) && /\d/.test(text);
  if (phoneLike || recordLike) {
    return {
      name: null,
      birthDates: [],
      digits: phoneLike ? digitsOnly : null,
      recordNumber: recordLike || phoneLike ? text.toUpperCase().replace(/\s/g, '') : null,
    };
  }
  // A name may hold letters of any script, apostrophes and hyphens; the trigram match ignores the rest.
  return { name: text.toLowerCase(), birthDates: [], digits: null, recordNumber: null };
}
