import { PrfaasError } from "./errors.js";

/**
 * A seeded pseudo-random stream: xoshiro128** (Blackman and Vigna, https://prng.di.unimi.it/)
 * seeded through splitmix32 from the seed's low 32 bits and a stream name, with the seed's high
 * bits folded into the last state word. Each random source of a run
 * (arrivals, lengths, link noise, tie spreading) takes its own named stream, so adding draws to
 * one source never shifts another. `Math.random` is never used.
 */
export class RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * Creates the stream `name` of `seed`. The same seed and name always give the same sequence.
   * @throws PrfaasError `INVALID_OPTION` when `seed` is not a safe integer.
   */
  constructor(seed: number, name: string) {
    if (!Number.isSafeInteger(seed)) {
      throw new PrfaasError("INVALID_OPTION", `Invalid seed ${String(seed)}: expected a whole number.`, { field: "seed", value: seed });
    }
    // Mix the name into the low 32 bits of the seed with FNV-1a, then expand with splitmix32.
    let hash = 0x811c9dc5;
    for (let index = 0; index < name.length; index++) {
      hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193) >>> 0;
    }
    const [s0, s1, s2, s3] = splitMix32Words(((seed >>> 0) ^ hash) >>> 0, 4);
    // splitmix32's first output is a bijection of its state, so s0 fixes the low 32 bits. The high
    // bits, expanded by splitmix32 too, change s1, s2 and s3, so every safe-integer seed has its
    // own stream. s1 feeds the first output, so the high bits change the stream from its first
    // draw on. XOR-ing the raw high bits into s3 alone left the first two outputs equal and the
    // next ones close, so seeds 1 and 2^32 + 1 gave almost the same run.
    const high = Math.floor(seed / 2 ** 32);
    const [mask1, mask2, mask3] = high === 0 ? [0, 0, 0] : splitMix32Words(high >>> 0, 3);
    this.s0 = s0!;
    this.s1 = (s1! ^ mask1!) >>> 0;
    this.s2 = (s2! ^ mask2!) >>> 0;
    this.s3 = (s3! ^ mask3!) >>> 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Returns the next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotateLeft(this.s3, 11);
    return result;
  }

  /** Returns a uniform number in [0, 1) with 53 random bits. */
  uniform(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** Returns an exponential variate with mean `1 / rate`. */
  exponential(rate: number): number {
    return -Math.log(1 - this.uniform()) / rate;
  }

  /** Returns a standard normal variate (Box–Muller, one draw per call, no cached spare). */
  normal(): number {
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}

/** Returns `count` splitmix32 outputs from `state`; each is a bijection of `state`. */
function splitMix32Words(state: number, count: number): number[] {
  const words: number[] = [];
  let current = state;
  for (let index = 0; index < count; index++) {
    current = (current + 0x9e3779b9) >>> 0;
    let z = current;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    words.push((z ^ (z >>> 16)) >>> 0);
  }
  return words;
}

function rotateLeft(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}
