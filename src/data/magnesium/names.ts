// The nutrient's name as European and US store pages print it, and the label words around it
// (serving units, frequency words, reference-intake column names) in the shops' languages.
// Data only: the extraction engine builds its matchers from these lists (src/extract/lexicon.ts,
// text/patterns.ts, units.ts, directions.ts), so a language is added here, never in code paths.
// Keyed by nutrient where the words are the nutrient's own; the unit and frequency words are shared.
import type { Nutrient } from '../../core/reading.ts';
import type { NutrientName } from '../mention-data.ts';

export type { NutrientName } from '../mention-data.ts';

export const NUTRIENT_NAMES: Readonly<Record<Nutrient, readonly NutrientName[]>> = {
  magnesium: [
    { langs: ['en', 'de', 'nl', 'da', 'sv', 'no', 'fi'], words: ['magnesium'] },
    { langs: ['fr'], words: ['magnésium'] },
    { langs: ['it', 'es'], words: ['magnesio'] },
    { langs: ['pt'], words: ['magnésio', 'magnesio'] },
    // Polish: nominative, genitive, instrumental, locative; "magnezium" on some imports
    { langs: ['pl'], words: ['magnez', 'magnezu', 'magnezem', 'magnezie', 'magnezium'] },
    // (and the salts' adjective: "chlorid hořečnatý", magnesium chloride)
    { langs: ['cs'], words: ['hořčík', 'hořčíku', 'hořčíkem', 'hořečnatý', 'hořečnatého', 'hořečnaté', 'hořečnatou'] },
    { langs: ['sk'], words: ['horčík', 'horčíka', 'horčíkom', 'horečnatý', 'horečnatého', 'horečnaté'] },
    { langs: ['hu'], words: ['magnézium', 'magnéziumot', 'magnéziumból'] },
    { langs: ['ro'], words: ['magneziu', 'magneziul'] },
    { langs: ['hr', 'sl', 'sr'], words: ['magnezij', 'magnezija'] },
    // Baltic: Estonian nominative and genitive, Latvian, Lithuanian ("Magneesium 150 mg" on an
    // Estonian pharmacy's sachets read absent; issue 8, round 52)
    { langs: ['et'], words: ['magneesium', 'magneesiumi'] },
    { langs: ['lv'], words: ['magnijs', 'magnija'] },
    { langs: ['lt'], words: ['magnis', 'magnio'] },
    // Greek: nominative/accusative and genitive, with and without the accent (capitals drop it:
    // "ΚΙΤΡΙΚΟ ΜΑΓΝΗΣΙΟ"; issue 8, round 46: a Greek page read absent)
    { langs: ['el'], words: ['μαγνήσιο', 'μαγνησίου', 'μαγνησιο', 'μαγνησιου'] },
    // Korean, as iHerb's kr. site prints it (round 64: read unreadable, the gate hid it; the Japanese name waits for the
    // compounds' Japanese names: with it alone a scoop's 1,000 mg of citrate read as the element)
    { langs: ['ko'], words: ['마그네슘'] },
  ],
};

/** Serving-unit words in the languages not covered by the engine's built-in EN/DE/FR/ES/IT list:
 *  canonical unit -> words (lower case). */
export const UNIT_WORDS_EXTRA: Readonly<Record<string, readonly string[]>> = {
  tablet: [
    'tabletka', 'tabletki', 'tabletek', 'tabletkę', 'tabletce', 'tabletkami', 'tabletkach', // pl
    'tableta', 'tablety', 'tabletu', 'tablet', 'tabletku', 'tabletou', 'tabletě', 'tabletách', 'tabletám', 'tabletami', // cs/sk
    'tabletta', 'tablettát', 'tabletták', // hu
    'tableti', // hr ("u 1 šumećoj tableti"; round 52)
    // hu effervescent, chewable and film-coated tablets ("naponta 1 pezsgőtablettát" read as no dose; issue 8, round 49)
    'pezsgőtabletta', 'pezsgőtablettát', 'pezsgőtabletták', 'rágótabletta', 'rágótablettát', 'rágótabletták', 'filmtabletta', 'filmtablettát', 'filmtabletták',
    'tablett', 'tabletter', 'tablettar', // sv/no/da (nn 'tablettar')
    // sv/da/no chewable tablets ("1 tuggtablett dagligen": read as no unit; issue 8, the leftovers of round 66)
    'tuggtablett', 'tuggtabletter', 'tuggtabletten', 'tyggetablet', 'tyggetabletter', 'tyggetablett', 'tyggetabletten',
    'tabletti', 'tablettia', 'tabletin', 'tabletit', 'tableteissa', // fi ("1 tabletti 1–2 kertaa päivässä"; round 34)
    'pastiglia', 'pastiglie', // it
    'comprimat', 'comprimate', 'tabletă', 'tablete', // ro
    'bruistablet', 'bruistabletten', 'kauwtablet', 'kauwtabletten', // nl
    'brausetablette', 'brausetabletten', 'kautablette', 'kautabletten', 'lutschtablette', 'lutschtabletten', 'filmtablette', 'filmtabletten', // de
    // effervescent tablets as pharmacies shorten or name them ("Täglich 2 x 1 Brausetbl."; issue 8, unsafe2 kind 2)
    'brausetbl', 'brausetabl', 'sprudeltablette', 'sprudeltabletten', 'trinktablette', 'trinktabletten', 'bruistabl',
    'δισκίο', 'δισκία', 'ταμπλέτα', 'ταμπλέτες', 'δισκιο', 'δισκια', 'ταμπλετα', 'ταμπλετες', // el
  ],
  capsule: [
    'kapsułka', 'kapsułki', 'kapsułek', 'kapsułkę', 'kapsułce', 'kapsułkach', 'kapsułkami', // pl
    'kapsle', 'kapsli', 'kapslí', 'kapsuli', 'kapslích', 'kapslemi', 'tobolka', 'tobolky', 'tobolek', 'tobolku', 'tobolkách', 'tobolkami', // cs
    'kapszula', 'kapszulát', 'kapszulák', // hu
    'kapsula', 'kapsule', 'kapsulu', // hr/sr/bs (round 52)
    'capsulă', 'capsule', // ro
    'kapsel', 'kapsler', 'kapslar', // nordic
    'kapseli', 'kapselia', 'kapselin', 'kapselit', // fi
    // hard and soft capsules as medicines name them ("1-mal täglich 1 bis 2 Hartkapseln"; round 35)
    'hartkapsel', 'hartkapseln', // de
    'κάψουλα', 'κάψουλες', 'καψούλα', 'καψούλες', 'καψουλα', 'καψουλες', // el ("1-2 κάψουλες την ημέρα"; round 46)
  ],
  // drinkable ampoules ("Adulți: 2-3 fiole pe zi"; round 35)
  ampoule: ['fiolă', 'fiole', 'fiola', 'fiolei', 'ampułka', 'ampułki', 'ampułek', 'ampulka', 'ampulky', 'ampulek', 'ampulla', 'ampullát'],
  // (Swedish stick packs: "1 dospåse dagligen" read as no dose; round 47)
  // (Greek sachets: "Ένα φακελάκι την ημέρα" read as no dose; issue 8, round 49; hu "tasakot")
  // (et: "kotike", a sachet: "1–2 kotikest päevas"; issue 8, round 52)
  packet: ['kotike', 'kotikest', 'kotikese', 'φακελάκι', 'φακελάκια', 'φακελακι', 'φακελακια', 'φακελίσκος', 'φακελίσκο', 'φακελίσκοι', 'φακελίσκους', 'tasakot', 'tasakok',
    'saszetka', 'saszetki', 'saszetek', 'saszetkę', 'saszetkach', 'sáček', 'sáčky', 'tasak', 'zakje', 'zakjes', 'dospåse', 'dospåsar', 'dospåsen', 'påse', 'påsar'],
  drop: ['krople', 'kropli', 'kapky', 'csepp', 'druppels', 'droppar', 'dråber', 'dråper'],
  // (measure words of every shop's language: "2 medidas ao dia" read as no dose)
  // (sv "mått", a measure: "Näringsvärde per dos (1 mått, 3 g)"; the review of round 73's rules)
  scoop: ['mått', 'miarka', 'miarki', 'miarek', 'miarkę', 'odměrka', 'odměrky', 'odměrku', 'odměrek', 'adagolókanál', 'schepje', 'maatschep',
    'medida', 'medidas', 'medidor', 'medidores', 'dosador', 'dosadores', // pt/es
    'cuillère-mesure', 'cuillères-mesure', 'cuillères-mesures', 'cuillerée-mesure', 'cuillerées-mesures', 'dosette', 'dosettes', // fr
    'messlöffeln', 'dosierlöffeln', 'misurino', 'misurini', // de/it
    // a liquid's cap as its measure, as a scoop is a powder's ("Serving Size 1 Capful (15 mL)", "take 1
    // capful once or twice daily": no unit, so no servings read and no day; issue 8, round 58)
    'capful', 'capfuls', 'capsful',
    // da/no/sv measures ("½ måleske to gange dagligt", "1 skefuld", "1 målebæger": read as no unit,
    // the Danish powder unreadable; round 62)
    'måleske', 'målesker', 'måleskeen', 'skefuld', 'skefulde', 'målebæger', 'målebægre', 'målebægeret', 'målebeger', 'måleskje', 'måleskjeer', 'mätsked', 'mätskedar', 'doseringsske',
  ],
  teaspoon: ['łyżeczka', 'łyżeczki', 'lžička', 'theelepel'],
  // de gummies as shops write them ("2 bis 4 Gummis pro Tag": read as no day; issue 8, round 64)
  // (and as the other shops write them: es "gominolas", "gomas"; it "caramelle gommose" read on its
  // adjective, the noun being any sweet; pl "żelki"; nl "gummy's"; issue 8, the leftovers of round 66)
  gummy: ['gummi', 'gummis', 'gummibärchen', 'gominola', 'gominolas', 'goma', 'gomas', 'gommosa', 'gommose', 'gommosi', 'gommoso',
    'żelka', 'żelki', 'żelek', 'żelkę', 'żelkach', 'żelkami', "gummy's", 'vingummi', 'vingummier'],
  // es "ración" beside "porción" ("Por ración (2,5 g)" heading a column: the table unread; issue 8, round 64)
  serving: ['ración', 'raciones', 'racion', 'porzione', 'porzioni', 'portie', 'porties', 'porcja', 'porcji', 'porção', 'porções'],
};

/** Words for "a piece" of any form, as shops print a count per cell ("50 mg / st", "100 mg / 2 Stück",
 *  "25 mg / szt."): a piece stands for whatever unit the product is (issue 8, round 64). */
export const PIECE_WORDS: readonly string[] = [
  'st', 'stk', 'stck', 'stück', 'stücke', 'stycken', 'styck', 'stuk', 'stuks', 'pc', 'pcs', 'piece', 'pieces',
  'pièce', 'pièces', 'pz', 'pezzo', 'pezzi', 'unidad', 'unidades', 'ud', 'uds', 'unidade', 'szt', 'sztuka', 'sztuki', 'ks', 'kusy',
];

/** A pack's count as US shops print it in a name ("200 Count", "120 ct"), beside the pieces' words. */
export const PACK_COUNT_WORDS: readonly string[] = ['count', 'ct', 'counts'];

/** Frequency words: "daily" and the words that link a count to it ("razy dziennie", "na dzień"). */
export const DAILY_WORDS_EXTRA: readonly string[] = [
  'dziennie', 'codziennie', 'dzień', 'dobę', 'dzienna', 'dzienną', 'dziennej', 'dzienny', // pl (the adjective: "Zalecana dzienna porcja: 1–2 kapsułki"; "codziennie", every day)
  'denně', 'denne', // cs/sk ("denne" also "this" in Danish, but never after a count)
  'naponta', 'napi', // hu
  'dagelijks', 'dag', // nl/sv/da/no ("per dag")
  'dagligen', 'dagligt', 'daglig', 'dagleg', // sv/da/no (nn 'dagleg'; the review of round 72)
  // sv/da/no: "en tablett om dagen" (round 48)
  'dagen',
  'daags', // nl ("2 maal daags")
  'dì', // it ("2 compresse al dì", "3 volte al dì": read as no day; the review of the rules of rounds 66-68)
  'zilnic', 'zi', // ro ("2 capsule pe zi")
  'päivässä', 'päivittäin', // fi ("2 kertaa päivässä")
  'päevas', 'päevase', // et ("1–2 kotikest päevas", round 52)
  'dnevno', // hr/sr/bs ("Odrasli: jednu šumeću tabletu dnevno", round 52)
  'diariamente', 'dia', // pt
  'ημέρα', 'ημερησίως', 'ημερα', 'ημερησιως', // el ("την ημέρα", "ημερησίως")
  'tgl', 'tägl', 'tägl.', 'tgl.', // de pharmacy abbreviations ("tgl. 2 x 1 Tablette", "2x tgl. 1 Kapsel")
  // de/fr adjectives, as "daily" is one ("Die empfohlene tägliche Verzehrmenge von 4 Kapseln nicht
  // überschreiten", "la dose journalière recommandée de 4 gélules": a day's maximum; issue 8, kind 3)
  'tägliche', 'täglichen', 'täglicher', 'tägliches', 'journalière', 'journalier', 'journalières', 'journaliers', 'quotidienne', 'quotidiennes',
];
/** Who a reference intake is for, in brackets after its first amount: "the 300mg (women) to 375mg
 *  NRV": a range of intakes by sex or life stage, no dose (issue 8, round 48). Only these start a
 *  range through a gloss (with the age groups' words): "(per capsule)", "(pro Tagesdosis)", "(High
 *  Absorption)" are the amount's basis or a name's word (review of round 48). Lower case, whole words. */
export const RANGE_GLOSS_WORDS: readonly string[] = [
  'women', 'woman', 'men', 'man', 'female', 'females', 'male', 'males', 'pregnancy', 'pregnant', 'lactation', 'lactating', 'breastfeeding', 'nursing', 'teens', 'teenagers', 'elderly', 'seniors', 'older adults',
  'frauen', 'männer', 'schwangere', 'schwangerschaft', 'stillzeit', 'stillende', 'senioren', 'jugendliche',
  'femmes', 'hommes', 'femme', 'homme', 'grossesse', 'allaitement', 'femmes enceintes',
  'mujeres', 'hombres', 'embarazo', 'embarazadas', 'lactancia', 'donne', 'uomini', 'gravidanza', 'allattamento',
  'vrouwen', 'mannen', 'zwangerschap', 'zwangeren', 'kvinnor', 'män', 'kvinder', 'mænd', 'kobiety', 'mężczyźni', 'ciąża', 'ženy', 'muži',
];

/** Who an intake is for by sex, after a preposition right after an amount ("350 mg magnesium per dag
 *  för män", "300 mg für Frauen", "420 mg for men"): a reference intake, no dose (issue 8, round 64).
 *  The prepositions first, then the words. Lower case. */
export const SEX_GROUP_LEADS: readonly string[] = ['for', 'för', 'für', 'pour', 'para', 'per', 'voor', 'dla', 'til', 'hos', 'bei', 'bij', 'chez', 'nos', 'nas', 'u', 'i', 'in'];
export const SEX_GROUP_WORDS: readonly string[] = [
  'men', 'women', 'males', 'females', 'männer', 'männern', 'frauen', 'hommes', 'femmes', 'hombres', 'mujeres', 'varones', 'uomini', 'donne',
  'mannen', 'vrouwen', 'mężczyzn', 'mężczyźni', 'kobiet', 'kobiety', 'homens', 'mulheres', 'män', 'kvinnor', 'mænd', 'kvinder', 'menn', 'kvinner',
];
/** Words that name a product's audience before a sex group ("ideal für Frauen", "speciaal voor vrouwen",
 *  "pensato per donne", "perfekt för kvinnor och män", "suitable for men and women"): the group is whom
 *  the product is for, never a reference intake's (the review of rounds 63-64: the product's own amount
 *  rejected, unreadable). Lower case, whole words. */
export const SEX_AUDIENCE_WORDS: readonly string[] = [
  'ideal', 'ideale', 'idéal', 'idéale', 'idealny', 'idealna', 'idealne', 'suitable', 'formulated', 'designed', 'developed', 'made', 'perfect', 'perfekt',
  'parfait', 'parfaite', 'perfecto', 'perfecta', 'perfetto', 'perfetta', 'especially', 'specially', 'speciaal', 'speziell', 'spécialement', 'especialmente',
  'specialmente', 'specjalnie', 'pensato', 'pensata', 'pensado', 'pensada', 'conçu', 'conçue', 'entwickelt', 'ontwikkeld', 'utvecklad', 'udviklet',
  'adapté', 'adaptée', 'adecuado', 'adecuada', 'adatto', 'adatta', 'geeignet', 'geschikt', 'lämplig', 'lämpad', 'egnet', 'velegnet', 'passend', 'gemacht', 'gemaakt',
];
/** Words that, just before a time of day in its clause (three words at most), make it no intake: a
 *  negation ("abends einnehmen, nicht am Nachmittag", "not in the evening"): the review of rounds 63-64,
 *  a second slot, the day doubled. */
export const TIME_NOT_AFTER_WORDS: readonly string[] = [
  'not', 'never', 'nicht', 'nie', 'niemals', 'pas', 'jamais', 'no', 'nunca', 'non', 'mai', 'niet', 'nooit', 'inte', 'aldrig', 'ikke', 'não', 'nigdy',
];
/** Comparatives that bound a time of day only after such a negation ("no más tarde de las 22 h", "not
 *  later than", "nicht später als", "pas plus tard que"). Alone they add a dose ("1 more in the evening",
 *  "1 de plus le soir", "1 in più alla sera", "otra más por la noche"): the review of round 65's rules,
 *  the evening's dose lost, the day halved. Lower case. */
/** Words of "instead of" before a time of day in its clause (four words at most): the time is the one
 *  not taken ("in the evening rather than in the morning", "abends statt morgens", "le soir plutôt que le
 *  matin", "wieczorem zamiast rano"; the review of round 65's rules: a second slot, the day doubled).
 *  Never Spanish "vez" (also "time": "una vez por la noche"). Lower case. */
export const TIME_INSTEAD_WORDS: readonly string[] = [
  'instead', 'rather', 'statt', 'anstatt', 'anstelle', 'plutôt', 'lieu', 'lugar', 'invece', 'anziché', 'zamiast', 'plaats', 'stället', 'stedet',
];
/** Words of a span before a time of day in its clause (three words at most): the time the dose lasts until or
 *  through, never one it is taken at ("für Energie bis in den Abend", "tot in de avond", "jusqu'à la soirée",
 *  "toute la matinée", "until the morning", "hasta la noche", "fino a sera"; the review of the rules of rounds
 *  66-68: a second slot, the day doubled). Never Polish "do" nor Swedish "till" ("do kolacji", "till frukost":
 *  with a meal), nor "durante" ("durante la cena": at dinner). Lower case. */
/** The same as two words: German "in den" (into, the accusative: "so starten Sie erholt in den Morgen"),
 *  never Dutch "in de avond" (in the evening). Lower case, words apart by one space. */
export const TIME_UNTIL_PHRASES: readonly string[] = ['in den', 'into the'];
export const TIME_UNTIL_WORDS: readonly string[] = [
  'until', 'through', 'throughout', 'whole', 'bis', 'ganzen', 'ganze', 'tot', 'jusqu', "jusqu'à", 'jusqu’à', "jusqu'au", 'jusqu’au', "jusqu'en", 'jusqu’en', 'toute', 'tout',
  'hasta', 'toda', 'todo', 'fino', 'tutta', 'tutto', 'indtil', 'hele', 'hela',
];
/** "Instead of" in two words whose second alone means something else (Spanish/Portuguese "vez", also "time":
 *  "una vez por la noche"): "por la noche en vez de por la mañana", "à noite em vez de de manhã", "in the evening
 *  as opposed to the morning" (the review of the rules of rounds 66-68: a second slot, the day doubled). Lower
 *  case, two words apart by one space. */
export const TIME_INSTEAD_PHRASES: readonly string[] = ['en vez', 'em vez', 'as opposed', 'opposed to', 'in contrast'];
export const TIME_COMPARE_WORDS: readonly string[] = [
  'más', 'mas', 'mais', 'more', 'later', 'später', 'plus', 'più', 'senare', 'senere', 'później', 'meer', 'mehr', 'tard', 'tarde', 'tardi', 'laat', 'sent',
];
/** Words of a shop's offer: a sentence with one is no extra dose ("Bundle deal: buy 3 bottles, get
 *  another 2 at half price"; the review of rounds 63-64, read as 1-3 a day). Lower case, one word each. */
export const COMMERCE_WORDS: readonly string[] = [
  'buy', 'bundle', 'deal', 'offer', 'price', 'free', 'bottles', 'packs', 'order', 'save', 'discount', 'shipping',
  'kaufen', 'kauf', 'gratis', 'angebot', 'preis', 'packungen', 'dosen', 'sparen', 'rabatt', 'versand',
  'achetez', 'acheter', 'offert', 'offerts', 'offre', 'prix', 'flacons', 'compra', 'compre', 'oferta', 'precio', 'regalo', 'botes',
  'acquista', 'prezzo', 'omaggio', 'kup', 'cena', 'koop', 'prijs', 'korting', 'köp', 'pris', 'køb',
];
/** Those of COMMERCE_WORDS that are also plain words of directions in another of the shops' languages
 *  or phrases: German "Dosen" (doses), Italian "cena" (dinner), French "pris" (taken), English "in order
 *  to". Alone in a sentence they make no offer ("Bei Bedarf weitere 2, auf zwei Dosen verteilt", "altre 2
 *  a cena", "2 supplémentaires peuvent être pris le soir"); beside another word of an offer or a price
 *  they do (the review of round 65's rules: an extra dose dropped, the top halved). Lower case. */
export const COMMERCE_AMBIGUOUS_WORDS: readonly string[] = ['dosen', 'cena', 'pris', 'order'];
/** A product named for one sex ("Magnesium for Women", "Magnesium für Frauen"): beside SEX_GROUP_WORDS. */
export const SEX_NAME_WORDS: readonly string[] = ['woman', "women's", 'womens', 'mens', "men's", 'frau', 'femme', 'mujer', 'donna', 'vrouw', 'kobieta', 'mulher', 'kvinna', 'kvinde'];

/** Words that join the two ends of a count range ("1 tot 2 bruistabletten", "od 1 do 3 tabletek",
 *  "1 til 2 kapsler", "1 till 2 tabletter"): nl, pl/cs, da/no, sv. */
export const RANGE_WORDS_EXTRA: readonly string[] = ['tot', 'do', 'til', 'till',
  // cs/sk: "1 až 2 tablety denne" (issue 8, round 52: read as 2 alone, its lower end lost)
  'až'];
export const DAY_LINK_WORDS_EXTRA: readonly string[] = ['na', 'za', 'pe', 'ao', 'à', 'por', 'την', 'om'];
/** Nouns of one intake, counted as times a day: French "prises", Nordic "doser", German "Einnahmen" ("2 gélules par
 *  prise, 2 prises par jour" is 4, "1 dos dagligen" under facts "per dos" one serving; the reviews of round 73's rules
 *  and of the last ones). Lower case. */
export const INTAKE_COUNT_NOUNS: readonly string[] = ['prise', 'prises', 'dos', 'doser', 'dosen', 'einnahme', 'einnahmen'];
export const TIMES_WORDS_EXTRA: readonly string[] = ['razy', 'raz', 'krát', 'krat', 'alkalommal', 'keer', 'maal', 'gånger', 'gång', 'gange', 'gang', 'ganger', 'ori', 'vezes', 'kertaa', 'φορές', 'φορες', 'szer', 'szor', 'ször',
  ...INTAKE_COUNT_NOUNS];
/** Number words beyond the engine's EN/DE/FR/ES/IT/PT/PL/CS ones (text/numbers.ts): Greek and Hungarian
 *  ("Ένα φακελάκι την ημέρα", "naponta egy pezsgőtablettát": the count spelt out was read as no dose;
 *  issue 8, round 49). Lower case, with and without the Greek accent. */
export const NUMBER_WORDS_EXTRA: Readonly<Record<string, number>> = {
  ένα: 1, ενα: 1, μία: 1, μια: 1, μιά: 1, δύο: 2, δυο: 2, τρία: 3, τρια: 3, τρεις: 3, τέσσερα: 4, τεσσερα: 4, τέσσερις: 4, τεσσερις: 4, // el
  egy: 1, két: 2, kettő: 2, három: 3, négy: 4, // hu
  jedan: 1, dvije: 2, dva: 2, tri: 3, // hr/sr/bs, and sk "dva", "tri" (round 52)
  // nl ("Neem 's ochtends en/of 's avonds één tablet": read as no count; round 55), not the article "een"
  één: 1, twee: 2, drie: 3,
  // fi ("1 kapseli kolme kertaa päivässä": read as once; round 59)
  yksi: 1, kaksi: 2, kolme: 3, neljä: 4,
  // sv ("en tablett två till tre gånger dagligen": its lower end lost; round 62), not "en", an article
  två: 2, fyra: 4,
};
/** Number words that are a number only right before a word of times: Danish and Norwegian "to"
 *  ("½ måleske to gange dagligt", twice a day; round 62), English's "to" everywhere else. Lower case. */
/** Words that open a case of use right before its frequency ("Bij tweemaal daags gebruik: ...", "Bei
 *  zweimal täglicher Einnahme ...", "En cas de prise deux fois par jour" reads no frequency here):
 *  with a noun of use after its day word, the frequency is a condition, never the day's count
 *  (round 62: "Bij tweemaal daags gebruik" doubled a 1-2 a day). Lower case. */
export const CONDITION_OF_USE_OPEN_WORDS: readonly string[] = ['bij', 'bei', 'for', 'with', 'при', 'przy', 'vid', 'ved', 'con', 'en', 'in'];
/** Nouns of use after such a frequency's day word: "gebruik", "Einnahme", "use". Lower case. */
export const USE_NOUN_WORDS: readonly string[] = [
  'gebruik', 'inname', 'einnahme', 'anwendung', 'verwendung', 'use', 'usage', 'dosing', 'utilisation', 'prise', 'uso', 'toma', 'assunzione', 'utilizzo',
  'användning', 'intag', 'brug', 'indtagelse', 'stosowaniu', 'przyjmowaniu', 'bruk',
  // (Italian's elided article joined to its noun: "adatto all'uso due volte al giorno")
  "all'uso", "l'uso", "all’uso", "l’uso", "all'assunzione", "l'assunzione", "l'utilisation", "l’utilisation",
];
/** Words of what a product suits before a case of use ("suitable for twice daily use", "geeignet für
 *  die zweimal tägliche Anwendung", "adapté à une utilisation deux fois par jour", "adatto all'uso due
 *  volte al giorno"): the product described, never a direction (issue 8, the leftovers of round 66: a
 *  second intake counted, "1 capsule daily" read 1-2). Lower case. */
export const SUITABLE_USE_WORDS: readonly string[] = [
  'suitable', 'ideal', 'designed', 'formulated', 'perfect', 'great', 'geeignet', 'ideal', 'konzipiert', 'optimal', 'perfekt',
  'adapté', 'adaptée', 'adaptés', 'adaptées', 'idéal', 'idéale', 'conçu', 'conçue', 'parfait', 'parfaite',
  'adecuado', 'adecuada', 'apto', 'apta', 'idónea', 'idóneo', 'perfecto', 'perfecta', 'adatto', 'adatta', 'ideale', 'indicato', 'indicata', 'perfetto', 'perfetta',
  'geschikt', 'bedoeld', 'odpowiedni', 'odpowiednia', 'odpowiednie', 'przeznaczony', 'przeznaczona', 'idealny', 'idealna', 'lämplig', 'lämpad', 'lämpligt', 'egnet', 'velegnet',
];
/** Words that open a conditional clause ("If you take it twice daily, space the doses", "Falls Sie es
 *  zweimal täglich einnehmen, ...", "Si vous le prenez deux fois par jour, ..."): a count of times
 *  with no unit inside it, before its comma, is the condition of a warning, never the day's count
 *  (issue 8, the leftovers of round 66). Never the Nordic "om" ("en tablett om dagen"). Lower case. */
export const CONDITIONAL_OPEN_WORDS: readonly string[] = [
  'if', 'falls', 'wenn', 'sofern', 'si', 'se', 'qualora', 'als', 'indien', 'jeśli', 'jeżeli', 'gdy', 'ifall', 'hvis', 'dersom',
  // (a clause of time as such a condition: "When taking it twice daily, space the doses", "Cuando se toma dos
  // veces al día, ..."; the review of the rules of rounds 66-68, 1-2 for 1)
  'when', 'whenever', 'cuando', 'quand', 'lorsque', 'quando', 'wanneer', 'när', 'når', 'kiedy',
];
/** Verbs of taking as a condition's clause conjugates them ("If you take it twice daily", "Falls Sie es
 *  zweimal täglich einnehmen", "Si vous le prenez deux fois par jour", "Se lo assumi", "Als u het twee keer
 *  per dag inneemt"): a conditional clause is a warning's condition only when it names the taking; one
 *  that names a need ("If needed twice daily, ...", "Si besoin deux fois par jour, ...", "Wenn nötig
 *  zweimal täglich, ...") is the label's own allowance (the review of the rules of rounds 66-68: the day's
 *  top halved). Beside the directions' own verbs of taking. Lower case. */
// (also after an extra dose's bare count, the verb last or its participle: "zusätzlich 2 eingenommen werden",
// "nog 2 extra nemen", "otras 2 tomadas"; the review of the rules of rounds 66-68)
export const CONDITION_TAKE_WORDS: readonly string[] = [
  'take', 'takes', 'taken', 'taking', 'took', 'use', 'used', 'using',
  'einnehmen', 'einnimmt', 'eingenommen', 'nehmen', 'nimmt', 'genommen', 'anwenden', 'anwendet', 'angewendet',
  'prenez', 'prends', 'prend', 'prenant', 'pris', 'prise', 'prises', 'utilisez', 'utilisé', 'utilisée',
  'toma', 'tomas', 'toman', 'tomado', 'tomada', 'tomando', 'tomar', 'usa', 'usan', 'usado',
  'assumi', 'assume', 'assumete', 'assunto', 'assunta', 'assunti', 'assunte', 'assumendo', 'prendi', 'prende', 'preso',
  'neemt', 'neem', 'inneemt', 'ingenomen', 'gebruikt', 'przyjmujesz', 'przyjmuje', 'przyjmowany', 'przyjmowana', 'stosujesz',
  'tar', 'tas', 'tager', 'tages', 'tomas', 'toma-se', 'tomar',
  'nemen', 'innemen', 'genomen', 'tomadas', 'tomados', 'assunti', 'prese', 'tagna', 'taget', 'taget', 'przyjąć', 'przyjmować',
];
/** Words right after an opening "se" or "si" that make it Spanish's reflexive or Italian's impersonal, no
 *  "if" ("Se recomienda tomarla dos veces al día, con las comidas", "Si consiglia di assumerla due volte al
 *  giorno, lontano dai pasti", "Se toman dos veces al día, ..."): a recommendation, never a condition (the
 *  review of the rules of rounds 66-68: the day lost). Lower case. */
export const CONDITIONAL_IMPERSONAL_NEXT_WORDS: readonly string[] = [
  'recomienda', 'recomiendan', 'aconseja', 'aconsejan', 'sugiere', 'sugieren', 'toma', 'toman', 'ingiere', 'ingieren', 'administra', 'administran',
  'puede', 'pueden', 'debe', 'deben', 'consiglia', 'consigliano', 'raccomanda', 'raccomandano', 'suggerisce', 'suggeriscono', 'assume', 'assumono',
  'prende', 'prendono', 'può', 'possono', 'deve', 'devono', 'recomenda', 'recomendam', 'aconselha', 'toma-se',
];

/** Words of an option or a permission in an extra dose's sentence ("may be taken", "kann ... eingenommen werden",
 *  "est possible", "puede tomarse", "può essere", "mag", "kan", "można"): the extra dose is an allowance on top
 *  of the day, never its scheduled second intake (the review of the rules of rounds 66-68). Lower case. */
export const OPTION_WORDS: readonly string[] = [
  'may', 'might', 'can', 'could', 'optional', 'optionally', 'possible', 'kann', 'können', 'darf', 'dürfen', 'möglich', 'optional',
  'peut', 'peuvent', 'possible', 'facultatif', 'puede', 'pueden', 'posible', 'opcional', 'può', 'possono', 'possibile', 'facoltativo',
  'kunnen', 'kan', 'mag', 'mogen', 'mogelijk', 'må', 'får', 'kan', 'möjligt', 'muligt', 'można', 'może', 'mogą', 'pode', 'podem', 'possível',
];
/** Words of a greater need that a raised dose is for ("in periods of increased need", "bei erhöhtem
 *  Bedarf", "en cas de besoins accrus", "nei periodi di maggior fabbisogno", "bij verhoogde
 *  behoefte", "vid ökat behov"): a dose stated under them widens the plain dose, an article's one
 *  included ("Una bustina al giorno ... due bustine al giorno": round 62). Lower case. */
export const RAISED_NEED_WORDS: readonly string[] = [
  'need', 'needs', 'requirement', 'requirements', 'bedarf', 'mehrbedarf', 'besoin', 'besoins', 'necesidad', 'necesidades', 'fabbisogno', 'fabbisogni',
  'behoefte', 'zapotrzebowanie', 'zapotrzebowania', 'zapotrzebowaniu', 'necessidade', 'necessidades', 'behov', 'behovet',
];
/** Words of an example or of an advice in a sentence ("bijvoorbeeld ZMA met 450 mg magnesium", "Onze
 *  apothekers raden doorgaans 300 mg magnesium per dag aan"): on a page about another nutrient's
 *  product, an amount of this one in such a sentence is no content of that product (round 62: a zinc +
 *  copper product read as 450 mg). Lower case. */
export const EXAMPLE_ADVICE_WORDS: readonly string[] = [
  'for example', 'for instance', 'e.g.', 'such as', 'we recommend', 'our pharmacists recommend', 'we advise',
  'zum beispiel', 'z. b.', 'z.b.', 'beispielsweise', 'wir empfehlen', 'empfehlen wir',
  'par exemple', 'recommandons', 'conseillons', 'conseillent', 'recommandent',
  'por ejemplo', 'recomendamos', 'aconsejamos', 'recomiendan',
  'ad esempio', 'per esempio', 'consigliamo', 'raccomandiamo', 'consigliano',
  'bijvoorbeeld', 'bv.', 'raden', 'adviseren',
  'till exempel', 't.ex.', 'rekommenderar', 'for eksempel', 'f.eks.', 'anbefaler',
  'na przykład', 'np.', 'zalecamy', 'zalecają', 'por exemplo', 'recomendam',
];
/** Words naming the page's own product in a sentence ("Our formula combines zinc with minerals such as
 *  magnesium ...", "this product"): an example's words there list its own composition, no other product's
 *  (a helper session's review of round 62: a zinc formula's own magnesium read absent). Lower case. */
export const OWN_FORMULA_WORDS: readonly string[] = [
  'our formula', 'this formula', 'this product', 'unsere formel', 'diese formel', 'dieses produkt', 'unsere rezeptur', 'notre formule', 'cette formule', 'ce produit',
  'nuestra fórmula', 'esta fórmula', 'este producto', 'la nostra formula', 'questa formula', 'questo prodotto', 'onze formule', 'deze formule', 'dit product',
  'vår formel', 'denna produkt', 'vores formel', 'dette produkt', 'vår formula', 'nasza formuła', 'ten produkt', 'nossa fórmula', 'este produto',
];
export const NUMBER_BEFORE_TIMES_WORDS: Readonly<Record<string, number>> = { to: 2 };
/** Words of "each time" between a frequency and its intake's count ("zweimal täglich je 1 Kapsel",
 *  "2 keer per dag telkens 1 capsule", "2 razy dziennie po 1 kapsułce", Danish and Swedish "2 gange
 *  dagligt á 1 kapsel", "2 gånger dagligen à 1 kapsel": the review of round 65's rules). Lower case, one
 *  word each. */
export const EACH_INTAKE_WORDS: readonly string[] = ['je', 'jeweils', 'telkens', 'po', 'á', 'à'];
/** Words that are one only at the lower end of a range of times joined by "or" ("en eller två gånger",
 *  "een of twee keer", "raz lub dwa razy", "ein oder zwei Mal"): elsewhere an article or, Polish "raz",
 *  a word of times alone (issue 8: read as the upper count only, the day's least lost). Lower case. */
export const TIMES_RANGE_ONE_WORDS: readonly string[] = ['en', 'ett', 'een', 'ein', 'eine', 'raz', 'jeden', 'jedną', 'jedna', 'un', 'une', 'uno', 'una', 'one'];
/** Words of "or" that join the two ends of such a range of times. Lower case. */
export const TIMES_RANGE_OR_WORDS: readonly string[] = ['or', 'oder', 'ou', 'o', 'of', 'eller', 'lub', 'albo', 'czy', 'nebo', 'vagy', 'tai', 'ή'];
/** The words of times those number words count before: Danish and Norwegian's own, never English
 *  "time" or "x" ("from time to time a day", "Switch to x daily dosing" read twice a day; a helper
 *  session's review of round 62). Lower case. */
export const NUMBER_BEFORE_TIMES_NEXT_WORDS: readonly string[] = ['gange', 'ganger'];
/** The day words of the languages that put the word of times after them ("naponta kétszer 1
 *  tablettát", twice a day): only after these is a times word right after the day word a count of
 *  intakes (review of round 49: "After 14 days twice weekly", "On the first day twice that amount"
 *  raised the day's most). Lower case. */
// (and German's: "Täglich zweimal 1 Kapsel" was read as once a day, understated by half; found by
// round 61's engine pass)
export const DAY_BEFORE_TIMES_WORDS: readonly string[] = ['naponta', 'napi', 'naponként', 'täglich',
  // nl ('dagelijks tweemaal 1 tablet', round 62)
  'dagelijks'];
/** Words that are a count of times in one ("twice", "zweimal"): Hungarian ("naponta kétszer 1
 *  tablettát", twice a day; round 49 review). */
export const ONCE_WORDS_EXTRA: Readonly<Record<string, number>> = {
  egyszer: 1, kétszer: 2, háromszor: 3, négyszer: 4, // hu
  // nl ("dagelijks tweemaal 1 tablet": read as once a day; round 62)
  eenmaal: 1, tweemaal: 2, driemaal: 3, viermaal: 4,
  // (accented: "één- tot tweemaal daags" read 2, not 1-2; a helper session's review of round 62)
  'éénmaal': 1,
};
/** Times of day that make a dose's schedule ("1 tabletka rano i wieczorem" = twice a day), beyond
 *  the en/de/fr/es/it words in the directions parser: each slot (morning, midday, evening) is one intake. */
export const TIME_OF_DAY_WORDS_EXTRA: Readonly<Record<string, 'am' | 'noon' | 'pm'>> = {
  rano: 'am', wieczorem: 'pm', południe: 'noon', snem: 'pm', // pl ("rano", "wieczorem", "w południe", "przed snem")
  ochtends: 'am', middags: 'noon', avonds: 'pm', slapengaan: 'pm', // nl ("'s ochtends en 's avonds", "voor het slapengaan")
  morgonen: 'am', kvällen: 'pm', // sv ("på morgonen och kvällen")
  morgenen: 'am', aftenen: 'pm', kvelden: 'pm', // da/no
  ráno: 'am', večer: 'pm', // cs
  // pt ("1 ao pequeno-almoço e 2 ao jantar", "de manhã e à noite", "antes de deitar")
  'pequeno-almoço': 'am', manhã: 'am', almoço: 'noon', jantar: 'pm', noite: 'pm', deitar: 'pm',
  // going to bed as a word of its own in es, de and it ("masticar 2 gomitas antes de acostarse", "2 Kapseln
  // vor dem Schlafengehen", "2 capsule prima di coricarsi": an imperative dose at bedtime, read as no day;
  // issue 8, round 68), as "deitar" and "slapengaan" are
  acostarse: 'pm', acostarte: 'pm', schlafengehen: 'pm', zubettgehen: 'pm', coricarsi: 'pm',
  // meals in German and French ("1 Kapsel zum Frühstück und 1 zum Abendessen", "1 gélule au
  // petit-déjeuner et 1 au dîner"; issue 8, unsafe2 kind 1)
  frühstück: 'am', mittagessen: 'noon', abendessen: 'pm', abendbrot: 'pm',
  'petit-déjeuner': 'am', 'petit-déj': 'am', dîner: 'pm', souper: 'pm',
  // and in it/es/pl/da/sv ("1 compressa a colazione e 1 compressa a cena", "en el desayuno y en la cena", "do
  // śniadania i do kolacji": read as no time, the day lost; the review of the rules of rounds 66-68). Never a
  // word that is another slot in another shop's language (Dutch "middag" is the afternoon, Swedish the dinner;
  // Danish "frokost" is lunch, Norwegian breakfast) nor a meal of any time ("comida", "posiłek")
  colazione: 'am', pranzo: 'noon', cena: 'pm', desayuno: 'am', almuerzo: 'noon',
  śniadanie: 'am', śniadania: 'am', śniadaniu: 'am', śniadaniem: 'am', obiad: 'noon', obiadu: 'noon', obiedzie: 'noon', obiadem: 'noon',
  kolacja: 'pm', kolacji: 'pm', kolację: 'pm', kolacją: 'pm', morgenmad: 'am', morgenmaden: 'am', aftensmad: 'pm', aftensmaden: 'pm',
  frukost: 'am', frukosten: 'am', kvällsmat: 'pm', kvällsmaten: 'pm',
  // it: "al mattino" beside "la mattina" ("1 capsula al mattino e 1 capsula la sera" read no day,
  // and with a children's clause after it only the children's capsule; issue 8, understated kind 1)
  mattino: 'am',
  // sv bare ("1–2 kapslar morgon och kväll"), nl meals ("ontbijt, lunch en avondeten"); round 57
  morgon: 'am', kväll: 'pm', ontbijt: 'am', avondeten: 'pm',
  // the nouns of a time of day after their article or preposition ("1 Kapsel am Morgen und 1 Kapsel am Abend",
  // "1 gélule dans la soirée", "1 tablet in de avond", "'s morgens"): read as none, the day one intake or none;
  // the review of round 65's rules, understated. German and Dutch "morgen" (also "tomorrow") only after a lead
  // (TIME_NEEDS_LEAD_WORDS_EXTRA)
  abend: 'pm', morgen: 'am', soirée: 'pm', matinée: 'am', avond: 'pm', ochtend: 'am',
  // the afternoon ("take 1 capsule in the afternoon and 2 capsules before bedtime" read as 1 a day, the
  // day's 3-capsule serving a third; issue 8, round 64)
  afternoon: 'noon', nachmittags: 'noon', nachmittag: 'noon', 'après-midi': 'noon', "l'après-midi": 'noon', 'l’après-midi': 'noon', południu: 'noon', pomeriggio: 'noon', popołudniu: 'noon', eftermiddagen: 'noon', eftermiddag: 'noon', tarde: 'noon',
  // written as one word with its "mid-" ("1 capsule mid-afternoon and 1 at bedtime" read 1 a day;
  // issue 8, the leftovers of round 66), and midday, lunchtime as the shops write them
  'mid-afternoon': 'noon', midafternoon: 'noon', 'mid-day': 'noon', midday: 'noon', lunchtime: 'noon', 'late-afternoon': 'noon',
  mittag: 'noon', 'mid-morning': 'am', midmorning: 'am', 'mid-evening': 'pm',
  mezzogiorno: 'noon', lunchtid: 'noon',
  // Italian's nouns of a morning's and an evening's span ("1 compressa in mattinata e 1 in serata"), Austrian "in
  // der Früh", going to bed in es/pt/it/da/sv/no ("antes de dormir", "prima di andare a letto", "før sengetid",
  // "före sänggåendet", "før leggetid"): read as no time, the day lost (the review of the rules of rounds 66-68).
  // "früh", "dormir" and "letto" only after a lead (TIME_NEEDS_LEAD_WORDS_EXTRA)
  mattinata: 'am', serata: 'pm', früh: 'am', dormir: 'pm', letto: 'pm', sengetid: 'pm', sänggåendet: 'pm', leggetid: 'pm',
};
/** Meal words beside the directions reader's own ("bij elke hoofdmaaltijd 1 tablet", "vid varje
 *  huvudmåltid"): a lead and "each" before one is a meal of the day (round 57). Lower case. */
export const MEAL_WORDS_EXTRA: readonly string[] = ['hoofdmaaltijd', 'huvudmåltid', 'hovedmåltid'];
/** Words that make a meal a main one, between "each" and the meal ("with each main meal", "à chaque
 *  repas principal" after it): still each of the day's meals (round 57). Lower case. */
export const MAIN_MEAL_WORDS: readonly string[] = ['main', 'principal', 'principale', 'principali', 'principales', 'główny', 'głównym'];
/** Words of a possessive or a demonstrative that lead a time of day as "the" does: "with your evening
 *  meal", "with your breakfast" (round 57: the evening meal read as no time, one tablet of two a day).
 *  Lower case. */
export const TIME_LEAD_WORDS_EXTRA: readonly string[] = ['your', 'this', 'their', 'am', 'zum', 'de', 'la', 'den', 'jeden', 'der'];
/** Time words read as one only after a lead (TIME_LEAD_WORDS_EXTRA: "am Morgen", "in de avond", "la soirée"):
 *  German and Dutch "morgen" is also "tomorrow" (the review of round 65's rules). Lower case. */
export const TIME_NEEDS_LEAD_WORDS_EXTRA: readonly string[] = ['morgen', 'abend', 'avond', 'ochtend', 'soirée', 'matinée', 'früh', 'dormir', 'letto'];
/** Verbs of going before "to" or "into" that lead a time of day as "before" does: "30 to 60
 *  minutes before going to bed", "before you go to bed", "when getting into bed" (issue 8, round 52:
 *  the bed read as no time, a 2-capsule serving had no day). */
export const TIME_GOING_WORDS: readonly string[] = ['go', 'goes', 'going', 'get', 'getting', 'retire', 'retiring', 'head', 'heading', 'andare'];
/** The "to" after such a verb ("going to bed", "getting into bed", "andare a letto"). Lower case. */
export const TIME_GOING_TO_WORDS: readonly string[] = ['to', 'into', 'a'];
/** Verbs that introduce a dose ("przyjmować 1 tabletkę", "užívat 2 tablety"). */
export const TAKE_WORDS_EXTRA: readonly string[] = [
  'przyjmować', 'stosować', 'spożywać', 'rozpuścić', 'užívat', 'užívejte', 'bevenni', 'innemen', 'neem',
  // pt/es ("Diluir 1 colher medida (3 g) em 200 ml de água", "Consumir de 1 a 2 vezes ao dia")
  'diluir', 'dissolver', 'consumir', 'ingerir',
  // a vial or a liquid is drunk, as "drink" is ("Boire 1 flacon (10 ml) par jour"; the review of round 72:
  // the day lost, and the product read absent)
  'boire', 'buvez', 'trinken', 'beber', 'bere', 'drinken', 'dricka', 'drikke',
  // a lotion's or an oil's dose is massaged or rubbed in ("Massage 2-4 pumps into legs at bedtime")
  'massage', 'rub', 'einmassieren', 'masser', 'massaggiare', 'masajear',
  // an effervescent tablet is dropped into water ("Drop one tablet into a glass of cold water")
  'drop',
  // a gummy or a chewable tablet is chewed, as "chew" is ("Adultos: masticar 2 gomitas ... antes de
  // acostarse": no verb of taking, so the bedtime made no day; issue 8, round 68)
  'masticar', 'mastique', 'masticare', 'masticate', 'kauen', 'zerkauen', 'croquer', 'mâcher', 'kauwen', 'tugga', 'żuć',
  // (and as the shops' imperatives say it, with pt's and da/no's: "Prenez 2 gélules le soir", "Ta 2 kapslar på
  // kvällen", "croquez 2 gommes", "mastigar 2 gomas", "tyg 2 tyggetabletter": a single time of day made no day;
  // the review of the rules of rounds 66-68)
  'prenez', 'ta', 'croquez', 'mâchez', 'mastica', 'masticate', 'mastigar', 'mastigue', 'mastiga', 'tyg', 'tygg', 'tygge', 'żuj',
];
/** Words that only stress a frequency said alone ("One a day only.", "Once daily only."): a sentence
 *  of a count of once, a day word and these says how often the dose before it is taken. */
export const FREQUENCY_ONLY_WORDS: readonly string[] = ['only', 'just', 'nur', 'seulement', 'solo', 'sólo', 'apenas', 'alleen', 'tylko', 'pouze', 'iba', 'samo'];

/** Verbs of a heading that says what a count of units holds ("2 capsules provide:", "2 Kapseln
 *  enthalten:", "2 gélules apportent :"), in the shops' languages: the count is the serving of the
 *  rows under it. Lower case, the plural a count takes. */
export const COUNT_CONTAIN_VERBS: readonly string[] = [
  'contain', 'contains', 'provide', 'provides', 'supply', 'supplies', 'deliver', 'give', // en
  'enthalten', 'liefern', // de
  'contiennent', 'apportent', 'fournissent', // fr
  'contienen', 'aportan', 'proporcionan', // es
  'contengono', 'apportano', 'forniscono', // it
  'bevatten', 'leveren', // nl
  'zawierają', 'dostarczają', // pl
  'contêm', 'fornecem', // pt
  'innehåller', 'ger', // sv
];
/** Count words, two to six, that head such a heading in the shops' languages ("Zwei Kapseln
 *  enthalten:", "Deux gélules apportent :"); the engine's number words read each. */
export const COUNT_CONTAIN_WORDS: readonly string[] = [
  'two', 'three', 'four', 'five', 'six', 'zwei', 'drei', 'vier', 'deux', 'trois', 'quatre', 'dos', 'tres', 'cuatro',
  'due', 'tre', 'quattro', 'twee', 'drie', 'dwie', 'dwa', 'trzy', 'duas', 'dois', 'três',
];

/** Reference-intake column names printed as "% RWS" (pl), "% RI", "% NRV", "% VNR" (fr), "% NRW" (de),
 *  "% RHP" (cs), "% RDS"/"% RSZB" (hu), "% RI" (nl: "% RI", "% ADH"). */
export const REFERENCE_INTAKE_ABBREVIATIONS: readonly string[] = ['rws', 'ri', 'nrv', 'vnr', 'nrw', 'rhp', 'rds', 'adh', 'vrn', 'rsz'];

/** Words of a reference intake in the languages the engine's own list does not cover: Czech, Spanish
 *  ("Doporučený denní příjem hořčíku pro dospělé (referenční hodnota příjmu) je 375 mg") and
 *  Portuguese ("a ingestão adequada de magnésio é de 350 mg por dia"). An amount they name is the
 *  reference's, never the product's (issue 8, round 24). Not the label's own dose words ("doporučená
 *  denní dávka", "dose diária recomendada"), nor a share of the reference ("27 % referenční hodnoty
 *  příjmu"): the pattern built from these leaves out a word after a percent sign. */
export const REFERENCE_INTAKE_WORDS_EXTRA: readonly string[] = [
  // a body's need, as "adults need" is in English: "Erwachsene benötigen täglich etwa 350 mg", "les
  // adultes ont besoin d'environ", "los adultos necesitan", "gli adulti hanno bisogno di", "dorośli
  // potrzebują", "os adultos precisam de" (issue 8, round 59: a shop's intake prose on a spray with no
  // amount was read as its dose; not the Swedish "behöver": a shopper's "man behöver" is first person)
  'benötigen', 'benötigt', 'ont besoin', 'a besoin', 'necesitan', 'necesita', 'hanno bisogno', 'ha bisogno', 'potrzebują', 'potrzebuje', 'precisam', 'precisa',
  'doporučený denní příjem', 'doporučeného denního příjmu', 'doporučený příjem', 'referenční hodnota příjmu', 'referenční hodnoty příjmu', 'referenční hodnotu příjmu',
  'ingestão adequada', 'ingestão diária recomendada', 'ingestão recomendada', 'ingestão diária de referência',
  // Spanish: "La cantidad diaria recomendada (VRN) de magnesio para adultos es de 375 mg" (issue 8, round 29)
  'cantidad diaria recomendada', 'valor de referencia de nutrientes', 'valores de referencia de nutrientes',
  // Croatian: "Preporučeni dnevni unos magnezija za odrasle je 375 mg" (issue 8, round 34)
  'preporučeni dnevni unos', 'preporučenog dnevnog unosa', 'referentni unos', 'referentne vrijednosti unosa',
  // Portuguese, Slovak, Slovenian: "O valor de referência do nutriente (VRN) para adultos é de 375 mg",
  // "(referenčná hodnota príjmu) je 375 mg", "Referenčna vrednost vnosa ... je 375 mg na dan" (round 35)
  'valor de referência do nutriente', 'valores de referência do nutriente', 'valor de referência de nutrientes', 'valores de referência de nutrientes',
  'referenčná hodnota príjmu', 'referenčnej hodnoty príjmu', 'referenčnú hodnotu príjmu',
  'referenčna vrednost vnosa', 'referenčne vrednosti vnosa', 'referenčno vrednost vnosa',
  // Nordic and Finnish: an agency's intake ("Livsmedelsverket anger ett rekommenderat intag på 280 mg
  // magnesium per dag"; issue 8, round 46: read over the label's 100 mg, overstated)
  'rekommenderat intag', 'rekommenderat dagligt intag', 'rekommenderade intaget', 'anbefalet indtag', 'anbefalede indtag', 'anbefalt inntak', 'anbefalte inntaket',
  'saantisuositus', 'saantisuositukset', 'suositeltu saanti',
  // the recommendations themselves and who needs what ("Enligt de nordiska näringsrekommendationerna
  // behöver vuxna kvinnor cirka 280 mg och män cirka 350 mg magnesium per dag"; issue 8, round 51:
  // read over the label's 150 mg a tablet, overstated)
  'näringsrekommendationer', 'näringsrekommendationerna', 'behöver vuxna', 'vuxna behöver', 'næringsanbefalinger', 'næringsanbefalingene',
  'ernæringsanbefalinger', 'ravitsemussuositukset',
];

/** Words of an upper limit of intake, beside "upper limit" and "tolerable" (in the reference cues): a
 *  limit quoted on a shop page, often a child's ("The UL for magnesium from supplements: 65 mg (children
 *  1-3)"), is no dose of the product. "UL" itself, in capitals only, is matched apart. */
export const UPPER_LIMIT_WORDS: readonly string[] = [
  'upper intake level', 'upper intake levels', 'upper level', 'upper levels', 'upper limits', 'safe upper limit', 'safe upper limits',
  'obergrenze', 'obergrenzen', 'höchstzufuhr', 'limite supérieure', 'limites supérieures', 'apport maximal tolérable', 'limite massimo', 'livello massimo tollerabile',
  'nivel máximo', 'nivel superior', 'ingesta máxima tolerable', 'nível máximo', 'limite superior tolerável', 'górny tolerowany poziom', 'górny poziom spożycia',
  'horní limit', 'bovengrens', 'aanvaardbare bovengrens',
];
/** Words of a reference level of intake an authority or a guideline sets, beside those of
 *  REFERENCE_CUE_RE (patterns.ts: "rda", "nrv", "reference intake", "upper limit") and
 *  UPPER_LIMIT_WORDS: "the UK guidance level is 400mg a day from supplements", "der Referenzwert
 *  für Erwachsene liegt bei 350 mg", "l'apport satisfaisant est de 420 mg". An amount after them, in
 *  their sentence with no figure, dose form nor product word between, is the level's, never the
 *  product's dose (issue 8, round 61: a calcium product's pharmacist tip was read as 400 mg of
 *  magnesium). Not the label's own heading of its dose ("recommended daily dose", "Tagesdosis").
 *  Lower case. */
export const REFERENCE_LEVEL_WORDS: readonly string[] = [
  // en
  'guidance level', 'guidance levels', 'guideline level', 'guideline levels', 'safe upper level', 'safe upper levels', 'safe level',
  'recommended maximum intake', 'recommended maximum from supplements', 'recommended upper limit', 'reference value', 'reference values',
  'nutrient reference value', 'nutrient reference values', 'recommended intake', 'adequate intake', 'dietary reference value', 'dietary reference values',
  // de
  'referenzwert', 'referenzwerte', 'richtwert', 'richtwerte', 'schätzwert', 'schätzwerte', 'zufuhrempfehlung', 'zufuhrempfehlungen',
  'empfohlene höchstmenge', 'höchstmengenempfehlung', 'höchstmengenvorschlag', 'sichere obergrenze',
  // fr
  'valeur de référence', 'valeurs de référence', 'référence nutritionnelle', 'références nutritionnelles', 'apport satisfaisant',
  'apport nutritionnel conseillé', 'apports nutritionnels conseillés', 'limite de sécurité', 'limite supérieure de sécurité', 'apport maximal recommandé',
  // es
  'valor de referencia', 'valores de referencia', 'nivel de referencia', 'ingesta adecuada', 'ingesta de referencia', 'máximo recomendado', 'límite máximo recomendado',
  // it
  'valore di riferimento', 'valori di riferimento', 'livello di riferimento', 'livelli di riferimento', 'assunzione raccomandata', 'assunzione adeguata', 'massimo raccomandato',
  // nl
  'referentiewaarde', 'referentiewaarden', 'richtwaarde', 'adequate inname', 'veilige bovengrens',
  // pl
  'wartość referencyjna', 'wartości referencyjne', 'poziom referencyjny', 'norma spożycia', 'normy spożycia', 'bezpieczny poziom', 'maksymalny zalecany poziom',
  // pt
  'valor de referência', 'valores de referência', 'nível de referência', 'máximo recomendado', 'limite recomendado',
  // sv
  'referensvärde', 'referensvärdet', 'riktvärde', 'riktvärdet', 'rekommenderat maximum', 'övre gräns', 'övre gränsen', 'säker övre nivå',
];
/** Words naming the product or its serving between a reference level's words and an amount: the
 *  amount is then the label's own ("Within the safe level, this product gives 300 mg"). Lower case. */
export const REFERENCE_LEVEL_PRODUCT_WORDS: readonly string[] = [
  'this product', 'our product', 'this supplement', 'our formula', 'this formula', 'each serving', 'per serving', 'serving', 'daily dose', 'dose',
  'dieses produkt', 'unser produkt', 'tagesdosis', 'pro portion', 'portion', 'ce produit', 'notre produit', 'dose journalière', 'par dose',
  'este producto', 'nuestro producto', 'dosis diaria', 'questo prodotto', 'il nostro prodotto', 'dose giornaliera', 'dit product', 'ons product', 'dagdosis',
  'ten produkt', 'nasz produkt', 'porcja', 'porcji', 'este produto', 'o nosso produto', 'dose diária', 'denna produkt', 'vår produkt', 'dagsdos',
];
/** A product tab's heading of its nutrition values alone, in the shops' languages ("Nutrition",
 *  "Nutritional information", "Typical values", "Voedingswaarde", "Näringsvärde"): a section under
 *  it that states the composition is the label's (issue 8, round 61). Lower case, the whole heading. */
/** Per-words that are also common words of directions ("je": German "each", Dutch "you", Czech
 *  "is"; "Erwachsene je 2 Kapseln täglich", "Neem je 2 capsules per dag"): one heads a composition's
 *  serving only after a head noun of its own on the line (PANEL_HEAD_NOUNS, NUTRITION_HEADINGS, the
 *  composition headings: "Nährwerte je 2 Kapseln", "Inhaltsstoffe je Stick | je 2 Sticks"); the
 *  review of rounds 63-64: a directions line read as the serving, the day halved. Lower case. */
export const AMBIGUOUS_PER_WORDS: readonly string[] = ['je'];
/** Nouns that head a composition's amounts (beyond NUTRITION_HEADINGS and the composition headings):
 *  "Inhalt je 2 Kapseln", "Durchschnittswerte je 2 Kapseln". Lower case, a line's first words. */
export const PANEL_HEAD_NOUNS: readonly string[] = [
  'inhalt', 'gehalt', 'durchschnittswerte', 'durchschnittlicher gehalt', 'nährstoffe', 'nährstoffgehalt', 'wirkstoffgehalt', 'analyse', 'angaben',
  'obsah', 'inhoud', 'indhold', 'innhold', 'zawartość',
];
/** Day adjectives before a serving word: "Zalecana dzienna porcja: 2 kapsułki", "Aanbevolen dagelijkse
 *  portie: 2 tabletten", "Daily serving: 2 capsules" are a day's dose (the directions read it), never the
 *  label's serving over a table's "1 kapsułka" column (the review of rounds 63-64: the day halved). Lower case. */
export const SERVING_DAY_ADJECTIVES: readonly string[] = [
  'daily', 'dzienna', 'dzienną', 'dziennej', 'dagelijkse', 'dagelijks', 'giornaliera', 'giornaliere', 'diaria', 'diária', 'diario',
  'tägliche', 'täglichen', 'journalière', 'journalier', 'quotidienne', 'denní', 'denna', 'daglig', 'dagliga', 'dagelig', 'daglige', 'dagleg',
];
export const NUTRITION_HEADINGS: readonly string[] = [
  'nutrition', 'nutritional information', 'nutrition information', 'nutritional info', 'nutritional values', 'typical values',
  'nährwerte', 'nährwertangaben', 'valeurs nutritionnelles', 'información nutricional', 'valori nutrizionali',
  'voedingswaarde', 'voedingswaarden', 'wartości odżywcze', 'informação nutricional', 'näringsvärde', 'näringsinnehåll',
];
/** Words of a ceiling on the day's intake, in the shops' languages beyond those of CEILING_RE
 *  (patterns.ts: "exceed", "more than", "höchstens", "plus de", ...): "ne uzimati više od 3 kapsule
 *  dnevno" is a "do not exceed" line, never the top of a range (review 53: read as a dose, it widened
 *  the label's 1 capsule a day to 1-3). Lower case; each a whole phrase, never a bare "više od"
 *  ("more than"), which also says an age ("djeca više od 12 godina"). */
export const CEILING_WORDS_EXTRA: readonly string[] = [
  'ne uzimati više od', 'ne uzimajte više od', 'nemojte uzimati više od', 'ne prekoračiti', 'ne prekoračujte', 'nemojte prekoračiti',
];
/** A day's intake from the diet (and supplements), in the shops' languages beyond English's "from
 *  food": an amount in a sentence with them is everyone's total intake, a reference, never this
 *  product's dose ("Bežne sa odporúča 300 až 400 mg horčíka denne zo stravy aj doplnkov": issue 8,
 *  round 52, a pharmacist's answer read over the label's 125 mg per tablet). Lower case. */
export const REFERENCE_DIET_WORDS: readonly string[] = [
  'from the diet', 'from your diet', 'from diet', 'food and supplements combined',
  'zo stravy', 'ze stravy', 'z potravy', // sk/cs
  'z diety', 'z pożywienia', 'z pożywieniem', // pl
  'aus der nahrung', 'über die nahrung', // de
  'par l\'alimentation', 'par l’alimentation', // fr
  'de la dieta', 'dalla dieta', 'dall\'alimentazione', // es/it
  'da alimentação', 'pela alimentação', // pt
  'uit de voeding', 'via de voeding', // nl
  'iz prehrane', // hr
];
/** Words of REFERENCE_INTAKE_WORDS_EXTRA that a label also uses for its own daily portion (Spanish
 *  "Cantidad diaria recomendada: magnesio 400 mg", "Composición por cantidad diaria recomendada: ..."
 *  head the product's amount): a reference intake only when a copula of REFERENCE_STATED_COPULAS
 *  stands between them and the amount ("La cantidad diaria recomendada de magnesio para adultos es
 *  de 375 mg"); review of round 29, each heading had read a true 375-450 mg as a reference value. */
export const REFERENCE_INTAKE_WORDS_AMBIGUOUS: readonly string[] = ['cantidad diaria recomendada'];
/** Copulas that state a reference intake's value after its words, for REFERENCE_INTAKE_WORDS_AMBIGUOUS. */
export const REFERENCE_STATED_COPULAS: readonly string[] = ['es', 'son', 'está', 'están', 'se sitúa', 'se sitúan', 'asciende', 'ascienden', 'equivale', 'corresponde', 'ronda', 'oscila'];

/** Word stems, in the languages of REFERENCE_INTAKE_WORDS_EXTRA, of a label's own portion or
 *  directions: between a reference-intake word and an amount they make the words a heading of the
 *  label's dose ("Doporučený denní příjem (jedna tableta) obsahuje 400 mg", "Ingestão diária
 *  recomendada: duas cápsulas (400 mg ...)"), never a reference value (review of round 24). */
export const REFERENCE_PORTION_STEMS_EXTRA: readonly string[] = [
  'tablet', 'kapsl', 'tobol', 'sáč', 'dávk', 'užív', 'obsahuj', 'jedn', 'dvě', 'dva', 'tři', 'čtyři', 'půl',
  'cápsul', 'capsul', 'comprimid', 'saquet', 'porç', 'dose', 'tomar', 'ingerir', 'fornec', 'contém', 'contêm', 'uma', 'duas', 'dois', 'três', 'meia', 'meio',
  // Spanish ("Cantidad diaria recomendada: 2 comprimidos (400 mg)" is the label's dose)
  'sobre', 'dosis', 'toma', 'aport', 'contien',
  // ("La cantidad diaria recomendada de este producto es de 400 mg": the product's own amount)
  'producto', 'complemento', 'suplemento',
];

/** Words of all adults after a nutrient's intake, then a copula right before its amount ("the
 *  recommended daily intake of magnesium for adults is 375 mg", "die empfohlene Tagesmenge an
 *  Magnesium für Erwachsene beträgt", "la dose giornaliera raccomandata di magnesio per gli adulti è
 *  di", "zalecana dzienna dawka magnezu dla dorosłych wynosi"): everyone's reference, never this
 *  product's dose, whatever the intake's words (issue 8, round 63: a Portuguese page with no facts
 *  read "A dose diária recomendada de magnésio para adultos é de 375 mg" as its own). Lower case. */
export const REFERENCE_ADULTS_WORDS: readonly string[] = [
  'for adults', 'for an adult', 'in adults', 'für erwachsene', 'bei erwachsenen', 'pour les adultes', 'pour un adulte', 'chez l’adulte', "chez l'adulte", 'chez les adultes',
  'para adultos', 'para los adultos', 'para un adulto', 'en adultos', 'per gli adulti', 'per adulti', 'per un adulto', 'negli adulti',
  'voor volwassenen', 'bij volwassenen', 'dla dorosłych', 'u dorosłych', 'dla osoby dorosłej', 'para os adultos', 'em adultos', 'för vuxna', 'hos vuxna', 'for voksne', 'hos voksne',
];
/** Copulas after REFERENCE_ADULTS_WORDS before the amount, with an optional "of"/"about" after them. Lower case. */
export const REFERENCE_ADULTS_COPULAS: readonly string[] = [
  'is', 'are', 'is about', 'is around', 'beträgt', 'liegt bei', 'est de', 'est', 'est d’environ', "est d'environ", 'es de', 'es', 'son', 'se sitúa en',
  'è di', 'è', 'è pari a', 'is', 'bedraagt', 'ligt op', 'wynosi', 'to', 'é de', 'é', 'são', 'är', 'ligger på', 'er', 'ligger på',
];

/** Words that make an amount before them the value of a reference intake after them ("375 mg je
 *  doporučený denní příjem", "350 mg por dia é a ingestão adequada"), in the same languages. */
export const REFERENCE_COPULAS_EXTRA: readonly string[] = ['je', 'jsou', 'činí', 'představuje', 'é', 'são', 'corresponde à', 'corresponde a', 'equivale à', 'equivale a'];

/** Dietary-supplement words in the shops' languages (a product naming the nutrient is a supplement). */
export const SUPPLEMENT_WORDS_EXTRA: readonly string[] = [
  'suplement diety', 'doplněk stravy', 'doplnok stravy', 'étrend-kiegészítő', 'voedingssupplement',
  'kosttilskud', 'kosttillskott', 'ravintolisä', 'supliment alimentar', 'suplemento alimentar', 'dodatak prehrani',
  'prehransko dopolnilo', 'prehranskih dopolnil', 'doplnok výživy', // sl, sk (round 35)
];

/** Dose-form words in a title ("20 tabletek musujących"). */
export const DOSE_FORM_WORDS_EXTRA: readonly string[] = [
  'tabletki', 'tabletek', 'tabletka', 'musujące', 'musujących', 'musująca', 'kapsułki', 'kapsułek', 'saszetki', 'saszetek',
  'tablety', 'tobolky', 'tablet', 'šumivé', 'tabletta', 'kapszula', 'pezsgőtabletta', 'bruistabletten', 'capsules', 'tabletter', 'kapslar',
  // granulates and sachets in the shops' languages ("Magnesium Granulat Citrus, 30 Beutel", its facts a
  // picture: read absent, not unreadable; round 62)
  'granulat', 'granulate', 'granules', 'direktgranulat', 'granulés', 'granulé', 'granulado', 'granulato', 'granulaat', 'granulki', 'grânulos',
  'beutel', 'sticks', 'sobres', 'zakjes', 'saquetas', 'dospåsar', 'portionspåsar',
  // powders in the shops' languages ("Magnesio Supremo in polvere 150 g" named under a long menu, its
  // copy cut off before the amount: read absent, not unreadable)
  'polvere', 'poudre', 'proszek', 'poeder',
];

/** A food's powder named by what it is made of ("Porridge à la poudre d'amande", "polvere di cacao", "proszek do
 *  pieczenia", "powder of almonds"): the powder word then its "of", no dose form of a supplement unless the
 *  nutrient follows ("poudre de magnésium"); the review of the rules of rounds 66-68: a recipe read as a product.
 *  The powder words, and the words of "of" after them. Lower case. */
export const FOOD_POWDER_WORDS: readonly string[] = ['poudre', 'polvere', 'polvo', 'proszek', 'poeder', 'powder', 'pó'];
export const FOOD_POWDER_OF_WORDS: readonly string[] = ["d'", 'd’', 'de', 'di', 'del', 'della', 'do', 'of', 'van'];

/** Directions headings ("Sposób użycia", "Dawkowanie", "Dávkování", "Adagolás", "Gebruik"). */
export const DIRECTIONS_HEADINGS_EXTRA: readonly string[] = [
  'sposób użycia', 'dawkowanie', 'zalecane dzienne spożycie', 'zalecana porcja', 'dávkování', 'způsob použití', 'adagolás', 'javasolt adag',
  'gebruik', 'dosering', 'gebruiksaanwijzing', 'dosering och användning', 'modo de usar', 'modo de utilização', 'mod de administrare',
  // German shops' own headings (iHerb's German "Suggested use", pharmacies' "Anwendungsempfehlung")
  'verwendungsempfehlung', 'empfohlene verwendung', 'anwendungsempfehlung', 'verzehrsempfehlung', 'einnahmehinweise', 'einnahme',
  // iHerb's localized "Suggested use" ("Uso consigliato": the Italian page's "2 capsule una volta al
  // giorno" went unread, no day; issue 8, round 64)
  'uso consigliato', 'uso suggerito', 'modalità di utilizzo', 'uso sugerido', 'uso recomendado', 'utilisation suggérée', 'utilisation recommandée',
  'sugerowane użycie', 'sugerowany sposób użycia', 'zalecany sposób użycia', 'aanbevolen gebruik', 'gebruiksadvies', 'rekommenderad användning', 'anbefalet brug', 'anbefalt bruk',
];

/** Headings of a medicine's package leaflet, the product's own document ("Gebrauchsinformation:
 *  Information für Anwender", "Package leaflet", "Notice : information de l'utilisateur"): a hidden
 *  tab headed by one holds the product's composition and dose (issue 8, round 46: a pharmacy's
 *  leaflet tab, its sections questions such as "3. Wie ist ... einzunehmen?", was left unread). */
export const LEAFLET_HEADINGS: readonly string[] = [
  'gebrauchsinformation', 'packungsbeilage', 'beipackzettel', 'fachinformation',
  'package leaflet', 'patient information leaflet', 'patient leaflet',
  'foglio illustrativo', 'prospecto', 'ulotka', 'ulotka dołączona do opakowania', 'příbalová informace', 'bijsluiter',
  'bipacksedel', 'pakningsvedlegg', 'indlægsseddel', 'pakkausseloste', 'folheto informativo', 'betegtájékoztató',
];

/** Health category words of the shops' breadcrumbs ("Suplementy diety", "Doplňky stravy", "Vitaminok"). */
export const HEALTH_CATEGORY_WORDS_EXTRA: readonly string[] = [
  'suplementy', 'suplementy diety', 'witaminy', 'minerały', 'zdrowie', 'apteka', 'doplňky stravy', 'vitamíny', 'minerály', 'lékárna',
  'zdraví', 'vitaminok', 'ásványi anyagok', 'gyógyszertár', 'egészség', 'gezondheid', 'vitamines', 'mineralen', 'apotheek', 'farmácia', 'saúde',
  'kosttilskud', 'kosttillskott', 'vitaminer', 'mineraler', 'apotek', 'hälsa', 'helse', 'sundhed',
  // hr, fi; and a shop's bones-and-joints aisle, where supplements are sold (issue 8, round 34: a
  // Croatian bone formula under "Kosti i zglobovi" was read as no supplement, absent)
  'vitamini', 'minerali', 'zdravlje', 'ljekarna', 'dodaci prehrani', 'vitamiinit', 'kivennäisaineet', 'terveys', 'apteekki',
  'kosti i zglobovi', 'luusto ja nivelet', 'knogler og led', 'knogler & led', 'botten en gewrichten', 'botten & gewrichten',
  'bones & joints', 'bones and joints', 'bone & joint', 'bone and joint', 'bone health', 'knochen & gelenke', 'knochen und gelenke', 'os et articulations',
  // sl/hr/sk/ro ("Domov › Vitamini in minerali › Magnezij"; round 35)
  'lekarna', 'zdravje', 'lekáreň', 'zdravie', 'vitamine', 'minerale', 'farmacie', 'sănătate',
];

/** An article's update line in more languages than patterns.ts's AUTHOR_MARKER_RES spells ("Päivitetty
 *  8.1.2024", "Dernière mise à jour : 02/04/2025"; issue 8, rounds 46/47). */
export const UPDATED_WORDS_EXTRA: readonly string[] = ['päivitetty', 'julkaistu', 'mise à jour', 'aktualizováno', 'frissítve', 'atualizado', 'actualizado em'];
/** Question words that open an article's headline, beyond patterns.ts's QUESTION_HEADING_RE ("Kenelle
 *  magnesiumlisä voi olla hyödyksi?"; round 46). */
export const QUESTION_WORDS_EXTRA: readonly string[] = ['kuinka', 'kenelle', 'mitä', 'mikä', 'miksi', 'milloin', 'paljonko', 'hoe', 'kiedy', 'dlaczego', 'quanto tempo'];
/** A recipe's times, each before a colon and its minutes ("Preparazione: 15 min", "Cottura: 15 min",
 *  "Temps de préparation : 10 min"; round 47: an Italian recipe read as a product). */
export const RECIPE_TIME_WORDS: readonly string[] = [
  'preparazione', 'cottura', 'tempo di preparazione', 'tempo di cottura', 'préparation', 'cuisson', 'temps de préparation', 'temps de cuisson',
  'preparación', 'cocción', 'zubereitung', 'zubereitungszeit', 'kochzeit', 'backzeit', 'garzeit', 'bereidingstijd', 'bereiding', 'kooktijd',
  'valmistusaika', 'tilberedning', 'tilberedningstid', 'tillagning', 'czas przygotowania', 'tempo de preparo', 'tempo de preparação', 'prep', 'cook',
  // a recipe's bare time ("Tiempo: 5 minutos | Raciones: 2"; round 57: a smoothie's recipe read as a product)
  'tiempo', 'tiempo total', 'tempo', 'tempo totale', 'temps total', 'gesamtzeit', 'arbeitszeit',
];
/** The sections of a drug monograph or a summary of product characteristics, each a heading on its own
 *  line ("Contre-indications", "Effets indésirables"): four of them on a page with no cart button are
 *  an article marker (round 47: a French monograph read as a product). A pharmacy's page of one
 *  product quoting the leaflet has its cart button. */
export const MONOGRAPH_HEADINGS: readonly string[] = [
  'indications', 'contre-indications', 'posologie', 'posologie et mode d\'administration', 'mises en garde', 'mises en garde et précautions d\'emploi',
  'interactions', 'interactions médicamenteuses', 'effets indésirables', 'surdosage', 'présentations', 'grossesse et allaitement',
  'contraindications', 'adverse reactions', 'adverse effects', 'drug interactions', 'overdosage', 'dosage and administration', 'warnings and precautions', 'how supplied',
  'anwendungsgebiete', 'gegenanzeigen', 'nebenwirkungen', 'wechselwirkungen', 'dosierung und art der anwendung', 'überdosierung',
  'indicazioni terapeutiche', 'controindicazioni', 'effetti indesiderati', 'posologia e modo di somministrazione', 'avvertenze', 'sovradosaggio',
  'indicaciones', 'contraindicaciones', 'reacciones adversas', 'posología y forma de administración', 'sobredosis', 'advertencias y precauciones',
  'wskazania', 'przeciwwskazania', 'działania niepożądane', 'interakcje', 'przedawkowanie',
  // a drug database's substance monograph in the other shops' languages, its action and dosing
  // sections too ("Działanie", "Dawkowanie (typowe w preparatach ...)"; round 62: read as a product)
  'działanie', 'dawkowanie', 'ostrzeżenia', 'mechanism of action', 'wirkungsweise', 'mécanisme d\'action', 'mecanismo de acción', 'meccanismo d\'azione',
  'indicaties', 'contra-indicaties', 'bijwerkingen', 'interacties', 'werkingsmechanisme',
  'indikationer', 'kontraindikationer', 'biverkningar', 'interaktioner', 'bivirkninger',
  'indicações', 'contraindicações', 'efeitos indesejáveis', 'efeitos secundários', 'interações', 'sobredosagem',
];

/** Headings of a block of other products on a product page ("You may also like" in the shops'
 *  languages): the lines under one are other products' cards, never this product's label. */
export const CROSS_SELL_HEADINGS_EXTRA: readonly string[] = [
  // (Amazon's blocks of other products, a heading and its "Sponsored" label)
  'products related to this item', 'sponsored products related to this item', 'sponsored',
  'das könnte ihnen auch gefallen', 'das könnte dich auch interessieren', 'das könnte sie auch interessieren', 'das könnte ihnen auch interessieren', 'kunden kauften auch', 'ähnliche produkte', 'passend dazu',
  'vous aimerez aussi', 'vous aimerez peut-être aussi', 'produits similaires', 'produits associés', 'les clients ont aussi acheté',
  'potrebbero interessarti anche', 'potrebbe interessarti anche', 'prodotti correlati', 'prodotti simili',
  'te puede interesar', 'también te puede interesar', 'productos relacionados', 'productos similares',
  'los clientes también vieron', 'los clientes también compraron', 'comprados juntos habitualmente', 'frecuentemente comprados juntos',
  'i clienti hanno visto anche', 'spesso comprati insieme', 'les clients ont aussi consulté', 'fréquemment achetés ensemble',
  'kunden sahen auch', 'wird oft zusammen gekauft', 'häufig zusammen gekauft', 'vaak samen gekocht', 'często kupowane razem',
  'bekijk ook', 'misschien ook interessant', 'vergelijkbare producten', 'gerelateerde producten', 'anderen kochten ook',
  // (the stores' "bought together" and "also bought" blocks in more of their words: iHerb's "Se compran
  // juntos con frecuencia" and Amazon's "Les clients ont également acheté" read as the product's;
  // issue 8, round 64)
  'se compran juntos con frecuencia', 'se compran juntos frecuentemente', 'comprados juntos con frecuencia', 'los clientes también han comprado',
  'les clients ont également acheté', 'souvent achetés ensemble', 'fréquemment achetés ensemble', 'achetés ensemble fréquemment',
  'häufig zusammen gekauft', 'oft zusammen gekauft', 'spesso acquistati insieme', 'acquistati spesso insieme', 'i clienti hanno acquistato anche',
  'klanten kochten ook', 'vaak samen gekocht', 'klienci kupili również', 'klienci kupili także', 'często kupowane razem',
  'frequentemente comprados juntos', 'comprados juntos com frequência', 'os clientes também compraram',
  'kunder köpte också', 'köps ofta tillsammans', 'ofta köpta tillsammans', 'købes ofte sammen', 'ofte købt sammen',
  'kunder köpte även', 'andra köpte även', 'liknande produkter', 'kunder købte også', 'lignende produkter', 'kunder kjøpte også',
  'mohlo by vás zajímat', 'podobné produkty', 'související produkty', 'zákazníci také koupili',
  'może cię zainteresować', 'podobne produkty', 'klienci kupili również', 'polecane produkty',
  // a line that lists other products of the range or the brand ("Other products in this range: Acme
  // Zinc 25 mg, Acme Magnesium Night 200 mg." over the page's own 400 mg read 200; issue 8, round 40)
  'other products in this range', 'other products in the range', 'other products in this line', 'also in this range', 'also in the range', 'more in this range',
  'other products from this brand', 'more products from this brand',
  'weitere produkte dieser serie', 'weitere produkte der serie', 'weitere produkte dieser marke', 'weitere produkte der marke', 'mehr aus dieser serie', 'auch in dieser serie',
  'autres produits de la gamme', 'autres produits de cette gamme', 'autres produits de la marque', 'dans la même gamme', 'aussi dans cette gamme',
];

/** A bundle of several products: a word in its title ("The Deep Sleep Stack", "Magnesium-Set Tag &
 *  Nacht") and a heading over its contents ("What's in the bundle", "Im Set enthalten"). */
export const BUNDLE_TITLE_WORDS: readonly string[] = [
  // (not a multipack's words, "lot de 3", "Paket", "confezione": several of one product have its dose)
  'bundle', 'stack', 'kit', 'set', 'duo', 'trio', 'bundel', 'coffret', 'zestaw',
];
/** The words a bundle counts its products in, opening a line of the page's head ("3 products · save
 *  22%", "2 Produkte", "3 produits"): a bundle word and such a count make a bundle without a contents
 *  heading. */
export const BUNDLE_COUNT_WORDS: readonly string[] = [
  'products', 'items', 'produkte', 'artikel', 'produits', 'articles', 'productos', 'artículos', 'prodotti', 'articoli', 'producten', 'produkty', 'produkter',
];
export const BUNDLE_CONTENTS_HEADINGS: readonly string[] = [
  'what\'s in the bundle', 'what’s in the bundle', 'what is in the bundle', 'in this bundle', 'the bundle includes', 'bundle includes', 'this bundle includes',
  'what\'s in the set', 'what’s in the set', 'the set includes', 'set includes', 'in this set', 'what\'s in the kit', 'the kit includes', 'kit includes', 'what\'s in the stack', 'the stack includes',
  'im set enthalten', 'im bundle enthalten', 'inhalt des sets', 'das set enthält', 'das bundle enthält',
  'contenu du coffret', 'le coffret contient', 'el pack incluye', 'contenido del pack', 'il kit contiene',
  'in de set', 'de bundel bevat', 'w zestawie', 'zestaw zawiera',
];

/** "Add to cart" in the shops' languages: a product page shows it once, a listing on every card. */
export const ADD_TO_CART_WORDS_EXTRA: readonly string[] = [
  'in winkelwagen', 'in winkelmandje', 'in de winkelwagen', 'lägg i varukorg', 'lägg i varukorgen', 'læg i kurv', 'legg i handlekurv',
  'do koszyka', 'dodaj do koszyka', 'do košíku', 'vložit do košíku', 'kosárba', 'lisää ostoskoriin', 'adicionar ao carrinho', 'adaugă în coș',
];

/** The words a listing counts its results in, after the count ("Magnesium 48 products", "312
 *  Ergebnisse", "48 produits"); never "items", a basket's count on every page ("Cart 0 items"). */
export const LISTING_COUNT_WORDS: readonly string[] = [
  'products', 'results', 'produkte', 'ergebnisse', 'produits', 'résultats', 'productos', 'resultados', 'prodotti', 'risultati',
  'producten', 'resultaten', 'produktów', 'wyników', 'produkter', 'resultat', 'produse', 'rezultate',
];
/** What a product page's own lists count ("Showing 10 of 64 reviews"): never a listing's results. */
export const REVIEW_LIST_WORDS: readonly string[] = [
  'reviews', 'review', 'ratings', 'questions', 'answers', 'comments', 'avis', 'commentaires', 'bewertungen', 'rezensionen', 'fragen',
  'opiniones', 'reseñas', 'preguntas', 'recensioni', 'domande', 'recensies', 'beoordelingen', 'vragen', 'opinii', 'recenzje', 'recenzii', 'întrebări',
];
/** Headings of a page's reviews, the heading alone on its line (perhaps with a count, "Opinie (118)"):
 *  the reviews under it are customers' words, their amounts never this product's label (issue 8,
 *  round 47: a Polish review's "magnez 375 mg", a Swedish one's "350 mg magnesium per dag" and a
 *  German one's "300 mg Magnesium als Kapsel" on an oil spray were each read as the dose). */
export const REVIEW_HEADINGS: readonly string[] = [
  'reviews', 'customer reviews', 'top reviews', 'product reviews', 'ratings & reviews', 'ratings and reviews', 'reviews & ratings', 'what our customers say', 'what customers say',
  'bewertungen', 'kundenbewertungen', 'rezensionen', 'kundenrezensionen', 'kundenmeinungen', 'erfahrungen',
  'avis', 'avis clients', 'avis client', 'les avis', 'avis des clients', 'avis vérifiés', 'commentaires',
  'reseñas', 'opiniones', 'opiniones de clientes', 'valoraciones', 'recensioni', 'recensioni dei clienti', 'opinioni',
  'recensies', 'beoordelingen', 'klantbeoordelingen', 'ervaringen', 'omdömen', 'recensioner', 'kundrecensioner', 'kundomdömen',
  'anmeldelser', 'kundeanmeldelser', 'arvostelut', 'opinie', 'opinie klientów', 'opinie o produkcie', 'recenzje',
  // (issue 8, round 59: Allegro's "Oceny produktu" over its reviews; and the same in the other shops' words)
  'oceny produktu', 'oceny i opinie', 'oceny', 'valutazioni', 'valutazioni dei clienti', 'avaliações de clientes', 'kundbetyg', 'notes et avis',
  'recenze', 'hodnocení', 'vélemények', 'avaliações', 'recenzii', 'păreri',
  'recenzie', 'hodnotenia', 'recenzije', 'arvustused', 'atsiliepimai',
  // (Amazon.fr's "Commentaires client": a review's "je prenais du magnésium marin à 300 mg" read as the dose; round 64)
  'commentaires client', 'commentaires clients', 'commentaires des clients', 'recensioni clienti', 'opiniones de los clientes', 'klantrecensies', 'recenzje klientów',
  // (Walmart's "Customer ratings & reviews"; round 65)
  'customer ratings & reviews', 'customer ratings and reviews', 'customer reviews & ratings', 'customer reviews and ratings', 'ratings', 'customer ratings',
];
/** A review's rating written in words, "<figure> <out of> 5 <stars>" ("5 out of 5 stars", "4,0 von 5
 *  Sternen", "5 sur 5 étoiles", "4 de 5 estrellas", "5 su 5 stelle", "5 z 5 gwiazdek", "4 van 5
 *  sterren", "5 av 5 stjärnor"): the line that heads a customer's words, as rating stars do (issue 8,
 *  round 65: a review's "One full teaspoon twice a day was too much" under "5 out of 5 stars" read as
 *  the label's directions, the day doubled). Lower case. */
/** A review's mark of a verified buyer, on the reviewer's line ("Verified purchaser · Dennis", "Judith M. ·
 *  Verified Purchase", "Verifizierter Kauf", "Achat vérifié"): the review block goes on through it to
 *  the next review's rating (issue 8, round 65). Lower case. */
export const VERIFIED_BUYER_WORDS: readonly string[] = [
  'verified purchase', 'verified purchaser', 'verified buyer', 'verified customer', 'verified reviewer',
  'verifizierter kauf', 'verifizierter käufer', 'verifizierte käuferin', 'achat vérifié', 'acheteur vérifié', 'client vérifié',
  'compra verificada', 'comprador verificado', 'acquisto verificato', 'acquirente verificato', 'cliente verificato',
  'zweryfikowany zakup', 'potwierdzony zakup', 'zakup potwierdzony', 'geverifieerde aankoop', 'geverifieerde koper', 'verifierat köp', 'verifierad köpare',
];
/** Words that join a companion to what an amount is of, "<amount> of <another nutrient> <with> <the
 *  element>" ("1,000 mg of calcium with magnesium", "500 mg Calcium mit Magnesium", "800 mg de calcium
 *  avec du magnésium"): the amount is the other nutrient's, the element only its companion (issue 8,
 *  round 65: a bone formula's calcium read as the element's, the dose tripled). "And" is no such word:
 *  "250 mg calcium and magnesium" may be each's. Lower case. */
export const COMPANION_WORDS: readonly string[] = [
  'with', 'plus', 'together with', 'combined with', 'alongside', 'mit', 'plus', 'zusammen mit', 'kombiniert mit', 'avec', 'avec du', 'avec de la', 'associé à', 'associé au',
  'con', 'junto con', 'insieme a', 'insieme al', 'met', 'samen met', 'med', 'tillsammans med', 'z', 'ze', 'wraz z', 'com',
];
// (Polish "5,0 na 5 gwiazdek", Dutch "4 van de 5 sterren", "4 uit 5 sterren": the review of round 65's rules)
export const RATING_OUT_OF_WORDS: readonly string[] = ['out of', 'of', 'von', 'sur', 'de', 'su', 'z', 'van', 'av', 'af', 'ze', 'na', 'van de', 'uit', 'op'];
export const RATING_STAR_WORDS: readonly string[] = [
  'star', 'stars', 'stern', 'sterne', 'sternen', 'étoile', 'étoiles', 'estrella', 'estrellas', 'stella', 'stelle',
  'gwiazdka', 'gwiazdki', 'gwiazdek', 'ster', 'sterren', 'stjärna', 'stjärnor', 'stjerne', 'stjerner', 'estrela', 'estrelas', 'hvězdiček', 'hvězdičky',
];
/** Words that name a product made of the element that is a tool or a material, never eaten (a fire
 *  starter block, an anode rod, a welding rod), in its title or its shop's aisle (issue 8, round 56: a
 *  fire starter's "400mg-ish piles of shavings" read as a 400 mg supplement). Each is a tool's noun:
 *  a bare "anode" or "ingot" is a brand's word too ("Anode Nutrition", "Ingot Labs"), and a whole
 *  aisle ("Camping & Hiking") sells electrolyte capsules (review of round 56). Lower case. */
export const NON_CONSUMABLE_PRODUCT_WORDS: readonly string[] = [
  'fire starter', 'fire starters', 'firestarter', 'firestarters', 'fire-starter', 'fire-starters', 'ferro rod', 'ferrocerium', 'fire steel', 'survival tool',
  'anode rod', 'anode rods', 'sacrificial anode', 'sacrificial anodes', 'water heater anode', 'welding rod', 'welding wire', 'ingot block', 'ingot blocks', 'ingot bar', 'ingot bars', 'camping fire starters',
  'feuerstarter', 'feueranzünder', 'anzündhilfe', 'feuerstahl', 'opferanode', 'allume-feu', 'pierre à feu', 'encendedor de fuego', 'iniciador de fuego', 'acciarino', 'accendifuoco',
];
/** A page's own words that its product is not eaten nor a supplement ("NOT FOR CONSUMPTION: ... this
 *  is a camping tool, not a supplement"). Lower case. */
export const NOT_CONSUMED_PHRASES: readonly string[] = [
  'not for consumption', 'not for human consumption', 'not a supplement', 'not a dietary supplement', 'not a food supplement',
  'nicht zum verzehr', 'nicht zum verzehr geeignet', 'kein nahrungsergänzungsmittel', 'ne pas consommer', 'impropre à la consommation', 'pas un complément alimentaire',
  'no apto para el consumo', 'no apto para consumo', 'no es un suplemento', 'non commestibile', 'non è un integratore', 'niet voor consumptie', 'nie do spożycia',
];

/** A form put on the skin or in a bath, in the shops' languages (a cream, an oil, a spray, bath
 *  flakes): its page's "Ne pas consommer" / "Nicht zum Verzehr" is of not swallowing it, and its
 *  label may state an amount per application (review of round 56: "Crème au Magnésium ... Ne pas
 *  consommer" read absent). Lower case. */
export const SKIN_FORM_WORDS: readonly string[] = [
  'oil', 'oils', 'spray', 'sprays', 'lotion', 'lotions', 'gel', 'gels', 'cream', 'creams', 'roll-on', 'balm', 'butter', 'body butter', 'flakes', 'bath flakes', 'bath salt', 'bath salts', 'foot soak',
  'creme', 'cremes', 'crème', 'crèmes', 'crema', 'öl', 'magnesiumöl', 'magnesium-öl', 'magnesiumspray', 'magnesiumcreme', 'magnesiumgel', 'magnesiumflocken', 'körperöl', 'körperspray', 'badesalz', 'badeflocken', 'flocken',
  'huile', 'huiles', 'baume', 'sels de bain', 'sel de bain', 'flocons', 'paillettes',
  'aceite', 'loción', 'bálsamo', 'sales de baño', 'escamas', 'olio', 'lozione', 'balsamo', 'sali da bagno', 'fiocchi',
  'óleo', 'loção', 'olie', 'badzout', 'olej', 'balsam', 'sole do kąpieli', 'olja', 'badsalt',
];
/** The words before "our <Name>" that offer another of the shop's products (a tip, "also", "try",
 *  "pairs with", "adds"): without one, "Our Zinc, Magnesium & B6 formula delivers 450 mg" on its own
 *  page is the product describing itself (review of round 56). Lower case. */
export const OUR_CROSS_SELL_CUES: readonly string[] = [
  'tip', 'tips', 'pro tip', 'also', 'try', 'pairs with', 'pair with', 'pairs well with', 'adds', 'add', 'stack', 'stack with', 'combine', 'combine with', 'upgrade', 'looking for', 'want more', 'instead',
  'tipp', 'auch', 'probieren sie', 'ergänzt', 'ergänzen', 'astuce', 'conseil', 'aussi', 'essayez', 'ajoute', 'consejo', 'también', 'prueba', 'añade', 'consiglio', 'anche', 'prova', 'aggiunge', 'ook', 'probeer',
];

/** Headings of a page's customers' questions and answers, the heading alone on its line: the answers
 *  under it quote amounts per another count or another product ("75 mg per capsule (300 mg for 4)"),
 *  never the label's row (issue 8, round 56: a seller's answer's figure read per capsule, the day
 *  four times the label's). Lower case. */
export const QA_HEADINGS: readonly string[] = [
  'questions & answers', 'questions and answers', 'customer questions & answers', 'customer questions and answers', 'customer questions', 'q&a', 'q & a',
  'questions et réponses', 'questions et réponses des clients', 'questions-réponses', 'questions des clients',
  'fragen und antworten', 'fragen & antworten', 'kundenfragen', 'kundenfragen und antworten', 'kundenfragen & antworten', 'fragen und antworten von kunden',
  'preguntas y respuestas', 'preguntas y respuestas de clientes', 'preguntas de clientes', 'domande e risposte', 'domande e risposte dei clienti', 'domande dei clienti',
  'vragen en antwoorden', 'vragen & antwoorden', 'pytania i odpowiedzi', 'frågor och svar', 'perguntas e respostas', 'otázky a odpovědi',
];
/** The labels that open a question's or an answer's line under such a heading, before a colon
 *  ("Question :", "Réponse :", "Q:", "A:"): the block goes on through them. Lower case. */
export const QA_LINE_LABELS: readonly string[] = [
  'q', 'a', 'question', 'answer', 'réponse', 'frage', 'antwort', 'pregunta', 'respuesta', 'domanda', 'risposta',
  'vraag', 'antwoord', 'pytanie', 'odpowiedź', 'fråga', 'svar', 'pergunta', 'resposta', 'otázka', 'odpověď',
];
/** First-person words of a customer's sentence in the shops' other languages, anywhere in it
 *  (Swedish "I", Polish "I prefer", "I buy"): the sentence is a review's, never the label's. */
export const FIRST_PERSON_WORDS_EXTRA: readonly string[] = ['jag', 'wolę', 'kupuję', 'łykam', 'piję'];
/** First-person words that count only opening a sentence, capitalized: Swedish "Min läkare ...",
 *  "Mitt ...", "Mina ..." ("min" is also "minutes"), German "Nehme zusätzlich ..." with its "ich"
 *  left out ("man nehme" is an old-style direction). */
export const FIRST_PERSON_OPENERS: readonly string[] = ['Min', 'Mitt', 'Mina', 'Nehme', 'Nahm',
  // English with its "I" left out, in the past: "Took two scoops after a marathon ..." (round 52)
  'Took'];
/** Of FIRST_PERSON_OPENERS, the verbs in the past, which open a customer's sentence before a figure
 *  too: "Took 3 scoops daily for cramps" (review 53: too narrow, the review's 3 scoops widened the
 *  label's 1 to 1-3). Never "Min", which is English "min. 2 capsules" before a figure. */
export const FIRST_PERSON_PAST_OPENERS: readonly string[] = ['Took', 'Nahm'];

/** Possessives of the second person, right before the nutrient's name: "your magnesium", "dein
 *  Magnesium". On a page about another nutrient's product, the shopper's own magnesium is another
 *  product, its amount never this one's ("Du nimmst morgens dein Eisen? Dann passt dein Magnesium
 *  besser zum Abend, zum Beispiel eine Portion mit 300 mg": an iron page read as 300 mg of
 *  magnesium; issue 8, round 55). Lower case. */
export const YOUR_WORDS: readonly string[] = [
  'your', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ton', 'ta', 'votre', 'tu', 'tuo', 'tua', 'il tuo', 'la tua',
  'jouw', 'je', 'uw', 'din', 'ditt', 'dina', 'twój', 'twoja', 'twoje', 'twojego', 'twoim', 'teu', 'o teu', 'tvůj', 'tvoje', 'váš', 'vaše',
];

/** Each word as written, and again with a typographic apostrophe where it has a straight one
 *  ("nell’immagine"). */
function withCurlyApostrophes(words: readonly string[]): string[] {
  return words.flatMap((w) => (w.includes("'") ? [w, w.replaceAll("'", '\u2019')] : [w]));
}

/** What a page's text says when its facts panel is only a picture ("See Supplement Facts image for
 *  ingredient amounts"): the amounts are in the image, and a figure in the product's name is no label
 *  amount (issue 8, round 47). */
export const FACTS_IMAGE_CUES: readonly string[] = [
  'see supplement facts image', 'see supplement facts panel image', 'see the supplement facts image', 'see nutrition facts image', 'see the nutrition facts image',
  'see label image', 'see the label image', 'see product image for', 'see image for ingredient', 'see images for ingredient', 'refer to the label image', 'refer to label image',
  'siehe produktbild', 'siehe etikettenbild', 'voir l\'image de l\'étiquette', 'voir photo de l\'étiquette', 'ver imagen de la etiqueta', 'vedi immagine dell\'etichetta',
  // the nutrition table deferred to a photo of the pack ("Información nutricional: consulte la imagen
  // del envase"; issue 8, kind 1, round 54: the name's "500 mg" read as the label's)
  'consulte la imagen', 'consultar la imagen', 'ver la imagen del envase', 'ver imagen del envase', 'véase la imagen', 'vea la imagen',
  'siehe abbildung der verpackung', 'siehe verpackungsabbildung', 'voir l\'image de l\'emballage', 'voir la photo de l\'emballage', 'vedi l\'immagine della confezione', 'vedi immagine della confezione',
  'zie afbeelding van de verpakking', 'se bild på förpackningen', 'see image of the pack', 'see the image of the pack', 'see pack image', 'see packaging image',
  // the nutrition deferred to the pack itself ("Nutrition: Please refer to the product packaging for
  // full nutritional information"; round 55: the name's "300mg" read as the label's)
  'refer to the product packaging', 'refer to the packaging for', 'refer to the pack for', 'see the product packaging for', 'see product packaging for',
  'siehe verpackung', 'siehe produktverpackung', 'voir l\'emballage', 'consulte el envase', 'consultare la confezione', 'zie de verpakking', 'se förpackningen',
  // the nutrition table deferred to the product's picture ("Vedere la tabella nutrizionale nell'immagine
  // del prodotto"; round 56: the name's "500 mg" read as the label's), in the shops' languages
  ...withCurlyApostrophes([
    'vedere la tabella nutrizionale', 'vedi la tabella nutrizionale', 'tabella nutrizionale nell\'immagine', 'nell\'immagine del prodotto', 'nelle immagini del prodotto',
    'vedere l\'immagine del prodotto', 'vedi l\'immagine del prodotto', 'vedere le immagini del prodotto', 'vedi le immagini del prodotto', 'vedi foto del prodotto', 'vedere la foto del prodotto',
    'see product image', 'see the product image', 'see product images', 'see the product images', 'in the product image', 'in the product images', 'shown in the product image',
    'see image for nutrition', 'see images for nutrition', 'see nutrition panel image', 'see the nutrition panel image', 'see nutrition label image', 'see the nutrition label image',
    'siehe produktbild', 'siehe produktbilder', 'siehe produktabbildung', 'siehe abbildung', 'nährwerttabelle im bild', 'nährwerte siehe bild', 'siehe bild', 'im produktbild', 'auf dem produktbild',
    'voir l\'image du produit', 'voir les images du produit', 'voir la photo du produit', 'voir les photos du produit', 'sur l\'image du produit', 'voir le tableau nutritionnel sur l\'image', 'voir image',
    'ver la imagen del producto', 'ver las imágenes del producto', 'ver imagen del producto', 'en la imagen del producto', 'ver la tabla nutricional en la imagen', 'consulte la tabla nutricional en la imagen',
    'zie productafbeelding', 'zie de productafbeelding', 'zie afbeelding', 'zie de afbeelding', 'zobacz zdjęcie produktu', 'zobacz zdjęcie etykiety', 'patrz zdjęcie', 'na zdjęciu produktu',
    'ver imagem do produto', 'ver a imagem do produto', 'ver a imagem do rótulo', 'consulte a imagem', 'se produktbilden', 'se bilden av förpackningen',
  ]),
];

/** A sentence that sends the reader to a picture for the facts, in any word order ("Please see the
 *  product label image for the most current Supplement Facts", "Die Nährwertangaben finden Sie auf
 *  der Abbildung der Packungsrückseite", "Les valeurs nutritionnelles figurent sur la photo de
 *  l'emballage"): a word of seeing or finding, a word of a picture and a word of the facts in one
 *  sentence (round 62: the listed phrases missed both, a name's 500 mg of oxide read as the label's).
 *  Lower case; the picture and facts words are stems (any ending). */
export const FACTS_IMAGE_SEE_WORDS: readonly string[] = [
  'see', 'refer', 'shown', 'found', 'view', 'siehe', 'finden', 'entnehmen', 'ersichtlich', 'voir', 'voyez', 'figurent', 'consulter', 'consultez',
  'ver', 'véase', 'vea', 'consulte', 'consultar', 'vedere', 'vedi', 'consultare', 'riportata', 'riportati', 'riportate', 'riportato', 'zie', 'bekijk', 'staan', 'se', 'finns', 'framgår',
  'zobacz', 'patrz', 'znajdziesz', 'znajdują', 'consultar', 'veja', 'encontra', 'encontram', 'fremgår', 'findes', 'står',
];
export const FACTS_IMAGE_PICTURE_STEMS: readonly string[] = [
  'image', 'picture', 'photo', 'abbildung', 'bild', 'foto', 'imagen', 'immagin', 'afbeelding', 'bilden', 'billede', 'zdjęci', 'obraz', 'imagem',
];
export const FACTS_IMAGE_FACTS_STEMS: readonly string[] = [
  'supplement facts', 'nutrition facts', 'nutrition', 'label', 'ingredient', 'nährwert', 'zusammensetzung', 'etikett', 'inhaltsstoff',
  'valeurs nutritionnelles', 'tableau nutritionnel', 'étiquette', 'composition', 'información nutricional', 'tabla nutricional', 'etiqueta', 'ingredientes',
  'valori nutrizionali', 'tabella nutrizionale', 'etichetta', 'ingredienti', 'voedingswaarde', 'etiket', 'ingrediënten', 'näringsvärde', 'innehållsförteckning',
  'næringsindhold', 'næringsværdi', 'wartości odżywcze', 'etykiet', 'skład', 'informação nutricional', 'tabela nutricional', 'rótulo',
];

/** Words that open a facts row naming a blend of the element's compounds ("Mezcla de sales de
 *  magnesio | 1.950 mg", "Blend of magnesium salts", "Mélange de sels de magnésium"): the row weighs
 *  the compounds, never the element (issue 8, round 47: read as the element, with the row "que
 *  aportan Magnesio | 300 mg" it made 2,250 mg a serving and the page unreadable). */
export const BLEND_ROW_WORDS: readonly string[] = [
  'blend', 'mix', 'mixture', 'mezcla', 'mélange', 'miscela', 'mischung', 'mengsel', 'mieszanka', 'blandning', 'směs', 'mistura',
];

/** A listing's button for its next page of results ("Load more products", "Afficher plus de produits"). */
export const LOAD_MORE_WORDS: readonly string[] = [
  'load more products', 'show more products', 'see more products', 'load more results', 'show more results', 'view more products',
  'mehr produkte laden', 'weitere produkte laden', 'mehr produkte anzeigen', 'afficher plus de produits', 'voir plus de produits', 'charger plus de produits',
  'cargar más productos', 'ver más productos', 'mostra altri prodotti', 'carica altri prodotti', 'meer producten laden', 'toon meer producten',
  'pokaż więcej produktów', 'încarcă mai multe produse', 'vezi mai multe produse',
];

/** "Sort by" in the shops' languages (a listing's control). */
export const SORT_BY_WORDS_EXTRA: readonly string[] = ['sorteer op', 'sortera efter', 'sorter efter', 'sorter etter', 'sortuj według', 'sortuj', 'řadit podle', 'seřadit podle', 'rendezés', 'ordenar por'];

/** Currencies the shops print after a price ("189 kr", "79 Kč", "19,99 zł"), lower case. */
export const CURRENCY_WORDS_EXTRA: readonly string[] = ['kr', 'kr.', 'kč', 'zł', 'ft', 'lei', 'chf', 'sek', 'dkk', 'nok', 'pln', 'czk', 'huf', 'ron', 'cad', 'aud'];

/** Words for "in" that open a table's column header where other languages say "per": Czech and
 *  Slovak "v 1 tabletě | v denní dávce (2 tablety)" (issue 8, round 49: the header was no header,
 *  and the per-tablet 150 mg and the day's 300 mg read as one serving's two figures). */
export const COLUMN_IN_WORDS: readonly string[] = ['v', 've',
  // hr/sr/bs: "Hranjive tvari | na 100 g | u 1 šumećoj tableti (4,5 g)" (issue 8, round 52: one basis cell
  // alone, no header, and the per-100 g 8333 mg made the page unreadable)
  'u'];

/** Headings over a facts table in the languages the engine's facts and composition headings lack
 *  (Portuguese "Composição", Greek "Σύνθεση", Hungarian "Összetétel", Romanian "Compoziție"): under
 *  one, a row's name left open on its line is wrapped onto its amount's (review of round 49). Lower case. */
export const TABLE_HEADING_WORDS_EXTRA: readonly string[] = [
  'composição', 'informação nutricional', 'σύνθεση', 'διατροφικές πληροφορίες', 'összetétel', 'hatóanyag-tartalom', 'hatóanyagtartalom', 'compoziție', 'compozitie', 'compoziţie',
];

/** "Of which", before the element's amount in a sub-row under a compound's or a source's row, in the
 *  languages the engine's own ELEMENTAL_OF_RE (en/de/fr/es/it/nl/sv/pl/cs) lacks: Portuguese "dos
 *  quais magnésio 300 mg" under "Magnésio marinho (óxido ...) 500 mg", Greek "που αποδίδει Μαγνήσιο
 *  250 mg" under "Κιτρικό μαγνήσιο 1.650 mg" (issue 8, round 49: the source's 500 read as the
 *  element). The row above is a weight, never the element's. */
export const ELEMENTAL_OF_WORDS_EXTRA: readonly string[] = [
  'dos quais', 'das quais', 'do qual', 'da qual', 'que fornecem', 'que fornece', 'fornecendo', // pt
  // ("correspondendo a magnésio 216 mg" under "Cloreto de magnésio hexa-hidratado 1.800 mg"; round 55)
  'correspondendo a', 'correspondente a', 'corrispondente a', 'corrispondenti a', 'correspondiente a', 'correspondientes a', // pt, it, es
  'de los cuales', 'de las cuales', 'di cui', // es, it
  'που αποδίδει', 'που αποδίδουν', 'που αντιστοιχεί σε', 'εκ των οποίων', 'από τα οποία', // el
  'amelyből', 'din care', 'hvoraf', 'hvorav', 'varav', // hu, ro, da, no, sv
  // (not Dutch "waarvan": a variant's per-tablet sentence, "magnesiumbisglycinaat 710 mg, waarvan
  // magnesium 100 mg", then outranked the chosen variant's own "waarvan magnesium 200 mg" row)
];
/** "Daily dose" in the languages not covered by the engine's EN/DE/FR/ES/IT list ("v doporučené
 *  denní dávce (2 kapsle)", "dzienna porcja", "dagelijkse dosis"): a composition stated for it. */
export const DAILY_DOSE_WORDS_EXTRA: readonly string[] = [
  'denní dávce', 'denní dávka', 'denní dávku', 'dennej dávke', 'denná dávka', 'dzienna porcja', 'dziennej porcji', 'porcja dzienna', 'porcji dziennej',
  'dose diária', 'dose diaria', 'dagelijkse dosis', 'dagdosis', 'dagdosering', 'dagportie', 'dagsdos', 'dygnsdos', 'daglig dosis', 'dagsdosis', 'napi adag', 'napi adagban', 'doza zilnică',
  // no, sv ("Næringsinnhold | Per daglig dose (2 tabletter)": read per tablet, "1–2 tabletter daglig"
  // counted 1-2 of the 2-tablet dose; issue 8, round 70)
  'daglig dose', 'dagsdose', 'døgndose', 'daglig dos',
  // (Nynorsk "dagleg dose", Swedish/Danish/Norwegian "dagligt intag", "dagligt indtag", "daglig inntak": the
  // review of round 72, read per tablet)
  'dagleg dose', 'dagligt intag', 'daglig intag', 'dagligt indtag', 'daglig indtag', 'daglig inntak', 'dagleg inntak',
  // fi ("3 kapselia (päiväannos)", "päiväannoksessa"; round 59)
  'päiväannos', 'päiväannoksessa', 'päiväannosta', 'vuorokausiannos',
  // the day's most with its word inside the phrase ("Contenuti medi per dose massima giornaliera (2
  // compresse)", "dose journalière maximale (2 gélules)": the column's 2 tablets not read, the amount
  // per tablet and the day doubled; issue 8, round 66; "maximum daily dose", "maximale Tagesdosis",
  // "maximale dagdosis" end in a phrase above)
  'dose massima giornaliera', 'dose giornaliera massima', 'dose massima giornaliera raccomandata', 'dose journalière maximale', 'dose quotidienne maximale', 'dose maximale journalière',
  'dosis diaria máxima', 'dosis máxima diaria', 'dosis diaria maxima', 'dosis maxima diaria', 'dose diária máxima', 'dose máxima diária',
  // (and as one German word, "pro Tageshöchstdosis (2 Kautabletten)": the column read per tablet, the day
  // doubled; the review of the rules of rounds 66-68), Nordic "maximal dagsdos"
  'tageshöchstdosis', 'höchsttagesdosis', 'tageshöchstmenge', 'tagesmaximaldosis', 'maximal dagsdos', 'maksimal daglig dosis', 'maksimal dagsdose',
];

/** Age groups that head directions ("Adults: 2 gummies 1-2 times per day", "Children 4-8 years:
 *  1 gummy"): when a page gives both, the adults' directions are read (the oldest group, which
 *  never understates a day's dose). Lower case, matched as whole words. */
export const AGE_GROUP_WORDS: Readonly<{ adult: readonly string[]; adultAge: readonly string[]; child: readonly string[] }> = {
  adult: [
    'adult', 'adults', 'adolescents and adults', 'erwachsene', 'erwachsenen', 'adulte', 'adultes', 'adulto', 'adultos', 'adulti',
    'dorośli', 'dorosłych', 'dospělí', 'dospělé', 'dospelí', 'felnőttek', 'volwassenen', 'vuxna', 'voksne', 'aikuiset', 'adulți',
    // (el, hu: "Ενήλικες: δύο ταμπλέτες", "felnőtteknek naponta két rágótablettát"; review of round 49)
    'ενήλικες', 'ενήλικοι', 'ενηλίκους', 'ενηλίκων', 'ενηλικες', 'felnőtteknek',
  ],
  // an adult's age with no group's name: the adults' on their own ("12 years and over: 2 tablets"),
  // but the children's when a children's word goes with it ("Kinder ab 12 Jahren: ½ Brausetablette")
  // ("from 12 years" in the shops' languages: "Enfants à partir de 12 ans : 2 comprimés" beside "Enfants de 4
  // à 8 ans : 1 comprimé" is the adults' dose, never the union with the younger children's)
  adultAge: ['12 years and over', '12 years and older', '12 years of age and older', 'from 12 years', 'ab 12 jahren', 'ab 12 jahre',
    'à partir de 12 ans', 'dès 12 ans', 'a partir de 12 años', 'desde los 12 años', 'dai 12 anni', 'vanaf 12 jaar', 'od 12 lat',
    'od 12 roku życia', 'a partir dos 12 anos', 'od 12 let'],
  child: [
    'child', 'children', 'kids', 'ages', 'kinder', 'kindern', 'jugendliche', 'enfant', 'enfants', 'niño', 'niños', 'bambini', 'bambino',
    'dzieci', 'dzieciom', 'děti', 'deti', 'gyermekek', 'kinderen', 'barn', 'lapset', 'copii', 'crianças',
    // (el, hu: "Παιδιά άνω των 6 ετών: μία ταμπλέτα", "Gyermekeknek 6 éves kortól naponta egy": the
    // child's dose joined the adults' range; review of round 49)
    'παιδιά', 'παιδια', 'παιδιών', 'παιδιων', 'gyermekeknek', 'gyerekeknek', 'gyerekek',
    // teenagers are under 18: "Teens 12–17: 1 gummy" beside "Adults: 2 gummies" is not the adults' dose
    'teen', 'teens', 'teenager', 'teenagers', 'adolescent', 'adolescents',
    // (and in the shops' languages: "Ragazzi sopra i 12 anni: mezza bustina al giorno")
    'ragazzi', 'ragazze', 'adolescenti', 'adolescentes', 'jóvenes', 'jugendlichen', 'młodzież', 'młodzieży', 'dospívající', 'jongeren', 'tonåringar', 'ungdomar',
    // babies and toddlers ("Babies 6-12 months: ½ scoop. Toddlers 1-3 years: 1 scoop. Children 4-8 years: 2 scoops":
    // read as everyone's, the day's least a baby's half scoop; the review of the rules of rounds 66-68)
    'baby', 'babies', 'infant', 'infants', 'toddler', 'toddlers', 'babys', 'säuglinge', 'kleinkinder', 'bébés', 'nourrissons',
    'bebés', 'lactantes', 'neonati', 'lattanti', 'niemowlęta', 'niemowląt', 'baby\'s', 'peuters', 'zuigelingen', 'spädbarn', 'småbarn', 'småbørn',
  ],
};

/** A dose's or serving's noun with its "of", right before a count of units after an amount: "1000 mg
 *  ... in jeder Tagesdosis von 2 Kapseln", "in each daily dose of 2 capsules", "par dose journalière de
 *  2 gélules", "en cada dosis diaria de 2 cápsulas", "in ogni dose giornaliera di 2 compresse", "per
 *  dagdosis van 2 capsules", "w dziennej porcji 2 kapsułek", "i en dagsdos om 2 kapslar": the amount is
 *  that count's (issue 8, round 66). Lower case. */
export const SERVING_OF_WORDS: readonly string[] = [
  'serving of', 'dose of', 'daily dose of', 'daily serving of', 'portion of',
  'tagesdosis von', 'tagesportion von', 'dosis von', 'portion von', 'verzehrmenge von', 'tagesverzehrmenge von',
  'dose de', 'dose journalière de', 'dose quotidienne de', 'portion de', 'prise de',
  'dosis de', 'dosis diaria de', 'porción de', 'ración de', 'toma de',
  'dose di', 'dose giornaliera di', 'porzione di', 'porzione giornaliera di',
  'dosis van', 'dagdosis van', 'portie van', 'dagportie van',
  'porcji', 'dawce', 'dawki dziennej', 'dziennej dawce',
  'dos om', 'dagsdos om', 'dagsdos på', 'dos på',
];

/** Words of one unit's basis around an amount ("200 mg per capsule", "150 mg par gélule", "pro Kapsel",
 *  "per compressa", "Cada comprimido aporta 120 mg", "each tablet provides", "jede Kapsel enthält"): a count
 *  read further on through a dose's noun (SERVING_OF_WORDS: "..., bei einer Tagesdosis von 2 Kapseln",
 *  "prise de 2 gélules le soir") is then the day's intake, never the amount's basis (the review of the rules
 *  of rounds 66-68: read per 2-3 units, the day a half or a third of the label's). Lower case. */
export const ONE_UNIT_BASIS_WORDS: readonly string[] = [
  'per', 'pro', 'pour', 'par', 'por', 'je', 'cada', 'each', 'every', 'jede', 'jeder', 'jedes', 'chaque', 'ogni', 'elke', 'iedere',
  'varje', 'hver', 'hvert', 'każda', 'każdy', 'pr.',
];

/** Words of "per" heading a line's count of units, beside per/pro/pour/por/each ("Pr. 2 kapsler:
 *  Magnesium 300 mg", Danish and Norwegian; "Je 2 Kapseln: ...", "Na 2 kapsułki: ...", "Voor 2
 *  capsules: ..."). Lower case (issue 8, the leftovers of round 66). */
export const PER_HEAD_WORDS: readonly string[] = ['pr.', 'pr', 'je', 'na', 'w', 'i', 'för', 'for',
  // ("In 2 Kapseln: Magnesium 300 mg", "Dans 2 gélules :", "En 2 cápsulas:": the review of the rules of rounds 66-68)
  'in', 'dans', 'en', 'em'];
/** Words of a content's list that may stand before such a head ("Innehåll per 2 kapslar:", "Indhold
 *  pr. 2 kapsler:", "Inhalt je 2 Kapseln:", "Zawartość w 2 kapsułkach:"). Lower case. */
export const CONTENT_HEAD_WORDS: readonly string[] = ['innehåll', 'indhold', 'innhold', 'inhalt', 'gehalt', 'zawartość', 'skład', 'samenstelling', 'inhoud', 'contenuto', 'contenido', 'teneur'];

/** Months after an age group's figure ("Babies 6-12 months", "Kinder ab 6 Monaten", "Niños de 6 a 12
 *  meses"): that group's ages in a year's twelfths, to tell which group is the oldest. Lower case. */
export const AGE_MONTH_WORDS: readonly string[] = [
  'month', 'months', 'mo', 'mos', 'monat', 'monate', 'monaten', 'monats', 'mois', 'mes', 'meses', 'mese', 'mesi',
  'miesiąc', 'miesiące', 'miesięcy', 'miesiąca', 'maand', 'maanden', 'månad', 'månader', 'måned', 'måneder', 'měsíců', 'měsíce',
];

/** Words of a dose taken on top of the one just given, beside its count ("an additional 2 capsules
 *  may be taken at bedtime", "2 extra capsules", "2 zusätzliche Kapseln", "2 gélules
 *  supplémentaires", "2 cápsulas adicionales", "2 capsule aggiuntive", "dodatkowe 2 kapsułki"): the
 *  day's most is the sum of both (issue 8, understated kind 2). Lower case, whole words. */
export const ADDITIONAL_DOSE_WORDS: readonly string[] = [
  'additional', 'extra', 'further', 'more', 'weitere', 'weiteren', 'zusätzlich', 'zusätzliche', 'zusätzlichen', 'supplémentaire', 'supplémentaires',
  'adicional', 'adicionales', 'aggiuntiva', 'aggiuntive', 'aggiuntivo', 'aggiuntivi', 'dodatkowa', 'dodatkowe', 'dodatkową', 'dodatkowych',
  // da/no ("2 ekstra kan tages om aftenen": the review of the rules of rounds 66-68, the extra dose lost)
  'ekstra',
];

/** Adverbs of an extra dose, its count some words after them, a time of day between: "zusätzlich
 *  abends 1 Kapsel", "Additionally, 1 capsule may be taken at night" (never the adjectives, "For
 *  additional support, take 4 capsules daily" is a dose of its own; issue 8, round 59). Lower case. */
export const ADDITIONAL_ADVERB_WORDS: readonly string[] = [
  'additionally', 'zusätzlich', 'außerdem', 'dodatkowo', 'además', 'adicionalmente', 'inoltre', 'daarnaast', 'aanvullend', 'dessutom', 'ytterligare',
];

/** Phrases of the same, words apart ("in addition", "en plus"); never before "to" ("in addition to a
 *  balanced diet" adds no dose): ADDITIONAL_NOT_BEFORE_WORDS. Lower case (issue 8, round 59). */
export const ADDITIONAL_DOSE_PHRASES: readonly string[] = ['in addition', 'en plus', 'de plus', 'in aggiunta', 'além disso', 'por otra parte', 'in aanvulling', 'i tillägg'];
export const ADDITIONAL_NOT_BEFORE_WORDS: readonly string[] = ['to', 'à', 'a', 'al', 'alla', 'au', 'aux', 'aan', 'op', 'till', 'do'];

/** Verbs of what a count holds, beside COUNT_CONTAIN_VERBS, in any person ("2 capsules give you as
 *  much magnesium as four bananas", "Zusätzlich liefern 2 Kapseln 20 mg Vitamin B6"): a sentence after
 *  an extra dose's adverb with one of them tells the composition, never an extra dose (a helper
 *  session's review of rounds 59-61). Lower case. */
export const EXTRA_CONTAIN_VERB_WORDS: readonly string[] = [
  'gives', 'delivers', 'equal', 'equals', 'equivalent', 'enthält', 'liefert', 'entsprechen', 'entspricht', 'contient', 'apporte', 'fournit', 'équivalent',
  'contiene', 'aporta', 'proporciona', 'equivalen', 'apporta', 'fornisce', 'equivalgono', 'bevat', 'levert', 'zawiera', 'dostarcza', 'contém', 'fornece', 'motsvarar',
];
/** Participles and infinitives of taking after an extra dose's adverb ("may be taken", "kann
 *  eingenommen werden", "peut être prise"), beside the directions' own verbs of taking. Lower case. */
export const EXTRA_TAKEN_WORDS: readonly string[] = [
  'taken', 'eingenommen', 'einnehmen', 'verzehrt', 'pris', 'prise', 'prises', 'prendre', 'tomarse', 'tomada', 'tomadas', 'tomado', 'tomados', 'assunta', 'assunte', 'assunto', 'assunti', 'assumere',
  'ingenomen', 'genomen', 'innemen', 'nemen', 'przyjęta', 'przyjąć', 'tas', 'tomar',
];
/** Ordinals of one more intake of the dose given before, before an intake's noun: "a second serving
 *  (of two capsules)", "eine zweite Portion", "une deuxième prise", "una segunda toma" (issue 8,
 *  round 59). Lower case. */
export const SECOND_INTAKE_WORDS: readonly string[] = [
  'second', 'zweite', 'zweiten', 'deuxième', 'seconde', 'segunda', 'segundo', 'seconda', 'secondo', 'tweede', 'andra', 'druga', 'drugą', 'drugiej',
];

/** Words before a count with no unit of its own that adds that many of the dose just given
 *  ("If needed, another 2", "you may take a further 2", "bei Bedarf weitere 2", "si besoin, encore
 *  2", "se necessario altre 2", "zo nodig nog 2", "w razie potrzeby kolejne 2", "mais 2", "ytterligare
 *  2"): the day's most grows by that count, in the dose's unit (issue 8, round 63: "If needed, chew 2
 *  more" was read as no extra dose, the day understated by half). Lower case. */
export const EXTRA_COUNT_LEAD_WORDS: readonly string[] = [
  'another', 'further', 'weitere', 'weiteren', 'nochmals', 'encore', 'otras', 'otros', 'altre', 'altri', 'ancora', 'nog', 'kolejne', 'kolejnych', 'jeszcze',
  'mais', 'outras', 'outros', 'ytterligare', 'yderligere', 'endnu',
  // (Dutch "nog eens 2", "another 2"; the review of round 65's rules, the extra dose lost)
  'eens',
  // (an adverb of more: "Bei erhöhtem Bedarf können zusätzlich 2 eingenommen werden", "additionally 2 may be
  // taken"; the review of the rules of rounds 66-68, the extra dose lost)
  'zusätzlich', 'additionally',
];
/** The same after such a count ("chew 2 more", "2 weitere", "2 de plus", "2 más", "altre 2" / "2 in
 *  più", "2 meer", "2 mere"). Lower case, words apart by one space. */
export const EXTRA_COUNT_TAIL_PHRASES: readonly string[] = [
  'more', 'mehr', 'weitere', 'de plus', 'en plus', 'autres', 'más', 'in più', 'di più', 'meer', 'mere', 'mer', 'więcej', 'extra',
];
/** Words right after such a count that make it count another thing (a time, an age, a comparison:
 *  "after another 2 weeks", "2 more years", "2 more than"), beside units and SUPPLY_DURATION_WORDS.
 *  Lower case. */
export const EXTRA_COUNT_NOT_BEFORE_WORDS: readonly string[] = [
  'year', 'years', 'jahre', 'jahren', 'ans', 'années', 'años', 'anni', 'jaar', 'jaren', 'lat', 'år', 'anos', 'hours', 'hour', 'minutes', 'stunden', 'heures', 'horas', 'ore', 'uur', 'godziny', 'timmar',
  'than', 'als', 'que', 'di', 'dan', 'niż', 'än', 'end', 'times', 'mal', 'fois', 'veces', 'volte', 'keer', 'razy', 'gånger', 'gange', 'vezes',
];

/** Words that may follow such a count, beside a stop, the dose's unit and a time of day: a
 *  condition, an option or when it is taken ("another 2 if needed", "2 more at night", "weitere 2 bei
 *  Bedarf", "2 de plus le soir", "nog 2 voor het slapen"); any other word makes the count another
 *  thing's ("20% more magnesium per scoop"). Lower case. */
export const EXTRA_COUNT_NEXT_WORDS: readonly string[] = [
  'if', 'when', 'as', 'may', 'can', 'at', 'in', 'before', 'after', 'with', 'during', 'later', 'bei', 'falls', 'wenn', 'am', 'vor', 'nach', 'zur', 'können', 'kann', 'im',
  'si', 'le', 'au', 'avant', 'après', 'en', 'pour', 'peuvent', 'peut', 'por', 'antes', 'después', 'durante', 'pueden', 'puede', 'se', 'la', 'alla', 'prima', 'dopo', 'possono', 'può',
  'zo', 'indien', 'als', 'bij', 'voor', 'na', 'mogen', 'w', 'jeśli', 'jeżeli', 'przed', 'po', 'można', 'wieczorem', 'rano', 'caso', 'à', 'ao', 'depois', 'podem', 'pode',
  'om', 'vid', 'före', 'efter', 'kan', 'hvis', 'ved', 'før', 'worden', 'werden', 'être', 'ser', 'essere', 'być',
];
/** Of those, the words that add a dose only between its count and its unit ("2 more capsules", "2
 *  weitere Kapseln"): after the unit or with no count ("holds up to 2 capsules more", "for more
 *  capsules") they add none (issue 8, round 41). */
export const ADDITIONAL_BETWEEN_WORDS: readonly string[] = ['more', 'weitere', 'weiteren'];

/** Nouns of taking a dose, before "of" and an article that counts one: "Si consiglia l'assunzione di
 *  un flaconcino al giorno" is one vial a day, as "the contents of a sachet" is one sachet (issue 8,
 *  round 48: read as no direction, a children's half vial in the Q&A was the day). An elided article
 *  before the noun ("l'assunzione") is left out when it is looked up. Lower case. */
export const INTAKE_NOUN_WORDS: readonly string[] = [
  'intake', 'assunzione', 'einnahme', 'prise', 'toma', 'ingesta', 'ingestión', 'inname', 'intag', 'inntak', 'indtag', 'przyjmowanie', 'przyjęcie', 'užívání', 'ingestão',
];

/** Phrases that raise the dose just given to a new count, beside the single words the directions
 *  reader knows ("increase", "erhöhen"): "Stay at half a scoop for your first week, then move up to
 *  one full scoop each evening" is half a scoop to one a day (issue 8, round 48: read as the half
 *  scoop alone, the day was half the label's most); also in a clause after the dose ("1 capsule a
 *  day, working up to 2"). Lower case, words apart by one space. */
export const RAISE_PHRASES: readonly string[] = [
  'move up to', 'moving up to', 'work up to', 'working up to', 'build up to', 'building up to', 'go up to', 'step up to',
  'titrate up to', 'steigern auf', 'passer à', 'passez à', 'pasar a', 'passare a', 'opbouwen tot',
  // (reaching a count, in a sentence or a clause of its own: "Assumere 1 bustina al giorno; nei periodi
  // di maggiore affaticamento si può arrivare a 2 bustine" is 1 to 2 sachets a day; issue 8, round 55:
  // read as 1 alone, the day was half the label's most)
  'monter à', 'montez à', 'arrivare a', 'arrivando a', 'salire a', 'salendo a', 'llegar a', 'llegando a', 'chegar a', 'chegando a', 'aller jusqu\'à', 'allant jusqu\'à',
];

/** "Up to" before a count, raising the dose in a clause of its own sentence when it counts the
 *  dose's own unit: "1-2 compresse al giorno, fino a 3 compresse in caso di aumentato fabbisogno" is
 *  1 to 3 tablets a day (round 57: read as 1-2, the day's most was lost). Lower case, words split by
 *  spaces. */
export const UP_TO_RAISE_PHRASES: readonly string[] = [
  'up to', 'bis zu', 'jusqu\'à', 'jusqu’à', 'hasta', 'fino a', 'até', 'upp till', 'op tot', 'aż do',
];

/** Words of an equivalence before a count: "the cap's 10 mL line equals two teaspoon servings",
 *  "1 Messlöffel entspricht 2 Teelöffeln" say what a measure holds, never a dose (round 57: the cap's
 *  two teaspoons, at the morning and lunch doses taken together, read a day of 4 where the label's
 *  most is 3). The links after them ("equal to", "équivaut à") are skipped. Lower case. */
export const EQUIVALENCE_WORDS: readonly string[] = [
  'equals', 'equal', 'equaling', 'equalling', 'equivalent', 'corresponds', 'corresponding', 'entspricht', 'entsprechen', 'entsprechend',
  'équivaut', 'équivalent', 'équivalente', 'correspond', 'equivale', 'equivalen', 'corrisponde', 'corrispondono', 'corresponde', 'corresponden',
  'motsvarar', 'odpowiada', 'odpowiadają',
];
export const EQUIVALENCE_LINK_WORDS: readonly string[] = ['to', 'zu', 'à', 'a', 'al', 'ad', 'aan', 'met', 'of'];

/** Words that raise the dose in a clause of its own sentence, beside the raise verbs the directions
 *  reader knows: "Si consiglia 1 bustina al giorno, elevabile a 2 in caso di intensa attività fisica"
 *  is 1 to 2 sachets a day (issue 8, round 51: read as 1 alone, the day was half the label's most).
 *  Lower case. */
export const RAISE_CLAUSE_WORDS: readonly string[] = [
  'increasing', 'increasable', 'erhöhbar', 'steigerbar', 'augmentable', 'aumentable', 'ampliable', 'elevabile', 'elevabili', 'aumentabile', 'aumentabili',
  'incrementabile', 'portabile', 'aumentável', 'verhoogbaar', 'ökande',
];

/** Words that may follow a raise's bare count, its clause going on with a condition, a group or a
 *  day: "elevabile a 2 in caso di ...", "or increased to 3 for athletes", "increase to 2 daily". Any
 *  other word after the count is what the count counts, never the dose: "may be increased to 2 weeks",
 *  "2 months of use", "2 settimane", "2 Wochen Kur" (review of rounds 50-51). Lower case. */
/** The word a raise verb takes before its new count: "increase to a full serving", "erhöhen auf eine
 *  Kapsel", "augmenter à une dose", "aumentar a un cacito", "verhogen tot een maatschep", "öka till en". */
// (and the words of a reach before their article: "fino alla bustina intera", "bis zu einer ganzen Kapsel"; the review
// of round 73's rules)
export const RAISE_TO_WORDS: readonly string[] = ['to', 'auf', 'à', 'a', 'tot', 'naar', 'till', 'til', 'do', 'hasta', 'jusqu\'à', 'jusqu’à', 'fino', 'zu', 'bis'];

/** Words of a next step before a whole measure: "Take ½ serving daily for the first week, then a
 *  full serving daily" is half a serving to one a day (the review of round 72: the half alone was
 *  read, the day's most halved). Lower case. */
export const STEP_THEN_WORDS: readonly string[] = ['then', 'dann', 'danach', 'puis', 'ensuite', 'luego', 'después', 'poi', 'quindi', 'daarna', 'dan', 'sedan', 'deretter', 'derefter'];

/** Definite articles, which count one before a whole measure a raise names: "build up to the full
 *  serving", "auf die ganze Kapsel", "hasta el cacito entero". Lower case. */
// (a reach's word and its article in one: "fino alla bustina intera", "zur vollen Portion", "au sachet entier")
export const DEFINITE_ARTICLE_WORDS: readonly string[] = ['the', 'die', 'den', 'das', 'la', 'le', 'el', 'il', 'lo', 'de', 'het', 'alla', 'al', 'allo', 'zur', 'zum', 'au', 'ao', 'jusqu\'au', 'jusqu’au'];
/** A raise's "to" and its article in one word, right after the raise verb: "augmenter au sachet
 *  entier", "zur vollen Portion steigern", "jusqu'au sachet entier" (review 76). Lower case. */
export const CONTRACTED_TO_WORDS: readonly string[] = ['au', 'aux', 'zur', 'zum', 'alla', 'al', 'allo', 'ao', 'jusqu\'au', 'jusqu’au'];

export const RAISE_COUNT_NEXT_WORDS: readonly string[] = [
  'if', 'when', 'for', 'in', 'on', 'as', 'during', 'after', 'before', 'with', 'at', 'a', 'per', 'each', 'and', 'or', 'depending', 'under',
  'bei', 'wenn', 'falls', 'für', 'nach', 'im', 'je', 'am', 'pro', 'und', 'oder', 'zur',
  'si', 'en', 'pour', 'lorsque', 'quand', 'selon', 'par', 'et', 'ou',
  'para', 'cuando', 'por', 'al', 'y', 'o', 'según', 'durante',
  'se', 'nel', 'nei', 'per', 'dopo', 'prima', 'e', 'oppure',
  'bij', 'als', 'voor', 'na', 'om', 'vid', 'för', 'efter', 'w', 'przy', 'dla',
];

/** Words of a doctor's say: a raise in a clause that names one ("may be increased to 2 capsules on
 *  advice of a doctor") is no label's own day (review of rounds 50-51). Lower case. */
export const DOCTOR_WORDS: readonly string[] = [
  'doctor', 'doctors', "doctor's", 'physician', "physician's", 'pharmacist', 'practitioner', 'healthcare', 'prescriber',
  'arzt', 'ärztin', 'arztes', 'ärztlicher', 'ärztliche', 'ärztlichen', 'apotheker', 'médecin', 'pharmacien', 'médico', 'medico', 'farmacéutico', 'farmacista',
  'arts', 'huisarts', 'läkare', 'lekarz', 'lekarza', 'lékař', 'lékaře',
];

/** Words of taking a dose in one go: "1 capsule three times a day, or all 3 capsules at once about
 *  one hour before bed" is 3 capsules once a day (issue 8, round 50: the 3 capsules took the three
 *  times a day before them, 9 a day). Lower case, words apart by one space. */
export const AT_ONCE_PHRASES: readonly string[] = [
  'at once', 'at one time', 'in one go', 'auf einmal', 'en une fois', 'en une seule prise', 'en una toma', 'de una vez', 'en una sola toma',
  'in una volta', 'in una sola volta', 'in una sola assunzione', 'in één keer', 'på en gång', 'naraz', 'jednorazowo', 'de uma vez', 'numa só toma',
];

/** Verbs of preparing a dose that make a sentence a direction: "Einmal täglich eine Brausetablette in
 *  200 ml Wasser auflösen" (a frequency opening a sentence with none of them, nor a take verb, nor a
 *  directions heading before it, is a slogan: "Daily a capsule a day keeps cramps away"; review of
 *  rounds 50-51). Lower case. */
export const DISSOLVE_WORDS: readonly string[] = [
  'dissolve', 'dissolved', 'auflösen', 'aufgelöst', 'lösen', 'einrühren', 'verrühren', 'dissoudre', 'dissolvez', 'diluer', 'diluez',
  'disolver', 'disuelva', 'diluir', 'diluya', 'sciogliere', 'sciogli', 'diluire', 'oplossen', 'lös', 'lösa', 'upplös', 'rozpuścić', 'dissolver', 'dissolva',
];

/** Words of a missed or forgotten dose: a sentence holding one is no regimen, so its "at once" is
 *  never a day's intake ("If you miss a dose, take 2 capsules at once" is a one-off make-up dose;
 *  review of rounds 50-51). Lower case. */
export const MISSED_DOSE_WORDS: readonly string[] = [
  'miss', 'missed', 'misses', 'forget', 'forgot', 'forgotten', 'skip', 'skipped',
  'vergessen', 'vergessene', 'vergessenen', 'versäumt', 'versäumte', 'ausgelassen',
  'oubli', 'oublié', 'oubliée', 'oubliez', 'oublier', 'omis', 'omise',
  'olvida', 'olvidó', 'olvidado', 'olvidada', 'olvidar', 'olvidarse',
  'dimentica', 'dimenticato', 'dimenticata', 'dimenticare', 'dimenticanza', 'saltata', 'saltato',
  'vergeten', 'vergeet', 'overgeslagen', 'glömt', 'glömmer', 'glömd', 'missat',
  'zapomnisz', 'zapomniano', 'zapomnienia', 'pominięta', 'pominięcia',
  'esquecer', 'esqueceu', 'esquecida', 'esquecido', 'esquecimento',
];

/** Words before the last of a list of counts ("one, two or three times a day": 1 to 3; issue 8,
 *  round 50). Lower case. */
export const COUNT_LIST_LAST_WORDS: readonly string[] = ['or', 'oder', 'ou', 'o', 'of', 'eller', 'lub', 'albo', 'nebo', 'vagy', 'oppure'];

/** How full a measure is, between a raise's count and its unit: "move up to one full scoop", "increase
 *  to 2 level teaspoons" (the measure is the unit, whatever its fill). */
export const MEASURE_FILL_WORDS: readonly string[] = [
  'full', 'level', 'rounded', 'heaped', 'heaping', 'flat', 'whole', 'gestrichene', 'gestrichenen', 'gestrichener', 'volle', 'vollen', 'voller', 'gehäufte', 'gehäuften',
  'rase', 'rasi', 'raso', 'rasa', 'colmo', 'colmi', 'entero', 'entera', 'entière', 'entier', 'pleine', 'plein', 'intero', 'intera',
  // (a whole unit, as the raise from a half says it: "auf eine ganze Kapsel steigern", "een hele
  // maatschep", "en hel kapsel"; issue 8, round 71)
  'ganze', 'ganzen', 'ganzer', 'hele', 'heel', 'hel', 'hela', 'completo', 'completa', 'complète', 'complet', 'complete',
];

/** Half of a measure, as a composition header counts it: "Each half scoop contains:", "Per mezzo
 *  misurino:", "Pro halben Messlöffel:" (issue 8, kind 6: a serving of half the measure the
 *  directions count). Lower case. */
/** The units a composition header may name half of ("Per half tablet:", "Per half stick:", "Pro
 *  halben Beutel:"): half the unit the directions count whole is the serving (review of round 56:
 *  "Per half tablet" beside "Take 1 tablet twice daily" read the day half the label's). */
export const HALF_SERVING_UNITS: readonly string[] = ['packet', 'tablet', 'capsule', 'ampoule'];
export const HALF_MEASURE_WORDS: readonly string[] = ['half', 'a half', 'halben', 'halber', 'halbe', 'halb', 'demi', 'demie', 'une demi', 'media', 'medio', 'mezzo', 'mezza', 'halve', 'een halve', 'halv', 'en halv', 'pół', 'půl'];
/** Articles that open an intake's count before a half word ("einen halben Teelöffel", "eine halbe
 *  Tablette", "a half teaspoon", "una mezza compressa", "een halve maatschep", "en halv tablett"): the
 *  nominative and accusative only. A dative's half is no intake's count: "mit einem halben Liter",
 *  "entspricht das einem halben Beutel" (a child's dose by weight, holdout44), "d'une demi". */
export const HALF_ARTICLE_WORDS: readonly string[] = ['a', 'an', 'un', 'una', 'une', 'ein', 'eine', 'einen', 'een', 'en', 'ett'];

/** Measures named in two or three words that the unit table (one word each) cannot hold: "measuring
 *  spoon" is the tin's scoop. Lower case, words apart by one space. */
export const MEASURE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  scoop: ['measuring spoon', 'measuring spoons', 'measuring scoop', 'measuring scoops', 'cuchara medidora', 'cucharas medidoras', 'cucchiaio dosatore', 'cucchiaino dosatore', 'cuillère doseuse', 'cuillères doseuses'],
};

/** Words that make a sentence of a frequency alone speak of the dose just given (modal verbs, its
 *  pronouns, the dose verbs' participles): "May be taken up to 3 times a day", "Kann bis zu 3 mal
 *  täglich eingenommen werden", "Peut être pris 2 fois par jour". A frequency sentence with none of
 *  them, no dose verb, no repeat word and not the dose's unit ("Wash hands 3 times a day") is about
 *  something else (issue 8, unsafe2 kind 6). */
export const DOSE_SENTENCE_WORDS: readonly string[] = [
  'may', 'can', 'could', 'should', 'be', 'taken', 'used', 'it', 'them', 'this', 'these', 'dose', 'doses', 'serving', 'servings', 'product', 'supplement',
  'kann', 'können', 'sollte', 'eingenommen', 'verzehrt', 'angewendet', 'einnahme', 'anwendung', 'dosis', 'sie', 'es',
  'peut', 'peuvent', 'pris', 'prise', 'prises', 'utilisé', 'utilisée', 'consommé', 'produit',
  'puede', 'pueden', 'tomado', 'tomada', 'tomarse', 'usado', 'producto',
  'può', 'possono', 'assunto', 'assunta', 'prodotto',
  'kan', 'worden', 'ingenomen', 'gebruikt', 'tas', 'användas',
];

/** Words that make a next sentence's frequency another thing's, never the dose's: actions that are no
 *  intake and the body parts they name ("Wash hands 3 times a day", "Brush your teeth twice a day",
 *  "Hände 3x täglich waschen"). A frequency sentence with none of them speaks of the dose before it
 *  ("Adults: 3 times a day", "Maximaal 3 keer per dag", "Até 3 vezes ao dia"): read apart from a
 *  list of the dose's own words, a wording that list missed lost the day (issue 8, unsafe2 review). */
export const OTHER_ACTION_WORDS: readonly string[] = [
  'wash', 'brush', 'rinse', 'clean', 'shower', 'bathe', 'exercise', 'walk', 'stretch', 'gargle', 'hands', 'teeth', 'face', 'skin', 'mouth', 'hair',
  'waschen', 'putzen', 'spülen', 'duschen', 'gurgeln', 'hände', 'zähne', 'gesicht', 'haut', 'mund',
  'laver', 'lavez', 'brosser', 'brossez', 'rincer', 'rincez', 'mains', 'dents', 'visage', 'peau', 'bouche',
  'lavar', 'lávese', 'cepillar', 'enjuagar', 'manos', 'dientes', 'cara', 'piel', 'boca', 'mãos', 'dentes',
  'lavare', 'lavarsi', 'spazzolare', 'sciacquare', 'mani', 'denti', 'viso', 'pelle', 'bocca',
  'wassen', 'poetsen', 'spoelen', 'handen', 'tanden', 'gezicht', 'huid', 'tvätta', 'borsta', 'händer', 'tänder',
  'myć', 'umyć', 'ręce', 'zęby', 'mýt', 'ruce', 'zuby',
];

/** Words that tie an amount to the age group after it ("65 mg for children 1-3", "110 mg für Kinder",
 *  "pour enfants"): a row quoting children's amounts is no amount per serving of the product
 *  (issue 8, unsafe2 kind 3). */
export const AGE_AMOUNT_LEAD_WORDS: readonly string[] = ['for', 'für', 'pour', 'para', 'per', 'voor', 'för', 'dla', 'pro', 'bei'];

/** A carrier liquid's words, beside the directions reader's own: "into roughly 200ml of water or
 *  juice", "in ca. 200 ml Wasser", "dans environ 200 ml d'eau", "en unos 200 ml de agua", "in circa
 *  200 ml di acqua", "in ongeveer 200 ml water", "w około 200 ml wody", "em cerca de 200 ml de água",
 *  "i ungefär 2 dl vatten": a quantity of liquid after a word of "into/in/with" is never a dose
 *  (issue 8, round 60: "mix 15ml into roughly 200ml of water, twice a day" read no frequency, the
 *  day a third of the label's). Lower case. */
export const CARRIER_INTO_WORDS: readonly string[] = ['em', 'num', 'numa', 'com', 'met', 'op', 'i', 'med', 'auf', 'nel', 'nello', 'nella', 'do', 'ze', 'into', 'onto', 'in', 'na'];
export const CARRIER_APPROX_WORDS: readonly string[] = [
  'a', 'about', 'approx', 'approximately', 'roughly', 'around', 'some', 'ca', 'circa', 'etwa', 'ungefähr', 'rund', 'environ', 'à', 'peu', 'près',
  'unos', 'unas', 'aproximadamente', 'aprox', 'cerca', 'de', 'di', 'circa', 'ongeveer', 'ca', 'około', 'ok', 'ungefär', 'cirka', 'omkring', 'ungefaer',
];
export const CARRIER_LIQUID_WORDS: readonly string[] = [
  'milch', 'getränk', 'lait', 'boisson', 'leche', 'bebida', 'jugo', 'succo', 'latte', 'bevanda', 'sap', 'melk', 'drank',
  'woda', 'wodzie', 'wodą', 'mleka', 'napoju', 'água', 'sumo', 'suco', 'leite', 'vatten', 'mjölk', 'dryck', 'drycken', 'saft', "d'eau", 'd’eau',
  'agua', 'sok', 'juice',
];

/** A byline's lead word and the author's role before the name, in the shops' languages: "Av
 *  apotekare Linnea Berg |", "Door apotheker Sanne de Vries ·", "Von Apothekerin Julia Roth |",
 *  "Par pharmacienne Claire Morel", "Por farmacéutica Lucía Ortega", "Di farmacista Marco Bellini",
 *  "By registered dietitian Emma Hale": an article's author marker (issue 8, round 60: a pharmacy's
 *  guide with a product strip under it read as a product, unreadable). Lower case. */
export const BYLINE_LEAD_WORDS: readonly string[] = ['by', 'written by', 'von', 'par', 'por', 'di', 'av', 'door', 'af', 'przez', 'da'];
export const BYLINE_ROLE_WORDS: readonly string[] = [
  'pharmacist', 'registered pharmacist', 'dietitian', 'registered dietitian', 'nutritionist', 'dr', 'dr.',
  'apotheker', 'apothekerin', 'ernährungsberaterin', 'ernährungsberater', 'pharmacien', 'pharmacienne', 'diététicien', 'diététicienne', 'docteur',
  'farmacéutico', 'farmacéutica', 'nutricionista', 'dietista', 'farmacista', 'nutrizionista', 'dottore', 'dott.', 'dott.ssa',
  'diëtist', 'diëtiste', 'apotekare', 'leg. apotekare', 'farmaceut', 'dietist', 'farmaceuta', 'dietetyk', 'dietetyczka', 'mgr farm.', 'farmacêutico', 'farmacêutica',
];

/** Words of a pack's supply in days, whose dose is only the basis of that count ("60-day supply at
 *  one serving", "Reicht für 60 Tage bei 1 Kapsel täglich", "réserve de 2 mois à raison d'1 gélule",
 *  "suministro para 60 días con 1 cápsula", "voorraad voor 60 dagen bij 1 capsule"): the dose after
 *  them is no direction (issue 8, round 59: "at one serving" was read as the day, below the label's
 *  "a second serving of two capsules"). Lower case. */
export const SUPPLY_WORDS: readonly string[] = [
  'supply', 'supplies', 'lasts', 'vorrat', 'reicht', 'réserve', 'suministro', 'provisión', 'scorta', 'fornitura', 'voorraad', 'zapas', 'wystarcza', 'förråd', 'räcker', 'provisão',
];
/** Words of days and months, after a count, that a supply counts. Lower case. */
export const SUPPLY_DURATION_WORDS: readonly string[] = [
  'day', 'days', 'month', 'months', 'week', 'weeks', 'tage', 'tagen', 'monate', 'monaten', 'wochen', 'jours', 'mois', 'semaines', 'días', 'dias', 'meses', 'semanas',
  'giorni', 'mesi', 'settimane', 'dagen', 'maanden', 'weken', 'dni', 'miesięcy', 'miesiące', 'tygodni', 'dagar', 'månader', 'veckor',
];

/** A carrier liquid's measures beyond the directions' own: "i 2 dl vatten", "2 cl" (issue 8, round 59: a
 *  carrier between a dose and its frequency must not break the dose). Lower case. */
export const CARRIER_MEASURE_WORDS_EXTRA: readonly string[] = ['dl', 'cl', 'ml', 'fl.'];

/** Words that open a ceiling's exception after its count ("Do not exceed 4 capsules in 24 hours
 *  unless advised by your physician", "… sofern nicht anders empfohlen"): the clause after them is
 *  no condition on the maximum itself (issue 8, round 59). Lower case. */
export const CEILING_UNLESS_WORDS: readonly string[] = ['unless', 'except', 'sofern', 'außer', 'es sei denn', 'sauf', 'salvo', 'a meno che', 'tenzij', 'chyba że', 'om inte', 'salvo se'];
/** The verb words that close a ceiling's order in the languages that end on it ("Mehr als 2 Kapseln
 *  pro Tag sollten nicht verzehrt werden", "… should not be taken", "… ne doivent pas être prises"):
 *  no condition, not counted among its tail's words (issue 8, round 59). Lower case. */
export const CEILING_VERB_TAIL_WORDS: readonly string[] = [
  'should', 'must', 'not', 'be', 'taken', 'consumed', 'used', 'sollten', 'sollen', 'dürfen', 'nicht', 'verzehrt', 'eingenommen', 'werden', 'einnehmen', 'verzehren',
  'ne', 'doivent', 'pas', 'être', 'prises', 'pris', 'consommées', 'deben', 'no', 'tomarse', 'tomar', 'devono', 'essere', 'assunte', 'mogen', 'worden', 'ingenomen', 'niet', 'należy', 'nie', 'przyjmować',
];

/** Phrases that open a condition on a day's count, right before it ("bei 2 Ampullen zweimal täglich
 *  je 1 Ampulle", "if taking 2 capsules, take 1 capsule twice daily", "wer 2 Kapseln nimmt, ..."):
 *  that count is the day's whole, shared out by the intakes after it in the same unit, never an
 *  intake repeated (issue 8, round 58: "1-2 Trinkampullen täglich" then read 1-4). Only these
 *  phrases, never a bare "for", "when", "si", "bij" or "cas" ("For 4 capsules daily, take 2 ...
 *  and 2 ..." read half the day; a helper session's review of rounds 57-58). Lower case, words
 *  apart by one space. */
export const CONDITION_COUNT_PHRASES: readonly string[] = [
  'if taking', 'if you take', 'if you are taking', 'if using', 'when taking', 'bei', 'bei einnahme von', 'wer', 'wenn sie',
  'falls sie', 'si vous prenez', 'en cas de prise de', 'si toma', 'si tomas', 'in caso di assunzione di', 'se prendi', 'bij inname van',
  'jeśli przyjmujesz',
];

/** Words a product page says it holds none of the nutrient with, right before the name, after the
 *  product as its subject: "This product does not contain magnesium." on a vitamin D drop beside
 *  magnesium advice and cross-sells is no product of it (issue 8, round 73: read as unreadable). Only
 *  the product itself as the subject ("our Kids Calm does not contain magnesium" is another's; the
 *  review of round 73's rules). Lower case. */
export const NONE_OF_NUTRIENT_SUBJECTS: readonly string[] = [
  'this product', 'this formula', 'this supplement', 'this item', 'dieses produkt', 'das produkt', 'ce produit', 'este producto', 'questo prodotto',
  'dit product', 'dette produkt', 'dette produktet', 'denna produkt', 'produkten',
];
export const NONE_OF_NUTRIENT_LEADS: readonly string[] = [
  'does not contain', 'doesn\'t contain', 'doesn’t contain', 'contains no', 'is free of', 'is free from', 'is without',
  'enthält kein', 'enthält keine', 'enthält keinen', 'ist frei von', 'ist ohne', 'ne contient pas de', 'ne contient pas d\'', 'est sans',
  'no contiene', 'non contiene', 'è senza', 'bevat geen', 'is zonder', 'inneholder ikke', 'indeholder ikke', 'innehåller inte', 'innehåller ingen', 'är utan',
];

/** Words of a threshold right before a count, in a sentence with no verb of taking: the count says
 *  when an effect starts, no dose ("l'effet laxatif est augmenté à partir de 3 gélules par jour"; the
 *  review of round 72: read as a raise to 3 a day). Lower case; never "more than" (a ceiling's). */
export const THRESHOLD_COUNT_LEADS: readonly string[] = [
  'à partir de', 'au-delà de', 'above', 'beyond', 'ab', 'oberhalb von', 'a partir de', 'oltre', 'vanaf', 'över',
];
