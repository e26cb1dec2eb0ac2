import { describe, expect, it } from 'vitest';
import { describeChartAction, describeRole } from './record-access-labels';

describe('record access labels', () => {
  it('names known chart actions and words unknown ones from their parts', () => {
    expect(describeChartAction('chart.read')).toBe('Opened your chart');
    expect(describeChartAction('chart.lab-results.read')).toBe('Viewed lab results in your chart');
    expect(describeChartAction('chart.allergy.create')).toBe('Create: allergy');
    expect(describeChartAction('chart')).toBe('chart');
  });

  it('names roles', () => {
    expect(describeRole('clinician')).toBe('Clinician');
    expect(describeRole(null)).toBeNull();
    expect(describeRole('robot')).toBe('robot');
  });
});
