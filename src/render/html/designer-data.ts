/**
 * Template data for designers who run Eleventy directly (`npx @11ty/eleventy --serve`, through
 * the repository's .eleventy.js): every valid policy under `policy/` becomes a notice page, with
 * the furniture of `privacy-notice.site.yaml`. Invalid policies are skipped with a note on stderr;
 * `privacy-notice build` is the command that stops on them.
 */
import { access, readdir } from "node:fs/promises";
import { join } from "node:path";
import { loadPolicyFile } from "../../load/index.js";
import { validatePolicy } from "../../validate/index.js";
import { buildNoticeDocument, MarkdownParser, type NoticeDocument } from "../document/index.js";
import { indexPage, noticePage, type IndexPage, type NoticePage } from "./page-model.js";
import { furnitureFor, loadSiteConfig, SITE_CONFIG_FILE, type SiteConfig } from "./site-config.js";

export async function designerData(cwd: string): Promise<{ notices: NoticePage[]; site: IndexPage }> {
  const folder = join(cwd, "policy");
  const files = (await readdir(folder).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
  const siteFile = join(cwd, SITE_CONFIG_FILE);
  const siteConfig: SiteConfig = await access(siteFile).then(() => loadSiteConfig(siteFile), () => ({}));
  const documents: NoticeDocument[] = [];
  const notices: NoticePage[] = [];
  for (const name of files) {
    const { policy } = validatePolicy(await loadPolicyFile(join(folder, name)));
    if (!policy) {
      process.stderr.write(`privacy-notice: policy/${name} is not valid and is left out; run privacy-notice validate policy/${name}\n`);
      continue;
    }
    const parser = new MarkdownParser();
    const document = buildNoticeDocument(policy, { parser });
    documents.push(document);
    notices.push(noticePage(document, furnitureFor(siteConfig, policy.id), parser));
  }
  return { notices, site: indexPage(documents) };
}
