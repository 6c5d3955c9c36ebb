// Finds the command examples of a Markdown file that show their output: a shell block followed,
// after blank lines only, by a ```text block.

/** Languages of fenced blocks that hold shell commands. */
const SHELL_LANGUAGES = new Set(["sh", "bash", "shell", "console"]);

/** Language of the fenced block that holds a command's output. */
const OUTPUT_LANGUAGE = "text";

/** A fenced code block of a Markdown file. */
export interface FencedBlock {
  /** The info string's first word, such as "sh", or "" when there is none. */
  language: string;
  /** 1-based line number of the opening fence. */
  line: number;
  /** 1-based line number of the closing fence, or of the file's last line when unclosed. */
  endLine: number;
  /** The lines between the fences. */
  lines: string[];
  /** The line before the opening fence, or undefined at the file's start. */
  lineBefore: string | undefined;
}

/** A shell block with the output block that follows it. */
export interface DocumentedExample {
  /** 1-based line number of the shell block's opening fence. */
  line: number;
  /** The shell block's lines. */
  commandLines: string[];
  /** 1-based line number of the output block's opening fence. */
  outputLine: number;
  /** The output block's lines. */
  outputLines: string[];
  /** The line directly above the shell block, where a marker comment goes. */
  lineBefore: string | undefined;
}

/** Splits Markdown text into its fenced code blocks, in order (backtick and tilde fences). */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split("\n");
  const blocks: FencedBlock[] = [];
  let index = 0;

  while (index < lines.length) {
    const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[index]!);
    if (opening === null) {
      index++;
      continue;
    }

    const fence = opening[1]!;
    const closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end]!)) end++;

    blocks.push({
      language: opening[2]!.toLowerCase(),
      line: index + 1,
      endLine: Math.min(end, lines.length - 1) + 1,
      lines: lines.slice(index + 1, end),
      lineBefore: index === 0 ? undefined : lines[index - 1],
    });
    index = end + 1;
  }

  return blocks;
}

/** Tells whether only blank lines lie between two blocks. */
function onlyBlankLinesBetween(markdownLines: readonly string[], first: FencedBlock, second: FencedBlock): boolean {
  return markdownLines.slice(first.endLine, second.line - 1).every((line) => line.trim() === "");
}

/** Returns the shell blocks of `markdown` that are followed by an output block. */
export function documentedExamples(markdown: string): DocumentedExample[] {
  const markdownLines = markdown.split("\n");
  const blocks = fencedBlocks(markdown);
  const examples: DocumentedExample[] = [];

  for (let index = 0; index + 1 < blocks.length; index++) {
    const commands = blocks[index]!;
    const output = blocks[index + 1]!;
    if (!SHELL_LANGUAGES.has(commands.language) || output.language !== OUTPUT_LANGUAGE) continue;
    if (!onlyBlankLinesBetween(markdownLines, commands, output)) continue;

    examples.push({ line: commands.line, commandLines: commands.lines, outputLine: output.line, outputLines: output.lines, lineBefore: commands.lineBefore });
  }

  return examples;
}
