import { describe, expect, it } from 'vitest';
import { checkMedicationList } from '../check-medications';
import { drugClasses } from './drug-classes';
import { oncHighPriorityRules } from './onc-high-priority';
import { nonInterruptiveRules } from './onc-non-interruptive';

const check = (medications: string[], allergies?: string[]) => checkMedicationList({ medications, allergies });
const members = (classId: string) => drugClasses.get(classId)!.members;

describe('ONC high-priority interactions (Phansalkar 2012)', () => {
  it('has the 15 pairs', () => {
    expect(oncHighPriorityRules).toHaveLength(15);
    expect(new Set(oncHighPriorityRules.map((r) => r.id)).size).toBe(15);
  });

  it('atazanavir + omeprazole is high priority, item 4, interruptive, with its citation', () => {
    const { interactions, unknownDrugs } = check(['Atazanavir', 'omeprazole']);
    expect(unknownDrugs).toEqual([]);
    expect(interactions).toHaveLength(1);
    expect(interactions[0]).toMatchObject({ drugs: ['atazanavir', 'omeprazole'], oncHighPriority: true, interruptive: true, severity: 'major' });
    expect(interactions[0]!.citation).toContain('J Am Med Inform Assoc 2012;19:735-743');
    expect(interactions[0]!.citation).toContain('item 4');
    expect(check(['Atazanavir', 'omeprazole']).requiresOverride).toBe(true);
  });

  // Every member of each object class against every member of its precipitant class, both orders of entry.
  it.each(oncHighPriorityRules.map((r) => [r.classPair, r] as const))('%s: every member pair is flagged', (_name, rule) => {
    for (const object of members(rule.objectClass)) {
      for (const precipitant of members(rule.precipitantClass)) {
        if (object === precipitant) continue;
        for (const order of [[object, precipitant], [precipitant, object]]) {
          const found = check(order).interactions.filter((i) => i.classPair === rule.classPair);
          expect(found, `${order.join(' + ')}`).toHaveLength(1);
          expect(found[0]).toMatchObject({ oncHighPriority: true, interruptive: true });
        }
      }
    }
  });

  it('names every member drug the contract lists, with the sheet corrections', () => {
    expect(members('ppis')).toEqual(expect.arrayContaining(['esomeprazole', 'dexlansoprazole']));
    expect(members('cyp3a4_inhibitors_statin')).toContain('voriconazole');
    expect(members('protease_inhibitors')).not.toContain('nsaid');
    expect(members('maois')).not.toContain('moclobemide');
    expect(members('maois_triptan')).toEqual(expect.arrayContaining(['moclobemide', 'methylene blue']));
    expect(members('cyp3a4_inhibitors_irinotecan')).toEqual(expect.arrayContaining(['verapamil', 'diltiazem', 'fluconazole', 'cimetidine']));
    expect(members('qt_prolonging')).toEqual(expect.arrayContaining(['amiodarone', 'sotalol', 'dofetilide', 'citalopram', 'escitalopram', 'methadone', 'haloperidol', 'ondansetron']));
  });

  it('cites the FDA label sections for QT pairs', () => {
    const [alert] = check(['citalopram', 'methadone']).interactions;
    expect(alert!.classPair).toBe('QT-prolonging agents – QT-prolonging agents');
    expect(alert!.citation).toContain('FDA prescribing information');
    expect(alert!.citation).toContain('methadone, Boxed Warning');
  });

  it('maps brand names, including combination products', () => {
    const result = check(['Zocor 40 mg', 'Biaxin']);
    expect(result.interactions[0]).toMatchObject({ drugs: ['simvastatin', 'clarithromycin'], oncHighPriority: true });
    expect(check(['Kaletra', 'rifampicin']).interactions.some((i) => i.classPair === 'Protease inhibitors – strong CYP3A4 inducers')).toBe(true);
  });
});

describe('non-interruptive class pairs (Phansalkar 2013)', () => {
  it('has the 33 pairs, all shown and none blocking', () => {
    expect(nonInterruptiveRules).toHaveLength(33);
    for (const rule of nonInterruptiveRules) expect(rule).toMatchObject({ oncHighPriority: false, interruptive: false });
  });

  it.each(nonInterruptiveRules.map((r) => [r.classPair, r] as const))('%s: a member pair is flagged quietly', (_name, rule) => {
    const object = members(rule.objectClass)[0]!;
    const precipitant = members(rule.precipitantClass).find((m) => m !== object)!;
    const found = check([precipitant, object]).interactions.find((i) => i.classPair === rule.classPair);
    expect(found, `${object} + ${precipitant}`).toMatchObject({ interruptive: false, oncHighPriority: false });
    expect(found!.citation).toContain('2013;20:489-493');
    expect(check([precipitant, object]).interactions.some((i) => i.interruptive)).toBe(false);
  });

  it('a non-interruptive pair alone never requires an override; an allergy conflict does', () => {
    expect(check(['lisinopril', 'ibuprofen']).requiresOverride).toBe(false);
    expect(check(['lisinopril', 'ibuprofen'], ['NSAIDs']).requiresOverride).toBe(true);
  });
});

describe('unknown names, duplicates and bad input', () => {
  it('lists unknown drugs instead of ignoring them', () => {
    const result = check(['simvastatin', 'notarealdrugxyz', '<script>alert(1)</script>', "'; drop table x; --", '💊']);
    expect(result.unknownDrugs).toEqual(['notarealdrugxyz', '<script>alert(1)</script>', "'; drop table x; --", '💊']);
    expect(result.medications.map((m) => m.input)).toEqual(['simvastatin']);
  });

  it('flags the same ingredient twice and two drugs of one class', () => {
    expect(check(['Zocor', 'simvastatin']).duplicateTherapy[0]).toMatchObject({ class: 'Same ingredient' });
    expect(check(['atorvastatin', 'rosuvastatin']).duplicateTherapy[0]).toMatchObject({ class: 'Statins', drugs: ['atorvastatin', 'rosuvastatin'] });
    expect(check(['atorvastatin', 'metformin']).duplicateTherapy).toEqual([]);
  });
});

describe('drug–allergy checks', () => {
  it('penicillin allergy: amoxicillin conflicts directly, cephalexin by cross-reactivity, aztreonam not', () => {
    const { allergyConflicts } = check(['amoxicillin', 'cephalexin', 'aztreonam'], ['Penicillin']);
    expect(allergyConflicts).toEqual([
      expect.objectContaining({ drug: 'amoxicillin', allergen: 'Penicillin', crossReactivity: false }),
      expect.objectContaining({ drug: 'cephalexin', allergen: 'Penicillin', crossReactivity: true }),
    ]);
    expect(allergyConflicts[0]!.citation).toContain('2022 practice parameter');
  });

  it('a brand-name allergy resolves to its ingredients (Augmentin → amoxicillin, a penicillin)', () => {
    const { allergyConflicts } = check(['ampicillin'], ['Augmentin']);
    expect(allergyConflicts[0]).toMatchObject({ drug: 'ampicillin', crossReactivity: true });
  });

  it('sulfa allergy: sulfamethoxazole conflicts, furosemide does not, celecoxib per its label', () => {
    const { allergyConflicts } = check(['Bactrim', 'furosemide', 'celecoxib'], ['sulfa']);
    expect(allergyConflicts.map((c) => [c.drug, c.crossReactivity])).toEqual([['sulfamethoxazole', false], ['celecoxib', true]]);
  });

  it('aspirin allergy extends to non-selective NSAIDs, not to celecoxib', () => {
    const { allergyConflicts } = check(['ibuprofen', 'celecoxib', 'aspirin'], ['aspirin']);
    expect(allergyConflicts.map((c) => [c.drug, c.crossReactivity])).toEqual([['aspirin', false], ['ibuprofen', true]]);
  });

  it('opioid and contrast allergies; latex is not a drug; unknown allergens are listed', () => {
    const result = check(['oxycodone', 'fentanyl', 'iohexol'], ['codeine', 'contrast', 'latex', 'moonbeams']);
    expect(result.allergyConflicts.map((c) => [c.drug, c.allergen, c.crossReactivity])).toEqual([['iohexol', 'contrast', false], ['oxycodone', 'codeine', true]]);
    expect(result.allergyNotes).toEqual([expect.objectContaining({ allergen: 'latex' })]);
    expect(result.unknownAllergens).toEqual(['moonbeams']);
  });
});

describe('severity follows each member drug label', () => {
  it('simvastatin: contraindicated with clarithromycin, a dose limit (major) with amiodarone', () => {
    expect(check(['simvastatin', 'clarithromycin']).interactions[0]!.severity).toBe('contraindicated');
    const amiodarone = check(['simvastatin', 'amiodarone']).interactions.find((i) => i.classPair.startsWith('Simvastatin'));
    expect(amiodarone).toMatchObject({ severity: 'major', oncHighPriority: true, interruptive: true });
  });

  it('ramelteon: contraindicated with fluvoxamine, major with ciprofloxacin', () => {
    expect(check(['ramelteon', 'fluvoxamine']).interactions[0]!.severity).toBe('contraindicated');
    expect(check(['ramelteon', 'ciprofloxacin']).interactions[0]!.severity).toBe('major');
  });
});

describe('names as charts write them', () => {
  it.each([
    ['metoprolol succinate', ['metoprolol']],
    ['Methylphenidate extended-release 36 mg', ['methylphenidate']],
    ['fluticasone propionate', ['fluticasone']],
    ['epinephrine auto-injector', ['epinephrine']],
    ['nitrofurantoin monohydrate/macrocrystals', ['nitrofurantoin']],
    ['Sulfamethoxazole/trimethoprim', ['sulfamethoxazole', 'trimethoprim']],
    ['nicotine transdermal patch', ['nicotine']],
    ['St. John’s Wort', ["st john's wort"]],
  ])('%s', (input, ingredients) => {
    expect(check([input]).medications).toEqual([{ input, ingredients }]);
  });

  it('a combination with an unknown part stays unknown', () => {
    expect(check(['simvastatin/unobtainium']).unknownDrugs).toEqual(['simvastatin/unobtainium']);
  });

  it('chart allergy entries resolve (Sulfamethoxazole/trimethoprim, Iodinated contrast media, House dust mite)', () => {
    const result = check(['sulfasalazine', 'iopamidol'], ['Sulfamethoxazole/trimethoprim', 'Iodinated contrast media', 'House dust mite']);
    expect(result.allergyConflicts.map((c) => c.drug).sort()).toEqual(['iopamidol', 'sulfasalazine']);
    expect(result.unknownAllergens).toEqual([]);
  });
});
