// Splits the lines of a documented shell block into commands and their words. Only plain words
// are supported: a block that needs a shell (quotes, pipes, redirections, variables, globs) must
// be marked skipped, because the test runs each command without one.

/** Characters that would need a shell to mean what they mean in the block. */
const SHELL_SYNTAX = /["'`$|&;<>*?(){}\\]/;

/** Joins lines continued with a trailing backslash into one line each. */
function joinContinuedLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let pending = "";
  for (const line of lines) {
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    joined.push(pending + line);
    pending = "";
  }
  if (pending !== "") joined.push(pending);
  return joined;
}

/** Removes a comment that starts with "#" at the line's start or after a space. */
function withoutComment(line: string): string {
  const start = line.search(/(^|\s)#/);
  return start === -1 ? line : line.slice(0, start);
}

/**
 * Returns the words of each command in the block, one array per command line. Throws on shell
 * syntax, naming the line.
 */
export function shellCommands(lines: readonly string[]): string[][] {
  const commands: string[][] = [];
  for (const line of joinContinuedLines(lines)) {
    const text = withoutComment(line).trim();
    if (text === "") continue;

    const syntax = SHELL_SYNTAX.exec(text);
    if (syntax !== null) {
      throw new Error(`Command ${JSON.stringify(text)} contains shell syntax (${syntax[0]}), which the test cannot run without a shell: mark the block <!-- cli-example skip="reason" --> or use plain words.`);
    }
    commands.push(text.split(/\s+/));
  }
  return commands;
}
