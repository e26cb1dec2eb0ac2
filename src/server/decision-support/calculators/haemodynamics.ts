import { fixed, num, type CalculatorDefinition } from './calculator-types';
import { dbpMmhg, diastolicBelowSystolic, heartRateBpm, sbpMmhg } from './common-inputs';

export const meanArterialPressure: CalculatorDefinition = {
  id: 'map',
  title: 'Mean arterial pressure',
  valueUnit: 'mmHg',
  inputs: [sbpMmhg, dbpMmhg],
  citation: 'Mean arterial pressure ≈ DBP + (SBP − DBP)/3. Klabunde RE. Cardiovascular Physiology Concepts, 3rd ed. Wolters Kluwer; 2021.',
  crossCheck: (v) => diastolicBelowSystolic(v.sbp_mmhg, v.dbp_mmhg),
  compute: (v) => {
    const sbp = num(v, 'sbp_mmhg');
    const dbp = num(v, 'dbp_mmhg');
    const value = dbp + (sbp - dbp) / 3;
    const note = value < 65 ? ' Below 65 mmHg, the usual target in sepsis and shock (Surviving Sepsis Campaign 2021).' : '';
    return { value, interpretation: `Mean arterial pressure ${fixed(value)} mmHg.${note}` };
  },
};

/** Shared by the four QTc formulas. */
const qtMs = { kind: 'number', name: 'qt_ms', label: 'QT interval', unit: 'ms', min: 150, max: 800 } as const;

/**
 * The RR interval in seconds from the heart rate, rounded to the whole millisecond: ECG intervals are
 * measured and reported in milliseconds, and the published worked examples (MedCalc-Bench) do the same.
 */
export const rrSeconds = (heartRate: number): number => Math.round(60_000 / heartRate) / 1000;

function qtcInterpretation(name: string, qtc: number): string {
  const band = qtc > 500 ? 'above 500 ms: high risk of torsades de pointes' : qtc >= 470 ? 'prolonged (≥ 470 ms in women, ≥ 450 ms in men is prolonged)' : qtc >= 450 ? 'borderline to prolonged (≥ 450 ms is prolonged in men, ≥ 470 ms in women)' : 'within the usual range (< 450 ms)';
  return `QTc (${name}) ${fixed(qtc, 0)} ms: ${band}. Thresholds per the AHA/ACCF/HRS recommendations (Rautaharju PM, et al. Circulation 2009;119:e241-e250).`;
}

function qtcCalculator(id: string, name: string, citation: string, correct: (qt: number, rr: number, hr: number) => number): CalculatorDefinition {
  return {
    id,
    title: `Corrected QT interval (${name})`,
    valueUnit: 'ms',
    inputs: [qtMs, heartRateBpm],
    citation,
    compute: (v) => {
      const rr = rrSeconds(num(v, 'heart_rate_bpm'));
      const value = correct(num(v, 'qt_ms'), rr, 60 / rr);
      return { value, interpretation: qtcInterpretation(name, value) };
    },
  };
}

export const qtcBazett = qtcCalculator('qtc_bazett', 'Bazett', 'Bazett HC. An analysis of the time-relations of electrocardiograms. Heart 1920;7:353-370.', (qt, rr) => qt / Math.sqrt(rr));
export const qtcFridericia = qtcCalculator('qtc_fridericia', 'Fridericia', 'Fridericia LS. Die Systolendauer im Elektrokardiogramm bei normalen Menschen und bei Herzkranken. Acta Med Scand 1920;53:469-486.', (qt, rr) => qt / Math.cbrt(rr));
export const qtcFramingham = qtcCalculator('qtc_framingham', 'Framingham', 'Sagie A, Larson MG, Goldberg RJ, et al. An improved method for adjusting the QT interval for heart rate (the Framingham Heart Study). Am J Cardiol 1992;70:797-801.', (qt, rr) => qt + 154 * (1 - rr));
export const qtcHodges = qtcCalculator('qtc_hodges', 'Hodges', 'Hodges M, Salerno D, Erlien D. Bazett\'s QT correction reviewed: evidence that a linear QT correction for heart rate is better. J Am Coll Cardiol 1983;1:694.', (qt, _rr, hr) => qt + 1.75 * (hr - 60));
