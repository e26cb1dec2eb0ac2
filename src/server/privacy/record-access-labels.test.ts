import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartActionLabels, describeChartAction, describeRole } from './record-access-labels';

/** Every quoted 'chart.…' action name in the server's source (tests excluded). */
function chartActionsInServerCode(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        for (const match of fs.readFileSync(full, 'utf8').matchAll(/'(chart\.[a-z_-]+(?:\.[a-z_-]+)?)'/g)) found.add(match[1]!);
      }
    }
  };
  walk(path.join(process.cwd(), 'src', 'server'));
  return [...found].sort();
}

describe('record access labels', () => {
  it('names known chart actions and words unknown ones from their parts', () => {
    expect(describeChartAction('chart.read')).toBe('Opened your chart');
    expect(describeChartAction('chart.lab-results.read')).toBe('Viewed lab results in your chart');
    expect(describeChartAction('chart.allergy.create')).toBe('Added an allergy');
    expect(describeChartAction('chart.implant.create')).toBe('Create: implant');
    expect(describeChartAction('chart')).toBe('chart');
  });

  it('has plain words for every chart action the platform audits, so a patient never reads an action name', () => {
    const actions = chartActionsInServerCode();
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((action) => !chartActionLabels[action])).toEqual([]);
  });

  it('names roles', () => {
    expect(describeRole('clinician')).toBe('Clinician');
    expect(describeRole(null)).toBeNull();
    expect(describeRole('robot')).toBe('robot');
  });
});
