/** Returns the first ```ts block of a README, or throws when it has none. */
export declare function firstTypeScriptExample(readmeUrl: URL): string;

/** A ```ts block of a README: its code and the 1-based line of its opening fence. */
export interface TypeScriptExample {
  source: string;
  line: number;
}

/** Returns every ```ts block of a README in order, or throws when it has none. */
export declare function typeScriptExamples(readmeUrl: URL): TypeScriptExample[];

/** Whether an example imports a Node built-in (`node:…`) or a package's `./node` entry point. */
export declare function needsNodeTypes(source: string): boolean;

/**
 * Type-checks `source` as an ES module inside `packageDir`, so that it imports the package by
 * its own name from the built `dist/` types. It is checked strictly, with the ES2022 and DOM
 * libraries, once under `moduleResolution` "nodenext" and once under "bundler", without Node's
 * types unless {@link needsNodeTypes} returns true for it. Returns one line per diagnostic, prefixed with the resolution; empty when it compiles.
 */
export declare function typeCheckExample(source: string, packageDir: string): string[];

/**
 * Type-checks several examples as {@link typeCheckExample} does, each as its own module, in one
 * program per resolution. Examples for which {@link needsNodeTypes} returns true are checked in a
 * separate program with Node's types (`@types/node`, found from `packageDir`).
 */
export declare function typeCheckExamples(sources: readonly string[], packageDir: string): string[];

/**
 * Transpiles `source` to JavaScript and runs it as an ES module in a new Node process, with
 * `packageDir` as the working directory, so that it imports the built package by name.
 * Returns the process's standard output, or throws with its standard error when it fails. A
 * process still running after `timeoutMs` (default 60,000) is killed, and the call throws.
 */
export declare function runExample(source: string, packageDir: string, options?: { timeoutMs?: number }): string;
