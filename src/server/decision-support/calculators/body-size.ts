import { fixed, num, type CalculatorDefinition } from './calculator-types';
import { heightCm, weightKg } from './common-inputs';

/** WHO adult BMI classes (WHO Technical Report Series 894, 2000, table 2.1). */
export function whoBmiClass(bmi: number): string {
  if (bmi < 18.5) return 'underweight';
  if (bmi < 25) return 'normal weight';
  if (bmi < 30) return 'pre-obesity';
  if (bmi < 35) return 'obesity class I';
  if (bmi < 40) return 'obesity class II';
  return 'obesity class III';
}

export const bodyMassIndex = (weight: number, heightCmValue: number): number => weight / (heightCmValue / 100) ** 2;

export const bmi: CalculatorDefinition = {
  id: 'bmi',
  title: 'Body mass index (BMI)',
  valueUnit: 'kg/m²',
  inputs: [weightKg, heightCm],
  citation: 'World Health Organization. Obesity: preventing and managing the global epidemic. WHO Technical Report Series 894. Geneva: WHO; 2000.',
  compute: (v) => {
    const value = bodyMassIndex(num(v, 'weight_kg'), num(v, 'height_cm'));
    const category = whoBmiClass(value);
    return {
      value,
      category,
      interpretation: `BMI ${fixed(value)} kg/m²: ${category} by the WHO adult classification. The classes apply to adults; use growth charts for children.`,
    };
  },
};

export const bsaMosteller: CalculatorDefinition = {
  id: 'bsa_mosteller',
  title: 'Body surface area (Mosteller)',
  valueUnit: 'm²',
  inputs: [weightKg, heightCm],
  citation: 'Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098.',
  compute: (v) => {
    const value = Math.sqrt((num(v, 'weight_kg') * num(v, 'height_cm')) / 3600);
    return { value, interpretation: `Body surface area ${fixed(value, 2)} m² (Mosteller: √(height cm × weight kg / 3600)).` };
  },
};

export const bsaDubois: CalculatorDefinition = {
  id: 'bsa_dubois',
  title: 'Body surface area (Du Bois)',
  valueUnit: 'm²',
  inputs: [weightKg, heightCm],
  citation: 'Du Bois D, Du Bois EF. A formula to estimate the approximate surface area if height and weight be known. Arch Intern Med 1916;17:863-871.',
  compute: (v) => {
    const value = 0.007184 * num(v, 'weight_kg') ** 0.425 * num(v, 'height_cm') ** 0.725;
    return { value, interpretation: `Body surface area ${fixed(value, 2)} m² (Du Bois: 0.007184 × weight^0.425 × height^0.725).` };
  },
};
