// Moves the API pages of a package's main entry point out of the folder "index", where TypeDoc puts
// them when the package has several entry points.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** Folder that receives the main entry point's pages. */
export const ROOT_MODULE_FOLDER = "main";

/**
 * Renames `<packageDir>/index` to `<packageDir>/main` and rewrites the Markdown links that point
 * into it. Built with clean URLs, `<pkg>/index.md` and `<pkg>/index/index.md` become `index.html`
 * and `index/index.html`. A host that serves `/a/b/` from `a/b.html` then sends the package page
 * for the module page's address, and the client fails to hydrate it. Does nothing when the package
 * has no `index` folder.
 */
export function moveRootModule(packageDir) {
  const from = join(packageDir, "index");
  if (!isDirectory(from)) return;
  const to = join(packageDir, ROOT_MODULE_FOLDER);
  if (isDirectory(to)) {
    throw new Error(`Cannot move the API pages of ${from} to ${to}: that folder exists. Rename the "${ROOT_MODULE_FOLDER}" module.`);
  }

  // Pages inside the folder link to each other and to the package page by relative paths that
  // stay valid after the rename, so only the pages outside it need new link targets.
  for (const file of markdownFiles(packageDir)) {
    if (file.startsWith(from + sep)) continue;
    const text = readFileSync(file, "utf8");
    const rewritten = rewriteLinks(text, dirname(file), from, to);
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
  renameSync(from, to);
}

/** Rewrites each relative link target of `text` that resolves inside `from` to the same path inside `to`. */
export function rewriteLinks(text, fileDir, from, to) {
  return text.replace(/\]\(([^)\s#]+)(#[^)\s]*)?\)/g, (link, target, anchor = "") => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("/")) return link;
    const absolute = resolve(fileDir, target);
    if (!absolute.startsWith(from + sep)) return link;
    const moved = join(to, relative(from, absolute));
    return `](${relative(fileDir, moved).split(sep).join("/")}${anchor})`;
  });
}

function markdownFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (isDirectory(path)) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
