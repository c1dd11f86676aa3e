/**
 * Why a change is material or editorial, in words an editor can pass on. Material changes are those
 * data subjects must be told about before they take effect (Art. 13(3), 14(4) GDPR; WP260 rev.01
 * para 29–31: purposes, the controller's identity, how rights are exercised, and what widens the
 * processing); narrowing the processing or rewording it only needs the updated notice.
 */
import type { LocalizedText } from "../diagnostics/index.js";

export const reasons = {
  newChapter: {
    nl: "Een nieuw hoofdstuk betekent een nieuwe groep betrokkenen of verwerking, met nieuwe doelen (art. 13 lid 3 en art. 14 lid 4 AVG; WP260, punt 29).",
    en: "A new chapter means a new group of data subjects or processing, with new purposes (Art. 13(3) and 14(4) GDPR; WP260 para 29).",
  },
  newPurpose: {
    nl: "Over een nieuw doel moeten betrokkenen vooraf worden geïnformeerd (art. 13 lid 3 en art. 14 lid 4 AVG; WP260, punt 29).",
    en: "Data subjects must be informed of a new purpose beforehand (Art. 13(3) and 14(4) GDPR; WP260 para 29).",
  },
  basisChanged: {
    nl: "Een andere rechtsgrond verandert welke rechten betrokkenen hebben (bijv. bezwaar of intrekken van toestemming); dat moeten zij weten (art. 13 lid 1 sub c AVG; WP260, punt 29).",
    en: "A different legal basis changes which rights data subjects have (e.g. objection or withdrawing consent); they must know (Art. 13(1)(c) GDPR; WP260 para 29).",
  },
  interestChanged: {
    nl: "Het gerechtvaardigde belang is de grond van de verwerking; betrokkenen wegen het af als zij bezwaar overwegen (art. 13 lid 1 sub d en art. 21 AVG).",
    en: "The legitimate interest is the ground for the processing; data subjects weigh it when they consider objecting (Art. 13(1)(d) and 21 GDPR).",
  },
  newCategory: {
    nl: "Meer soorten persoonsgegevens verruimen de verwerking (art. 14 lid 1 sub d AVG; WP260, punt 29–31).",
    en: "More kinds of personal data widen the processing (Art. 14(1)(d) GDPR; WP260 para 29–31).",
  },
  sensitiveCategory: {
    nl: "Bijzondere of strafrechtelijke persoonsgegevens vragen een eigen grondslag en meer bescherming (art. 9 en 10 AVG); betrokkenen moeten dit weten.",
    en: "Special-category or criminal-offence data need their own condition and more protection (Art. 9 and 10 GDPR); data subjects must know.",
  },
  newRecipient: {
    nl: "Gegevens gaan naar een nieuwe ontvanger; betrokkenen moeten weten aan wie hun gegevens worden verstrekt (art. 13 lid 1 sub e AVG; WP260, punt 29–31).",
    en: "Data go to a new recipient; data subjects must know to whom their data are disclosed (Art. 13(1)(e) GDPR; WP260 para 29–31).",
  },
  recipientChanged: {
    nl: "Een andere ontvanger of soort ontvanger is voor betrokkenen een nieuwe ontvanger (art. 13 lid 1 sub e AVG).",
    en: "A different recipient, or kind of recipient, is a new recipient for data subjects (Art. 13(1)(e) GDPR).",
  },
  newSource: {
    nl: "Gegevens komen uit een nieuwe bron; betrokkenen moeten weten waar hun gegevens vandaan komen (art. 14 lid 2 sub f AVG).",
    en: "Data come from a new source; data subjects must know where their data come from (Art. 14(2)(f) GDPR).",
  },
  newTransfer: {
    nl: "Een nieuwe doorgifte buiten de EER, een nieuw derde land of een nieuwe doorgiftegrondslag moeten betrokkenen kennen (art. 13 lid 1 sub f en art. 14 lid 1 sub f AVG).",
    en: "A new transfer outside the EEA, third country or transfer mechanism must be made known to data subjects (Art. 13(1)(f) and 14(1)(f) GDPR).",
  },
  eeaCountry: {
    nl: "Een vestiging binnen de EER is geen doorgifte buiten de EER; de bijgewerkte melding publiceren volstaat.",
    en: "An establishment inside the EEA is no transfer outside the EEA; publishing the updated notice is enough.",
  },
  longerRetention: {
    nl: "Gegevens worden langer bewaard, of het is niet meer te zeggen hoe lang; betrokkenen moeten de bewaartermijn kennen (art. 13 lid 2 sub a AVG).",
    en: "Data are kept longer, or it can no longer be told for how long; data subjects must know the retention period (Art. 13(2)(a) GDPR).",
  },
  shorterRetention: {
    nl: "Gegevens worden korter of even lang bewaard; de bijgewerkte melding publiceren volstaat.",
    en: "Data are kept for a shorter or equal period; publishing the updated notice is enough.",
  },
  retentionStatute: {
    nl: "Alleen de wettelijke bron van de termijn is anders, niet de termijn zelf.",
    en: "Only the statute behind the period differs, not the period itself.",
  },
  rightRemoved: {
    nl: "Betrokkenen verliezen (de vermelding van) een recht; een wijziging in hoe zij hun rechten kunnen uitoefenen moet altijd worden gemeld (WP260, punt 29).",
    en: "Data subjects lose (the mention of) a right; a change in how they can exercise their rights must always be communicated (WP260 para 29).",
  },
  contactChanged: {
    nl: "Betrokkenen bereiken de verwerkingsverantwoordelijke niet meer via het oude contactgegeven; dat verandert hoe zij hun rechten uitoefenen (art. 13 lid 1 sub a AVG; WP260, punt 29).",
    en: "Data subjects can no longer reach the controller through the old contact detail; that changes how they exercise their rights (Art. 13(1)(a) GDPR; WP260 para 29).",
  },
  contactAdded: {
    nl: "Een extra manier om contact op te nemen neemt niets weg; de bijgewerkte melding publiceren volstaat.",
    en: "An extra way to get in touch takes nothing away; publishing the updated notice is enough.",
  },
  narrowed: {
    nl: "De verwerking wordt beperkter (iets vervalt); de bijgewerkte melding publiceren volstaat.",
    en: "The processing becomes narrower (something is dropped); publishing the updated notice is enough.",
  },
  rightAdded: {
    nl: "Een extra recht of vermelding neemt niets weg; de bijgewerkte melding publiceren volstaat.",
    en: "An extra right, or its mention, takes nothing away; publishing the updated notice is enough.",
  },
} as const satisfies Record<string, LocalizedText>;
