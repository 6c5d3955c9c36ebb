// The output limit of one run. Without it, a loop that prints without end sends the page more
// blocks than it can render. Past the limit, output is cut and a notice marks the cut.
import type { OutputBlock } from "./output-blocks.js";

/** Limits on the output that one run shows. */
export interface OutputLimits {
  /** Maximum text lines plus table rows. */
  maxLines: number;
  /** Maximum characters of text and SVG markup plus the JSON size of tables and charts. */
  maxCharacters: number;
  /** Maximum number of tables, SVG pictures and charts. */
  maxBlocks: number;
}

/** The limits of every run on the site. */
export const DEFAULT_OUTPUT_LIMITS: OutputLimits = { maxLines: 2_000, maxCharacters: 1_000_000, maxBlocks: 200 };

type LimitName = keyof OutputLimits;

const LIMIT_UNITS: Record<LimitName, string> = {
  maxLines: "lines",
  maxCharacters: "characters",
  maxBlocks: "tables, pictures and charts",
};

/** Returns the notice that ends output cut at `limit`, such as "Output truncated after 2,000 lines. …". */
export function truncationNotice(limits: OutputLimits, limit: LimitName): Extract<OutputBlock, { kind: "notice" }> {
  const count = limits[limit].toLocaleString("en-US");
  return { kind: "notice", text: `Output truncated after ${count} ${LIMIT_UNITS[limit]}. The rest of this run's output is not shown.` };
}

/**
 * Counts a run's output against its limits. The worker passes every block through a budget, and the
 * page passes the blocks it receives through another one with the same limits, which cuts nothing
 * more unless code in the worker posted blocks directly. A text block counts one character more
 * than its length, for the line break that ends it on the page.
 */
export class OutputBudget {
  private lines = 0;
  private characters = 0;
  private blocks = 0;
  private exhausted = false;

  constructor(private readonly limits: OutputLimits = DEFAULT_OUTPUT_LIMITS) {}

  /** Whether a limit was reached, so that every later block is dropped. */
  get truncated(): boolean {
    return this.exhausted;
  }

  /**
   * Returns what to show of `block`: the block itself when it fits, its first part and the
   * truncation notice when it crosses a limit, and nothing once a limit was reached.
   */
  admit(block: OutputBlock): OutputBlock[] {
    if (this.exhausted) return [];
    switch (block.kind) {
      case "text":
      case "notice":
        return this.admitText(block);
      case "table":
        return this.admitTable(block.rows);
      case "svg":
        return this.admitWhole(block, block.markup.length);
      case "chart":
        return this.admitWhole(block, JSON.stringify(block.spec).length);
    }
  }

  private admitText(block: Extract<OutputBlock, { kind: "text" | "notice" }>): OutputBlock[] {
    const lines = block.text.split("\n");
    const lineRoom = this.limits.maxLines - this.lines;
    const characterRoom = this.limits.maxCharacters - this.characters;
    if (lines.length <= lineRoom && block.text.length + 1 <= characterRoom) {
      this.lines += lines.length;
      this.characters += block.text.length + 1;
      return [block];
    }
    // A notice is never cut. One that does not fit is the worker's truncation notice, which the
    // page shows as the last block, as the worker's budget decided.
    if (block.kind === "notice") {
      this.exhausted = true;
      return [block];
    }

    const firstLines = lines.slice(0, lineRoom).join("\n");
    if (lines.length > lineRoom && firstLines.length + 1 <= characterRoom) {
      return this.stop("maxLines", firstLines === "" ? [] : [{ ...block, text: firstLines }]);
    }
    const firstCharacters = cutBeforeSurrogate(firstLines, characterRoom - 1);
    return this.stop("maxCharacters", firstCharacters === "" ? [] : [{ ...block, text: firstCharacters }]);
  }

  private admitTable(rows: Record<string, unknown>[]): OutputBlock[] {
    if (this.blocks >= this.limits.maxBlocks) return this.stop("maxBlocks");

    let reached: LimitName | undefined;
    let admittedRows = 0;
    for (const row of rows) {
      const size = JSON.stringify(row).length + 1;
      if (this.lines >= this.limits.maxLines) reached = "maxLines";
      else if (this.characters + size > this.limits.maxCharacters) reached = "maxCharacters";
      if (reached !== undefined) break;

      this.lines += 1;
      this.characters += size;
      admittedRows += 1;
    }
    this.blocks += 1;

    if (reached === undefined) return [{ kind: "table", rows }];
    return this.stop(reached, admittedRows === 0 ? [] : [{ kind: "table", rows: rows.slice(0, admittedRows) }]);
  }

  private admitWhole(block: OutputBlock, size: number): OutputBlock[] {
    if (this.blocks >= this.limits.maxBlocks) return this.stop("maxBlocks");
    if (this.characters + size > this.limits.maxCharacters) return this.stop("maxCharacters");

    this.blocks += 1;
    this.characters += size;
    return [block];
  }

  private stop(limit: LimitName, firstPart: OutputBlock[] = []): OutputBlock[] {
    this.exhausted = true;
    return [...firstPart, truncationNotice(this.limits, limit)];
  }
}

/** Cuts `text` to at most `length` UTF-16 units without splitting a surrogate pair. */
function cutBeforeSurrogate(text: string, length: number): string {
  if (length <= 0) return "";
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
