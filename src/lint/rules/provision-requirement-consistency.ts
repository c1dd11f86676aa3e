import {
  collectionModes,
  coveringBasis,
  isNotApplicable,
  leafPurposes,
  purposeName,
  type Chapter,
  type Purpose,
} from "../../model/index.js";
import { signUpTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

/** Texts of a chapter that describe what the data are collected for. */
function chapterTexts(chapter: Chapter): string[] {
  const purposes = (items: readonly Purpose[]): string[] => items.flatMap((purpose) => [purpose.text, ...purposes(purpose.items ?? [])]);
  const collection = chapter.collection;
  return [
    ...(collection ? [collection.text, ...(collection.items ?? []).map((item) => item.text), collection.after ?? ""] : []),
    ...(chapter.categories ? [chapter.categories.text ?? "", ...chapter.categories.items.map((item) => item.text)] : []),
    ...(chapter.purposes ? [chapter.purposes.text ?? "", ...purposes(chapter.purposes.items)] : []),
  ];
}

/**
 * Provision declared purely voluntary conflicts with a purpose resting on the contract basis
 * (processing necessary for a contract makes the data at least a contract precondition) or with
 * wording that the data are given to sign up for a service ("wanneer u zich aanmeldt voor onze diensten").
 */
export default defineRule({
  meta: {
    id: "provision-requirement-consistency",
    articles: ["Art. 13(2)(e)", "Art. 13(1)(c)"],
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "De verklaring over (niet-)verplichte verstrekking past bij de vermelde doelen en grondslagen.",
      en: "The statement on (non-)mandatory provision fits the stated purposes and bases.",
    },
    messages: {
      contractBasis: {
        nl: "Verstrekking heet vrijwillig, maar doel `{{purpose}}` berust op de uitvoering van een overeenkomst; dan is verstrekking nodig voor die overeenkomst.",
        en: "Provision is called voluntary, but purpose `{{purpose}}` rests on performance of a contract; then the data are needed for that contract.",
      },
      signUp: {
        nl: "Verstrekking heet vrijwillig en niet nodig voor een overeenkomst, maar de tekst zegt dat de gegevens dienen om u aan te melden (‘{{phrase}}’).",
        en: "Provision is called voluntary and not needed for a contract, but the text says the data serve to sign you up (‘{{phrase}}’).",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    collection:
      direct: true
      text: Wij ontvangen uw gegevens van uzelf.
    provision:
      requirement: [voluntary]
      consequences: Geen.
      text: Het verstrekken van uw gegevens is vrijwillig.
    purposes:
      items:
        - id: account-beheren
          text: uw account aanmaken en beheren.
          legalBasis: contract
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    collection:
      direct: true
      text: Wij ontvangen uw gegevens van uzelf.
    provision:
      requirement: [contract-precondition]
      consequences: Zonder e-mailadres kunnen wij geen account voor u aanmaken.
      text: Uw e-mailadres is nodig om een account aan te maken.
    purposes:
      items:
        - id: account-beheren
          text: uw account aanmaken en beheren.
          legalBasis: contract
`,
    },
  },
  check({ policy, report }) {
    policy.chapters.forEach((chapter, index) => {
      const provision = chapter.provision;
      if (!collectionModes(chapter).direct || provision === undefined || isNotApplicable(provision)) return;
      if (!provision.requirement.every((requirement) => requirement === "voluntary")) return;
      const path = ["chapters", index, "provision", "requirement"];
      const contract = leafPurposes(chapter, ["chapters", index]).find((located) =>
        (coveringBasis(located)?.bases ?? []).includes("contract"),
      );
      if (contract) {
        report({ messageId: "contractBasis", path, data: { purpose: purposeName(contract.purpose) } });
        return;
      }
      const phrase = chapterTexts(chapter)
        .map((text) => signUpTerms.find(text))
        .find((found) => found !== undefined);
      if (phrase) report({ messageId: "signUp", path, data: { phrase } });
    });
  },
});
