// The HTML comment on the line directly above a shell block that changes how the block is checked.
// It is invisible on the site and on GitHub. Forms:
//   <!-- cli-example exit=1 -->                        every command of the block exits with 1
//   <!-- cli-example skip="runs for three minutes" --> the block is not run, for the reason given

/** How a documented example is checked, from its marker comment. */
export interface ExampleMarker {
  /** Exit code every command of the block must return. */
  exitCode: number;
  /** Reason the block is not run, or undefined when it is run. */
  skipReason: string | undefined;
}

const MARKER_START = /^\s*<!--\s*cli-example\b/;
const MARKER = /^\s*<!--\s*cli-example((?:\s+[a-z-]+=(?:"[^"]*"|[^\s"]+))*)\s*-->\s*$/;
const ATTRIBUTE = /([a-z-]+)=(?:"([^"]*)"|([^\s"]+))/g;

/** The marker of a block without a marker comment. */
export const DEFAULT_MARKER: ExampleMarker = { exitCode: 0, skipReason: undefined };

/** Tells whether a Markdown line is meant as a marker comment, well-formed or not. */
export function isMarkerLine(line: string): boolean {
  return MARKER_START.test(line);
}

/** Reads the value of the `exit` attribute: a whole number from 0 to 255. */
function parseExitCode(value: string): number {
  if (!/^\d{1,3}$/.test(value) || Number(value) > 255) throw new Error(`Invalid exit="${value}": expected a whole number from 0 to 255.`);
  return Number(value);
}

/**
 * Parses the marker comment on the line above a shell block. Returns the default marker when
 * the line is no marker comment, and throws on a malformed marker, an unknown attribute or a
 * skip without a reason, so that a mistyped marker cannot turn a check off.
 */
export function parseMarker(lineBefore: string | undefined): ExampleMarker {
  if (lineBefore === undefined || !isMarkerLine(lineBefore)) return DEFAULT_MARKER;

  const match = MARKER.exec(lineBefore);
  if (match === null) throw new Error(`Malformed marker ${JSON.stringify(lineBefore.trim())}: expected <!-- cli-example exit=N --> or <!-- cli-example skip="reason" -->.`);

  const marker: ExampleMarker = { ...DEFAULT_MARKER };
  for (const [, name, quoted, bare] of match[1]!.matchAll(ATTRIBUTE)) {
    const value = quoted ?? bare!;
    if (name === "exit") {
      marker.exitCode = parseExitCode(value);
    } else if (name === "skip") {
      if (value.trim() === "") throw new Error('A skip marker needs a reason: skip="why the block is not run".');
      marker.skipReason = value.trim();
    } else {
      throw new Error(`Unknown marker attribute "${name}": expected exit or skip.`);
    }
  }
  return marker;
}
