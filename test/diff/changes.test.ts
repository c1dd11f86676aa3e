/**
 * The semantic diff on the seed notice (or the clean example until the seed exists): each case makes
 * ONE change of one kind to a copy, checks that both versions validate, and expects exactly that
 * change with the right classification. A removal is the same change read backwards.
 */
import { describe, expect, it } from "vitest";
import { diffPolicies, wordsDiffer, type ChangeKind, type Classification } from "../../src/diff/index.js";
import { leafPurposes, type Chapter, type Policy, type Purpose, type RetentionRule } from "../../src/model/index.js";
import { durationDays } from "../../src/diff/duration.js";
import { relative } from "node:path";
import { root, subjectFiles, subjectPolicy, validationErrors } from "./support.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Data = Mutable<Policy> & Record<string, unknown>;

interface Case {
  readonly name: string;
  /** Builds the two versions from a fresh copy of the subject policy. */
  readonly versions: (subject: Data) => { readonly old: Data; readonly new: Data };
  readonly expected: readonly (readonly [ChangeKind, Classification])[];
  /** Where the (first) change is reported, when the case pins it. */
  readonly path?: (old: Data, next: Data) => string;
}

const copy = <T>(value: T): T => structuredClone(value);

/** Applies `change` to a copy: old = subject, new = changed. */
function added(change: (policy: Data) => void): (subject: Data) => { old: Data; new: Data } {
  return (subject) => {
    const next = copy(subject);
    change(next);
    return { old: subject, new: next };
  };
}

/** The same change read backwards: old = changed, new = subject. */
function removed(change: (policy: Data) => void): (subject: Data) => { old: Data; new: Data } {
  return (subject) => {
    const old = copy(subject);
    change(old);
    return { old, new: subject };
  };
}

const firstChapter = (policy: Data): Mutable<Chapter> => policy.chapters[0] as Mutable<Chapter>;
const firstLeaf = (policy: Data): Mutable<Purpose> => {
  const found = policy.chapters.flatMap((chapter, index) => leafPurposes(chapter, ["chapters", index]))[0];
  if (!found) throw new Error("the subject policy has no purpose");
  return found.purpose as Mutable<Purpose>;
};
const purposeList = (policy: Data): Purpose[] => {
  const chapter = firstChapter(policy);
  if (!chapter.purposes) chapter.purposes = { items: [{ id: "bestaand", text: "bestaand doel;", legalBasis: "contract" }] };
  return chapter.purposes.items as Purpose[];
};
const categoryList = (policy: Data): Mutable<NonNullable<Chapter["categories"]>>["items"] => {
  const chapter = firstChapter(policy);
  if (!chapter.categories) throw new Error("the first chapter has no categories");
  return chapter.categories.items;
};
/** The retention rule with the longest fixed period, which every test notice has. */
const longestRule = (policy: Data): [string, Mutable<RetentionRule>] => {
  const rules = Object.entries(policy.retentionRules ?? {}).filter(([, rule]) => rule?.period !== undefined) as [string, RetentionRule][];
  rules.sort((a, b) => (durationDays(b[1].period as string) ?? 0) - (durationDays(a[1].period as string) ?? 0));
  const found = rules[0];
  if (!found) throw new Error("the subject policy has no retention rule with a period");
  return found as [string, Mutable<RetentionRule>];
};
const firstRetentionItem = (policy: Data) => {
  const chapter = policy.chapters.find((candidate) => candidate.retention);
  const item = chapter?.retention?.items[0];
  if (!item) throw new Error("the subject policy has no retention statement");
  return item as Mutable<typeof item>;
};
/** The chapter's recipients section as an object with a reference list. */
const recipientRefs = (chapter: Mutable<Chapter>): string[] => {
  if (!chapter.recipients || "notApplicable" in chapter.recipients) chapter.recipients = { text: "Wij delen uw gegevens met:" };
  const section = chapter.recipients as { text: string; recipients?: string[] };
  section.recipients ??= [];
  return section.recipients;
};
const sourceRefs = (chapter: Mutable<Chapter>): string[] => {
  const collection = chapter.collection as { sources?: string[] } | undefined;
  if (!collection) throw new Error("the first chapter has no collection section");
  collection.sources ??= [];
  return collection.sources;
};
/** Transfers as an object with at least one transfer (the seed has one; the example says none). */
const transfers = (policy: Data) => {
  if (!policy.transfers || "notApplicable" in policy.transfers) {
    policy.transfers = {
      title: "Doorgifte buiten de EER",
      text: "Wij geven gegevens door naar de Verenigde Staten.",
      transfers: { "naar-vs": { countries: ["US"], mechanisms: ["standard-contractual-clauses"] } },
    };
  }
  return (policy.transfers as { transfers: Record<string, { countries?: string[]; mechanisms?: string[] }> }).transfers;
};
const firstTransfer = (policy: Data) => Object.values(transfers(policy))[0] as { countries?: string[]; mechanisms?: string[] };
/** A policy that already has transfers (so adding one is one change). */
const withTransfers = (change: (policy: Data) => void) => (subject: Data) => {
  transfers(subject);
  return added(change)(subject);
};
const withTransfersRemoved = (change: (policy: Data) => void) => (subject: Data) => {
  transfers(subject);
  return removed(change)(subject);
};
const newRecipient = { name: "Nieuwe Partner B.V.", kind: "business-partner", named: true } as const;
const newSource = { name: "Kamer van Koophandel", kind: "public-register", publiclyAccessible: true } as const;
const newRule = (period: string): RetentionRule => ({ period, trigger: "einde van de relatie" });

const cases: readonly Case[] = [
  {
    name: "a new purpose is material",
    versions: added((policy) => purposeList(policy).push({ id: "nieuw-onderzoek", text: "uw gegevens gebruiken voor marktonderzoek;", legalBasis: "consent" })),
    expected: [["purpose-added", "material"]],
    path: (_old, next) => `/chapters/0/purposes/items/${purposeList(next).length - 1}`,
  },
  {
    name: "a dropped purpose is editorial",
    versions: removed((policy) => purposeList(policy).push({ id: "oud-onderzoek", text: "uw gegevens gebruiken voor marktonderzoek;", legalBasis: "consent" })),
    expected: [["purpose-removed", "editorial"]],
  },
  {
    name: "a changed legal basis is material",
    versions: added((policy) => {
      firstLeaf(policy).legalBasis = "vital-interest";
    }),
    expected: [["legal-basis-changed", "material"]],
  },
  {
    name: "a changed legitimate interest is material",
    versions: added((policy) => {
      firstLeaf(policy).legitimateInterest = "Ons belang is het verbeteren van onze dienstverlening aan u.";
    }),
    expected: [["legitimate-interest-changed", "material"]],
  },
  {
    name: "a new declared recipient used by a chapter is material (reported once)",
    versions: added((policy) => {
      policy.recipients = { ...policy.recipients, "nieuwe-partner": newRecipient };
      recipientRefs(firstChapter(policy)).push("nieuwe-partner");
    }),
    expected: [["recipient-added", "material"]],
    path: () => "/recipients/nieuwe-partner",
  },
  {
    name: "an existing recipient that a chapter starts to use is material",
    versions: (subject) => {
      subject.recipients = { ...subject.recipients, "nieuwe-partner": newRecipient };
      recipientRefs(firstChapter(subject)); // the section exists on both sides
      return added((policy) => recipientRefs(firstChapter(policy)).push("nieuwe-partner"))(subject);
    },
    expected: [["recipient-added", "material"]],
  },
  {
    name: "a dropped recipient is editorial",
    versions: removed((policy) => {
      policy.recipients = { ...policy.recipients, "nieuwe-partner": newRecipient };
      recipientRefs(firstChapter(policy)).push("nieuwe-partner");
    }),
    expected: [["recipient-removed", "editorial"]],
  },
  {
    name: "a new source is material",
    versions: added((policy) => {
      policy.sources = { ...policy.sources, kvk: newSource };
      sourceRefs(firstChapter(policy)).push("kvk");
    }),
    expected: [["source-added", "material"]],
  },
  {
    name: "a dropped source is editorial",
    versions: removed((policy) => {
      policy.sources = { ...policy.sources, kvk: newSource };
      sourceRefs(firstChapter(policy)).push("kvk");
    }),
    expected: [["source-removed", "editorial"]],
  },
  {
    name: "a longer retention period is material",
    versions: added((policy) => {
      longestRule(policy)[1].period = "P99Y";
    }),
    expected: [["retention-changed", "material"]],
    path: (old) => `/retentionRules/${longestRule(old)[0]}/period`,
  },
  {
    name: "a shorter retention period is editorial",
    versions: added((policy) => {
      longestRule(policy)[1].period = "P1D";
    }),
    expected: [["retention-changed", "editorial"]],
  },
  {
    name: "a changed retention trigger is material",
    versions: added((policy) => {
      longestRule(policy)[1].trigger = "het laatste contact met u";
    }),
    expected: [["retention-changed", "material"]],
  },
  {
    name: "a changed statute behind a period is editorial",
    versions: added((policy) => {
      longestRule(policy)[1].statute = "artikel 2:10 Burgerlijk Wetboek";
    }),
    expected: [["retention-changed", "editorial"]],
  },
  {
    name: "a statement that now also uses a longer rule is material",
    versions: (subject) => {
      subject.retentionRules = { ...subject.retentionRules, "extra-lang": newRule("P99Y") };
      return added((policy) => {
        const item = firstRetentionItem(policy);
        item.rules = [...(item.rules ?? []), "extra-lang"];
      })(subject);
    },
    expected: [["retention-reference-changed", "material"]],
  },
  {
    name: "a statement that now also uses a shorter rule is editorial",
    versions: (subject) => {
      subject.retentionRules = { ...subject.retentionRules, "extra-kort": newRule("P0D") };
      return added((policy) => {
        const item = firstRetentionItem(policy);
        item.rules = [...(item.rules ?? []), "extra-kort"];
      })(subject);
    },
    expected: [["retention-reference-changed", "editorial"]],
  },
  {
    name: "a new transfer outside the EEA is material",
    versions: withTransfers((policy) => {
      transfers(policy)["naar-zwitserland"] = { countries: ["CH"], mechanisms: ["adequacy-decision"] };
    }),
    expected: [["transfer-added", "material"]],
  },
  {
    name: "a new third country is material",
    versions: withTransfers((policy) => {
      const transfer = firstTransfer(policy);
      transfer.countries = [...(transfer.countries ?? []), "BR"];
    }),
    expected: [["country-added", "material"]],
  },
  {
    name: "a dropped third country is editorial",
    versions: withTransfersRemoved((policy) => {
      const transfer = firstTransfer(policy);
      transfer.countries = [...(transfer.countries ?? []), "BR"];
    }),
    expected: [["country-removed", "editorial"]],
  },
  {
    name: "a new transfer mechanism is material",
    versions: withTransfers((policy) => {
      const transfer = firstTransfer(policy);
      transfer.mechanisms = [...(transfer.mechanisms ?? []).filter((m) => m !== "binding-corporate-rules"), "binding-corporate-rules"];
    }),
    expected: [["mechanism-added", "material"]],
  },
  {
    name: "a dropped transfer mechanism is editorial",
    versions: withTransfersRemoved((policy) => {
      const transfer = firstTransfer(policy);
      transfer.mechanisms = [...(transfer.mechanisms ?? []).filter((m) => m !== "binding-corporate-rules"), "binding-corporate-rules"];
    }),
    expected: [["mechanism-removed", "editorial"]],
  },
  {
    name: "a right no longer stated is material",
    versions: added((policy) => {
      const rights = policy.rights as { rights: string[] };
      rights.rights = rights.rights.slice(1);
    }),
    expected: [["right-removed", "material"]],
  },
  {
    name: "a right added is editorial",
    versions: removed((policy) => {
      const rights = policy.rights as { rights: string[] };
      rights.rights = rights.rights.slice(1);
    }),
    expected: [["right-added", "editorial"]],
  },
  {
    name: "a new chapter is material",
    versions: added((policy) => {
      policy.chapters.push({ id: "sollicitant", title: "U bent een sollicitant", dataSubjects: ["job-applicant"] });
    }),
    expected: [["chapter-added", "material"]],
  },
  {
    name: "a dropped chapter is editorial",
    versions: removed((policy) => {
      policy.chapters.push({ id: "sollicitant", title: "U bent een sollicitant", dataSubjects: ["job-applicant"] });
    }),
    expected: [["chapter-removed", "editorial"]],
  },
  {
    name: "another controller is material",
    versions: added((policy) => {
      policy.controller.legalName = "Andere Onderneming B.V.";
    }),
    expected: [["controller-changed", "material"]],
    path: () => "/controller/legalName",
  },
  {
    name: "a changed contact address is material",
    versions: added((policy) => {
      const point = Object.values(policy.controller.contactPoints ?? {})[0] as { email?: string };
      point.email = "privacy@nieuw-adres.example";
    }),
    expected: [["controller-changed", "material"]],
  },
  {
    name: "an extra contact point is editorial",
    versions: added((policy) => {
      policy.controller.contactPoints = { ...policy.controller.contactPoints, klantenservice: { roles: ["general"], phone: "088 123 4567" } };
    }),
    expected: [["controller-changed", "editorial"]],
  },
  {
    name: "a new category of personal data is material",
    versions: added((policy) => categoryList(policy).push({ id: "gezondheid", text: "gegevens over uw gezondheid;", special: true })),
    expected: [["category-added", "material"]],
  },
  {
    name: "a dropped category is editorial",
    versions: removed((policy) => categoryList(policy).push({ id: "gezondheid", text: "gegevens over uw gezondheid;" })),
    expected: [["category-removed", "editorial"]],
  },
  {
    name: "a category that now holds special-category data is material",
    versions: added((policy) => {
      (categoryList(policy)[0] as { special?: boolean }).special = true;
    }),
    expected: [["category-flags-changed", "material"]],
  },
  {
    name: "reworded text is editorial",
    versions: added((policy) => {
      policy.introduction.text = `${policy.introduction.text.trimEnd()} Deze zin is nieuw.`;
    }),
    expected: [["wording-changed", "editorial"]],
    path: () => "/introduction/text",
  },
  {
    name: "a new date is editorial metadata",
    versions: added((policy) => {
      policy.lastUpdated = "2030-01-01";
    }),
    expected: [["metadata-changed", "editorial"]],
  },
  {
    name: "purposes in another order are editorial",
    versions: added((policy) => {
      const items = purposeList(policy);
      if (items.length < 2) items.push({ id: "tweede-doel", text: "een tweede doel;", legalBasis: "contract" });
      items.reverse();
    }),
    expected: [["reordered", "editorial"]],
  },
  {
    name: "a purpose moved to another group of its chapter is editorial",
    versions: (subject) => {
      const leaves = purposeList(subject).filter((item) => !item.items);
      if (leaves.length < 3) throw new Error("the first chapter needs three purposes");
      const group = (id: string, items: Purpose[]): Purpose => ({ id, text: `${id}:`, items: items as [Purpose, ...Purpose[]] });
      const old = copy(subject);
      firstChapter(old).purposes = { items: [group("groep-a", leaves.slice(0, 2)), group("groep-b", leaves.slice(2))] };
      const next = copy(subject);
      firstChapter(next).purposes = { items: [group("groep-a", leaves.slice(0, 1)), group("groep-b", leaves.slice(1))] };
      return { old, new: next };
    },
    expected: [["reordered", "editorial"]],
  },
  {
    name: "a changed code the tool cannot judge is material, for review",
    versions: added((policy) => {
      firstLeaf(policy).directMarketing = !(firstLeaf(policy).directMarketing ?? false);
    }),
    expected: [["field-changed", "material"]],
  },
  {
    name: "Markdown spelled differently but rendering the same is no change",
    versions: (subject) => {
      const old = copy(subject);
      const next = copy(subject);
      old.introduction.text = "Wij zijn *duidelijk*.\n\n* een\n* twee\n\n1. drie\n1. vier\n\nCaf&eacute; &amp; bar";
      next.introduction.text = "Wij zijn _duidelijk_.\n\n- een\n- twee\n\n1. drie\n2. vier\n\nCafé & bar";
      return { old, new: next };
    },
    expected: [],
  },
];

describe.each(subjectFiles().map((file) => [relative(root, file), file]))("diff of two versions of %s", (_name, file) => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const { old, new: next } = testCase.versions(subjectPolicy(file) as Data);
      expect(validationErrors(old), "old version must validate").toEqual([]);
      expect(validationErrors(next), "new version must validate").toEqual([]);
      const result = await diffPolicies(old, next, { old: "oud.yaml", new: "nieuw.yaml" });
      expect(result.changes.map((change) => [change.kind, change.classification])).toEqual(testCase.expected);
      if (testCase.path) expect(result.changes[0]?.path).toBe(testCase.path(old, next));
      for (const change of result.changes) {
        expect(change.summary.nl).not.toBe("");
        expect(change.summary.en).not.toBe(change.summary.nl);
        expect(change.reason.nl).not.toBe("");
      }
    });
  }

  it("finds no changes between a policy and itself", async () => {
    const policy = subjectPolicy(file);
    expect((await diffPolicies(policy, copy(policy), { old: "a", new: "b" })).changes).toEqual([]);
  });

  it("reports removed things at their path in the old policy", async () => {
    const { old, new: next } = removed((policy) => purposeList(policy).push({ id: "oud-onderzoek", text: "onderzoek;", legalBasis: "consent" }))(subjectPolicy(file) as Data);
    const [change] = (await diffPolicies(old, next, { old: "a", new: "b" })).changes;
    expect(change?.pathIn).toBe("old");
    expect(change?.path).toBe(`/chapters/0/purposes/items/${purposeList(old).length - 1}`);
    expect(change?.before).toMatchObject({ id: "oud-onderzoek" });
    expect(change?.after).toBeNull();
  });
});

describe("the shortcut past the Markdown parser", () => {
  it("calls texts different only when their words differ", () => {
    expect(wordsDiffer("Wij bewaren uw gegevens.", "Wij bewaren uw adres.")).toBe(true);
    expect(wordsDiffer("Wij *bewaren* uw gegevens.", "Wij __bewaren__ uw\ngegevens.")).toBe(false);
    expect(wordsDiffer("1. een\n1. twee", "1. een\n2. twee")).toBe(false);
    expect(wordsDiffer("Caf&eacute;", "Café")).toBe(false);
  });
});
