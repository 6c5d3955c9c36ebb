// Generates the API reference pages (docs/api/<package>/) from each package's doc comments with
// TypeDoc and its Markdown plugin, plus an index page listing the packages.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { Application } from "typedoc";

import { moveRootModule } from "./move-root-module.mjs";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const apiDir = join(root, "docs", "api");
rmSync(apiDir, { recursive: true, force: true });
mkdirSync(apiDir, { recursive: true });

const packages = readdirSync(join(root, "packages"))
  .filter((folder) => existsSync(join(root, "packages", folder, "src", "index.ts")))
  .sort();

/**
 * Returns the source file of each entry point in the "exports" map of `manifest`: `.` is
 * src/index.ts, and a subpath such as `./node` is src/node.ts or src/node/index.ts. Throws when a
 * subpath has neither, so a new entry point cannot drop out of the reference unnoticed.
 */
function entrySources(folder, manifest) {
  const subpaths = Object.keys(manifest.exports ?? { ".": null }).filter((subpath) => subpath !== "./package.json");
  return subpaths.map((subpath) => {
    const base = subpath === "." ? "index" : subpath.replace(/^\.\//, "");
    const candidates = [join(root, "packages", folder, "src", `${base}.ts`), join(root, "packages", folder, "src", base, "index.ts")];
    const source = candidates.find((candidate) => existsSync(candidate));
    if (source === undefined) {
      throw new Error(`${manifest.name} exports "${subpath}", but neither ${candidates.join(" nor ")} exists: add the source or the mapping here.`);
    }
    return source;
  });
}

const listed = [];
for (const folder of packages) {
  const manifest = JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8"));
  const app = await Application.bootstrapWithPlugins({
    // One entry point per "exports" subpath, such as @modelsys/cryoet/node, so every public
    // function has a page and the site search finds it.
    entryPoints: entrySources(folder, manifest),
    tsconfig: join(root, "packages", folder, "tsconfig.json"),
    plugin: ["typedoc-plugin-markdown"],
    out: join(apiDir, folder),
    readme: "none",
    name: manifest.name,
    hideGenerator: true,
    excludePrivate: true,
    // Leaves out members declared in node_modules, such as the captureStackTrace and
    // stackTraceLimit statics that each Error subclass inherits from @types/node.
    excludeExternals: true,
    // Each package's own typecheck task reports type errors; the reference only needs the declarations.
    skipErrorChecking: true,
    disableSources: true,
    logLevel: "Warn",
    entryFileName: "index",
  });
  const project = await app.convert();
  if (project === undefined) throw new Error(`TypeDoc could not convert ${manifest.name}; see the messages above.`);
  await app.generateOutputs(project);
  // A package with several entry points gets one module page per entry point, named after its
  // file: index for the package itself and, for example, node for @modelsys/cryoet/node. The
  // pages of index move to the folder main (see moveRootModule).
  const subpaths = Object.keys(manifest.exports ?? {}).filter((subpath) => subpath !== "./package.json" && subpath !== ".");
  if (subpaths.length > 0) moveRootModule(join(apiDir, folder));
  const entries = subpaths.length === 0 ? "" : ` Entry points: ${[manifest.name, ...subpaths.map((subpath) => `${manifest.name}/${subpath.slice(2)}`)].map((name) => `\`${name}\``).join(", ")}.`;
  listed.push(`- [${manifest.name}](./${folder}/): ${manifest.description}${entries}`);
}

writeFileSync(
  join(apiDir, "index.md"),
  ["# API reference", "", "Generated from the doc comments of every entry point in each package's exports.", "", ...listed, ""].join("\n"),
);
process.stdout.write(`API reference written for ${packages.length} packages.\n`);
