// Selected food sources of magnesium, mg per serving: the NIH ODS fact sheet's table (USDA
// FoodData Central), servings as the table prints them, in ounces with their grams, and cups and
// spoons as millilitres (1 cup = 240 mL, 1 tbsp = 15 mL) so that every language can say them. Food magnesium has no upper limit.
// (Some texts give pumpkin seeds as 168 mg/oz: a different preparation; this table's figure is
// used.) Transcribed in docs/magnesium-reference.md, section 8.
import { msg } from '../../core/message.ts';
import type { FoodRow, SourcedFact } from '../nutrients.ts';

export const MAGNESIUM_FOODS: SourcedFact<FoodRow[]> = {
  sources: ['nih-ods-foods'],
  value: [
    { food: msg('rules_food_pumpkin_seeds'), serving: msg('rules_serving_oz', 1, 28), mgMin: 156, mgMax: 156 },
    { food: msg('rules_food_chia_seeds'), serving: msg('rules_serving_oz', 1, 28), mgMin: 111, mgMax: 111 },
    { food: msg('rules_food_almonds'), serving: msg('rules_serving_oz', 1, 28), mgMin: 80, mgMax: 80 },
    { food: msg('rules_food_spinach'), serving: msg('rules_serving_ml', 120), mgMin: 78, mgMax: 78 },
    { food: msg('rules_food_cashews'), serving: msg('rules_serving_oz', 1, 28), mgMin: 74, mgMax: 74 },
    { food: msg('rules_food_peanuts'), serving: msg('rules_serving_ml', 60), mgMin: 63, mgMax: 63 },
    { food: msg('rules_food_soymilk'), serving: msg('rules_serving_ml', 240), mgMin: 61, mgMax: 61 },
    { food: msg('rules_food_black_beans'), serving: msg('rules_serving_ml', 120), mgMin: 60, mgMax: 60 },
    { food: msg('rules_food_edamame'), serving: msg('rules_serving_ml', 120), mgMin: 50, mgMax: 50 },
    { food: msg('rules_food_peanut_butter'), serving: msg('rules_serving_ml', 30), mgMin: 49, mgMax: 49 },
    { food: msg('rules_food_potato'), serving: msg('rules_serving_oz', 3.5, 100), mgMin: 43, mgMax: 43 },
    { food: msg('rules_food_brown_rice'), serving: msg('rules_serving_ml', 120), mgMin: 42, mgMax: 42 },
    { food: msg('rules_food_yogurt'), serving: msg('rules_serving_oz', 8, 227), mgMin: 42, mgMax: 42 },
    { food: msg('rules_food_banana'), serving: msg('rules_serving_medium'), mgMin: 32, mgMax: 32 },
    { food: msg('rules_food_salmon'), serving: msg('rules_serving_oz', 3, 85), mgMin: 26, mgMax: 26 },
    { food: msg('rules_food_milk'), serving: msg('rules_serving_ml', 240), mgMin: 24, mgMax: 27 },
    { food: msg('rules_food_avocado'), serving: msg('rules_serving_ml', 120), mgMin: 22, mgMax: 22 },
  ],
};
