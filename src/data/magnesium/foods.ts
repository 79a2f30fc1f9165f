// Selected food sources of magnesium, mg per serving: the NIH ODS fact sheet's table (USDA
// FoodData Central). Food magnesium has no upper limit. Reference: magnesium.md section 8.
// (Some texts give pumpkin seeds as 168 mg/oz: a different preparation; this table's figure is used.)
import type { FoodRow } from '../nutrients.ts';
import { NIH_ODS } from './intakes.ts';

export const NIH_ODS_FOODS = `${NIH_ODS}, table of selected food sources (USDA FoodData Central)`;
const source = NIH_ODS_FOODS;

export const MAGNESIUM_FOODS: FoodRow[] = [
  { food: 'Pumpkin seeds, roasted', serving: '1 oz', mgMin: 156, mgMax: 156, source },
  { food: 'Chia seeds', serving: '1 oz', mgMin: 111, mgMax: 111, source },
  { food: 'Almonds, dry roasted', serving: '1 oz', mgMin: 80, mgMax: 80, source },
  { food: 'Spinach, boiled', serving: '1/2 cup', mgMin: 78, mgMax: 78, source },
  { food: 'Cashews, dry roasted', serving: '1 oz', mgMin: 74, mgMax: 74, source },
  { food: 'Peanuts, oil roasted', serving: '1/4 cup', mgMin: 63, mgMax: 63, source },
  { food: 'Soymilk', serving: '1 cup', mgMin: 61, mgMax: 61, source },
  { food: 'Black beans, cooked', serving: '1/2 cup', mgMin: 60, mgMax: 60, source },
  { food: 'Edamame, shelled, cooked', serving: '1/2 cup', mgMin: 50, mgMax: 50, source },
  { food: 'Peanut butter', serving: '2 tbsp', mgMin: 49, mgMax: 49, source },
  { food: 'Potato, baked with skin', serving: '3.5 oz', mgMin: 43, mgMax: 43, source },
  { food: 'Brown rice, cooked', serving: '1/2 cup', mgMin: 42, mgMax: 42, source },
  { food: 'Yogurt, plain, low fat', serving: '8 oz', mgMin: 42, mgMax: 42, source },
  { food: 'Banana', serving: '1 medium', mgMin: 32, mgMax: 32, source },
  { food: 'Salmon, Atlantic, farmed, cooked', serving: '3 oz', mgMin: 26, mgMax: 26, source },
  { food: 'Milk', serving: '1 cup', mgMin: 24, mgMax: 27, source },
  { food: 'Avocado, cubed', serving: '1/2 cup', mgMin: 22, mgMax: 22, source },
];
