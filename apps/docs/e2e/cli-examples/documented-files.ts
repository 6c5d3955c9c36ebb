// The Markdown files whose command examples are checked, relative to the repository root.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Folders under docs/ that hold generated pages rather than written ones. */
const GENERATED_DOC_FOLDERS = ["docs/api/"];

/** Lists `<folder>/*\/README.md` for each subfolder that has one. */
function readmesUnder(repoRoot: string, folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, folder, entry.name, "README.md")))
    .map((entry) => `${folder}/${entry.name}/README.md`);
}

/** Lists every Markdown page under docs/, without the generated API reference. */
function docPages(repoRoot: string): string[] {
  return readdirSync(join(repoRoot, "docs"), { recursive: true, encoding: "utf8" })
    .map((path) => `docs/${path.split("\\").join("/")}`)
    .filter((path) => path.endsWith(".md") && !GENERATED_DOC_FOLDERS.some((folder) => path.startsWith(folder)));
}

/**
 * Returns the files whose examples are checked: the pages under docs/, the root README.md and
 * the README.md of every app and package, sorted.
 */
export function documentedFiles(repoRoot: string): string[] {
  return [...docPages(repoRoot), "README.md", ...readmesUnder(repoRoot, "apps"), ...readmesUnder(repoRoot, "packages")].sort();
}
