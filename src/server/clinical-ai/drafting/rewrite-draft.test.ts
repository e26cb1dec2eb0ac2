import { MockLanguageModelV2 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { draftSoapNote } from './draft-soap-note';
import { removeIdentifiers } from './remove-identifiers';
import { parseRewrite, rewriteDraft } from './rewrite-draft';

const draft = draftSoapNote({
  intake: [
    { key: 'reason', label: 'Reason for visit', text: 'Jordan here, cough for a week, call me on (518) 555-0101' },
    { key: 'associated', label: 'Other symptoms', text: 'No fever.' },
  ],
  redFlags: [],
  observations: [{ id: 'o1', display: 'Heart rate', value: 80, unit: '/min' }],
  calculations: [],
  chart: { problems: [], medications: [{ id: 'm1', genericName: 'lisinopril', dose: '10 mg', frequency: 'once daily' }], allergies: [] },
  clinicianText: 'Viral bronchitis likely. Follow up in 2 weeks.',
});

const modelAnswering = (answer: unknown) =>
  new MockLanguageModelV2({
    doGenerate: async () => ({
      content: [{ type: 'text', text: typeof answer === 'string' ? answer : JSON.stringify(answer) }],
      finishReason: 'stop',
      usage: { inputTokens: 10, outputTokens: 20, totalTokens: 30 },
      warnings: [],
    }),
  });

describe('rewriteDraft with the AI SDK mock model', () => {
  it('sends the draft without direct identifiers', async () => {
    const model = modelAnswering({ subjective: ['Cough for one week; denies fever.'], objective: [], assessment: [], plan: [] });
    await rewriteDraft(model, draft, ['Jordan', 'Rivera', 'RFC-000101']);
    const sent = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(sent).not.toMatch(/Jordan|555-0101/);
    expect(sent).toContain('[patient]');
    expect(sent).toContain('Heart rate 80 /min');
  });

  it('accepts a faithful rewrite and flags invented findings, negation flips, drugs and numbers', async () => {
    const model = modelAnswering('```json\n' + JSON.stringify({
      subjective: ['The patient has had a cough for a week and reports fever.'],
      objective: ['Heart rate 80 per minute.', 'Blood pressure 150/95.'],
      assessment: ['Viral bronchitis is likely.'],
      plan: ['Start amoxicillin 500 mg.', 'Follow up in 2 weeks.'],
    }) + '\n```');
    const result = await rewriteDraft(model, draft, []);
    expect(result).not.toBeNull();
    const s = result!.sections;
    expect(s.subjective[0]?.flags).toEqual([expect.stringMatching(/Negation differs.*fever/)]);
    expect(s.objective[0]?.flags).toBeUndefined();
    // Each rewritten sentence carries the sources of the draft sentence it restates, not the whole section's.
    expect(s.objective[0]?.sources.map((x) => x.ref)).toEqual(['o1']);
    expect(s.plan[1]?.sources.map((x) => x.kind)).toEqual(['clinician']);
    expect(s.objective[1]?.sources).toEqual([]);
    expect(s.objective[1]?.flags).toEqual(expect.arrayContaining(['Number with no source: 150', 'Number with no source: 95']));
    expect(s.assessment[0]?.flags).toBeUndefined();
    expect(s.plan[0]?.flags).toEqual(expect.arrayContaining([expect.stringMatching(/Medication with no source: amoxicillin/)]));
    expect(s.plan[1]?.flags).toBeUndefined();
    expect(s.plan[1]?.origin).toBe('model');
    expect(result!.flagged).toBe(3);
  });

  it('gives up (null) on an answer that is not the JSON asked for', async () => {
    expect(await rewriteDraft(modelAnswering('Sure! Here is your note.'), draft, [])).toBeNull();
    expect(parseRewrite('{"subjective": "not a list"}')).toBeNull();
  });
});

describe('removeIdentifiers', () => {
  it('removes names, e-mail, phone numbers and links but keeps clinical numbers', () => {
    const out = removeIdentifiers('Jordan Rivera (jr@example.org, +1 518 555 0101, https://x.example/a) BP 150/95, HR 80', ['Jordan', 'Rivera']);
    expect(out).toBe('[patient] [patient] ([email], [number], [link]) BP 150/95, HR 80');
  });
});
