/**
 * After the notices are written into the new output folder: carries every version the previous
 * output published over byte for byte, adds this build's version under `<id>/v/<version>/`, and
 * writes each notice's feed, the index `.well-known/privacy-notice.json` and its schema.
 */
import { createHash } from "node:crypto";
import { copyFile, cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderFeed, type FeedEntry } from "./feed.js";
import { changesBetween, type NoticePlan, type VersionPlan } from "./plan.js";
import { languageOf } from "./page-view.js";
import { WELL_KNOWN_PATH, WELL_KNOWN_SCHEMA_ID, type PublishedNotice, type PublishedVersion, type VersionFiles, type WellKnownIndex } from "./types.js";

const schemaFile = fileURLToPath(new URL("../../../schema/well-known.schema.json", import.meta.url));

/** What publishing needs to know of a notice besides its plan. */
export interface NoticeInfo {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly language: string;
}

/** Fills `dir` (the new output folder, latest files already written) with versions, feeds and the index. */
export async function publishVersions(dir: string, plan: VersionPlan, notices: readonly NoticeInfo[]): Promise<void> {
  const published: PublishedNotice[] = [];
  for (const notice of [...notices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const noticePlan = plan.notices.get(notice.id);
    if (noticePlan === undefined) continue;
    const versions = [...(await carryOver(plan.previousDir, dir, noticePlan))];
    const isNew = noticePlan.version !== undefined && !versions.some((entry) => entry.version === noticePlan.version);
    if (isNew) versions.push(await writeVersion(dir, noticePlan, noticePlan.version!));
    await writeFile(join(dir, notice.id, "feed.xml"), renderFeed({
      id: notice.id,
      title: notice.title,
      author: notice.author,
      language: languageOf(notice.language),
      entries: await feedEntries(noticePlan),
    }));
    published.push({
      id: notice.id,
      title: notice.title,
      language: notice.language,
      latest: noticePlan.version ?? null,
      feed: `${notice.id}/feed.xml`,
      versions,
    });
  }
  const index: WellKnownIndex = { $schema: WELL_KNOWN_SCHEMA_ID, formatVersion: 1, notices: published };
  await mkdir(join(dir, ".well-known"), { recursive: true });
  await writeFile(join(dir, WELL_KNOWN_PATH), `${JSON.stringify(index, null, 2)}\n`);
  await mkdir(join(dir, "schema"), { recursive: true });
  await copyFile(schemaFile, join(dir, "schema", "well-known.schema.json"));
}

/** Copies the previously published version folders unchanged; their index entries stay as they were. */
async function carryOver(previousDir: string, dir: string, plan: NoticePlan): Promise<readonly PublishedVersion[]> {
  for (const entry of plan.carried) {
    const folder = versionFolder(plan.id, entry.version);
    await cp(join(previousDir, folder), join(dir, folder), { recursive: true, errorOnExist: true, force: false });
  }
  return plan.carried;
}

/** Copies this build's latest files into `<id>/v/<version>/` and adds the policy data. */
async function writeVersion(dir: string, plan: NoticePlan, version: string): Promise<PublishedVersion> {
  const folder = versionFolder(plan.id, version);
  const urls: VersionFiles = {
    html: `${folder}/index.html`,
    pdf: `${folder}/${plan.id}.pdf`,
    json: `${folder}/${plan.id}.json`,
    md: `${folder}/${plan.id}.md`,
    policy: `${folder}/policy.json`,
  };
  await mkdir(join(dir, folder), { recursive: true });
  const latest = join(dir, plan.id);
  const html = await readFile(join(latest, "index.html"), "utf8");
  // The page sits two folders deeper; its only link outside its own folder is the feed.
  await writeFile(join(dir, urls.html), html.replace(/(<link rel="alternate" type="application\/atom\+xml" href=")feed\.xml"/, '$1../../feed.xml"'));
  for (const name of [`${plan.id}.pdf`, `${plan.id}.json`, `${plan.id}.md`]) await copyFile(join(latest, name), join(dir, folder, name));
  await writeFile(join(dir, urls.policy), plan.policyJson);
  const sha256 = {} as Record<keyof VersionFiles, string>;
  for (const key of Object.keys(urls) as (keyof VersionFiles)[]) sha256[key] = hashHex(await readFile(join(dir, urls[key])));
  return {
    version,
    lastUpdated: plan.policy.lastUpdated ?? null,
    contentHash: `sha256:${hashHex(Buffer.from(plan.policyJson, "utf8"))}`,
    urls,
    sha256,
  };
}

async function feedEntries(plan: NoticePlan): Promise<FeedEntry[]> {
  const entries: FeedEntry[] = [];
  for (const [index, entry] of plan.history.entries()) {
    const before = plan.history[index - 1];
    entries.push({ ...entry, changes: before === undefined ? undefined : await changesBetween(before.policy, entry.policy) });
  }
  return entries;
}

function versionFolder(id: string, version: string): string {
  return `${id}/v/${version}`;
}

function hashHex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
