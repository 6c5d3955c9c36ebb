// Formats the values that examples pass to print() and console.log() as text, in the style of a
// browser console. Typed arrays show their type and length, Map and Set their entries, and Error
// its name and message. undefined, NaN, -0, bigints, symbols and functions read as in code.
import { DEFAULT_OUTPUT_LIMITS } from "./output-budget.js";

/** Limits on what {@link formatValue} writes out of one value. */
export interface FormatLimits {
  /** Maximum elements, entries or properties shown per array, typed array, Map, Set or object. */
  maxItems: number;
  /** Nesting depth past which an object shows only its type, such as `[Object]`. */
  maxDepth: number;
  /** Characters after which formatting stops and the rest of the value is shown as `…`. */
  maxCharacters: number;
  /** Width up to which an array or object stays on one line. */
  lineWidth: number;
}

/**
 * The limits of print() and console output. maxCharacters is the output budget of a whole run, so
 * formatting stops where the budget would cut the text anyway.
 */
export const DEFAULT_FORMAT_LIMITS: FormatLimits = {
  maxItems: 100,
  maxDepth: 4,
  maxCharacters: DEFAULT_OUTPUT_LIMITS.maxCharacters,
  lineWidth: 72,
};

/** Items of at most this many characters, such as numbers, let an array stay on one line. */
const SHORT_ITEM_CHARACTERS = 24;

/** Formatting state: the objects being formatted (for cycles) and the characters written so far. */
interface FormatState {
  limits: FormatLimits;
  ancestors: Set<object>;
  written: number;
}

/**
 * Formats `value` for print(): a string as it is, a safe integer (|n| ≤ 2^53 − 1) with thousands
 * separators (`1,234,567`), and anything else, such as 1e+21, as {@link formatNested} shows it.
 */
export function formatValue(value: unknown, limits: FormatLimits = DEFAULT_FORMAT_LIMITS): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return value.toLocaleString("en-US");
  return formatNested(value, limits);
}

/**
 * Formats `value` as it appears inside an array or object: strings quoted, numbers as JavaScript
 * writes them (`-0`, `NaN`, `Infinity`), and objects with at most `limits.maxItems` entries each.
 */
export function formatNested(value: unknown, limits: FormatLimits = DEFAULT_FORMAT_LIMITS): string {
  return format(value, 0, { limits, ancestors: new Set(), written: 0 });
}

function format(value: unknown, depth: number, state: FormatState): string {
  if (typeof value === "object" && value !== null) return formatObject(value, depth, state);
  return counted(formatPrimitive(value), state);
}

/** Adds `text` to the characters written. Containers count only their own prefix, not their items again. */
function counted(text: string, state: FormatState): string {
  state.written += text.length;
  return text;
}

function formatPrimitive(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value.toString();
    case "function":
      return formatFunction(value as (...parameters: unknown[]) => unknown);
    default:
      return String(value);
  }
}

function formatFunction(callable: (...parameters: unknown[]) => unknown): string {
  let source = "";
  try {
    source = Function.prototype.toString.call(callable);
  } catch {
    // A revoked proxy cannot be printed as source; it is still a function.
  }
  try {
    const name = callable.name === "" ? "(anonymous)" : callable.name;
    if (source.startsWith("class")) return `[class ${name}]`;
    const kind = (Object.getPrototypeOf(callable) as { constructor?: { name?: string } } | null)?.constructor?.name ?? "Function";
    return `[${kind} ${name}]`;
  } catch (error) {
    // A revoked proxy or a throwing getter on the function or its prototype.
    return `[Function: could not be read: ${errorText(error)}]`;
  }
}

/** Reads the message of `error` for a placeholder, without letting a second error escape. */
function errorText(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "the error it raised cannot be read either";
  }
}

/** Returns the type name a placeholder shows for `value`: its class name, or Object when that fails. */
function placeholderName(value: object): string {
  try {
    return Array.isArray(value) ? "Array" : (className(value) ?? "Object");
  } catch {
    return "Object";
  }
}

/** The constructor name of `value`, or undefined for a plain object or one without a prototype. */
function className(value: object): string | undefined {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === "string" && name !== "" && name !== "Object" ? name : undefined;
}

/**
 * Formats an object, or a placeholder such as `[Object: could not be read: …]` when reading it
 * throws: a revoked Proxy, a throwing trap, or a throwing constructor, name or message getter.
 */
function formatObject(value: object, depth: number, state: FormatState): string {
  if (state.ancestors.has(value)) return counted("[Circular]", state);
  try {
    return formatReadableObject(value, depth, state);
  } catch (error) {
    return counted(`[${placeholderName(value)}: could not be read: ${errorText(error)}]`, state);
  } finally {
    state.ancestors.delete(value);
  }
}

function formatReadableObject(value: object, depth: number, state: FormatState): string {
  if (value instanceof Error) return formatError(value, depth, state);
  const special = formatSpecialObject(value);
  if (special !== undefined) return counted(special, state);

  const typedName = ArrayBuffer.isView(value) ? className(value) : undefined;
  const summary = Array.isArray(value)
    ? `Array(${value.length})`
    : typedName !== undefined
      ? `${typedName}(${(value as unknown as ArrayLike<unknown>).length})`
      : (className(value) ?? "Object");
  if (depth >= state.limits.maxDepth) return counted(`[${summary}]`, state);

  state.ancestors.add(value);
  if (Array.isArray(value)) return wrap("", "[", arrayItems(value, depth, state), "]", state);
  if (typedName !== undefined) {
    return wrap(`${summary} `, "[", typedArrayItems(value as unknown as ArrayLike<number | bigint>, depth, state), "]", state);
  }
  if (value instanceof Map) return wrap(`Map(${value.size}) `, "{", mapItems(value, depth, state), "}", state);
  if (value instanceof Set) return wrap(`Set(${value.size}) `, "{", setItems(value, depth, state), "}", state);
  const prefix = className(value);
  return wrap(prefix === undefined ? "" : `${prefix} `, "{", propertyItems(value, depth, state), "}", state);
}

/** Formats objects whose contents are not listed entry by entry, or returns undefined. */
function formatSpecialObject(value: object): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return `[${className(value) ?? "Object"}: ${formatPrimitive(value.valueOf())}]`;
  }
  if (value instanceof Promise) return "Promise (await it to print its value)";
  if (value instanceof WeakMap || value instanceof WeakSet) return `${className(value)} (its entries cannot be listed)`;
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer)) {
    return `${className(value)} { byteLength: ${value.byteLength} }`;
  }
  if (value instanceof DataView) return `DataView { byteLength: ${value.byteLength}, byteOffset: ${value.byteOffset} }`;
  return undefined;
}

function formatError(error: Error, depth: number, state: FormatState): string {
  const name = typeof error.name === "string" && error.name !== "" ? error.name : (className(error) ?? "Error");
  const head = counted(typeof error.message === "string" && error.message !== "" ? `${name}: ${error.message}` : name, state);
  if (error.cause === undefined || depth >= state.limits.maxDepth) return head;

  state.ancestors.add(error);
  return `${head} (cause: ${format(error.cause, depth + 1, state)})`;
}

/** Returns whether the text written so far reached `maxCharacters`, so the remaining items are left out. */
function full(state: FormatState): boolean {
  return state.written >= state.limits.maxCharacters;
}

/** Adds the "… N more" item when `listed` of `total` items were formatted. */
function withRest(items: string[], listed: number, total: number): string[] {
  if (listed < total) items.push(`… ${(total - listed).toLocaleString("en-US")} more`);
  return items;
}

function arrayItems(array: readonly unknown[], depth: number, state: FormatState): string[] {
  const items: string[] = [];
  let index = 0;
  while (index < array.length && items.length < state.limits.maxItems && !full(state)) {
    if (!(index in array)) {
      let end = index;
      while (end < array.length && !(end in array)) end += 1;
      const holes = end - index;
      items.push(`<${holes} empty item${holes === 1 ? "" : "s"}>`);
      index = end;
      continue;
    }
    items.push(format(array[index], depth + 1, state));
    index += 1;
  }
  return withRest(items, index, array.length);
}

function typedArrayItems(array: ArrayLike<number | bigint>, depth: number, state: FormatState): string[] {
  const count = Math.min(array.length, state.limits.maxItems);
  const items: string[] = [];
  for (let index = 0; index < count && !full(state); index += 1) items.push(format(array[index], depth + 1, state));
  return withRest(items, items.length, array.length);
}

function mapItems(map: Map<unknown, unknown>, depth: number, state: FormatState): string[] {
  const items: string[] = [];
  for (const [key, item] of map) {
    if (items.length >= state.limits.maxItems || full(state)) break;
    items.push(`${format(key, depth + 1, state)} => ${format(item, depth + 1, state)}`);
  }
  return withRest(items, items.length, map.size);
}

function setItems(set: Set<unknown>, depth: number, state: FormatState): string[] {
  const items: string[] = [];
  for (const item of set) {
    if (items.length >= state.limits.maxItems || full(state)) break;
    items.push(format(item, depth + 1, state));
  }
  return withRest(items, items.length, set.size);
}

/** Formats own enumerable string-keyed properties. Getters are named, not called, as consoles do. */
function propertyItems(value: object, depth: number, state: FormatState): string[] {
  const keys = Object.keys(value);
  const items: string[] = [];
  for (const key of keys) {
    if (items.length >= state.limits.maxItems || full(state)) break;
    const label = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && (descriptor.get !== undefined || descriptor.set !== undefined)) {
      items.push(`${label}: [${descriptor.get === undefined ? "Setter" : descriptor.set === undefined ? "Getter" : "Getter/Setter"}]`);
    } else {
      items.push(`${label}: ${format(descriptor?.value, depth + 1, state)}`);
    }
  }
  return withRest(items, items.length, keys.length);
}

/**
 * Joins `items` between `open` and `close` on one line when that fits in `lineWidth`, or when every
 * item is a number or other short primitive, so a long typed array takes one line that the page
 * wraps. Otherwise puts one item per line, indented by two spaces.
 */
function wrap(prefix: string, open: string, items: string[], close: string, state: FormatState): string {
  state.written += prefix.length + 2 * items.length + 2;
  if (items.length === 0) return `${prefix}${open}${close}`;
  const pad = open === "{" ? " " : "";
  const line = `${prefix}${open}${pad}${items.join(", ")}${pad}${close}`;
  const spansLines = items.some((item) => item.includes("\n"));
  const allShort = items.every((item) => item.length <= SHORT_ITEM_CHARACTERS);
  if (!spansLines && (line.length <= state.limits.lineWidth || (open === "[" && allShort))) return line;
  const indented = items.map((item) => `  ${item.replace(/\n/g, "\n  ")}`);
  return `${prefix}${open}\n${indented.join(",\n")}\n${close}`;
}

/**
 * Formats console.log() arguments: a first string argument may hold the substitutions that
 * consoles apply, %s, %d, %i, %f, %o, %O and %c (styles, dropped here), and %% for a percent sign.
 * The other arguments follow, separated by spaces, as print() formats them.
 */
export function formatLogArguments(values: readonly unknown[], limits: FormatLimits = DEFAULT_FORMAT_LIMITS): string {
  const [first, ...rest] = values;
  if (typeof first !== "string" || !first.includes("%")) return values.map((value) => formatValue(value, limits)).join(" ");

  let next = 0;
  const head = first.replace(/%([sdifoOc%])/g, (match, directive: string) => {
    if (directive === "%") return "%";
    if (next >= rest.length) return match;
    const value = rest[next++];
    switch (directive) {
      case "s":
        return typeof value === "string" ? value : formatNested(value, limits);
      case "d":
      case "i":
        return typeof value === "bigint" ? `${value}n` : formatNested(parseNumber(value, (text) => Number.parseInt(text, 10)), limits);
      case "f":
        return formatNested(parseNumber(value, Number.parseFloat), limits);
      case "c":
        return "";
      default:
        return formatNested(value, limits);
    }
  });
  return [head, ...rest.slice(next).map((value) => formatValue(value, limits))].join(" ");
}

/**
 * Converts `value` as the WHATWG Console Standard's formatter does for %d, %i (parseInt) and %f
 * (parseFloat): `parse` reads its leading number, so "12.9px" is 12 for %i. A symbol, or a value
 * whose conversion to a string throws, is NaN.
 */
function parseNumber(value: unknown, parse: (text: string) => number): number {
  if (typeof value === "symbol") return Number.NaN;
  try {
    return parse(String(value));
  } catch {
    return Number.NaN;
  }
}
