/**
 * The canonical layout never changes meaning: on the seed, the clean example and every fixture
 * policy, the data before and after are equal, except Markdown fields, whose syntax trees are equal.
 * Formatting twice equals formatting once; comments survive; keys follow the schema.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, parseDocument, visit, type Document } from "yaml";
import { describe, expect, it } from "vitest";
import { formatPolicyText, markdownTree, normalizeMarkdown, PolicySchema, UnformattableError } from "../../src/format-policy/index.js";
import { isPlainProse } from "../../src/format-policy/markdown.js";
import { diffPolicies } from "../../src/diff/index.js";
import type { Policy } from "../../src/model/index.js";
import type { Shape } from "../../src/format-policy/schema-shape.js";
import { baseFile, root, seedFile, validationErrors } from "../diff/support.js";

const fixtureDir = join(root, "test/fixtures/policies");
const files = [
  ...(existsSync(seedFile) ? [seedFile] : []),
  baseFile,
  ...(existsSync(fixtureDir) ? readdirSync(fixtureDir).filter((name) => name.endsWith(".yaml")).sort().map((name) => join(fixtureDir, name)) : []),
];
const schema = PolicySchema.load();

/**
 * Asserts that two parsed policies mean the same: every string that differs must be a Markdown
 * field (per the schema) whose syntax trees are equal; everything else must be equal.
 */
function expectSameMeaning(before: unknown, after: unknown, shape: Shape | undefined = schema.root, path = ""): void {
  const narrowed = shape ? schema.forValue(shape, before) : undefined;
  if (typeof before === "string" && typeof after === "string" && before !== after) {
    expect(narrowed && schema.textKind(narrowed), `${path} changed but is not Markdown`).toBe("markdown");
    expect(markdownTree(after), `Markdown at ${path}`).toEqual(markdownTree(before));
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    expect(after.length, path).toBe(before.length);
    before.forEach((item, index) => expectSameMeaning(item, after[index], narrowed && schema.child(narrowed, before, index), `${path}/${index}`));
    return;
  }
  if (typeof before === "object" && before !== null && typeof after === "object" && after !== null) {
    expect(Object.keys(after).sort(), path).toEqual(Object.keys(before).sort());
    for (const [key, value] of Object.entries(before)) {
      expectSameMeaning(value, (after as Record<string, unknown>)[key], narrowed && schema.child(narrowed, before, key), `${path}/${key}`);
    }
    return;
  }
  expect(after, path).toEqual(before);
}

/** Every comment of a document, as the editor wrote it, sorted (reordering may move them). */
function comments(text: string): string[] {
  const document: Document = parseDocument(text);
  const found: string[] = [];
  const add = (comment: string | null | undefined): void => {
    if (comment) found.push(...comment.split("\n").map((line) => line.trim()).filter((line) => line !== ""));
  };
  add(document.commentBefore);
  add(document.comment);
  visit(document, (_key, node) => {
    if (node && typeof node === "object" && "commentBefore" in node) {
      add((node as { commentBefore?: string | null }).commentBefore);
      add((node as { comment?: string | null }).comment);
    }
  });
  return found.sort();
}

describe.each(files.map((file) => [relative(root, file), file]))("fmt on %s", (_name, file) => {
  const text = readFileSync(file, "utf8");
  const formatted = formatPolicyText(text);

  it("keeps the meaning: equal data, Markdown with equal syntax trees", () => {
    expectSameMeaning(parse(text), parse(formatted));
  });

  it("is idempotent", () => {
    expect(formatPolicyText(formatted)).toBe(formatted);
  });

  it("changes nothing that diff reports", async () => {
    expect((await diffPolicies(parse(text) as Policy, parse(formatted) as Policy, { old: "a", new: "b" })).changes).toEqual([]);
  });

  it("keeps every comment", () => {
    if (/^\s*# /m.test(text)) expect(comments(text).length).toBeGreaterThan(0);
    expect(comments(formatted)).toEqual(comments(text));
  });

  it("still validates", () => {
    expect(validationErrors(parse(formatted))).toEqual([]);
  });

  it("uses two-space indentation, no trailing spaces and no tabs", () => {
    for (const line of formatted.split("\n")) {
      expect(line).not.toMatch(/[ \t]$/);
      expect(line).not.toMatch(/\t/);
      expect(line.match(/^ */)?.[0].length ?? 0).toSatisfy((width: number) => width % 2 === 0);
    }
  });
});

describe("fmt on hostile text (formatter alone; the file is invalid on purpose)", () => {
  const text = readFileSync(join(root, "test/fixtures/hostile/hostile.yaml"), "utf8");
  const formatted = formatPolicyText(text);

  it("keeps the meaning of raw HTML, script and template syntax", () => {
    expectSameMeaning(parse(text), parse(formatted));
  });

  it("is idempotent", () => {
    expect(formatPolicyText(formatted)).toBe(formatted);
  });
});

describe("the canonical layout", () => {
  const base = readFileSync(baseFile, "utf8");

  it("puts keys in the schema's order and keeps the order of id maps", () => {
    const policy = parse(base) as Record<string, unknown>;
    const shuffled = Object.fromEntries(Object.entries(policy).reverse());
    const controller = shuffled["controller"] as Record<string, unknown>;
    shuffled["controller"] = Object.fromEntries(Object.entries(controller).reverse());
    shuffled["retentionRules"] = Object.fromEntries(Object.entries(shuffled["retentionRules"] as object).reverse());
    const output = parse(formatPolicyText(JSON.stringify(shuffled))) as Record<string, unknown>;
    const order = Object.keys((schema.root.schema["properties"] ?? {}) as object);
    expect(Object.keys(output)).toEqual(order.filter((key) => key in policy));
    expect(Object.keys(output["controller"] as object)[0]).toBe("name");
    expect(Object.keys(output["retentionRules"] as object)).toEqual(Object.keys(policy["retentionRules"] as object).reverse());
  });

  it("writes Markdown with - bullets, * emphasis, no trailing spaces, as a | block", () => {
    const policy = parse(base) as { introduction: { text: string } };
    policy.introduction.text = "Wij verwerken _uw_ gegevens:   \n\n* naam\n* adres  \n";
    const output = formatPolicyText(JSON.stringify(policy));
    expect(output).toContain("  text: |\n    Wij verwerken *uw* gegevens:\n\n    - naam\n    - adres\n");
    expect(markdownTree((parse(output) as typeof policy).introduction.text)).toEqual(markdownTree(policy.introduction.text));
  });

  it("writes short safe prose plain, prose that would need quotes as a block, codes as a flow list", () => {
    const output = formatPolicyText(base);
    expect(output).toContain("        - id: account\n          text: uw naam en e-mailadres;\n");
    expect(output).toContain("      text: |\n        Wij verwerken:\n");
    expect(output).toContain("    dataSubjects: [user]\n");
  });

  it("keeps a header comment on top when the first key moves", () => {
    const output = formatPolicyText(`# header\nid: x\nformat: 1\n${base.split("\n").filter((line) => !/^(# |format:|id:)/.test(line)).join("\n")}`);
    expect(output.startsWith("# header\nformat: 1\nid: x\n")).toBe(true);
  });

  it("quotes strings a YAML 1.1 reader would take for a date or a boolean", () => {
    const output = formatPolicyText(base);
    expect(output).toContain('lastUpdated: "2025-03-01"\n');
    expect(output).toContain('version: "2025-03-01"\n');
  });

  it("refuses documents with anchors and aliases", () => {
    const withAlias = base.replace("title: Privacyverklaring Fietsapp", "title: &titel Privacyverklaring Fietsapp").replace("  title: Uw rechten", "  title: *titel");
    expect(() => formatPolicyText(withAlias)).toThrow(UnformattableError);
  });
});

describe("Markdown normalisation", () => {
  const tricky = [
    "* een\n* twee\n\n+ drie",
    "1) een\n2) twee",
    "Tekst met `code` en een [link](https://example.com \"titel\").",
    "Regel één  \nregel twee",
    "    ingesprongen code\n",
    "> citaat\n> met twee regels",
    "E-mail dpo_coface@coface.com of https://example.com/a_b_c",
    "Een * los sterretje en 2 * 3 = 6.",
    "# Kop\n\nTekst\n\n---\n\nMeer",
    "Tekst met <b>html</b> en &amp; entiteit.",
    "a\n\n\n\nb",
  ];

  it.each(tricky)("keeps the syntax tree of %j", (text) => {
    expect(markdownTree(normalizeMarkdown(text))).toEqual(markdownTree(text));
  });

  it("is idempotent", () => {
    for (const text of tricky) expect(normalizeMarkdown(normalizeMarkdown(text))).toBe(normalizeMarkdown(text));
  });

  it("skips the parser only for text remark would write back unchanged", async () => {
    const { unified } = await import("unified");
    const { default: remarkParse } = await import("remark-parse");
    const { default: remarkStringify } = await import("remark-stringify");
    const slow = unified().use(remarkParse).use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", listItemIndent: "one" });
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") texts.push(value);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    for (const file of files) collect(parse(readFileSync(file, "utf8")));
    const plain = texts.filter((text) => isPlainProse(text));
    expect(plain.length).toBeGreaterThan(10);
    for (const text of plain) expect(String(slow.processSync(text)).replace(/\n+$/, "")).toBe(text.replace(/\n+$/, ""));
  });
});
