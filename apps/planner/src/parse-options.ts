import { ELEMENT_TYPES, type ElementType } from "@modelsys/attention";
import type { Command } from "commander";

import { UsageError } from "./usage-error.js";

/** A plain decimal number such as `2`, `2.5` or `.5`; no hex, exponents or signs. */
const DECIMAL = /^(\d+\.?\d*|\.\d+)$/;

/**
 * Returns a sentence that requests the plain form of a number written with an exponent, such as
 * " Write it without an exponent, such as 1000." for `1e3`, else "".
 */
function exponentHint(value: string): string {
  const trimmed = value.trim();
  if (!/^(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(trimmed)) return "";
  const plain = String(Number(trimmed));
  return DECIMAL.test(plain) ? ` Write it without an exponent, such as ${plain}.` : " Write it without an exponent.";
}

/** Largest context length accepted: KV byte counts stay exact (below 2^53) for every built-in model. */
export const MAX_CONTEXT_TOKENS = 2 ** 30;

/**
 * Splits `--model` values like {@link splitRequiredList}, except that a value naming an existing
 * file is one item, so that a config.json path with a comma in it is not cut apart.
 */
export function splitModelList(values: readonly string[], fileExists: (path: string) => boolean): string[] {
  return values.flatMap((value) => (value.includes(",") && fileExists(value) ? [value] : splitRequiredList("--model", [value])));
}

/**
 * Checks `--model` of a command that plans one model. A list such as `step-3,deepseek-v3` is a
 * usage error about the list, rather than an unknown model of that name. A value naming an existing
 * file passes, since a config.json path may hold a comma.
 */
export function parseSingleModel(command: string, value: string, fileExists: (path: string) => boolean): string {
  if (!value.includes(",") || fileExists(value)) return value;
  throw new UsageError(
    `Invalid --model "${value}": planner ${command} takes one model. Run it once per model, or use planner cost, which compares several.`,
  );
}

/**
 * Splits a comma-separated list flag, given once or repeated, into trimmed items. Rejects a list
 * with no items, such as `--context ,`, and an empty item between others, such as `8K,,32K` or a
 * trailing comma, which is most often a value left out by mistake.
 */
export function splitRequiredList(flag: string, values: readonly string[]): string[] {
  const items = values.flatMap((value) => value.split(",")).map((item) => item.trim());
  if (items.every((item) => item === "")) {
    throw new UsageError(`Invalid ${flag} "${values.join(",")}": expected at least one value.`);
  }
  const empty = items.indexOf("");
  if (empty !== -1) {
    throw new UsageError(`Invalid ${flag} "${values.join(",")}": item ${empty + 1} of the list is empty. Remove the extra comma, or give the missing value.`);
  }
  return items;
}

/**
 * Parses token counts: `8192`, `8K` or `8k` (× 1024), `1M` (× 1048576), as a list. Rejects
 * negative, fractional and non-numeric values, and an empty list, naming `flag` in the message.
 */
export function parseContexts(values: readonly string[], flag = "--context"): number[] {
  return splitRequiredList(flag, values).map((item) => {
    const match = /^(\d+)([kKmM]?)$/.exec(item);
    if (match === null) {
      throw new UsageError(
        `Invalid ${flag} "${item}": expected a non-negative whole number of tokens, such as 8192 or 8K.`,
      );
    }
    const scale = { "": 1, k: 1024, m: 1024 * 1024 }[match[2]!.toLowerCase() as "" | "k" | "m"];
    const tokens = Number(match[1]) * scale;
    if (!Number.isSafeInteger(tokens) || tokens > MAX_CONTEXT_TOKENS) {
      throw new UsageError(`Invalid ${flag} "${item}": the maximum is ${MAX_CONTEXT_TOKENS.toLocaleString("en-US")} tokens (1M × 1024).`);
    }
    return tokens;
  });
}

/** One context length of a distribution, with its share of requests. */
export interface WeightedContext {
  tokens: number;
  weight: number;
}

/**
 * Parses `--context` for commands that take one average context or a distribution: `4K`, or
 * `tokens:weight` pairs such as `2K:0.3,8K:0.7`. Weights are relative and need not sum to 1.
 */
export function parseContextDistribution(value: string): WeightedContext[] {
  const items = splitRequiredList("--context", [value]);
  if (items.length === 1 && !items[0]!.includes(":")) return [{ tokens: parseContexts(items)[0]!, weight: 1 }];

  if (items.some((item) => !item.includes(":"))) {
    throw new UsageError(`Invalid --context "${value}": give one context, such as 4K, or <tokens>:<weight> pairs, such as 2K:0.3,8K:0.7.`);
  }
  const samples = items.map((item) => {
    const match = /^([^:]+):(.+)$/.exec(item);
    const weight = match === null || !DECIMAL.test(match[2]!.trim()) ? Number.NaN : Number(match[2]);
    if (match === null || !Number.isFinite(weight) || weight <= 0) {
      throw new UsageError(
        `Invalid --context "${item}": a distribution takes <tokens>:<weight> pairs with positive weights, such as 2K:0.3,8K:0.7.${exponentHint(match?.[2] ?? "")}`,
      );
    }
    return { tokens: parseContexts([match[1]!.trim()])[0]!, weight };
  });
  const lengths = samples.map((sample) => sample.tokens);
  const repeated = lengths.find((tokens, index) => lengths.indexOf(tokens) !== index);
  if (repeated !== undefined) {
    throw new UsageError(`Invalid --context "${value}": ${repeated} tokens appears twice. Give each length once, with the sum of its weights.`);
  }
  return samples;
}

/** Highest `--nic-gbps` accepted: 1 Pbit/s per server, over 300 times the 3,200 Gbit/s of an H800 server. */
export const MAX_NIC_GBPS = 1_000_000;

/** NIC bandwidth overrides in Gbit/s per server: one for every accelerator, or per accelerator id. */
export interface NicBandwidths {
  all: number | undefined;
  byId: Map<string, number>;
}

/** Parses `--nic-gbps 1600` (every server of the plan) or `--nic-gbps l20=800` flags. */
export function parseNicBandwidths(values: readonly string[]): NicBandwidths {
  const bandwidths: NicBandwidths = { all: undefined, byId: new Map() };
  const items = values.length === 0 ? [] : splitRequiredList("--nic-gbps", values);
  for (const item of items) {
    const match = /^(?:([^=]+)=)?(.+)$/.exec(item)!;
    const gbps = DECIMAL.test(match[2]!.trim()) ? Number(match[2]) : Number.NaN;
    if (!Number.isFinite(gbps) || gbps <= 0) {
      throw new UsageError(
        `Invalid --nic-gbps "${item}": expected Gbit/s per server, such as 3200, or <hardware id>=<Gbit/s>, such as l20=800.${exponentHint(match[2]!)}`,
      );
    }
    if (gbps > MAX_NIC_GBPS) {
      throw new UsageError(`Invalid --nic-gbps "${item}": the maximum is ${MAX_NIC_GBPS.toLocaleString("en-US")} Gbit/s per server.`);
    }
    const id = match[1]?.trim();
    const repeated = id === undefined ? bandwidths.all !== undefined : bandwidths.byId.has(id);
    if (repeated) throw new UsageError(`Invalid --nic-gbps "${item}": ${id ?? "every server"} already has a NIC bandwidth. Give each one --nic-gbps.`);
    if (id === undefined) bandwidths.all = gbps;
    else bandwidths.byId.set(id, gbps);
  }
  return bandwidths;
}

/** Parses an element type flag such as `--kv-dtype fp8`. */
export function parseElementTypeFlag(flag: string, value: string | undefined): ElementType | undefined {
  if (value === undefined) return undefined;
  if ((ELEMENT_TYPES as readonly string[]).includes(value)) return value as ElementType;
  throw new UsageError(`Invalid ${flag} "${value}": expected one of ${ELEMENT_TYPES.join(", ")}.`);
}

/** Parses one of a fixed set of choices. */
export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Invalid ${flag} "${value}": expected one of ${choices.join(", ")}.`);
}

/** Highest `--price` accepted: far above any rental price, low enough that costs print as plain numbers. */
const MAX_PRICE_USD_PER_HOUR = 1_000_000;

/** Parses `--price id=USD` flags into a map of accelerator id to USD per card-hour. */
export function parsePrices(values: readonly string[]): Map<string, number> {
  const prices = new Map<string, number>();
  const items = values.length === 0 ? [] : splitRequiredList("--price", values);
  for (const item of items) {
    const match = /^([^=]+)=(.+)$/.exec(item);
    if (match === null) {
      throw new UsageError(`Invalid --price "${item}": expected <hardware id>=<USD per card-hour>, such as h100=2.5.`);
    }
    const price = DECIMAL.test(match[2]!.trim()) ? Number(match[2]) : Number.NaN;
    if (!Number.isFinite(price)) {
      throw new UsageError(
        `Invalid --price "${item}": the price must be a plain decimal number of USD per card-hour, such as h100=2.5 (no sign, unit or exponent).`,
      );
    }
    if (price <= 0) throw new UsageError(`Invalid --price "${item}": the price must be above 0 USD per card-hour, such as h100=2.5.`);
    if (price > MAX_PRICE_USD_PER_HOUR) {
      throw new UsageError(`Invalid --price "${item}": the maximum is ${MAX_PRICE_USD_PER_HOUR.toLocaleString("en-US")} USD per card-hour.`);
    }
    const id = match[1]!.trim();
    if (prices.has(id)) throw new UsageError(`Invalid --price "${item}": ${id} already has a price. Give each accelerator one --price.`);
    prices.set(id, price);
  }
  return prices;
}

/** Parses a positive finite number, such as `--tpot-ms 50`. */
export function parsePositiveNumber(flag: string, value: string): number {
  const number = Number(value);
  if (!DECIMAL.test(value.trim()) || !Number.isFinite(number) || number <= 0) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a positive decimal number, such as 50 or 12.5.${exponentHint(value)}`);
  }
  return number;
}

/** Parses a finite number ≥ 0, such as `--prefix-cache-gb 0` for no cache. */
export function parseNonNegativeNumber(flag: string, value: string): number {
  const number = Number(value);
  if (!DECIMAL.test(value.trim()) || !Number.isFinite(number) || number < 0) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a decimal number of 0 or more, such as 0 or 12.5.${exponentHint(value)}`);
  }
  return number;
}

/** Parses a positive whole number, such as `--top 5`. */
export function parsePositiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number <= 0) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a positive whole number.`);
  }
  return number;
}

/** Parses a fraction in (0, 1], such as `--nic-efficiency 0.8`. */
export function parseFraction(flag: string, value: string): number {
  const number = Number(value);
  if (!DECIMAL.test(value.trim()) || !Number.isFinite(number) || number <= 0 || number > 1) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a fraction greater than 0 and at most 1, such as 0.5.${exponentHint(value)}`);
  }
  return number;
}

/**
 * Rejects a flag given more than once among `singleFlags`, such as `--model a --model b`, which
 * commander would settle silently in favour of the last. `args` are the command line's words.
 */
export function rejectRepeatedFlags(args: readonly string[], singleFlags: readonly string[]): void {
  for (const flag of singleFlags) {
    const count = args.filter((word) => word === flag || word.startsWith(`${flag}=`)).length;
    if (count > 1) throw new UsageError(`Invalid ${flag}: given ${count} times. Give it once.`);
  }
}

/**
 * Returns the words of the command line that ran `command`'s program. Commander keeps them in
 * `rawArgs`, which its typings leave out.
 */
export function commandLineWords(command: Command): readonly string[] {
  return (command.parent as (Command & { rawArgs?: string[] }) | null)?.rawArgs ?? [];
}
