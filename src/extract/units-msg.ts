// The serving units the engine knows (text/units.ts), as messages for the user's language: an
// assumption names the unit it read the amount per ("no serving size: the amount is read per
// capsule"). Each key is written out so the locale test sees it used.
import { msg, type Msg } from './msg.ts';

const UNIT_KEYS: Readonly<Record<string, string>> = {
  capsule: 'reading_unit_capsule',
  tablet: 'reading_unit_tablet',
  caplet: 'reading_unit_caplet',
  softgel: 'reading_unit_softgel',
  gummy: 'reading_unit_gummy',
  scoop: 'reading_unit_scoop',
  teaspoon: 'reading_unit_teaspoon',
  tablespoon: 'reading_unit_tablespoon',
  ml: 'reading_unit_ml',
  g: 'reading_unit_g',
  drop: 'reading_unit_drop',
  spray: 'reading_unit_spray',
  packet: 'reading_unit_packet',
  ampoule: 'reading_unit_ampoule',
  serving: 'reading_unit_serving',
};

/** The unit's name as a message ("capsule"); an unknown unit reads as "serving". */
export function unitMsg(unit: string): Msg {
  return msg(UNIT_KEYS[unit] ?? 'reading_unit_serving');
}
