// Generates the API reference pages (docs/api/<package>/) from each package's doc comments with
// TypeDoc and its Markdown plugin, plus an index page listing the packages.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { Application } from "typedoc";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const apiDir = join(root, "docs", "api");
rmSync(apiDir, { recursive: true, force: true });
mkdirSync(apiDir, { recursive: true });

const packages = readdirSync(join(root, "packages"))
  .filter((folder) => existsSync(join(root, "packages", folder, "src", "index.ts")))
  .sort();

const listed = [];
for (const folder of packages) {
  const manifest = JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8"));
  const app = await Application.bootstrapWithPlugins({
    entryPoints: [join(root, "packages", folder, "src", "index.ts")],
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
  listed.push(`- [${manifest.name}](./${folder}/): ${manifest.description}`);
}

writeFileSync(
  join(apiDir, "index.md"),
  ["# API reference", "", "Generated from the doc comments of each package's public entry point.", "", ...listed, ""].join("\n"),
);
process.stdout.write(`API reference written for ${packages.length} packages.\n`);
