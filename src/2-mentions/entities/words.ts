// Stage 2's words around names (data/lexicon/entity-words.json) as sets and patterns, loaded once:
// titles that split a tagged span, company legal forms and context words, organisation subtypes,
// locatives, role edges, headline flags, the tagger's name connectors and coreference stop words;
// from actor-names.json the title-case headline verbs and function words no name is made of.

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import names from '../../../data/lexicon/actor-names.json' with { type: 'json' };
import { alternation } from '../../lexicon/calendar.js';

/** Titles that may stand between an organisation and a person's name in one tagged span ("Ford CEO Alan Mulally"). */
/** First words of a company officer's title ("Chief", "CEO", "Chairman"). */
export const COMPANY_TITLE_OPENERS: ReadonlySet<string> = new Set(words.companyTitleOpeners);
export const SPLIT_TITLES: ReadonlySet<string> = new Set(words.splitTitles);
/** Last words of a company's or facility's name that a place name before them belongs to ("China Eastern Airlines"). */
export const QUALIFIED_HEADS: ReadonlySet<string> = new Set(words.qualifiedHeads);
/** Of those, the words that join the place before them even outside any tagged name ("South Wales Police"). */
export const PLACE_SERVICE_HEADS: ReadonlySet<string> = new Set(words.placeServiceHeads);
/** Of those, the words a force also puts before its country's or region's name ("Police Wales"). */
export const SERVICE_BEFORE_PLACE: ReadonlySet<string> = new Set(words.serviceBeforePlace);
/** Words that close a company's name ("Chrysler LLC", "Aer Lingus Group PLC"), as written. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([...words.legalForms, ...words.companyNameEnds]);
/**
 * Legal forms at the end of a name (", Inc.", " PLC"), for stripping them from a canonical name, with
 * a "Group" or "Holdings" before them: "Fiat Group SpA" is the legal entity of Fiat, and "Fiat" its name.
 */
export const LEGAL_FORM = new RegExp(`(?:\\s+(?:${alternation(words.companyNameEnds)}))?(?:,?\\s+(?:${alternation(words.legalForms)}))+$`);
/** Legal forms alone ("Inc", "Co", "SpA"), as written. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(words.legalForms);
/** Words a company's name holds between capitalised words before its legal form ("Gold Fields of South Africa Ltd", "Bear Stearns & Co"). */
export const COMPANY_NAME_CONNECTORS: ReadonlySet<string> = new Set(words.companyNameConnectors);
/** Last words of an organisation's name that a capitalised "of/for/on" phrase continues ("Commission on Presidential Debates"). */
export const ORGANISATION_OF_HEADS: ReadonlySet<string> = new Set(words.organisationOfHeads);
/** Capitalised words that close an organisation's name the tagger cut short ("… School | District"): these and the heads above. */
export const ORGANISATION_TAIL_WORDS: ReadonlySet<string> = new Set([...words.organisationOfHeads, ...words.organisationTailWords]);
/** Prepositions that open such a phrase, and the small words inside it. */
export const ORGANISATION_TAIL_OPENERS: ReadonlySet<string> = new Set(words.organisationTailOpeners);
export const ORGANISATION_TAIL_CONNECTORS: ReadonlySet<string> = new Set(words.organisationTailConnectors);
/** Heads of bodies that sit "on" a subject ("Commission on Presidential Debates"); after others "on" opens a place ("University on Long Island"). */
export const ORGANISATION_ON_HEADS: ReadonlySet<string> = new Set(words.organisationOnHeads);
/** Last words of a school's, university's or hospital's name, a run of capitalised words ("Covington Catholic High School"). */
export const SCHOOL_RUN_HEADS: ReadonlySet<string> = new Set(words.schoolRunHeads);
/** Prepositions of direction before a place ("towards Sligo", "near Kilkee"). */
export const DIRECTION_PREPOSITIONS: ReadonlySet<string> = new Set(words.directionPrepositions.words);
/** First words of the names of lakes, mountains and capes ("Lake", "Mount"). */
export const FEATURE_OPENERS: ReadonlySet<string> = new Set(words.featureOpeners.words);
/** A faith or an ethnic group ("Muslim", "Latino"), lower case: no name standing alone. */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set(words.groupAdjectives.words);
/** Points of the compass that open a region's name ("West Yorkshire"), lower case. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(words.compassWords);
/** Words that name a part, period or side of the place after them ("Northern Iraq", "Rural India"): no national body's first word. */
export const PLACE_PART_MODIFIERS: ReadonlySet<string> = new Set(words.placePartModifiers.words);
/** Words that join the names of a list ("GM, Chrysler and Ford"). */
export const LIST_JOINERS: ReadonlySet<string> = new Set(words.listJoiners);
/** Capitalised words that open a Gaelic surname ("Ó Broin", "Ní Bhriain"), exact case. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(words.surnameParticles.words);
/** Small words inside a name that an acronym in brackets after it leaves out ("Organisation for Security and Cooperation in Europe (OSCE)"). */
export const ACRONYM_NAME_CONNECTORS: ReadonlySet<string> = new Set(words.acronymNameConnectors);
/** The words for an office-holder's staff or rooms that name a body after a title and "'s" ("the Prime Minister's Office", "the Attorney-General's Chambers"). */
export const OFFICE_HOLDER_BODIES: ReadonlySet<string> = new Set(words.officeHolderBodies);
/** Phrases that, after a comma or bracket right after an organisation's name, give its short name ("…, known as Masen,"), lower case. */
export const ALIAS_OPENERS: ReadonlySet<string> = new Set(words.aliasOpeners);
/** First words that open companies' names as "Group" ends them ("Group Lotus", "Grupo Televisa"), lower case. */
export const COMPANY_NAME_OPENERS: ReadonlySet<string> = new Set(words.companyNameOpeners);
/** Last words of a company's name ("Offshore Data Services", "Kansai Electric Power"). */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(words.companyHeads);
/** Lower-case nouns before and after a publication's name ("the news weekly Der Zeitgeist", "the Sun newspaper"). */
export const MEDIA_NOUNS_BEFORE: ReadonlySet<string> = new Set(words.mediaNounsBefore);
export const MEDIA_NOUNS_AFTER: ReadonlySet<string> = new Set(words.mediaNounsAfter);
/** Last words of an event's name ("Texas Open", "Labour Day"): no actor and no place. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(words.eventHeads);
/** Names of languages that are no demonym ("Hindi", "Yoruba"): no place and no actor. */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(words.languageNames);
/** Names of people that English names diseases after ("Alzheimer's", "Down syndrome"), lower case, and the nouns after them that make the disease ("disease", "syndrome"). */
export const EPONYMOUS_DISEASES: ReadonlySet<string> = new Set(words.eponymousDiseases);
export const DISEASE_NOUNS: ReadonlySet<string> = new Set(words.diseaseNouns);
/** Nouns for made things and market indices after a model's number ("Trent 900 engines", "FTSE 100 index"). */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(words.productNouns);
/** Nouns for a made thing, a medicine or software before a naming participle ("the drug, called X"): productNouns and namedProductNouns. */
export const NAMED_PRODUCT_NOUNS: ReadonlySet<string> = new Set([...words.productNouns, ...words.namedProductNouns.words]);
/** Currency abbreviations written before an amount ("Rs 48 crore", "Sh 200"), as written. */
export const CURRENCY_ABBREVIATIONS: ReadonlySet<string> = new Set(words.currencyAbbreviations);
/** Words of scale after an amount ("JD2.5 million", "Rs 40 crore"), lower case. */
export const AMOUNT_SCALE_WORDS: ReadonlySet<string> = new Set(words.amountScaleWords);
/** A utility's services, named in pairs ("Power and Light", "Gas and Electric"), lower case. */
export const UTILITY_WORDS: ReadonlySet<string> = new Set(words.utilityWords);
/** Nouns before a journal's name ("the journal Age and Ageing"), lower case. */
export const JOURNAL_NOUNS: ReadonlySet<string> = new Set(words.journalNouns);
/** Titles of an organisation's officers written between its name and the holder's ("Executive Director", "CEO"), lower case. */
export const OFFICER_TITLES_AFTER_NAME: ReadonlySet<string> = new Set(words.officerTitlesAfterName);
/** Last words of a building's or site's name ("Everett Factory", "Tiananmen Square"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(words.facilityHeads);
/** Last words of a party's or movement's name that opens with its nation's adjective ("African National Congress"). */
export const NATIONAL_NAME_HEADS: ReadonlySet<string> = new Set(words.nationalNameHeads);
/** Lower-case nouns right before a ship's name ("the liner Titanic"; "carrier" only after "aircraft"), and ships' name prefixes as written ("USS"). */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set(words.vesselNouns);
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(words.vesselPrefixes);
/** Titles of monarchs and princes ("Queen", "King", "Pope"), lower case: after one, "Elizabeth I" holds a regnal number, not the pronoun. */
export const MONARCH_TITLES: ReadonlySet<string> = new Set(words.monarchTitles);
/** Common nouns that introduce a company's name ("carmaker Chrysler", "the airline Ryanair", "consultancy Ecolatina"). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([...words.companyNouns, ...words.firmKindNouns]);
/** The most common Korean surnames as news romanise them ("park", "moon", "jeong"): a surname before a hyphenated given name ("Park Soo-ah"). */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(words.koreanSurnames);
/** Company nouns that also name a person's trade ("broadcaster", "publisher"): before a given name and a surname, the person's job. */
export const PERSON_JOB_COMPANY_NOUNS: ReadonlySet<string> = new Set(words.personJobCompanyNouns);
export const BROAD_COMPANY_NOUNS: ReadonlySet<string> = new Set(words.broadCompanyNouns);
/** Prepositions at which a role's office ends ("a lawyer for the firm"): the noun after them is not what the role's appositive names. */
export const ROLE_BREAK_WORDS: ReadonlySet<string> = new Set(words.roleBreakWords);
/** What a person leads and news name after them ("the Obama administration", "the Smith campaign", "the Clinton camp"; entity-words.json leaderInstitutionNouns). */
export const LEADER_INSTITUTION_NOUNS: ReadonlySet<string> = new Set(words.leaderInstitutionNouns);
/** Nouns that describe an organisation an acronym after them names ("Peru's prison service, INPE,"): public bodies, companies, groups. */
export const DESCRIBED_BODY_NOUNS: ReadonlySet<string> = new Set([...words.publicBodyNouns, ...words.companyNouns, ...words.governmentClassNouns, ...words.namedGroupNouns]);
/** What follows a company's name and "'s" ("Chrysler's chief executive", "Ryanair's shares"). */
export const COMPANY_OWNED: ReadonlySet<string> = new Set(words.companyOwned);
/** Nouns before "of/in X" that make X a company ("shares of Ryanair", "a stake in Chrysler"). */
export const COMPANY_STAKE_NOUNS: ReadonlySet<string> = new Set(words.companyStakeNouns);
/** What follows "X's chief" when X is a company ("chief executive", "chief financial officer"). */
export const COMPANY_CHIEF_ROLES: ReadonlySet<string> = new Set(words.companyChiefRoles);
/** Reporting verbs after a company's name and before "in … filing" ("Orion Freight said in a filing"). */
export const FILING_VERBS: ReadonlySet<string> = new Set(words.filingVerbs);
/** Heads of bodies a country keeps abroad ("the embassy in Paris" is no French body). */
export const ABROAD_BODIES: ReadonlySet<string> = new Set(words.abroadBodies);
/** Finite reporting verbs that make a role phrase after "Name," their subject ("…, a Romanian official said"). */
export const APPOSITIVE_SUBJECT_VERBS: ReadonlySet<string> = new Set(words.appositiveSubjectVerbs);
/** Words between a carrier's name and a number ("Air France Flight 447"): not part of the carrier's name. */
export const NUMBERED_SERVICE_WORDS: ReadonlySet<string> = new Set(words.numberedServiceWords);
/** Documents only a company files ("a filing", "its 10-K"). */
export const FILING_NOUNS: ReadonlySet<string> = new Set(words.filingNouns);
/** Verbs of a company's results or staffing ("reported", "posted", "cut") and what it reports or cuts ("a loss", "200 jobs"). */
export const COMPANY_RESULT_VERBS: ReadonlySet<string> = new Set(words.companyResultVerbs);
export const COMPANY_RESULT_NOUNS: ReadonlySet<string> = new Set(words.companyResultNouns);
/** A person's pronouns ("he", "her"): they end the search for a subject's "its" or for "the company" that takes a name up. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(words.personPronouns);
/** The other personal pronouns ("they", "we"): they end the search for a subject's "its". */
export const SUBJECT_STOP_PRONOUNS: ReadonlySet<string> = new Set(words.subjectStopPronouns);
/** Company nouns that also describe a person ("a crane operator", "a giant of jazz"): no company evidence after "X is a" or "X, a". */
export const COMPANY_NOUNS_ALSO_PEOPLE: ReadonlySet<string> = new Set(words.companyNounsAlsoPeople);
/** Nouns right after a company's name ("Ryanair shares"). */
export const COMPANY_SHARES_AFTER: ReadonlySet<string> = new Set(words.companySharesAfter);
/** Subtypes of an organisation not in the gazetteer by its last word, in the order they are tried. */
export const ORGANISATION_SUBTYPE_HEADS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = Object.entries(words.organisationSubtypeHeads).map(([subtype, heads]) => [subtype, new Set(heads)] as const);
/** Words before a capital that make it a place rather than an actor ("in Moscow", "visited Beijing"). */
export const LOCATIVES: ReadonlySet<string> = new Set(words.locatives);
/** Function words that never open or close a role ("the", "of"). */
export const ROLE_EDGE_WORDS: ReadonlySet<string> = new Set(words.roleEdgeWords);
/** "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = new Set(words.articles);
/** Small words kept in lower case in a government body's name ("Ministry of Defence"). */
export const BODY_SMALL_WORDS: ReadonlySet<string> = new Set(words.bodySmallWords);
/** Words that open a headline, not a dateline ("UPDATE 2-", "FACTBOX"), in capitals as written. */
export const HEADLINE_FLAG = new RegExp(`^(?:${alternation(words.headlineFlags)})\\b`);
/** Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven", "Wal - Mart"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(words.nameConnectors);
/** Lower-case particles that open a surname ("ten" in "Erik ten Hag", "von der"). */
export const LOWER_SURNAME_PARTICLES: ReadonlySet<string> = new Set(words.lowerSurnameParticles);
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(words.patronymicParticles);
/** Words left out of a role's content words in coreference ("the", "former", "his"). */
export const ROLE_STOP_WORDS: ReadonlySet<string> = new Set(words.roleStopWords);
/** Titles that say too little alone ("the head", "the chief") for a coreferent role mention. */
export const VAGUE_TITLE_HEADS: ReadonlySet<string> = new Set(words.vagueTitleHeads);
/** Verbs a title-case headline writes after a name ("Obama Says", "Trump Slams"): never inside a name (actor-names.json). */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(names.headlineVerbs);
/** Auxiliary verbs that are no name: a capitalised one after a name's first word ends the name ("Clinton Would"; actor-names.json). */
export const AUXILIARIES: ReadonlySet<string> = new Set(names.auxiliaries);
/** Relative words after which an auxiliary belongs to a title's clause ("The Kid Who Would Be King"; actor-names.json). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(names.relativeWords);
/** Words that never end a name ("As", "Of"): cut from the end of a tagged span (actor-names.json). */
export const NAME_END_STOPS: ReadonlySet<string> = new Set(names.nameEndStops);
/** Function words: a tagged span made only of them is no name ("Was", "Are"; actor-names.json). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(names.functionWords);
/** Nouns for a kind of group between a capitalised description and the group's name ("Environmental group Sierra Club"). */
export const GROUP_NOUNS_BEFORE: ReadonlySet<string> = new Set(words.groupNounsBefore.words);
/** Lower-case words inside an organisation's name between its capitalised words ("More in Common", "Save the Children"). */
export const NAME_INNER_CONNECTORS: ReadonlySet<string> = new Set(words.nameInnerConnectors.words);
/** Spanish, Portuguese, Italian and French "and" ("y", "e", "et"), which no English name holds: "Agua y Drenaje de Saltillo". */
export const ROMANCE_NAME_CONJUNCTIONS: ReadonlySet<string> = new Set(words.romanceNameConjunctions.words);
/** Lower-case prepositions and articles of those languages between a name's capitalised words ("de", "del", "da", "des"). */
export const ROMANCE_NAME_CONNECTORS: ReadonlySet<string> = new Set(words.romanceNameConnectors);
/** English plurals with no -s ("women", "children", "people") that open an organisation's name before "'s" ("the Women's Tennis Association"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(words.irregularPlurals.words);
/** Common nouns that open a place's name before "of" ("Isle of Man", "Gulf of Aden"). */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set(words.placeOfHeads.words);
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(words.namingParticiples);
/** Verbs by which a group names itself ("calling itself", "styles themselves") and the group's reflexive pronouns after them. */
export const SELF_NAMING_VERBS: ReadonlySet<string> = new Set(words.selfNamingVerbs.words);
export const GROUP_REFLEXIVES: ReadonlySet<string> = new Set(words.groupReflexives.words);
export const NAMED_GROUP_NOUNS: ReadonlySet<string> = new Set(words.namedGroupNouns);
/** The Arabic article as news write it before a hyphen ("al-Aqsa", "el-Sisi"). */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(words.arabicArticles.words);
/** Capitalised first parts of a hyphenated modifier, no name's ("Sino-", "Anglo-", "Ex-", "Pro-"). */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(words.hyphenPrefixes.words);
/** Words of a court's level or kind before "Court" ("High", "Supreme", "Appeals"), lower case: with "Court" one court's name. */
export const COURT_LEVEL_WORDS: ReadonlySet<string> = new Set(words.courtLevelWords.words);
/** Last words of names as often a company's as an event's ("Games"), lower case, and the nouns of that trade before a company's name ("developer", "studio"). */
export const EVENT_COMPANY_HEADS: ReadonlySet<string> = new Set(words.eventCompanyHeads.words);
export const EVENT_COMPANY_NOUNS: ReadonlySet<string> = new Set(words.eventCompanyHeads.gameCompanyNouns);
/** Words of a local government's kind before "Council" ("Regional", "Shire", "District"), lower case. */
export const LOCAL_COUNCIL_WORDS: ReadonlySet<string> = new Set(words.localCouncilWords.words);
/** Last words of the names of towns and natural features written after the name ("Harbor", "Creek", "Island"), lower case. */
export const FEATURE_TAILS: ReadonlySet<string> = new Set(words.featureTails.words);
/** Nouns of a court named after its town ("the Limassol district court"): the name before them is the town. */
export const TOWN_COURT_NOUNS: ReadonlySet<string> = new Set(words.townCourtNouns.words);
/** Parts of a building that news name with "of" and the building ("the steps of Aliiolani Hale"): the name after them is a place. */
export const BUILDING_PARTS: ReadonlySet<string> = new Set(words.buildingParts.words);
/** Nouns of an organisation's site named after its town or district ("the federation's Surry Hills office"): the name before them is a place (span rule possessive-site-place). */
export const SITE_NOUNS: ReadonlySet<string> = new Set(words.siteNouns.words);
/** Last words of a consumer product's name ("Greenway Classic Houmous"): the name is the product, its first word the brand (span rule brand-product-name). */
export const CONSUMER_PRODUCT_NOUNS: ReadonlySet<string> = new Set(words.consumerProductNouns.words);
/** Words for a carrier's mode of transport that open its name ("Air France", "Bus Vannin"): span step mendCarrierNames. */
export const CARRIER_MODE_WORDS: ReadonlySet<string> = new Set(words.carrierModeWords.words);
/** Last words of airlines' names ("Adam Air", "Mandala Airlines"): span step mendCarrierNames. */
export const CARRIER_NAME_ENDS: ReadonlySet<string> = new Set(words.carrierNameEnds.words);
/** Generic words of Romance place names ("côte", "costa", "sierra"): a name after "the" that opens or ends with one is a place (span rule foreign-place-word). */
export const FOREIGN_PLACE_WORDS: ReadonlySet<string> = new Set(words.foreignPlaceWords.words);
/** "St.", "Saint", "Ste.": words that open a saint's name of a place, as written (entity-words.json saintWords). */
export const SAINT_WORDS: ReadonlySet<string> = new Set(words.saintWords.words);
/** "Square", "Cathedral", "Hospital": words that close a place's or institution's name after a saint's name and "'s", as written (entity-words.json saintPlaceHeads). */
export const SAINT_PLACE_HEADS: ReadonlySet<string> = new Set(words.saintPlaceHeads.words);
/** The last words of news outlets' names, as written (entity-words.json outletHeads). */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(words.outletHeads.words);
/** Definite articles of other languages that open names kept untranslated ("Les Échos", "El País"). */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(words.foreignArticles.words);
/** Verbs a publication reports by ("reported", "quoted", "cited"). */
export const OUTLET_VERBS: ReadonlySet<string> = new Set(words.outletVerbs.words);
/** Words of posting before "on" and a platform's name ("a post on X", "wrote on X"). */
export const POSTING_WORDS: ReadonlySet<string> = new Set(words.postingWords.words);
/** Platforms named by one capital letter ("X"), as written. */
export const PLATFORM_LETTERS: ReadonlySet<string> = new Set(words.platformLetters.words);
/** "the Centre": India's central government, as written (the-centre-government). */
export const GOVERNMENT_CENTRE_WORDS: ReadonlySet<string> = new Set(words.governmentCentreWords.words);
/** "Park", "Cross", "Vineyard": words that close a place's name after one capitalised word and "'s" ("Queen's Park"), as written (span rule possessive-place-name). */
export const POSSESSIVE_PLACE_HEADS: ReadonlySet<string> = new Set(words.possessivePlaceHeads.words);
/** "drug", "vaccine": singular nouns for a medicine before or after its brand's name (span rule medicine-name). */
export const MEDICINE_NOUNS: ReadonlySet<string> = new Set(words.medicineNouns.words);
/** "pills", "tablets": plural dosage forms after a medicine's brand (span rule medicine-name). */
export const DOSAGE_FORM_NOUNS: ReadonlySet<string> = new Set(words.dosageFormNouns.words);
/** "rainforest", "basin": nouns of land and water after a river's or region's name ("the Amazon rainforest"; span rule feature-named-like-company). */
export const FEATURE_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(words.featureNounsAfterName.words);
/** The words for a kind of body in other languages ("institut", "banco", "partido"; entity-words.json foreignBodyWords), lower case: no given name or surname. */
export const FOREIGN_BODY_WORDS: ReadonlySet<string> = new Set(Object.values(words.foreignBodyWords as Record<string, string[]>).flat());
/** "in", "across": prepositions before "the" and a river's or region's name that shares a company's (span rule feature-named-like-company). */
export const FEATURE_PREPOSITIONS: ReadonlySet<string> = new Set(words.featurePrepositions.words);
