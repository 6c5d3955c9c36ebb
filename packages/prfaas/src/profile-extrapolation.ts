import type { PrefillCostModel } from "./prefill-profile.js";

/** Lookups of one cluster's prefill cost model that fell outside its measured table. */
export interface ProfileExtrapolation {
  /** The lengths the table covers, in tokens. */
  tableMinTokens: number;
  tableMaxTokens: number;
  /** Lookups of prefill time or KV bytes below and above the table, which used the fitted curves. */
  lookupsBelow: number;
  lookupsAbove: number;
  /** Minimum length looked up below the table, or null without such a lookup. */
  minTokensBelow: number | null;
  /** Maximum length looked up above the table, or null without such a lookup. */
  maxTokensAbove: number | null;
}

/** Counts the lookups of one cost model outside its {@link PrefillCostModel.tableRange}. */
export class ExtrapolationCounter {
  private lookupsBelow = 0;
  private lookupsAbove = 0;
  private minTokensBelow = Number.POSITIVE_INFINITY;
  private maxTokensAbove = Number.NEGATIVE_INFINITY;

  constructor(private readonly cost: PrefillCostModel) {}

  /** Records one lookup of `tokens` tokens. */
  record(tokens: number): void {
    const range = this.cost.tableRange;
    if (range === undefined) return;
    if (tokens < range.minTokens) {
      this.lookupsBelow++;
      this.minTokensBelow = Math.min(this.minTokensBelow, tokens);
    } else if (tokens > range.maxTokens) {
      this.lookupsAbove++;
      this.maxTokensAbove = Math.max(this.maxTokensAbove, tokens);
    }
  }

  /** Returns the counts, or null when the cost model has no table. */
  result(): ProfileExtrapolation | null {
    const range = this.cost.tableRange;
    if (range === undefined) return null;
    return {
      tableMinTokens: range.minTokens,
      tableMaxTokens: range.maxTokens,
      lookupsBelow: this.lookupsBelow,
      lookupsAbove: this.lookupsAbove,
      minTokensBelow: this.lookupsBelow === 0 ? null : this.minTokensBelow,
      maxTokensAbove: this.lookupsAbove === 0 ? null : this.maxTokensAbove,
    };
  }
}
