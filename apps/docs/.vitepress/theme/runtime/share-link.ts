// Playground links: the address hash carries the code (`code=`, UTF-8 in unpadded base64url), its
// time limit in seconds (`timeLimit=`) or the id of a built-in example (`example=`).
import { parseTimeLimit } from "./time-limit.js";

/** Message shown when the `code=` part of an address cannot be read. */
export const INVALID_CODE_MESSAGE = "The #code= part of this address is not valid: loaded the first example instead.";

/** The settings a playground address hash contains. Each field is undefined when the hash does not set it. */
export interface SharedPlayground {
  code?: string;
  exampleId?: string;
  timeLimitSeconds?: number;
  /** Messages about the parts of the hash that are not valid, which were ignored. */
  problems: string[];
}

/** Encodes `text` as UTF-8 in unpadded base64url. */
export function encodeCode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes what {@link encodeCode} returns. Throws for text that is not base64url or not valid UTF-8. */
export function decodeCode(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

/** Returns the hash (without `#`) of a link to `code` with a time limit of `timeLimitSeconds`. */
export function shareHash(code: string, timeLimitSeconds: number): string {
  return `code=${encodeCode(code)}&timeLimit=${timeLimitSeconds}`;
}

/** Reads a playground address hash, such as `#code=…&timeLimit=30` or `#example=afd-stage-timeline`. */
export function readShareHash(hash: string, exampleIds: readonly string[]): SharedPlayground {
  // URLSearchParams keeps a `%` that starts no escape as it is, where decodeURIComponent throws.
  const parameters = new URLSearchParams(hash.replace(/^#/, ""));
  const shared: SharedPlayground = { problems: [] };

  const code = parameters.get("code");
  if (code !== null) {
    try {
      shared.code = decodeCode(code);
    } catch {
      shared.problems.push(INVALID_CODE_MESSAGE);
    }
  }

  const exampleId = parameters.get("example");
  if (exampleId !== null && shared.code === undefined) {
    if (exampleIds.includes(exampleId)) shared.exampleId = exampleId;
    else shared.problems.push(`The address names the example "${exampleId}", which does not exist: loaded the first example instead.`);
  }

  const timeLimit = parameters.get("timeLimit");
  if (timeLimit !== null) {
    const parsed = parseTimeLimit(timeLimit);
    if ("ms" in parsed) shared.timeLimitSeconds = parsed.ms / 1000;
    else shared.problems.push(`The #timeLimit= part of this address is not valid, so the default applies. ${parsed.problem}`);
  }
  return shared;
}

/**
 * Returns `hash` unchanged when decodeURIComponent can decode it, or with every `%` written as
 * `%25` when it cannot. VitePress decodes the hash on load, and a hash such as `#code=%%%` made it
 * throw and log a URIError.
 */
export function escapeUndecodableHash(hash: string): string {
  try {
    decodeURIComponent(hash);
    return hash;
  } catch {
    return hash.replace(/%/g, "%25");
  }
}
