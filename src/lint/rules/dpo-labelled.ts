/**
 * The DPO's contact point must be recognisable as the DPO's (WP260 annex item 2), not a generic
 * office or mailbox: its label names the FG, functionaris gegevensbescherming, DPO or data protection
 * officer. "Data Protection Office" does not: an office is not the officer.
 */
import type { ContactPoint } from "../../model/index.js";
import { DPV, isNotApplicable } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { dpoLabelTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "dpo-labelled",
    articles: ["WP260 annex item 2", "WP243"],
    dpv: `${DPV}DataProtectionOfficer`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Het contactpunt van de FG (`controller.dpo.contact`, of een contactpunt met rol `dpo`) heeft een label dat FG, functionaris gegevensbescherming, DPO of data protection officer noemt.",
      en: "The DPO's contact point (`controller.dpo.contact`, or a contact point with role `dpo`) has a label naming the FG, functionaris gegevensbescherming, DPO or data protection officer.",
    },
    messages: {
      unlabelled: {
        nl: "Het contactpunt van de FG heeft geen label: maak duidelijk dat dit contactadres de functionaris gegevensbescherming (FG) is.",
        en: "The DPO's contact point has no label: make clear that this contact point is the Data Protection Officer.",
      },
      notLabelled: {
        nl: "`{{label}}` noemt de FG niet: maak duidelijk dat dit contactadres de functionaris gegevensbescherming (FG) is.",
        en: "`{{label}}` does not name the DPO: make clear that this contact point is the Data Protection Officer.",
      },
    },
    examples: {
      incorrect: "controller:\n  dpo:\n    contact:\n      label: Data Protection Office\n",
      correct: "controller:\n  dpo:\n    contact:\n      label: Data Protection Officer (FG)\n",
    },
  },
  check(context) {
    const controller = context.policy.controller;
    const points: { point: ContactPoint; path: PolicyPath }[] = [];
    if (controller.dpo !== undefined && !isNotApplicable(controller.dpo)) {
      points.push({ point: controller.dpo.contact, path: ["controller", "dpo", "contact"] });
    }
    for (const [key, point] of Object.entries(controller.contactPoints ?? {})) {
      if (point?.roles.includes("dpo")) points.push({ point, path: ["controller", "contactPoints", key] });
    }
    for (const { point, path } of points) {
      if (point.label === undefined) {
        context.report({ messageId: "unlabelled", path, at: "key" });
      } else if (dpoLabelTerms.find(point.label) === undefined) {
        context.report({ messageId: "notLabelled", path: [...path, "label"], data: { label: point.label } });
      }
    }
  },
});
