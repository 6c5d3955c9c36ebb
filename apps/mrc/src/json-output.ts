/**
 * Formats `value` as indented JSON for `--json` output. JSON has no NaN or infinity, which
 * `JSON.stringify` writes as null. This writes them as the strings "NaN", "Infinity" and
 * "-Infinity" instead, as the text output prints them.
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, item: unknown) => (typeof item === "number" && !Number.isFinite(item) ? String(item) : item), 2)}\n`;
}
