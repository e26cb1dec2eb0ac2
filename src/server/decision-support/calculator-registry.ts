import { cha2ds2Vasc, hasBled } from './calculators/anticoagulation';
import { bmi, bsaDubois, bsaMosteller } from './calculators/body-size';
import type { CalculatorDefinition } from './calculators/calculator-types';
import { centorMcisaac, heart } from './calculators/chest-and-throat';
import { anionGap, calciumCorrectedAlbumin } from './calculators/chemistry';
import { curb65 } from './calculators/curb65';
import { news2, qsofa } from './calculators/early-warning';
import { meanArterialPressure, qtcBazett, qtcFramingham, qtcFridericia, qtcHodges } from './calculators/haemodynamics';
import { inputValidatorFor, type InputValidator } from './calculators/input-validation';
import { ckdEpi2021Cr, ckdEpi2021CrCys, cockcroftGault, cockcroftGaultAdjustedWeight } from './calculators/kidney';
import { childPugh, meldNaUnos2016Calculator } from './calculators/liver';
import { perc, wellsDvt, wellsPe } from './calculators/thromboembolism';

/** Every calculator of CALCULATORS.md, in the order the clinician's picker shows them. */
export const calculatorDefinitions: readonly CalculatorDefinition[] = [
  bmi, bsaMosteller, bsaDubois, meanArterialPressure, news2, qsofa, curb65,
  anionGap, calciumCorrectedAlbumin,
  qtcBazett, qtcFridericia, qtcFramingham, qtcHodges,
  ckdEpi2021Cr, ckdEpi2021CrCys, cockcroftGault, cockcroftGaultAdjustedWeight,
  cha2ds2Vasc, hasBled, wellsPe, wellsDvt, perc, heart, centorMcisaac,
  childPugh, meldNaUnos2016Calculator,
];

export interface RegisteredCalculator {
  definition: CalculatorDefinition;
  validate: InputValidator;
}

const registry = new Map<string, RegisteredCalculator>(calculatorDefinitions.map((definition) => [definition.id, { definition, validate: inputValidatorFor(definition) }]));

export function findCalculator(id: string): RegisteredCalculator | undefined {
  return registry.get(id);
}
