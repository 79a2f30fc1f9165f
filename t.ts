import { parseDirections } from './src/extract/text/directions.ts';
for (const t of ['dose may be taken once a day\nadults and children 12 years and over | 30 mL to 60 mL |\nchildren 6 to 11 years | 15 mL to 30 mL |', 'dose may be taken once a day\nadults | 30 mL to 60 mL |']) console.log(JSON.stringify(parseDirections(t).range));
