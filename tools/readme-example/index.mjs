// Checks a README example the way a user meets it: imported by package name from the build
// output, not from the sources, and with no variables beyond the ones the example defines.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import ts from "typescript";

export function firstTypeScriptExample(readmeUrl) {
  const readme = readFileSync(readmeUrl, "utf8");
  const match = /```ts\n([\s\S]*?)```/.exec(readme);
  if (match === null) throw new Error(`No \`\`\`ts block found in ${readmeUrl.pathname}: add the package's first example.`);
  return match[1];
}

const RESOLUTIONS = {
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
};

export function typeCheckExample(source, packageDir) {
  // The .mts extension makes the file an ES module under nodenext whatever the package's "type".
  const fileName = join(packageDir, "readme-example.mts");
  const lines = [];
  for (const [name, resolution] of Object.entries(RESOLUTIONS)) {
    const options = {
      ...resolution,
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      // No automatic @types packages: a browser project has no Node types.
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const { fileExists, readFile, getSourceFile } = host;
    host.fileExists = (path) => path === fileName || fileExists.call(host, path);
    host.readFile = (path) => (path === fileName ? source : readFile.call(host, path));
    host.getSourceFile = (path, languageVersion, ...rest) =>
      path === fileName ? ts.createSourceFile(path, source, languageVersion, true) : getSourceFile.call(host, path, languageVersion, ...rest);
    const program = ts.createProgram([fileName], options, host);
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
      const where = diagnostic.file === undefined || diagnostic.start === undefined ? "" : lineOf(diagnostic.file, diagnostic.start);
      lines.push(`${name}: ${where}TS${diagnostic.code}: ${message}`);
    }
  }
  return lines;
}

function lineOf(file, position) {
  const { line, character } = file.getLineAndCharacterOfPosition(position);
  return `${file.fileName === undefined ? "" : file.fileName.split("/").pop()}:${line + 1}:${character + 1} `;
}

// execFileSync blocks the test worker, so vitest's own test timeout cannot fire while the example
// runs. Without this limit, an example that never exits would hang the whole test run.
const RUN_TIMEOUT_MS = 60_000;

export function runExample(source, packageDir, { timeoutMs = RUN_TIMEOUT_MS } = {}) {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  try {
    return execFileSync(process.execPath, ["--input-type=module", "--eval", outputText], {
      cwd: packageDir,
      encoding: "utf8",
      stdio: "pipe",
      timeout: timeoutMs,
      killSignal: "SIGKILL",
    });
  } catch (error) {
    if (error.code === "ETIMEDOUT") {
      throw new Error(`The README example in ${packageDir} timed out after ${timeoutMs / 1000} s and was killed. An example must exit on its own, so close what it opens and clear its timers.`);
    }
    throw new Error(`The README example failed in ${packageDir}:\n${error.stderr ?? error.message}`);
  }
}
