/**
 * Embedded fonts. PDF/UA needs every font embedded, and the standard 14 fonts (WinAnsi) garble
 * text outside Latin-1, so the notice is set in DejaVu Sans from the `dejavu-fonts-ttf` package:
 * TrueType, subset and embedded with a ToUnicode map by pdfkit.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ToolError } from "../../diagnostics/index.js";

export type FontRole = "regular" | "bold" | "italic" | "boldItalic" | "mono";

/** Absolute paths of the font files, by role. pdfkit caches fonts by this path. */
export type FontFiles = Readonly<Record<FontRole, string>>;

const fileNames: FontFiles = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
  mono: "DejaVuSansMono.ttf",
};

function packagedFontDir(): string {
  const require = createRequire(import.meta.url);
  try {
    return dirname(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"));
  } catch (error) {
    throw new ToolError(
      "internal",
      {
        nl: "Het npm-pakket dejavu-fonts-ttf ontbreekt; de PDF kan geen lettertypen insluiten.",
        en: "The npm package dejavu-fonts-ttf is missing; the PDF cannot embed fonts.",
      },
      { cause: error },
    );
  }
}

/**
 * Finds the DejaVu Sans files in `fontDir`, or in the installed `dejavu-fonts-ttf` package.
 * Throws a ToolError naming the first missing file.
 */
export function resolveFontFiles(fontDir?: string): FontFiles {
  const dir = fontDir ?? packagedFontDir();
  const files = Object.fromEntries(Object.entries(fileNames).map(([role, name]) => [role, join(dir, name)])) as Record<
    FontRole,
    string
  >;
  for (const path of Object.values(files)) {
    if (!existsSync(path)) {
      throw new ToolError("file-not-found", {
        nl: `Lettertype niet gevonden: ${path}`,
        en: `Font not found: ${path}`,
      });
    }
  }
  return files;
}

/** Which face a run of text needs. */
export function fontRole(style: { bold: boolean; italic: boolean; mono: boolean }): FontRole {
  if (style.mono) return "mono";
  if (style.bold) return style.italic ? "boldItalic" : "bold";
  return style.italic ? "italic" : "regular";
}
