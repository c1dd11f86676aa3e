/**
 * The change list as a Markdown section ("## Wat is er gewijzigd"), material changes first: the
 * text an editor pastes into a change log or a message to data subjects.
 */
import type { Language } from "../diagnostics/index.js";
import type { DiffResult, PolicyChange } from "./types.js";

const text = {
  nl: {
    heading: "## Wat is er gewijzigd",
    material: "### Wezenlijke wijzigingen",
    materialLead:
      "Over deze wijzigingen moeten betrokkenen actief worden geïnformeerd voordat ze ingaan (art. 13 lid 3 en art. 14 lid 4 AVG; WP260, punt 29–31).",
    noMaterial: "Geen wezenlijke wijzigingen.",
    editorial: "### Redactionele wijzigingen",
    editorialLead: "Voor deze wijzigingen volstaat het de bijgewerkte melding te publiceren.",
    noEditorial: "Geen redactionele wijzigingen.",
    version: "versie",
    from: "Van",
    to: "naar",
  },
  en: {
    heading: "## What has changed",
    material: "### Material changes",
    materialLead:
      "Data subjects must be actively informed of these changes before they take effect (Art. 13(3) and 14(4) GDPR; WP260 para 29–31).",
    noMaterial: "No material changes.",
    editorial: "### Editorial changes",
    editorialLead: "For these changes, publishing the updated notice is enough.",
    noEditorial: "No editorial changes.",
    version: "version",
    from: "From",
    to: "to",
  },
} as const;

export function renderDiffMarkdown(result: DiffResult, language: Language): string {
  const words = text[language];
  const side = (s: DiffResult["old"]): string => `${s.version ? `${words.version} ${s.version} ` : ""}(\`${s.label}\`)`;
  const material = result.changes.filter((change) => change.classification === "material");
  const editorial = result.changes.filter((change) => change.classification === "editorial");
  const lines = [
    words.heading,
    "",
    `${words.from} ${side(result.old)} ${words.to} ${side(result.new)}.`,
    "",
    words.material,
    "",
    ...(material.length === 0 ? [words.noMaterial] : [words.materialLead, "", ...bullets(material, language)]),
    "",
    words.editorial,
    "",
    ...(editorial.length === 0 ? [words.noEditorial] : [words.editorialLead, "", ...bullets(editorial, language)]),
  ];
  return `${lines.join("\n")}\n`;
}

function bullets(changes: readonly PolicyChange[], language: Language): string[] {
  return changes.map((change) => `- ${escapeOutsideCode(change.summary[language])}`);
}

/** Escapes Markdown syntax in quoted policy text, leaving `code spans` as they are. */
function escapeOutsideCode(line: string): string {
  return line
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/([\\[\]<>*_#|])/g, "\\$1")))
    .join("");
}
