// Checks a README example the way a user meets it: imported by package name from the build
// output, not from the sources, and with no variables beyond the ones the example defines.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import ts from "typescript";

export function firstTypeScriptExample(readmeUrl) {
  return typeScriptExamples(readmeUrl)[0].source;
}

export function typeScriptExamples(readmeUrl) {
  const readme = readFileSync(readmeUrl, "utf8");
  const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => ({
    source: match[1],
    line: readme.slice(0, match.index).split("\n").length,
  }));
  if (examples.length === 0) throw new Error(`No \`\`\`ts block found in ${readmeUrl.pathname}: add the package's first example.`);
  return examples;
}

// An example that imports a Node built-in or a package's "./node" entry point is checked with
// Node's types, which a TypeScript project that uses it installs. Other examples must also
// compile for a browser, so they are checked without them.
const NODE_IMPORT = /from\s+["'](node:[^"']+|@[^/"']+\/[^/"']+\/node)["']/;

export function needsNodeTypes(source) {
  return NODE_IMPORT.test(source);
}

const RESOLUTIONS = {
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
};

export function typeCheckExample(source, packageDir) {
  return typeCheckExamples([source], packageDir);
}

export function typeCheckExamples(sources, packageDir) {
  // The .mts extension makes each file an ES module under nodenext whatever the package's "type".
  const files = new Map(sources.map((source, index) => [join(packageDir, `readme-example-${index + 1}.mts`), source]));
  const groups = [
    [...files].filter(([, source]) => !needsNodeTypes(source)),
    [...files].filter(([, source]) => needsNodeTypes(source)),
  ];
  const lines = [];
  for (const [name, resolution] of Object.entries(RESOLUTIONS)) {
    for (const [groupIndex, group] of groups.entries()) {
      if (group.length === 0) continue;
      const options = {
        ...resolution,
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
        // Browser examples get no automatic @types packages, because a browser project has no Node types.
        types: groupIndex === 0 ? [] : ["node"],
      };
      lines.push(...diagnosticsOf(new Map(group), options, packageDir).map((line) => `${name}: ${line}`));
    }
  }
  return lines;
}

function diagnosticsOf(files, options, packageDir) {
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  // Type roots are looked up from the package, where a workspace finds @types/node.
  host.getCurrentDirectory = () => packageDir;
  host.fileExists = (path) => files.has(path) || fileExists.call(host, path);
  host.readFile = (path) => files.get(path) ?? readFile.call(host, path);
  host.getSourceFile = (path, languageVersion, ...rest) =>
    files.has(path) ? ts.createSourceFile(path, files.get(path), languageVersion, true) : getSourceFile.call(host, path, languageVersion, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    const where = diagnostic.file === undefined || diagnostic.start === undefined ? "" : lineOf(diagnostic.file, diagnostic.start);
    return `${where}TS${diagnostic.code}: ${message}`;
  });
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
