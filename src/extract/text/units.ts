// Serving units: canonical names for the words labels use (EN/DE/FR/ES/IT here; other shops'
// languages from the data table in src/data/magnesium/names.ts).
import { UNIT_WORDS_EXTRA } from '../../data/magnesium/names.ts';

const UNIT_WORDS: Record<string, string> = {};
function add(unit: string, words: readonly string[]): void {
  for (const w of words) UNIT_WORDS[w] = unit;
}
add('capsule', ['capsule', 'capsules', 'cap', 'caps', 'vcap', 'vcaps', 'vegcap', 'vegcaps', 'veggie', 'kapsel', 'kapseln', 'gélule', 'gélules', 'gelule', 'gelules', 'cápsula', 'cápsulas', 'capsula', 'capsulas', 'capsule', 'capsule.']);
add('tablet', ['tablet', 'tablets', 'tab', 'tabs', 'tablette', 'tabletten', 'comprimé', 'comprimés', 'comprime', 'comprimes', 'tableta', 'tabletas', 'comprimido', 'comprimidos', 'compressa', 'compresse', 'pill', 'pills', 'pastille', 'pastilles', 'lozenge', 'lozenges', 'chewable', 'chewables', 'wafer', 'wafers']);
add('caplet', ['caplet', 'caplets']);
add('softgel', ['softgel', 'softgels', 'gelcap', 'gelcaps', 'weichkapsel', 'weichkapseln', 'perle', 'perles']);
add('gummy', ['gummy', 'gummies', 'gummie', 'fruchtgummi', 'fruchtgummis', 'gomme', 'gommes', 'gomita', 'gomitas', 'chew', 'chews']);
add('scoop', ['scoop', 'scoops', 'scoopful', 'scoopfuls', 'messlöffel', 'messlöffels', 'dosierlöffel', 'cuillère-mesure', 'cacito', 'cacitos', 'misurino', 'misurini']);
add('teaspoon', ['teaspoon', 'teaspoons', 'teaspoonful', 'teaspoonfuls', 'teaspoonsful', 'tsp', 'tsps', 'teelöffel', 'cuillère à café', 'cuillères à café', 'cucharadita', 'cucharaditas', 'cucchiaino', 'cucchiaini']);
add('tablespoon', ['tablespoon', 'tablespoons', 'tablespoonful', 'tablespoonfuls', 'tablespoonsful', 'tbsp', 'tbsps', 'esslöffel', 'cuillère à soupe', 'cuillères à soupe', 'cucharada', 'cucharadas', 'cucchiaio', 'cucchiai']);
add('ml', ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres']);
add('floz', ['fl oz', 'fluid ounce', 'fluid ounces']);
add('g', ['g', 'gm', 'gms', 'gram', 'grams', 'gramm', 'gramme', 'grammes']);
add('drop', ['drop', 'drops', 'tropfen', 'gouttes', 'goutte', 'gotas', 'gocce']);
add('spray', ['spray', 'sprays', 'spritz', 'spritzes', 'pump', 'pumps', 'sprühstoß', 'sprühstöße', 'pulvérisation', 'pulvérisations']);
add('ampoule', ['ampoule', 'ampoules', 'ampule', 'ampules', 'ampul', 'vial', 'vials', 'ampulle', 'ampullen', 'trinkampulle', 'trinkampullen', 'fiala', 'fiale', 'flaconcino', 'flaconcini', 'ampolla', 'ampollas', 'shot', 'shots']);
add('packet', ['packet', 'packets', 'sachet', 'sachets', 'stick', 'sticks', 'stick-pack', 'stickpack', 'beutel', 'beutels', 'sobre', 'sobres', 'bustina', 'bustine']);
add('serving', ['serving', 'servings', 'portion', 'portionen', 'portions', 'porción', 'porciones', 'dose', 'doses', 'dosis']);
for (const [unit, words] of Object.entries(UNIT_WORDS_EXTRA)) add(unit, words);

/** Discrete units: one unit is a fixed, countable thing (a capsule), not a measure (a scoop). */
const DISCRETE = new Set(['capsule', 'tablet', 'caplet', 'softgel', 'gummy', 'drop', 'spray', 'packet', 'ampoule']);

export function unitOf(word: string): string | null {
  let w = word.toLowerCase();
  while (w.endsWith('.') || w.endsWith('®')) w = w.slice(0, -1);
  return UNIT_WORDS[w] ?? null;
}

export function isDiscrete(unit: string): boolean {
  return DISCRETE.has(unit);
}

/** Units that may stand for each other in a serving ("1 tablet" in directions vs "caplet"). */
export function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const solid = new Set(['tablet', 'caplet']);
  return solid.has(a) && solid.has(b);
}

/** Millilitres in a measure of liquid or powder by volume, as dosing cups and labels count them
 *  (a teaspoon 5 mL, a tablespoon 15 mL: the US and EU dosing-cup standard; a fluid ounce 30 mL, as US
 *  labels print it, "1 fl oz (30 mL)"); null for other units. */
const VOLUME_ML: Readonly<Record<string, number>> = { ml: 1, teaspoon: 5, tablespoon: 15, floz: 30 };

export function volumeMl(unit: string): number | null {
  return VOLUME_ML[unit] ?? null;
}
