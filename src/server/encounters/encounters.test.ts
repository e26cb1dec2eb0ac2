import { describe, expect, it } from 'vitest';
import { draftSoapNote } from '@/server/clinical-ai/drafting/draft-soap-note';
import { analyzeIntake } from './analyze-intake';
import { applyNoteEdit } from './apply-note-edit';
import { emergencyNumberFor } from './encounter.policy';
import { emptyAnswers } from './intake.schemas';
import { summarizeForPatient } from './patient-summary';

describe('intake analysis', () => {
  it('fires a red flag across two answers and adapts the questions to the complaint', () => {
    const a = analyzeIntake({ ...emptyAnswers, reason: 'Bad headache', associated: 'Nausea, no fever' });
    expect(a.questions.group).toBe('pain');
    expect(a.understood).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'no' })]));
    const b = analyzeIntake({ ...emptyAnswers, reason: 'Chest pain', associated: 'I am sweating a lot' });
    expect(b.redFlags[0]).toMatchObject({ id: 'chest_pain_breathless_or_sweating', urgency: 'emergency' });
    expect(b.flagAnswerKeys[b.redFlags[0]!.id]).toEqual(expect.arrayContaining(['reason', 'associated']));
  });

  it('does not fire on negated or family findings', () => {
    const a = analyzeIntake({ ...emptyAnswers, reason: 'Check-up', associated: 'No chest pain, no shortness of breath. My father had a stroke.' });
    expect(a.redFlags).toEqual([]);
  });

  it('handles empty, HTML, SQL-looking and emoji input without crashing', () => {
    for (const text of ['', '<script>alert(1)</script>', "'; DROP TABLE intakes; --", '😀🤒 tengo fiebre']) {
      expect(() => analyzeIntake({ ...emptyAnswers, reason: text, freeText: text })).not.toThrow();
    }
  });
});

describe('emergency numbers', () => {
  it('follows the clinic’s country', () => {
    expect(emergencyNumberFor('US')).toBe('911');
    expect(emergencyNumberFor('GB')).toBe('999');
    expect(emergencyNumberFor('de')).toBe('112');
  });
});

describe('editing and summarising a note', () => {
  const draft = draftSoapNote({
    intake: [{ key: 'reason', label: 'Reason for visit', text: 'Cough for a week' }, { key: 'associated', label: 'Other symptoms', text: 'No fever' }],
    redFlags: [], observations: [{ id: 'o1', display: 'Heart rate', value: 80, unit: '/min' }], calculations: [],
    chart: { problems: [], medications: [], allergies: [] }, clinicianText: 'Viral bronchitis likely. Follow up if not better in 2 weeks.',
  });
  const asEdit = () => Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v.map((s) => ({ id: s.id, text: s.text }))])) as Parameters<typeof applyNoteEdit>[1];

  it('keeps sources of kept sentences, marks edits and sources new sentences as the clinician’s', () => {
    const unchanged = applyNoteEdit(draft, asEdit());
    expect(unchanged.edited).toBe(false);
    const edit = asEdit();
    edit.assessment[0] = { id: edit.assessment[0]!.id, text: 'Acute bronchitis.' };
    edit.plan.push({ id: 'whatever', text: 'Fluids and rest.' });
    const { sections, edited } = applyNoteEdit(draft, edit);
    expect(edited).toBe(true);
    expect(sections.assessment[0]).toMatchObject({ text: 'Acute bronchitis.', edited: true, origin: 'clinician' });
    expect(sections.plan[1]).toMatchObject({ origin: 'clinician', sources: [expect.objectContaining({ kind: 'clinician' })] });
  });

  it('writes a plain-language summary from the note', () => {
    const s = summarizeForPatient(draft);
    expect(s.reason).toBe('Cough for a week');
    expect(s.toldUs).toEqual(expect.arrayContaining(['You told us about cough (for a week).', 'You did not have fever.']));
    expect(s.measured).toEqual(['Heart rate 80 /min.']);
    expect(s.nextSteps).toEqual(['Follow up if not better in 2 weeks.']);
  });
});
