import type { Principal } from '@/server/access/principal';

/** The clinic whose settings (hours, visit types, clinician schedules) the principal may change, or null. */
export function configurableClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.permissions.has('clinic:configure') ? clinicId : null;
}

/** Working hours must lie within the clinic's opening hours of that weekday (none on a closed day). */
export function withinOpeningHours(range: { start: number; end: number }, opening: { opens: number; closes: number } | undefined): boolean {
  return Boolean(opening) && range.start >= opening!.opens && range.end <= opening!.closes;
}

/** True when two of the day's ranges overlap (touching ends do not). */
export function rangesOverlap(ranges: readonly { start: number; end: number }[]): boolean {
  const ordered = [...ranges].sort((a, b) => a.start - b.start);
  return ordered.some((r, i) => i > 0 && r.start < ordered[i - 1]!.end);
}
