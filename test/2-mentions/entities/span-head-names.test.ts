// Stage 2 (src/2-mentions/entities/span-head-names.ts): names whose edge word gives their kind however the
// tagger cut or typed them — a body a nationality opens, a service joined by "and", a club's letters, a
// firm's "&", a journal's or a work's title, an area's word. Sentences written for this test; names invented.
import { describe } from 'vitest';
import { spanRuleCases } from './_hand-spans.js';

describe('span rules of names with a telling edge word', () => {
  spanRuleCases({
    rows: [
      ['demonym-led-body', 'She joined the Scottish Chamber Orchestra in 1971.', ['Organization/Scottish Chamber Orchestra']],
      ['demonym-led-body', 'He works for the British Museum.', ['Organization/British Museum']],
      ['and-joined-service', 'Fenmoor Fire and Rescue Service sent four engines to the blaze.', ['Organization/Fenmoor Fire and Rescue Service']],
      ['and-joined-service', 'West Midlands Fire and Rescue Service said two people were hurt.', ['Organization/West Midlands Fire and Rescue Service']],
      ['and-joined-service', 'Queensland Fire and Emergency Services said the road was shut.', ['Organization/Queensland Fire and Emergency Services']],
      ['and-joined-service', 'The U.S. Food and Drug Administration cleared the vaccine on Friday.', ['Organization/U.S. Food and Drug Administration']],
      ['club-suffix-name', 'Kestrel Town FC signed the striker on a free transfer.', ['Organization/Kestrel Town FC']],
      ['club-suffix-name', 'Dunmore AFC lost again.', ['Organization/Dunmore AFC']],
      ['club-suffix-name', 'On Monday Vestby FK sacked the coach.', ['Organization/Vestby FK']],
      ['ampersand-firm', 'said Ann Roe, a strategist at Bramley & Cole.', ['Person/Ann Roe', 'Organization/Bramley & Cole']],
      ['journal-title-name', 'The results appear in the journal Coastal Ecology Reports this week.', ['Organization/Coastal Ecology Reports']],
      ['work-title-after-noun', 'Her second film Quiet Harbour opened the festival.', []],
      ['work-title-after-noun', 'His debut novel Marrowdale sold well.', []],
      ['place-tail-name', 'Floods cut the roads in Turkana County on Friday.', ['Place/Turkana County']],
      ['natural-feature-place', 'Two coast guard ships shadowed the trawler near Harrow Shoal.', ['Place/Harrow Shoal']],
    ],
    handRows: [
      ['place-tail-name', 'Officials in Kelvara Province said so', [['Kelvara Province', 'PER']], ['Kelvara Province/LOC']],
      ['natural-feature-place', 'claims to Scarvane Shoal were rejected', [['Scarvane Shoal', 'ORG']], ['Scarvane Shoal/LOC']],
      ['feature-opener-joined', 'Ash fell on villages near Mount Karang Tua-tua on Sunday.', [['Mount', 'LOC'], ['Karang Tua', 'PER']], ['Mount Karang Tua-tua/LOC']],
      ['feature-opener-joined', 'Boats left Lake Tarvonen at dawn.', [['Lake', 'LOC'], ['Tarvonen', 'PER']], ['Lake Tarvonen/LOC']],
      ['feature-opener-joined (not a hospital named after a mountain)', 'She was treated at Mount Kelso Hospital.', [['Mount', 'LOC'], ['Kelso Hospital', 'PER']], ['Mount Kelso Hospital/ORG']],
      ['natural-feature-place', 'tankers crossing the Molvek Strait slowed', [['Molvek Strait', 'PER']], ['Molvek Strait/LOC']],
      ['natural-feature-place', 'floods along the Tarvin River rose', [['Tarvin River', 'ORG']], ['Tarvin River/LOC']],
      ['natural-feature-place', 'ice in the Southern Ocean thinned', [['Southern Ocean', 'ORG']], ['Southern Ocean/LOC']],
      ['club-suffix-name: a counsel\'s rank after a person the article names alone too', 'Counsel Priya Lam SC spoke. Lam said the case was weak.', [['Priya Lam', 'PER'], ['SC', 'LOC'], ['Lam', 'PER']], ['Priya Lam/PER', 'Lam/PER']],
      ['club-suffix-name: a counsel\'s rank after a surname that is no English word', 'Tomas Okafor SC argued the appeal.', [['Tomas Okafor', 'PER'], ['SC', 'LOC']], ['Tomas Okafor/PER']],
      ['club-suffix-name: a counsel\'s rank before a speech verb, the surname also an English word', 'Brenda Yip SC told the court the search was unlawful.', [['Brenda Yip', 'PER']], ['Brenda Yip/PER']],
      ['demonym-led-body', 'the Welsh Harp Ensemble played', [['Welsh', 'MISC'], ['Ensemble', 'PER']], ['Welsh Harp Ensemble/ORG']],
      ['and-joined-service', 'Fenmoor Fire and Rescue Service said', [['Fenmoor Fire', 'PER'], ['Rescue Service', 'ORG']], ['Fenmoor Fire and Rescue Service/ORG']],
      ['club-suffix-name', 'Riverside FC are keen', [['Riverside', 'LOC'], ['FC', 'ORG']], ['Riverside FC/ORG']],
      ['club-suffix-name: a club named after a park, no speech verb after its letters', 'Victoria Park SC won again.', [['Victoria Park', 'PER']], ['Victoria Park SC/ORG']],
      ['journal-title-name', 'in the journal Marine Letters today', [['Marine Letters', 'PER']], ['Marine Letters/ORG']],
      ['work-title-after-noun', 'the orbiter Kestrel Voyager reached orbit', [['Kestrel Voyager', 'ORG']], ['Kestrel Voyager/MISC']],
      ['work-title-after-noun', 'the spacecraft Amelia Dawn reached orbit', [['Amelia Dawn', 'ORG']], ['Amelia Dawn/MISC']],
      ['work-title-after-noun', 'her new book, Sweet Lies, is out', [['Sweet Lies', 'PER']], ['Sweet Lies/MISC']],
      ['and-joined-service', 'the Tarvian Food and Drug Administration said', [['Tarvian Food', 'LOC'], ['Drug Administration', 'MISC']], ['Tarvian Food and Drug Administration/ORG']],
      ['work-title-after-noun', 'Her memoir, Ashes of Harlow, was published on Tuesday.', [['Harlow', 'LOC']], ['Ashes of Harlow/MISC']],
      ['work-title-after-noun', 'His novel, The Fall of Marrowdale, sold well.', [['The Fall', 'PER'], ['Marrowdale', 'LOC']], ['The Fall of Marrowdale/MISC']],
    ],
    keptRows: [
      ['demonym-led-body: a body the tagger read as an organisation stays apart', 'the Russian Foreign Ministry said', [['Russian', 'MISC'], ['Foreign Ministry', 'ORG']]],
      ['demonym-led-body: the end of a hyphenated word', 'the new African-American Museum opened', [['American', 'MISC'], ['Museum', 'LOC']]],
      ['demonym-led-body: an "of" phrase after the head', 'the Welsh Society of Harpists met', [['Welsh', 'MISC'], ['Society', 'PER'], ['Harpists', 'PER']]],
      ['place-tail-name: a club after a city', 'Derby County won again', [['Derby County', 'PER']]],
      ['place-tail-name: a given name first', 'Ann District said so', [['Ann District', 'PER']]],
      ['natural-feature-place: a given name first', 'Emily Reef said so', [['Emily Reef', 'PER']]],
      ['demonym-led-body: a title\'s head at the end', 'the European Commissioner said', [['European', 'MISC'], ['Commissioner', 'PER']]],
      ['demonym-led-body: no body\'s head at the end', 'the British Prime Minister said', [['British', 'MISC'], ['Prime Minister', 'PER']]],
      ['and-joined-service: a person\'s name before "and"', 'Ann Roe and Harbour Authority staff', [['Ann Roe', 'PER'], ['Harbour Authority', 'ORG']]],
      ['work-title-after-noun: the person is named in full elsewhere', 'Donald Trump spoke. The book Trump wrote sold.', [['Donald Trump', 'PER'], ['Trump', 'PER']]],
      ['work-title-after-noun: a maker the gazetteer knows', 'the documentary CNN aired', [['CNN', 'ORG']]],
      ['work-title-after-noun: a company\'s word closes it', 'the film Harbour Entertainment made', [['Harbour Entertainment', 'ORG']]],
      ['work-title-after-noun: a given name opens it', 'the film Jane Campion made', [['Jane Campion', 'PER']]],
      ['work-title-after-noun: a name after the commas, no title between them', 'His book, Harlow said, was late.', [['Harlow', 'PER']]],
    ],
  });
});
