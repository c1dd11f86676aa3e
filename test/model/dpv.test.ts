/**
 * src/model/dpv.ts against the W3C DPV 2.3 tables it claims to follow (data/dpv/*.csv): the rights
 * per legal basis, and every IRI the model hands out.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  GDPR,
  legalBasisIri,
  rightIri,
  rightsByLegalBasis,
  transferMechanismIri,
  type LegalBasis,
  type Right,
} from "../../src/model/index.js";

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/dpv");

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((cells) => cells.some((cell) => cell !== ""));
  if (!header) throw new Error("empty CSV");
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])));
}

function readCsv(name: string): Record<string, string>[] {
  return parseCsv(readFileSync(path.join(dataDir, name), "utf8"));
}

/** DPV's right terms and the model's codes. A13/A14 (right to be informed) is the notice itself. */
const rightByArticle: Readonly<Record<string, Right | null>> = {
  A13: null,
  A14: null,
  A15: "access",
  A16: "rectification",
  A17: "erasure",
  A18: "restriction",
  A20: "portability",
  A21: "object",
  A22: "not-automated-decision",
  "A7-3": "withdraw-consent",
  A77: "complaint",
};

const legalBases = Object.keys(legalBasisIri) as LegalBasis[];

describe("rightsByLegalBasis", () => {
  const mapping = readCsv("dpv-2.3-eu-gdpr-legal_basis_rights_mapping.csv");

  it.each(legalBases)("lists for %s exactly the rights DPV maps to its basis", (basis) => {
    const rows = mapping.filter((row) => row["legal_basis"] === legalBasisIri[basis]);
    expect(rows.length).toBeGreaterThan(0);
    const articles = rows.map((row) => (row["right"] ?? "").replace(GDPR, ""));
    // A right DPV adds later must be mapped here, not silently ignored.
    expect(articles.filter((article) => !(article in rightByArticle))).toEqual([]);
    const expected = articles.flatMap((article) => rightByArticle[article] ?? []);
    expect([...rightsByLegalBasis[basis]].sort()).toEqual([...new Set(expected)].sort());
  });
});

describe("DPV IRIs of the model's codes", () => {
  const irisIn = (name: string): Set<string> => new Set(readCsv(name).map((row) => row["iri"] ?? ""));

  it("gives every legal basis an IRI from the legal-basis table", () => {
    const known = irisIn("dpv-2.3-eu-gdpr-legal_basis.csv");
    expect(Object.values(legalBasisIri).filter((iri) => !known.has(iri))).toEqual([]);
  });

  it("gives every transfer mechanism an IRI from the data-transfer table", () => {
    const known = irisIn("dpv-2.3-eu-gdpr-legal_basis_data_transfer.csv");
    expect(Object.values(transferMechanismIri).filter((iri) => !known.has(iri))).toEqual([]);
  });

  it("gives every right an IRI from the rights table", () => {
    const known = irisIn("dpv-2.3-eu-gdpr-rights.csv");
    expect(Object.values(rightIri).filter((iri) => !known.has(iri))).toEqual([]);
  });

  it("reads the tables' quoted fields whole", () => {
    // Definitions in these tables contain commas and doubled quotes; a naive split would shift columns.
    const rows = readCsv("dpv-2.3-eu-gdpr-legal_basis.csv");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row["iri"]).toBe(`${row["namespace"]}#${row["term"]}`);
  });
});
