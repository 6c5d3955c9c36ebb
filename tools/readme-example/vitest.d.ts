/**
 * Registers the vitest suite "README examples" for the package at `packageUrl` (its root
 * directory, ending in a slash): every ```ts block of the README type-checks against the built
 * types, and each runs in a new Node process. Blocks run one by one, so each must define every
 * name it uses.
 */
export declare function describeReadmeExample(packageUrl: URL): void;
