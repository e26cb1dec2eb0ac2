const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+?\d[\d\s().-]{7,}\d)/g;
const URL = /\bhttps?:\/\/[^\s)\]>"]+/gi;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Removes direct identifiers before text leaves the installation: the patient's names, record number and date of
 * birth as given, and any e-mail address, phone-like number or URL. Clinical numbers (vitals, doses) are short and
 * stay. What is removed becomes a bracketed placeholder, so the model can still write a sentence around it.
 */
export function removeIdentifiers(text: string, identifiers: readonly string[]): string {
  let out = text.replace(EMAIL, '[email]').replace(URL, '[link]').replace(PHONE, '[number]');
  for (const id of identifiers) {
    const value = id.trim();
    if (value.length < 2) continue;
    out = out.replace(new RegExp(`\\b${value.replace(ESCAPE, '\\$&')}\\b`, 'gi'), '[patient]');
  }
  return out;
}
