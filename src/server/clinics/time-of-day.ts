/** "HH:MM" (or the database's "HH:MM:SS") as minutes after midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The database's "HH:MM:SS" as the "HH:MM" a time input shows. */
export const hhmm = (time: string) => time.slice(0, 5);

export function isValidTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
