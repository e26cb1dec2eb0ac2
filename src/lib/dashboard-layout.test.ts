import { describe, expect, it } from 'vitest';
import { decodeLayout, encodeLayout, moveWidget, normalizeLayout, toggleWidget } from './dashboard-layout';

describe('dashboard layouts', () => {
  it('drops unknown and repeated widgets and appends new ones', () => {
    expect(normalizeLayout('clinician', { order: ['week', 'week', 'bogus'], hidden: ['bogus', 'inbox'] })).toEqual({ order: ['week', 'red-flags', 'today', 'unsigned-notes', 'inbox'], hidden: ['inbox'] });
    expect(normalizeLayout('patient', null).order).toEqual(['next-visit', 'messages', 'visits', 'medications', 'payments']);
  });

  it('round-trips through the cookie form within 100 characters', () => {
    const layout = toggleWidget(moveWidget(normalizeLayout('clinic_admin', null), 'staff', -1), 'kpis');
    const text = encodeLayout(layout);
    expect(text).toBe('-kpis,appointments-chart,utilisation,staff,new-patients,revenue,subscription');
    expect(text.length).toBeLessThanOrEqual(100);
    expect(decodeLayout('clinic_admin', text)).toEqual(layout);
    expect(decodeLayout('clinic_admin', 42)).toBeNull();
  });

  it('does not move past either end', () => {
    const layout = normalizeLayout('clinician', null);
    expect(moveWidget(layout, 'red-flags', -1)).toBe(layout);
    expect(moveWidget(layout, 'week', 1)).toBe(layout);
  });
});
