/** Where the docs of a rule live online, so SARIF can give the absolute `helpUri` it requires. */
import { createRequire } from "node:module";

interface PackageJson {
  readonly homepage?: string;
  readonly repository?: string | { readonly url?: string };
}

/**
 * The absolute base that `docs/…` paths resolve against: a GitHub `repository` in package.json
 * becomes `https://github.com/<owner>/<repo>/blob/HEAD/`; else a `homepage` ending in `/`; else none.
 */
export function docsBaseUrl(pkg: PackageJson = readPackageJson()): string | undefined {
  const repository = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const github = repository?.match(/github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/);
  if (github) return `https://github.com/${github[1]}/${github[2]}/blob/HEAD/`;
  if (pkg.homepage && /^https?:\/\/.+\/$/.test(pkg.homepage)) return pkg.homepage;
  return undefined;
}

function readPackageJson(): PackageJson {
  return createRequire(import.meta.url)("../../package.json") as PackageJson;
}
