import { describe, expect, it } from 'vitest';
import { auditCsv, neutralizeFormula } from './audit-csv';

const entry = {
  seq: 7,
  at: '2026-11-27T10:00:00.000Z',
  actorUserId: '00000000-0000-4000-8000-000000000001',
  actorName: '=HYPERLINK("http://evil.example","click")',
  actingRole: 'clinician',
  action: 'chart.read',
  entityType: 'patient',
  entityId: '@SUM(A1)',
  outcome: 'allowed' as const,
  requestId: null,
};

describe('audit CSV', () => {
  it('writes a header and quotes what needs quoting', () => {
    const csv = auditCsv([{ ...entry, actorName: 'Lee, "Sam"\nMD' , entityId: 'p-1' }]);
    const [header, ...rest] = csv.split('\r\n');
    expect(header).toBe('seq,time_utc,actor_id,actor_name,acting_role,action,resource_type,resource_id,outcome,request_id');
    expect(rest.join('\r\n')).toContain('"Lee, ""Sam""\nMD"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = auditCsv([entry]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutralizeFormula('chart.read')).toBe('chart.read');
  });
});
