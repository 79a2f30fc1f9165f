// Selected food sources of magnesium, mg per serving: the NIH ODS fact sheet's table (USDA
// FoodData Central), servings as the table prints them. Food magnesium has no upper limit.
// (Some texts give pumpkin seeds as 168 mg/oz: a different preparation; this table's figure is
// used.) Transcribed in docs/magnesium-reference.md, section 8.
import { msg } from '../../core/message.ts';
import type { FoodRow, SourcedFact } from '../nutrients.ts';

export const MAGNESIUM_FOODS: SourcedFact<FoodRow[]> = {
  sources: ['nih-ods-foods'],
  value: [
    { food: msg('rules_food_pumpkin_seeds'), serving: '1 oz', mgMin: 156, mgMax: 156 },
    { food: msg('rules_food_chia_seeds'), serving: '1 oz', mgMin: 111, mgMax: 111 },
    { food: msg('rules_food_almonds'), serving: '1 oz', mgMin: 80, mgMax: 80 },
    { food: msg('rules_food_spinach'), serving: '1/2 cup', mgMin: 78, mgMax: 78 },
    { food: msg('rules_food_cashews'), serving: '1 oz', mgMin: 74, mgMax: 74 },
    { food: msg('rules_food_peanuts'), serving: '1/4 cup', mgMin: 63, mgMax: 63 },
    { food: msg('rules_food_soymilk'), serving: '1 cup', mgMin: 61, mgMax: 61 },
    { food: msg('rules_food_black_beans'), serving: '1/2 cup', mgMin: 60, mgMax: 60 },
    { food: msg('rules_food_edamame'), serving: '1/2 cup', mgMin: 50, mgMax: 50 },
    { food: msg('rules_food_peanut_butter'), serving: '2 tbsp', mgMin: 49, mgMax: 49 },
    { food: msg('rules_food_potato'), serving: '3.5 oz', mgMin: 43, mgMax: 43 },
    { food: msg('rules_food_brown_rice'), serving: '1/2 cup', mgMin: 42, mgMax: 42 },
    { food: msg('rules_food_yogurt'), serving: '8 oz', mgMin: 42, mgMax: 42 },
    { food: msg('rules_food_banana'), serving: '1 medium', mgMin: 32, mgMax: 32 },
    { food: msg('rules_food_salmon'), serving: '3 oz', mgMin: 26, mgMax: 26 },
    { food: msg('rules_food_milk'), serving: '1 cup', mgMin: 24, mgMax: 27 },
    { food: msg('rules_food_avocado'), serving: '1/2 cup', mgMin: 22, mgMax: 22 },
  ],
};
