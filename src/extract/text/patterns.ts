// Every regular expression the text parsers use, in one exported list, so a test can check each
// one with `recheck` for super-linear backtracking. Rules kept here: bounded repetition only,
// no nested quantifiers, anchored probes on short slices where a pattern looks around an amount.

/** A number with optional thousands separators or a decimal comma/point, then a mass unit.
 *  Number text is parsed in code (numbers.ts); the unit is checked for a word end in code. */
export const AMOUNT_RE = /(<\s{0,2})?(\d{1,7}(?:[.,]\d{1,3}){0,3})\s{0,2}(milligrammes?|milligramm|milligrams?|micrograms?|mikrogramm|grammes?|gramm|grams?|mcg|µg|μg|ug|mg|g)/gi;

/** A percentage (for %DV / %NRV). */
export const PERCENT_RE = /(\d{1,5}(?:[.,]\d{1,2})?)\s{0,2}%/g;

/** Words that name the element (EN/DE/FR/ES/IT), as a prefix of a word ("Magnesiumcitrat" too). */
export const MAGNESIUM_WORD_RE = /magn[eé]s(?:ium|io)|magnesi|\bmg2\+/i;
export const MAGNESIUM_WORD_G_RE = /magn[eé]s(?:ium|io)\p{L}{0,14}/giu;

/** After an amount: "of (up to two words) magnesium" / "de magnesio" / "reines Magnesium". */
export const AFTER_AMOUNT_MG_RE = /^\s{0,3}(?:(?:of|de|di|du|an|von)\s{1,3}|d')?(?:[\p{L}®-]{2,16}\s{1,3}){0,2}?(magn[eé]s(?:ium|io)\p{L}{0,14})/iu;

/** Before an amount: "magnesium (" / "magnesium:" / "magnesium -" at the end of a short slice. */
export const BEFORE_AMOUNT_MG_RE = /magn[eé]s(?:ium|io)\s{0,2}[(:–-]\s{0,2}(?:approx\.?\s{0,2}|about\s{1,2}|ca\.?\s{0,2})?$/iu;

/** A range ending just before an amount: "300 - ", "300 to ", "300 bis ". */
export const RANGE_BEFORE_RE = /\d\s{0,2}(?:-|–|—|to|bis|à|a|and|und|et|y|e|or|oder|ou|o)\s{0,2}$/i;

/** Per-unit after an amount: "per gummy", "/ Kapsel", "each capsule", "pro Tablette", "par gélule". */
export const PER_UNIT_AFTER_RE = /^[^.;!?]{0,40}?(?:\bper|\beach|\bpro|\bpar|\bpor|\bje|\/|\bin each|\bin every)\s{0,3}(?:one\s{1,3}|1\s{1,3})?([\p{L}]{2,20})/iu;

/** "Each caplet ... contains" / "one capsule provides" / "1 cápsula (" before an amount: the
 *  last match in the slice before the amount is used (global, no end anchor: linear). */
export const PER_UNIT_BEFORE_RE = /\b(?:each|every|one|je|jede|chaque|cada|ogni|1)\s{1,3}(\p{L}{3,20})/giu;

/** Count of units before "(" and an amount: "2 cápsulas al día (" (the last match before the "("). */
export const COUNT_UNITS_RE = /\b(\d{1,2}|two|three|four|five|six|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro)\s{1,3}(\p{L}{3,20})/giu;

/** Words that mark a reference value or limit rather than this product's dose. */
export const REFERENCE_CUE_RE = /\b(?:rda|rdi|usrda|ear|recommended (?:daily|dietary)|dietary allowance|daily allowances?|daily value|reference intake|requirements?|adults need|you need|men|women|males?|females?|nrv|nrw|empfiehlt|empfehlung|zufuhr|bedarf|höchstmenge|tageshöchstmenge|überschreiten|exceed|exceder|no exceder|dépasser|superare|upper limit|tolerable|deficien\p{L}*|apport recommandé|fabbisogno|ingesta recomendada)\b/iu;

/** Words that mark a whole-package amount ("each bottle contains 12 g"). */
export const PACKAGE_CUE_RE = /\b(?:bottle|container|package|pack|jar|tub|bag|pouch|flasche|packung|dose|flacon|boîte|frasco|envase|confezione|barattolo)\b/i;

/** Marks a total over several units ("(200 mg de magnesio elemental total)"). */
export const TOTAL_CUE_RE = /^[^.;()]{0,50}\b(?:total|insgesamt|au total|in totale)\b/i;

/** Explicit elemental wording. */
export const ELEMENTAL_RE = /\b(?:elemental|elementares|elementaren|elementar|élémentaire|elemento|elementale|reines|pure magnesium|as magnesium|providing)\b|\(\s{0,2}(?:as|from|als|sous forme|como|come)\b|\bfrom\s{1,3}magn/i;

/** "Serving size: 2 capsules", "Portionsgröße: 2 Kapseln", "Portion: 1 Messlöffel". */
export const SERVING_SIZE_RE = /(?:serving size|servings? size|portionsgröße|portionsgrösse|tagesportion|verzehrmenge|portion journalière|dose journalière|portion|porción|tamaño de la porción|porzione|dose giornaliera)\s{0,3}[:\-–]?\s{0,3}(\d{1,3}(?:[.,/]\d{1,2})?|[\p{L}]{2,8})[ \t]{0,3}([\p{L}-]{1,20}(?:[ \t]{1,2}[\p{L}]{2,20})?)/iu;

/** "in each one teaspoon serving" / "per 2 capsule serving". */
export const INLINE_SERVING_RE = /(?:each|per|one|a)\s{1,3}(\d{1,2}|one|two|three|half)?[\s-]{0,3}([\p{L}]{2,20})\s{1,3}serving\b/iu;

/** "Each serving (3 tablets)", "per serving of 2 capsules". */
export const SERVING_PAREN_RE = /\b(?:serving|tagesdosis|tagesportion|portion|daily dose|dose journalière|dosis diaria|dose giornaliera)\s{0,2}(?:\(|of\s|:)\s{0,2}(\d{1,2}|one|two|three|four|five|six)\s{1,3}([\p{L}]{2,20})/iu;
/** A facts header "pour 2 gélules" / "per 2 capsules" / "pro 2 Kapseln" (read from a facts panel only). */
export const PANEL_PER_RE = /\b(?:pour|per|pro|par|por)\s{1,2}(\d{1,2})\s{1,3}([\p{L}]{2,20})/iu;

/** "Servings per container: 30", "about 60 servings", "232 servings". */
export const SERVINGS_PER_CONTAINER_RE = /(?:servings per (?:container|bottle|package)|portionen pro (?:packung|dose|flasche)|portions par (?:boîte|flacon)|porciones por envase)\s{0,3}[:\-–]?\s{0,3}(?:about|approx\.?|ca\.?|environ|aprox\.?)?\s{0,3}(\d{1,4})/i;
export const SERVINGS_COUNT_RE = /(\d{1,4})\s{0,3}['"‘’“”]?servings['"‘’“”]?\s{0,3}(?:per\s{1,3}(?:container|bottle|package|jar|bag|pouch)\b)?/i;

/** Sentence splitter for directions and prose: end punctuation then space, or a line break. */
export const SENTENCE_SPLIT_RE = /(?<=[.!?;])\s{1,10}(?=[^\s\d])|\n+|\s[•■]\s/;

/** Tokenizer for directions. */
export const TOKEN_RE = /\d{1,4}(?:[.,]\d{1,2})?(?:\/\d{1,2})?|[\p{L}][\p{L}'’®.-]{0,30}|[()–—\-/:,]/giu;

/** Ceiling sentences: "do not exceed 4 capsules", "no more than". */
export const CEILING_RE = /\b(?:exceed|exceder|überschreiten|dépasser|superare|more than|at most|maximum|höchstens|mehr als|plus de|más de|max\.)\b|\bno exceder\b/i;

/** Page-kind cues in URLs. */
export const URL_SEARCH_RE = /(?:^|\/)(?:search|s|catalogsearch|suche|recherche|buscar|cerca)(?:\/|$|\?)|[?&](?:q|k|query|search|searchterm|text|kw)=/i;
export const URL_CART_RE = /(?:^|\/)(?:cart|basket|checkout|warenkorb|panier|carrito|carrello)(?:\/|$|\?)/i;
export const URL_ARTICLE_RE = /(?:^|\/)(?:blog|blogs|article|articles|news|magazine|wiki|guides?|learn|health-hub|ratgeber|journal)(?:\/|$)/i;
export const URL_CATEGORY_RE = /(?:^|\/)(?:c|category|categories|collections|browse|b|shop-by|kategorie|categorie|categoria|department|brands?)\/[^/]{1,120}\/?$|\/product-category\//i;
export const URL_PRODUCT_RE = /(?:^|\/)(?:pr|dp|ip|p|products?|product-details|product-page|produkt|produit|producto|prodotto|item|gp\/product)\/|[-_.]p(?:rod)?\d{3,}|\.product\.\d+\.html|[?&](?:products_id|product_id|pid)=/i;

/** Article cues in page text. */
export const ARTICLE_CUE_RE = /👉|\bsee also\b|\bread more\b|\bper approfondire\b|\bleggi anche\b|\blire aussi\b|\bweiterlesen\b|\blee también\b|\bposted (?:on|by)\b|\bmin read\b|\bwritten by\b/i;
export const PRONOUN_RE = /\b(?:i|i'm|i’m|i've|i’ve|my|you|your|you're|you’re|you'll|we've)\b/gi;
export const COMMERCE_CUE_RE = /\b(?:add to (?:cart|bag|basket)|in den warenkorb|ajouter au panier|añadir al carrito|regular price|sale price|in stock|out of stock|buy now|suggested use|directions|serving size|supplement facts|verzehrempfehlung|recommended dose|recommended dosage|how to take|to use|dosierung|mode d'emploi|modo de empleo|posologie)\b|[$€£₩]\s?\d/i;

/** Topical products. */
export const TOPICAL_RE = /\b(?:transdermal|topical|topically|on (?:your|the) skin|spray|sprays|lotion|body butter|bath flakes|bath salts?|magnesium oil|roll-on|cream|gel|foot soak|auf die haut|sur la peau)\b/i;
export const ORAL_SPRAY_RE = /\b(?:oral spray|mouth spray|under the tongue|sublingual|swallow|capsules?|tablets?|softgels?|gummies|gummy)\b/i;

/** Nutrition / facts panel headings. */
export const FACTS_HEADING_RE = /supplement facts|nutrition facts|drug facts|nährwerte|nährwertangaben|nährwertinformation|valeurs nutritionnelles|informations nutritionnelles|información nutricional|valori nutrizionali|amount per serving|serving size|per serving|pro tagesdosis|\bnrv\b/i;

/** Other nutrients named in a title: a title naming these is not a magnesium-only product. */
export const OTHER_NUTRIENT_RE = /\b(?:calcium|kalzium|calcio|zinc|zink|zinco|potassium|kalium|vitamin|vitamine|vitamina|iron|eisen|b6|b12|d3|k2|multi\p{L}{0,12}|melatonin|ashwagandha|l-theanine|theanine|boron|selenium|copper|manganese|chromium)\b/iu;

/** A "Size: 90 Capsules - 140 mg" / "Strength: 400 mg" variant line. */
export const VARIANT_LINE_RE = /^\s{0,4}(?:size|strength|potency|dosage|stärke|dosierung|variant|option|taille|tamaño)\s{0,2}:/i;

/** A line that is only an amount ("250 mg"). */
export const STANDALONE_AMOUNT_RE = /^\s{0,4}\d{1,5}(?:[.,]\d{1,2})?\s{0,2}(?:mg|mcg|µg|g)\s{0,4}$/i;

export const REGEXES: readonly RegExp[] = [
  AMOUNT_RE, PERCENT_RE, MAGNESIUM_WORD_RE, MAGNESIUM_WORD_G_RE, AFTER_AMOUNT_MG_RE, BEFORE_AMOUNT_MG_RE,
  RANGE_BEFORE_RE, PER_UNIT_AFTER_RE, PER_UNIT_BEFORE_RE, COUNT_UNITS_RE, REFERENCE_CUE_RE,
  PACKAGE_CUE_RE, TOTAL_CUE_RE, ELEMENTAL_RE, SERVING_SIZE_RE, INLINE_SERVING_RE, SERVINGS_PER_CONTAINER_RE, SERVING_PAREN_RE,
  SERVINGS_COUNT_RE, SENTENCE_SPLIT_RE, TOKEN_RE, CEILING_RE, URL_SEARCH_RE, URL_CART_RE, URL_ARTICLE_RE,
  URL_CATEGORY_RE, URL_PRODUCT_RE, ARTICLE_CUE_RE, PRONOUN_RE, COMMERCE_CUE_RE, TOPICAL_RE, ORAL_SPRAY_RE,
  FACTS_HEADING_RE, OTHER_NUTRIENT_RE, VARIANT_LINE_RE, STANDALONE_AMOUNT_RE,
];
