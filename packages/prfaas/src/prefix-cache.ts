import { PrfaasError } from "./errors.js";

/**
 * Where a hybrid model keeps linear-attention or SWA state snapshots, which decide whether a
 * prefix hit of k blocks is usable: `request-end` keeps one at the last full block of each cached
 * request, `every-block` at every block, and `ignore` treats the model as full attention
 * (optimistic). arXiv:2604.15039 does not say which positions its cache keeps.
 */
export type StateSnapshots = "request-end" | "every-block" | "ignore";

const STATE_SNAPSHOTS: readonly StateSnapshots[] = ["request-end", "every-block", "ignore"];

/** Sizing and rules of one cluster's prefix cache. */
export interface PrefixCacheOptions {
  /** Tokens per block (512 for the Mooncake traces). */
  blockTokens: number;
  /** Bytes of one full block of full-attention KV. */
  blockBytes: number;
  /** Bytes of one linear/SWA state snapshot (0 for full-attention models). */
  snapshotBytes: number;
  /** Capacity in bytes; +∞ never evicts. */
  capacityBytes: number;
  stateSnapshots: StateSnapshots;
}

/** One cached block: its 0-based position in the requests that hold it, and whether a state snapshot exists there. */
interface CachedBlock {
  position: number;
  snapshot: boolean;
}

/**
 * One cluster's prefix cache of prefix-chained blocks. Block ids name whole prefixes (the k-th
 * id of a request names its first k blocks), so a lookup walks the ids until the first miss. An id
 * cached at another block position names a prefix of another length and counts as a miss, which
 * guards against a trace whose ids are not prefix-chained.
 * Full-attention KV is reusable per block; on a hybrid model a hit of k blocks also needs a state
 * snapshot at exactly block k. Eviction is least-recently-used over blocks, and evicting a block
 * drops its snapshot. Inserts and hits refresh a request's blocks from its last block back to its
 * first, so the tail of a chain is evicted before its head. Lookups walk from the first block, so a
 * chain without its head would be unreachable.
 */
export class PrefixCache {
  /** Block id → its cached block. Map order is the LRU order. */
  private readonly blocks = new Map<number, CachedBlock>();
  private usedBytes = 0;
  lookups = 0;
  hitTokens = 0;
  lookupTokens = 0;

  constructor(private readonly options: PrefixCacheOptions) {
    if (!(options.blockTokens >= 1) || !Number.isInteger(options.blockTokens)) {
      throw new PrfaasError("INVALID_OPTION", `Invalid blockTokens ${String(options.blockTokens)}: expected a whole number of tokens.`, {
        field: "blockTokens",
        value: options.blockTokens,
      });
    }
    if (!STATE_SNAPSHOTS.includes(options.stateSnapshots)) {
      throw new PrfaasError("INVALID_OPTION", `Invalid cache stateSnapshots ${JSON.stringify(options.stateSnapshots) ?? String(options.stateSnapshots)}: expected one of ${STATE_SNAPSHOTS.map((name) => JSON.stringify(name)).join(", ")}.`, {
        field: "stateSnapshots",
        value: options.stateSnapshots,
      });
    }
    if (typeof options.capacityBytes !== "number" || !(options.capacityBytes >= 0)) {
      throw new PrfaasError("INVALID_OPTION", `Invalid cache capacityBytes ${String(options.capacityBytes)}: expected a number of bytes ≥ 0, or Infinity for a cache that never evicts.`, {
        field: "capacityBytes",
        value: options.capacityBytes,
      });
    }
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.usedBytes;
  }

  /**
   * Returns the reusable prefix of a request in tokens, at most `inputTokens − 1` because the
   * last prompt token is always computed. It does not touch LRU order; {@link touch} does.
   */
  peek(hashIds: readonly number[] | undefined, inputTokens: number): number {
    if (hashIds === undefined || hashIds.length === 0) return 0;
    let matched = 0;
    while (matched < hashIds.length && this.blocks.get(hashIds[matched]!)?.position === matched) matched++;
    let usable = matched;
    // A hybrid hit needs a state snapshot at exactly its last block: step back to one.
    if (this.options.stateSnapshots !== "ignore" && this.options.snapshotBytes > 0) {
      while (usable > 0 && this.blocks.get(hashIds[usable - 1]!)!.snapshot !== true) usable--;
    }
    return Math.min(usable * this.options.blockTokens, inputTokens - 1);
  }

  /** Looks up a request like {@link peek}, counts the hit and refreshes the LRU order of the hit blocks. */
  lookup(hashIds: readonly number[] | undefined, inputTokens: number): number {
    const tokens = this.peek(hashIds, inputTokens);
    this.lookups++;
    this.lookupTokens += inputTokens;
    this.hitTokens += tokens;
    if (hashIds !== undefined) this.touch(hashIds, Math.ceil(tokens / this.options.blockTokens));
    return tokens;
  }

  /**
   * Inserts the full blocks of a prefilled request. With `request-end` a snapshot is stored at
   * its last full block, with `every-block` at each block.
   */
  insert(hashIds: readonly number[] | undefined, inputTokens: number): void {
    if (hashIds === undefined) return;
    const fullBlocks = Math.min(hashIds.length, Math.floor(inputTokens / this.options.blockTokens));
    const snapshots = this.options.stateSnapshots !== "ignore" && this.options.snapshotBytes > 0;
    for (let index = fullBlocks - 1; index >= 0; index--) {
      const id = hashIds[index]!;
      const wantsSnapshot = snapshots && (this.options.stateSnapshots === "every-block" || index === fullBlocks - 1);
      const cached = this.blocks.get(id);
      if (cached === undefined) {
        this.usedBytes += this.options.blockBytes;
      } else {
        this.blocks.delete(id);
      }
      // The same id at another position is another prefix, whose snapshot does not carry over.
      const existing = cached?.position === index ? cached.snapshot : false;
      if (cached !== undefined && cached.snapshot && !existing) this.usedBytes -= this.options.snapshotBytes;
      const snapshot = existing || wantsSnapshot;
      if (snapshot && !existing) this.usedBytes += this.options.snapshotBytes;
      this.blocks.set(id, { position: index, snapshot });
    }
    this.evict();
  }

  private touch(hashIds: readonly number[], blocks: number): void {
    for (let index = blocks - 1; index >= 0; index--) {
      const id = hashIds[index]!;
      const cached = this.blocks.get(id);
      if (cached === undefined) continue;
      this.blocks.delete(id);
      this.blocks.set(id, cached);
    }
  }

  private evict(): void {
    while (this.usedBytes > this.options.capacityBytes && this.blocks.size > 0) {
      const [id, cached] = this.blocks.entries().next().value as [number, CachedBlock];
      this.blocks.delete(id);
      this.usedBytes -= this.options.blockBytes + (cached.snapshot ? this.options.snapshotBytes : 0);
    }
  }
}
