/**
 * Returns true when transformers' MXFP4 integration leaves the module at `moduleName` (such as
 * `model.layers.3.mlp.experts`) unconverted under the `modules_to_not_convert` patterns.
 *
 * `integrations/mxfp4.py` walks the module tree from the root and skips a module, with everything
 * under it, when a pattern matches its dotted name: `re.match(pattern, name)`, which anchors the
 * pattern at the start only, or (in later releases) `name.endswith(pattern)`. So
 * `model.layers.*.mlp` and `model.layers` keep the experts unconverted, and so does `experts`,
 * while `model.layers.*.mlp.router` does not. A pattern that is not a valid regular expression is
 * compared as plain text.
 */
export function isModuleUnconverted(moduleName: string, patterns: readonly string[]): boolean {
  const parts = moduleName.split(".");
  const ancestors = parts.map((_, index) => parts.slice(0, index + 1).join("."));
  return patterns.some((pattern) => {
    const matchesStart = startMatcher(pattern);
    return ancestors.some((name) => matchesStart(name) || name.endsWith(pattern));
  });
}

/** Returns a test that mirrors Python's `re.match(pattern, name)`: a match anchored at the start of `name`. */
function startMatcher(pattern: string): (name: string) => boolean {
  try {
    const regex = new RegExp(`^(?:${pattern})`);
    return (name) => regex.test(name);
  } catch {
    return (name) => name.startsWith(pattern);
  }
}
