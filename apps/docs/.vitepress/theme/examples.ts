// Every live example's source, read from the repository's docs/examples folder at build time.
const sources = import.meta.glob("../../../../docs/examples/*.ts", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

/** One example: its id (the file name), title (its first comment line) and source. */
export interface ExampleSource {
  id: string;
  title: string;
  source: string;
}

/** All examples, sorted by id. */
export const EXAMPLES: ExampleSource[] = Object.entries(sources)
  .map(([path, source]) => {
    const id = path.split("/").pop()!.replace(/\.ts$/, "");
    const firstLine = source.split("\n")[0] ?? "";
    const title = firstLine.startsWith("//") ? firstLine.replace(/^\/\/\s*/, "") : id;
    return { id, title, source };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** Returns the example `id`, or throws naming the known ids. */
export function exampleById(id: string): ExampleSource {
  const example = EXAMPLES.find((candidate) => candidate.id === id);
  if (example === undefined) {
    throw new Error(`Unknown example "${id}". Known examples: ${EXAMPLES.map((known) => known.id).join(", ")}.`);
  }
  return example;
}
