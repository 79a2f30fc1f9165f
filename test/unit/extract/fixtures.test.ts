// Every page with a known answer, found by one loop (as Readability loops over its test pages): the
// real pages in ../shared/pages (answers.json and answers-more.json, read in place) and every
// folder test/fixtures/<name>/ with an answers.json (our own synthetic pages). For each set: every
// certain field right, no understated dose, no falsely reassuring page, every Reading valid under
// the shared schema. A new page read wrongly becomes a new fixture file and answer, not new test code.
// The real pages skip with a notice when ../shared/pages is absent, except under CI=true.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../../src/core/reading.ts';
import { readPageFile } from '../../../scripts/lib/read-page.ts';
import { answerSets, loadAnswers, PAGES_DIR, SHARED_PRESENT, SHARED_REQUIRED, scoreAll } from './accuracy-lib.ts';

if (!SHARED_PRESENT && !SHARED_REQUIRED) console.log(`[skip] ${PAGES_DIR} not found: real-page accuracy tests skipped`);

/** Fields not read right yet, each with why (the held-out rounds' REPORT.md says more). A known
 *  miss is never excused from the safety test below: an understated dose or a falsely reassuring
 *  page must be fixed, not listed. */
const KNOWN_MISSES: Record<string, string> = {
  // round 73 (test/fixtures/holdout73/REPORT.md): the day right
  'synthetic_amazon-it-vitalba-magnesio-potassio-bustine_IT.html#perServingMg': 'a table "Per bustina: Magnesio 150 mg" beside "Per 2 bustine: Magnesio 300 mg", read per 2 sachets (300 mg, 0.5-1 a day) where this key takes the per-sachet row (150 mg, 1-2 a day); the convention of rounds 63, 66, 67 and 69 is the daily column, round 47\'s the per-unit one. The day right (150-300 mg)',
  'synthetic_amazon-it-vitalba-magnesio-potassio-bustine_IT.html#servingsPerDay': 'as perServingMg',
  // round 72 (test/fixtures/holdout72/REPORT.md): overstated, never understated nor falsely reassuring
  'synthetic_amazon-us-orchardlane-calcium-citrate-petites-d3_NEG.txt#status': 'a calcium and D3 product whose page names the nutrient only in other products (frequently bought together, a compare table, sponsored cards, a Q&A, a review): read found, 400 mg (a card\'s), for absent; overstated, never reassuring',
  'synthetic_amazon-us-orchardlane-calcium-citrate-petites-d3_NEG.txt#perServingMg': 'as status',
  'synthetic_amazon-us-orchardlane-calcium-citrate-petites-d3_NEG.txt#dailyMg': 'as status',
  'synthetic_iherb-fr-dormelle-magnesium-sommeil-gommes_FR.txt#perServingMg': 'a review\'s "J\'en prends 4 le soir (150 mg de magnésium)" against the label\'s 75 mg per 2 gummies: the page disagrees with itself, the higher amount used (weak, never green); the elided "J\'en" as a customer\'s words was taken back (the review of round 72: a brand\'s own "J\'en prends 1 le matin et 1 le soir" lost its day)',
  'synthetic_iherb-fr-dormelle-magnesium-sommeil-gommes_FR.txt#dailyMg': 'as perServingMg (150-300 mg for 75-150: overstated)',
  // round 71 (test/fixtures/holdout71/REPORT.md): none understated nor falsely reassuring
  'synthetic_farmaciaencasa-es-herbalmar-malato-de-magnesio-500mg_ES.txt#status': 'its only figure of the element a %NRV in prose ("La dosis diaria de 3 comprimidos aporta el 60 % del ... (VRN) de magnesio") and the malate\'s 500 mg in the title: unreadable (safe, no dose shown) where the key estimates 225 mg from the %NRV (debatable, NOTES.md: the malate\'s weight gives 232.5 or 408 mg)',
  // round 69 (test/fixtures/holdout69/REPORT.md): its first run; the day right
  'synthetic_newpharma-be-osteoforte-calcium-magnesium-d3-k2_FR.html#perServingMg': 'first run: a column per tablet (56.25 mg) beside one per daily dose of 2 tablets (112.5 mg), read per tablet twice a day where the key takes the daily column once (the keys of rounds 63, 66, 67 take the daily column, round 47\'s the per-unit one); the day right (112.5 mg)',
  'synthetic_newpharma-be-osteoforte-calcium-magnesium-d3-k2_FR.html#servingsPerDay': 'as perServingMg',
  // round 67 (test/fixtures/holdout67/REPORT.md, engine pass): none understated nor falsely reassuring
  'synthetic_amazon-de-hellmark-magnesium-komplex-7-formen-120kaps_DE.html#perServingMg': 'the label states "Je Kapsel 200 mg" beside "pro Tagesdosis (2 Kapseln) 400 mg": read 200 mg twice a day (the amount per unit before the one per day) where this key takes the day\'s 400 mg once; holdout47\'s key takes the per-capsule 200 mg twice of the same label shape ("pro Kapsel | pro Tagesdosis (2 Kapseln)"), so the keys disagree; the day right (400 mg)',
  'synthetic_amazon-de-hellmark-magnesium-komplex-7-formen-120kaps_DE.html#servingsPerDay': 'as perServingMg',
  // round 66 (test/fixtures/holdout66/REPORT.md, engine pass): none understated nor falsely reassuring,
  // each the higher reading or the day right
  'synthetic_amazon-it-alpevita-magnesio-puro-polvere-misurino_IT.html#servingsPerDay': 'engine pass, left: the directions read right ("iniziare con mezzo misurino ... poi passare a 1 misurino al giorno" = 0.5-1 scoop), but the serving is not: the amount\'s column "per dose (2,4 g)" is in grams and the scoop\'s weight stands only in prose ("1 misurino raso (2,4 g)", "un misurino raso corrisponde a 2,4 g"), so with no serving size the smallest intake, half a scoop, is the serving (never understated): 1-2 servings. Needs a rule matching a gram column to a measure\'s stated weight',
  'synthetic_amazon-it-alpevita-magnesio-puro-polvere-misurino_IT.html#dailyMg': 'as servingsPerDay (180-360 mg for 90-180: overstated, never understated)',
  'synthetic_doz-pl-magnolek-magnez-b6-tabletki_PL.txt#perServingMg': 'engine pass: "1 tabletka | W dziennej porcji (2 tabletki)" read per tablet (48 mg, 2 a day) where the key takes the 2-tablet portion (96 mg, once); the day right (96 mg). Left: a one-unit column before a daily one is read per unit on purpose (as round 63\'s Rheinufer page); the header row no longer read as "1 tablet a day"',
  'synthetic_doz-pl-magnolek-magnez-b6-tabletki_PL.txt#servingsPerDay': 'as perServingMg (2 tablets a day read as 2 servings of 1 tablet; 96 mg a day, right)',
  // round 64 (test/fixtures/holdout64/REPORT.md, engine pass): none understated nor falsely reassuring
  'synthetic_amazon-es-kelvarra-polvo-cacito_ES.txt#servingsPerDay': 'a starter dose in a sentence of its own ("Se recomienda empezar con medio cacito los primeros días") beside "un cacito ... una vez al día" over a half-scoop serving: read 1-2 servings (200-400 mg), the key 2 (400 mg). Left: rounds 41 and 57\'s keys count "Start with 1 scoop and increase" as the range\'s lower end; the maximum right, never understated',
  'synthetic_amazon-es-kelvarra-polvo-cacito_ES.txt#dailyMg': 'as servingsPerDay (200-400 mg; the maximum right)',
  'synthetic_iherb-kr-dalbit-magnesium-gummies_KO.html#servingsPerDay': 'iHerb\'s Korean site: the name now data (150 mg per 3 gummies read), the day\'s words ("하루 한 번") and units (개) not yet: no day, no daily dose shown (issue 8, item 9 of round 64\'s brief) (round 66\'s pass: Korean is no letter to the reader, src/extract/letters.ts keeps Latin, Greek and Cyrillic by issue 14\'s decision, so 하루, 1일, 정, 캡슐, 포 never become words; the lead\'s call, a size and speed cost)',
  'synthetic_iherb-kr-dalbit-magnesium-gummies_KO.html#dailyMg': 'as servingsPerDay',
  'synthetic_iherb-jp-tidecrest-citrate-powder_JA.txt#status': 'iHerb\'s Japanese site: the name, the compounds\' names, serving words, units and the day\'s counts in Japanese not yet data (the name alone read a scoop\'s 1,000 mg of citrate as the element); unreadable, no dose shown',
  'synthetic_iherb-jp-tidecrest-citrate-powder_JA.txt#perServingMg': 'as status',
  'synthetic_iherb-jp-tidecrest-citrate-powder_JA.txt#servingsPerDay': 'as status',
  'synthetic_iherb-jp-tidecrest-citrate-powder_JA.txt#dailyMg': 'as status',
  // round 23, against issue 8 (test/fixtures/holdout62/REPORT.md, engine pass): the key estimates a name's compound weight the later keys do not
  'synthetic_ebay-us-listing-magnesium-oxide-500mg-120-tablets-item-specifics.html#status': 'its label only a photo ("Please see photo #3 for the full label", now read as the facts a picture in any words, round 62) and "500mg" of oxide only in the name and a bare "Strength: 500 mg": unreadable, as issue 8 (kind 7: a compound\'s weight in a name is no elemental amount) and round 62\'s key for the same kind (a Walmart oxide 500 mg, its facts a picture) want; round 23\'s key estimates 301.5 mg (not certain). Never reassuring: no dose is shown',
  // round 63 (test/fixtures/holdout63/REPORT.md): its engine pass; the day right, neither understated nor falsely reassuring
  'synthetic_rheinuferapotheke-de-birkenhain-magnesium-400_DE.html#perServingMg': '"pro Kapsel 200 mg | pro Tagesdosis (2 Kapseln) 400 mg": read per capsule (200 mg, 2 a day) where the key takes the daily column as the serving; the day right (400 mg). Left: a one-unit column before a daily one is read per unit on purpose (round 44: read per day, a "1 to 2 a day" counted the whole day once)',
  'synthetic_rheinuferapotheke-de-birkenhain-magnesium-400_DE.html#servingsPerDay': 'as perServingMg (2 capsules a day read as 2 servings of 1 capsule; 400 mg a day, right)',
  // round 59 (test/fixtures/holdout59/REPORT.md): its engine pass; none understated nor falsely reassuring
  'synthetic_bol-nl-zoutpolder-magnesiumcitraat-poeder-500g_NL.html#status': 'only the compound\'s weight per scoop ("2000 mg magnesiumcitraat" per 2 g scoop): unreadable, where the key estimates 324 mg; safe (no figure shown), left for a compound-only rule that needs the scoop\'s weight to bound it',
  'synthetic_bol-nl-zoutpolder-magnesiumcitraat-poeder-500g_NL.html#servingsPerDay': 'as status',
  // round 52 (test/fixtures/holdout52/REPORT.md): its first run, left for the next engine pass; none
  // understated nor falsely reassuring
  // rounds 46 and 47 (test/fixtures/holdout46/REPORT.md): none understated nor falsely reassuring
  'synthetic_shopify-it-magnesio-citrato-polvere_IT.txt#status': 'a table flattened one value per line: the per-100-g 12.000 mg is read, not the per-misurino 300 mg, so the page is unreadable (safe); its "da mezzo a un misurino" is read as 0.5-1 now (the review of round 72 pass)',
  'synthetic_shopify-it-magnesio-citrato-polvere_IT.txt#perServingMg': 'as status',
  'synthetic_shopify-it-magnesio-citrato-polvere_IT.txt#dailyMg': 'as status',
  'synthetic_apteka-pl-magnez-b6-tabletki_PL.txt#servingsPerDay': 'the table\'s header "Zawartość składników   1 tabletka   3 tabletki (dzienna porcja)", its cells apart by spaces, read as a direction of 1 tablet a day: 1-3, not 3 (the maximum right: safe; the review\'s 375 mg is now set aside, 50 mg per tablet read)',
  'synthetic_apteka-pl-magnez-b6-tabletki_PL.txt#dailyMg': 'as servingsPerDay (50-150 mg; the lower end not the label\'s)',
  'synthetic_chemistdirect-uk-magnesium-citrate-1000mg.txt#perServingMg': 'the title\'s 1000 mg citrate estimated (162 mg) over the table\'s 500 mg per tablet (81 mg): the higher estimate used (overstated, weak: safe)',
  'synthetic_chemistdirect-uk-magnesium-citrate-1000mg.txt#dailyMg': 'as perServingMg',
  'synthetic_purelabs-us-triple-magnesium-blend.txt#status': 'a 1,950 mg blend of three compounds: over a serving\'s reach, unreadable (safe); the answer\'s 292.8 mg sums three estimates (NOTES.md: debatable)',
  'synthetic_purelabs-us-triple-magnesium-blend.txt#perServingMg': 'as status',
  'synthetic_purelabs-us-triple-magnesium-blend.txt#dailyMg': 'as status',
  'synthetic_vitacorner-uk-magnesium-bisglycinate-powder.txt#servingsPerDay': '"Per 2 scoops" against "1 scoop daily" read as one serving, 300 mg (the answer\'s 0.5 servings is debatable, NOTES.md; overstated: safe)',
  'synthetic_vitacorner-uk-magnesium-bisglycinate-powder.txt#dailyMg': 'as servingsPerDay',
  // round 13, against issue 8 (test/fixtures/holdout46/REPORT.md, third pass): the key reads a title-only figure, later rounds' keys and issue 8 do not
  'synthetic_amazon-com-northpeak-magnesium-complex-400mg-title-only-facts-image.html#status': 'the facts are only an image and "400mg" stands only in the title: unreadable, as issue 8 ("the amount is only in ... the product\'s name ... must be unreadable"), docs/magnesium-reference.md (Amazon: "never as safe") and the keys of rounds 26 and 47 for the same kind want; round 13\'s key reads it found (its NOTES: "Only status is certain", the figure may be a blend\'s weight). Never reassuring: no dose is shown',
  // round 40 (test/fixtures/holdout40/REPORT.md): a convention and servings kept on unreadable pages; never understated nor falsely reassuring
  'synthetic_woocommerce-es-herbolariovivo-cloruro-de-magnesio-comprimidos_ES.txt#perServingMg': 'a convention: the table\'s portion "Por 3 comprimidos: ... magnesio 162 mg" is read as the serving (as round 40\'s FR page\'s "Pour 4 comprimés" answer wants), the writer per tablet (54 mg) from a sentence; "de 2 a 3 comprimidos" gives 0.67-1 servings and the day\'s 108-162 mg is right',
  'synthetic_woocommerce-es-herbolariovivo-cloruro-de-magnesio-comprimidos_ES.txt#servingsPerDay': 'as perServingMg',
  'synthetic_shoper-pl-aptekazdrowie-magnez-cytrynian-b6-kapsulki_numbers-missing_PL.txt#servingsPerDay': 'unreadable, as the writer reads it; "1 kapsułka 2 razy dziennie" on the 2-capsule portion is kept as 1 serving a day by design (issue 10, point 4: the popup\'s form starts from it); no dose is shown',
  'synthetic_shopify-us-ironforge-zma-night-recovery-capsules_no-amount.txt#servingsPerDay': 'unreadable, as the writer reads it; the men\'s "take 3 capsules" is kept as the servings a day by design (issue 10, point 4); no dose is shown',
  // round 41 (holdout41): a category page, the kind engine42's round takes on; overstated, never understated nor falsely reassuring
  'synthetic_shopware-de-vitalpunkt-kategorie-magnesium-kapseln-tabletten_NEG_DE.html#status': 'a category page of six product tiles is read as the first tile\'s product (found, 400 mg, 400-800 mg a day: overstated, never reassuring; the answer wants absent)',
  'synthetic_shopware-de-vitalpunkt-kategorie-magnesium-kapseln-tabletten_NEG_DE.html#perServingMg': 'as status',
  'synthetic_shopware-de-vitalpunkt-kategorie-magnesium-kapseln-tabletten_NEG_DE.html#dailyMg': 'as status',
  // round 42 (holdout42): overstated, never understated nor falsely reassuring
  'synthetic_amazon-de-kernwerk-magnesium-citrat-kapseln-nrv-only-cut-before-facts_DE.txt#servingsPerDay': 'the %NRV in prose ("Eine Tagesdosis von 2 Kapseln deckt 48 % des NRV") is not read, and a sponsored card\'s 500 mg under "Produkte ähnlich wie dieser Artikel / Gesponsert" is taken per capsule: 2 servings of 500 mg, 1,000 mg a day (overstated: safe; rejecting the card alone leaves the page absent, so both wait for the %NRV-only kind)',
  // round 38 (holdout38): a judgement call of the round's writer and a lower end not read; never understated nor falsely reassuring
  'synthetic_shopify-us-saltwell-magnesium-oil-spray-topical_NEG.txt#perServingMg': 'a topical oil\'s "Each 5 sprays provide approx. 70 mg" is read as its amount per serving, route topical, as earlier rounds\' answers for sprays and lotions want (the answer wants none: a judgement call)',
  'synthetic_shopify-it-erboristeriacolle-magnesio-liquido-concentrato_IT.txt#servingsPerDay': '"da 5 a 10 ml al giorno" under a per-daily-dose (10 ml) column read as the one daily dose: 1, not 0.5-1 (the maximum right: safe)',
  'synthetic_shopify-it-erboristeriacolle-magnesio-liquido-concentrato_IT.txt#dailyMg': 'as servingsPerDay (300 mg, the maximum; the lower end 150 not read)',
  // round 32 (holdout32): a judgement call of the round's writer, never understated nor falsely reassuring
  'synthetic_gnc-style-us-ironvale-zma-recovery-90-capsules.txt#servingsPerDay': 'men\'s 3 capsules and women\'s 2 read as 0.67-1 servings of the 3-capsule serving (the maximum, the men\'s dose, right: safe)',
  'synthetic_gnc-style-us-ironvale-zma-recovery-90-capsules.txt#dailyMg': 'as servingsPerDay (300-450 mg; the answer takes the highest adult reading, 450)',
  // round 27 (holdout27): each overstated or a weaker reading, never understated nor falsely reassuring
  'synthetic_woocommerce-uk_oakandfern-magnesium-citrate-powder-200mg-per-scoop-half-scoop.html#servingsPerDay': '"half a scoop to one scoop" read from one scoop: 1-2 servings, not 0.5-2 (the maximum right: safe)',
  'synthetic_woocommerce-uk_oakandfern-magnesium-citrate-powder-200mg-per-scoop-half-scoop.html#dailyMg': 'as servingsPerDay (200-400 mg; the lower end 100 not read)',
  'synthetic_forum-us_nutritiontalk-which-magnesium-for-cramps-thread_NEG.txt#status': 'a forum thread quoting a label is read as found (200 mg: not reassuring)',
  'synthetic_forum-us_nutritiontalk-which-magnesium-for-cramps-thread_NEG.txt#perServingMg': 'as status',
  'synthetic_forum-us_nutritiontalk-which-magnesium-for-cramps-thread_NEG.txt#dailyMg': 'as status',
  'synthetic_sportshop-uk_forgefuel-zma-90-capsules-3-capsules-450mg.txt#dailyMg': 'women\'s 2 capsules beside men\'s 3 read as a 300-450 range (the maximum right: safe)',
  'synthetic_webshop-hu_termeszetpatika-magnezium-komplex-kapszula-cut_HU.txt#perServingMg': 'a cut page with no panel gives 300 mg per serving where the answer wants none (status right)',
  // round 8
  'pages-excerpt_docplayer_veridian-clinical-magnesium-glycinate-plus-240mg-bid_pdf-columns-interleaved.txt#status': 'a PDF whose two columns are interleaved line by line: no amount tied (unreadable, never a low guess)',
  'pages-excerpt_docplayer_veridian-clinical-magnesium-glycinate-plus-240mg-bid_pdf-columns-interleaved.txt#perServingMg': 'as status',
  'pages-excerpt_docplayer_veridian-clinical-magnesium-glycinate-plus-240mg-bid_pdf-columns-interleaved.txt#servingsPerDay': 'as status',
  'pages-excerpt_docplayer_veridian-clinical-magnesium-glycinate-plus-240mg-bid_pdf-columns-interleaved.txt#dailyMg': 'as status',
  'pages-excerpt_sunnyfieldvitamins_magnesium-complex-zinc-100-tablets_dv-only-amounts-lost.txt#status': 'a %DV-only row whose amounts were lost in the copy is not read as a dv-estimate (unreadable: safe)',
  'pages-excerpt_herbolariolaencina-es_cloruro-de-magnesio-400g-copita-en-ayunas_ES.txt#servingsPerDay': '"una copita en ayunas" (a small glass on an empty stomach) not read as once a day',
  'pages-excerpt_drivecoursesexpress-fr_eau-minerale-source-vallonne-magnesium-119mg-par-litre_NEG_FR.txt#status': 'a mineral water (per litre) read as a product of the nutrient ("> 50 mg/L", weak)',
  'pages-excerpt_drivecoursesexpress-fr_eau-minerale-source-vallonne-magnesium-119mg-par-litre_NEG_FR.txt#perServingMg': 'as status',
  // round 9
  'synthetic_shopify-kelpwood-evening-magnesium-powder-half-scoop-start.html#servingsPerDay': '"start with half a scoop ... up to 1 scoop" not read as 0.5-1 servings: the ceiling "Do not exceed 1 scoop per day" gives 1 (the maximum right: safe)',
  'synthetic_shopify-kelpwood-evening-magnesium-powder-half-scoop-start.html#dailyMg': 'as servingsPerDay (300 mg, the maximum; the lower end 150 not read)',
  'synthetic_sportshop-nl-cadence-isotonic-mix-per-100g-table-only.txt#perServingMg': 'the per-100-g column (625 mg) read for the serving (overstated: safe)',
  'synthetic_sportshop-nl-cadence-isotonic-mix-per-100g-table-only.txt#dailyMg': 'as perServingMg',
  'synthetic_bioladen-de-rohkakao-nibs-magnesium-pro-100g_NEG_DE.txt#status': 'a food (cacao nibs) with a per-100-g table read as a supplement',
  'synthetic_bioladen-de-rohkakao-nibs-magnesium-pro-100g_NEG_DE.txt#perServingMg': 'as status',
  // round 10
  'synthetic_brandsite-uk-saltmarsh-magnesium-spray-100mg-per-4-sprays.txt#servingsPerDay': 'a skin spray: "Every 4 sprays (approx. 1ml) provide ..." loses its serving at the "approx." split, and "Spray 8–12 times ... once a day" spans two sentences (no daily dose: never green)',
  'synthetic_brandsite-uk-saltmarsh-magnesium-spray-100mg-per-4-sprays.txt#dailyMg': 'as servingsPerDay',
  'synthetic_brandsite-us-fernhollow-womens-multi-magnesium-in-prose.txt#perServingMg': 'an FAQ line about the shop\'s other product ("Our Prenatal Foundation contains 150 mg magnesium per serving") outranks the prose "Every 2-capsule serving delivers ... 120 mg of magnesium" (overstated, weak: safe)',
  'synthetic_brandsite-us-fernhollow-womens-multi-magnesium-in-prose.txt#servingsPerDay': '"Every 2-capsule serving" is not read as the serving, and "4–5 extra capsules" in prose is read as directions (overstated: safe)',
  'synthetic_brandsite-us-fernhollow-womens-multi-magnesium-in-prose.txt#dailyMg': 'as perServingMg and servingsPerDay',
  // round 15
  'synthetic_shopify-us-harborlight-magnesium-glycinate-300mg-per-3-caps-up-to-three-times.txt#servingsPerDay': '"Take 3 capsules once daily, or 1 capsule up to three times a day" is read literally, 1/3 to 1 serving (as round 11\'s costco answer reads "1 tablet up to three times daily"); the writer reads the second as the first divided, 1 (the maximum, 300 mg, is right: safe)',
  'synthetic_shopify-us-harborlight-magnesium-glycinate-300mg-per-3-caps-up-to-three-times.txt#dailyMg': 'as servingsPerDay (100-300 mg)',
  // round 16
  'synthetic_mercadolibre-mx-vitalmonte-citrato-magnesio-1000mg-porcion-2-capsulas_ES.txt#servingsPerDay': 'the seller\'s answer "cada cápsula contiene 500 mg de citrato" (per capsule, tier 4) outranks the untitled row "Citrato de magnesio ........ 1000 mg" under "Porción: 2 cápsulas"; its "la porción de 2 cápsulas aporta 1000 mg" is not tied (the nutrient is named before the first amount): 2 servings of 1 capsule, the day\'s 162 mg the same (safe)',
  // round 18
  'synthetic_drug-listing-us-rxprimer-ridgeway-magnesium-gluconate-1000mg-54mg-elemental.txt#status': 'a convention: a drug-information dosing page laid out by indication ("Usual Adult Dose for Hypomagnesemia", "Usual Pediatric Dose", "Renal Dose Adjustments") with a pharmacist\'s review and an update date is read as a monograph (absent), as round 8\'s medguideonline answer requires; this writer reads it as one branded product\'s listing (54 mg elemental per tablet). Safe: no verdict is shown, and the supplementation dose is 54-108 mg a day',
  'synthetic_drug-listing-us-rxprimer-ridgeway-magnesium-gluconate-1000mg-54mg-elemental.txt#perServingMg': 'as status',
  // round 19
  'synthetic_monograph-us-rxmedguide-magnesium-gluconate-500mg-tablet-27mg-elemental.txt#status': 'a drug-information monograph of the substance ("Magnesium gluconate (oral)", "Medically reviewed by", uses, dosage, side effects, related drugs) sells no product: by the issue\'s kind 2 and rounds 6 and 7 it is absent; the writer reads its one dosage form as a product (27 mg x 3-6, 81-162 mg a day: below the limit, not falsely reassuring)',
  'synthetic_monograph-us-rxmedguide-magnesium-gluconate-500mg-tablet-27mg-elemental.txt#perServingMg': 'as status',
  'synthetic_monograph-us-rxmedguide-magnesium-gluconate-500mg-tablet-27mg-elemental.txt#servingsPerDay': 'as status',
  'synthetic_monograph-us-rxmedguide-magnesium-gluconate-500mg-tablet-27mg-elemental.txt#dailyMg': 'as status',
  // round 20
  'synthetic_shop-uk-hartwellpharmacy-magnesium-citrate-300mg-per-2-tablets.html#perServingMg': 'a convention: "150mg magnesium per tablet" in the page\'s first line is read per tablet (2 tablets a day), the writer per its 2-tablet serving; the day\'s 300 mg is right',
  'synthetic_shop-uk-hartwellpharmacy-magnesium-citrate-300mg-per-2-tablets.html#servingsPerDay': 'as perServingMg',
  'synthetic_shop-us-wellspringclinic-buffered-magnesium-glycinate-120mg-1-6-caps.txt#perServingMg': 'prose about other brands ("1,000 mg ... only provides about 140 mg") outranks the label\'s 120 mg (overstated, weak: safe)',
  'synthetic_shop-us-wellspringclinic-buffered-magnesium-glycinate-120mg-1-6-caps.txt#dailyMg': 'as perServingMg',
  // round 21
  'synthetic_prestashop-fr-herboristerieduvieuxport-magnesium-marin-b6-300mg-pour-2-gelules-matin-soir_FR.html#servingsPerDay': '"pour 2 gélules" against "1 gélule matin et soir" read as 1 capsule twice a day of a 300 mg capsule (600 mg, overstated: safe)',
  'synthetic_prestashop-fr-herboristerieduvieuxport-magnesium-marin-b6-300mg-pour-2-gelules-matin-soir_FR.html#dailyMg': 'as servingsPerDay',
  'synthetic_pharmacy-pl-aptekapodlipa-magnez-b6-96mg-w-2-tabletkach-3-razy-dziennie-jsonld_PL.html#perServingMg': 'a convention: the rows "1 tabletka: ... 48 mg" and "2 tabletki (porcja): ... 96 mg" are read per tablet (6 tablets a day); the day\'s 288 mg is right',
  'synthetic_pharmacy-pl-aptekapodlipa-magnez-b6-96mg-w-2-tabletkach-3-razy-dziennie-jsonld_PL.html#servingsPerDay': 'as perServingMg',
  'synthetic_squarespace-brand-us-pebbleandfern-calm-gummies-70mg-per-2-gummies-adults-4-kids-2.html#perServingMg': 'the 17% DV estimate (71.4 mg on the 420 mg DV) is read where the writer takes the stated 70 mg (overstated by 2%, weak: safe)',
  'synthetic_squarespace-brand-us-pebbleandfern-calm-gummies-70mg-per-2-gummies-adults-4-kids-2.html#dailyMg': 'as perServingMg',
  'synthetic_monograph-us-medguidepro-magnesium-gluconate-500mg-27mg-elemental-1-2-tabs-tid.txt#status': 'a drug-information monograph of the substance, as round 19\'s: absent by the issue\'s kind 2; the writer reads its one dosage form as a product (81-162 mg a day: below the limit, not falsely reassuring)',
  'synthetic_monograph-us-medguidepro-magnesium-gluconate-500mg-27mg-elemental-1-2-tabs-tid.txt#perServingMg': 'as status',
  'synthetic_monograph-us-medguidepro-magnesium-gluconate-500mg-27mg-elemental-1-2-tabs-tid.txt#servingsPerDay': 'as status',
  'synthetic_monograph-us-medguidepro-magnesium-gluconate-500mg-27mg-elemental-1-2-tabs-tid.txt#dailyMg': 'as status',
  'synthetic_woocommerce-us-prairiegoodsco-cal-mag-fizz-drink-mix-60pct-dv-magnesium-stick-once-daily_dv.txt#servingsPerDay': '"Empty 1 stick pack into ... Enjoy once daily": the frequency in a sentence of its own after a dose of once is not carried over (the 60% DV estimate is read, weak, no daily dose: never green)',
  // round 26 (test/fixtures/holdout26/REPORT.md)
  // round 33 (test/fixtures/holdout33/REPORT.md)
  'synthetic_bigcommerce-us-ironleafnutrition-zma-night-recovery-capsules.txt#servingsPerDay': '"Men: take 3 capsules daily ... Women: take 2 capsules daily" on a 3-capsule serving is read as both adults\' doses, 0.67-1 servings (300-450 mg); the writer takes the highest adult dose alone (a judgement call, NOTES.md): the maximum is right and above the limit, so never understated at its top nor reassuring',
  'synthetic_bigcommerce-us-ironleafnutrition-zma-night-recovery-capsules.txt#dailyMg': 'as servingsPerDay',
  // round 34 (test/fixtures/holdout34/REPORT.md)
  'synthetic_bigcommerce-us-everglade-women-50-bone-multi_facts-as-image.html#servingsPerDay': 'unreadable, as the writer reads it; the directions\' "Take 2 tablets daily" are kept as its servings a day by design (issue 10, point 4: the popup\'s form to enter the amount starts from them); no dose is shown, so nothing is understated or reassured',
  'synthetic_dandomain-dk-knoglesund-calcium-magnesium-d3-tabletter_DA.txt#servingsPerDay': 'as the everglade page: unreadable, its directions\' servings a day kept for the popup\'s form (issue 10, point 4)',
  'synthetic_woocommerce-hr-kostzdrav-osteo-formula-kapsule_HR.txt#servingsPerDay': 'as the everglade page: unreadable, its "1 do 2 kapsule dnevno" kept as 1-2 servings a day for the popup\'s form (issue 10, point 4); read since round 52 taught the Croatian day word "dnevno" (before, the directions were not read at all)',
};

for (const set of answerSets()) {
  const run = !set.real || SHARED_PRESENT || SHARED_REQUIRED;
  describe.runIf(run)(set.name, () => {
    it('the answers are there', () => {
      expect(loadAnswers(set.dir, set.file), `${path.join(set.dir, set.file)} is missing`).not.toBeNull();
    });
    it('every certain field is right', () => {
      const res = scoreAll(set.dir, set.file)!;
      const misses = res.misses.map((m) => `${m.file}#${m.field}`).filter((k) => !(k in KNOWN_MISSES));
      expect(misses).toEqual([]);
      expect(res.total).toBeGreaterThan(0);
    }, 120_000);
    it('no understated dose and no falsely reassuring page', () => {
      const res = scoreAll(set.dir, set.file)!;
      expect(res.understated).toEqual([]);
      expect(res.falselyReassuring).toEqual([]);
    }, 120_000);
    it('every page gives a Reading valid under the shared schema', () => {
      for (const a of loadAnswers(set.dir, set.file)!) {
        const r = readPageFile(path.join(set.dir, a.file), a.url ?? undefined);
        const p = Reading.safeParse(r);
        expect(p.success ? a.file : `${a.file}: ${JSON.stringify(p.error.issues)}`).toBe(a.file);
      }
    }, 120_000);
  });
}

describe('the known misses are still misses', () => {
  it.runIf(SHARED_PRESENT)('each one listed is missed today (a fixed one is taken off the list)', () => {
    const missed = new Set(answerSets().flatMap((s) => scoreAll(s.dir, s.file)?.misses ?? []).map((m) => `${m.file}#${m.field}`));
    expect(Object.keys(KNOWN_MISSES).filter((k) => !missed.has(k))).toEqual([]);
  }, 120_000);
});
