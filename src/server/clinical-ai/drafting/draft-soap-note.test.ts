import { describe, expect, it } from 'vitest';
import { draftSoapNote } from './draft-soap-note';
import type { DraftInput } from './draft.types';
import { verifyRewrite } from './verify-rewrite';

const input: DraftInput = {
  intake: [
    { key: 'reason', label: 'Reason for visit', text: 'Headache for 3 days' },
    { key: 'associated', label: 'Other symptoms', text: 'Some nausea. No fever and no vomiting.' },
    { key: 'medications', label: 'Medications', text: 'Confirmed as on record' },
  ],
  redFlags: [],
  observations: [
    { id: 'o1', display: 'Heart rate', value: 72, unit: '/min' },
    { id: 'o2', display: 'Body temperature', value: 37.1, unit: 'Cel' },
  ],
  calculations: [{ id: 'news2', title: 'NEWS2', value: 0, category: 'low', observationIds: ['o1', 'o2'] }],
  chart: {
    problems: [{ id: 'p1', code: 'I10', display: 'Essential (primary) hypertension' }],
    medications: [{ id: 'm1', genericName: 'lisinopril', dose: '10 mg', frequency: 'once daily' }],
    allergies: [{ id: 'a1', substance: 'Penicillin', reaction: 'Hives' }],
  },
  clinicianText: 'Likely tension-type headache. Start paracetamol 1 g as needed. Follow up in 2 weeks',
};

describe('draftSoapNote', () => {
  const note = draftSoapNote(input);
  const all = [...note.subjective, ...note.objective, ...note.assessment, ...note.plan];

  it('gives every sentence at least one source', () => {
    expect(all.length).toBeGreaterThan(5);
    for (const s of all) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('states pertinent positives and negatives from the intake with the answer as source', () => {
    const texts = note.subjective.map((s) => s.text);
    expect(texts).toContain('Reports nausea.');
    expect(texts.some((t) => /^Denies fever/.test(t))).toBe(true);
    expect(texts.some((t) => /^Denies vomiting/.test(t))).toBe(true);
    const nausea = note.subjective.find((s) => s.text === 'Reports nausea.');
    expect(nausea?.sources).toEqual([expect.objectContaining({ kind: 'intake', ref: 'associated' })]);
  });

  it('puts vitals, the calculator and chart entries in the objective with their rows as sources', () => {
    expect(note.objective.map((s) => s.text)).toEqual(
      expect.arrayContaining(['Heart rate 72 /min.', 'NEWS2: 0 (low).', 'Allergies on record: Penicillin (Hives).', 'Active medications on record: lisinopril 10 mg once daily.']),
    );
    const news = note.objective.find((s) => s.text.startsWith('NEWS2'));
    expect(news?.sources.map((s) => s.ref)).toEqual(['news2', 'o1', 'o2']);
  });

  it('routes the clinician text to assessment and plan, sourced as clinician text', () => {
    expect(note.assessment.map((s) => s.text)).toContain('Likely tension-type headache.');
    expect(note.plan.map((s) => s.text)).toEqual(['Start paracetamol 1 g as needed.', 'Follow up in 2 weeks.']);
    expect(note.plan[0]?.sources[0]?.kind).toBe('clinician');
  });

  it('says nothing it has no source for when the inputs are empty', () => {
    const empty = draftSoapNote({ intake: [], redFlags: [], observations: [], calculations: [], chart: { problems: [], medications: [], allergies: [] }, clinicianText: '' });
    expect(empty.subjective).toEqual([]);
    expect(empty.objective.map((s) => s.text)).toEqual(['No allergies on record.']);
    expect(empty.plan).toEqual([]);
  });
});

describe('verifyRewrite', () => {
  const draft = draftSoapNote(input);

  it('accepts a faithful rewrite without flags', () => {
    const out = verifyRewrite(draft, { subjective: ['The patient reports nausea and denies fever.'], objective: ['Heart rate was 72 per minute.'], assessment: [], plan: [] });
    expect(out.subjective[0]?.flags).toBeUndefined();
    expect(out.objective[0]?.flags).toBeUndefined();
    expect(out.subjective[0]?.origin).toBe('model');
  });

  it('flags an invented finding, a negation flip, an invented medication, dose and number', () => {
    const out = verifyRewrite(draft, {
      subjective: ['The patient reports fever.', 'She also has chest pain.'],
      objective: ['Heart rate was 96 per minute.'],
      assessment: [],
      plan: ['Start ibuprofen 400 mg.', 'Start paracetamol 2 g as needed.'],
    });
    expect(out.subjective[0]?.flags?.[0]).toMatch(/Negation differs/);
    expect(out.subjective[1]?.flags?.[0]).toMatch(/Finding with no source: chest pain/);
    expect(out.objective[0]?.flags).toEqual(['Number with no source: 96']);
    expect(out.plan[0]?.flags).toEqual(expect.arrayContaining([expect.stringMatching(/Medication with no source: ibuprofen/)]));
    expect(out.plan[1]?.flags).toEqual(expect.arrayContaining([expect.stringMatching(/Dose with no source/)]));
  });
});
