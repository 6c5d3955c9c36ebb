/**
 * Registers the vitest suite "README first example" for the package at `packageUrl` (its root
 * directory, ending in a slash): the README's first ```ts block type-checks against the built
 * types and runs in a new Node process.
 */
export declare function describeReadmeExample(packageUrl: URL): void;
