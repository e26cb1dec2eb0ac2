/**
 * One consent log entry as the privacy center shows it: produced by src/server/privacy and rendered by
 * src/components/privacy, so the shape lives here where both may import it. Times are ISO strings.
 */
export type ConsentCategories = { necessary: boolean; functional: boolean; analytics: boolean };

export interface ConsentHistoryEntry {
  seq: number;
  at: string;
  action: 'given' | 'changed' | 'withdrawn' | 'linked';
  categoriesBefore: ConsentCategories | null;
  categoriesAfter: ConsentCategories;
  policyVersion: string;
  surface: 'banner' | 'settings' | 'sign_in';
  gpc: boolean;
}
