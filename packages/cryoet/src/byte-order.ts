// Byte-order detection from the machine stamp (bytes 212-215) and the header's plausibility.
import { dataBlockBytes, isKnownMode } from "./modes.js";
import type { ProblemLog } from "./problems.js";

/** The byte order chosen for a file and how it was chosen. */
export interface ByteOrderDecision {
  littleEndian: boolean;
  /** The stamp is 44 44, 44 41 (little-endian) or 11 11 (big-endian) in its first two bytes. */
  stampKnown: boolean;
  /** The header passed the plausibility test (known MODE, NX, NY, NZ ≥ 0) in the chosen order. */
  plausible: boolean;
}

/** Formats a machine stamp as `44 41 00 00`. */
export function formatStamp(stamp: ArrayLike<number>): string {
  return Array.from(stamp, (byte) => byte.toString(16).padStart(2, "0").toUpperCase()).join(" ");
}

function isPlausible(view: DataView, littleEndian: boolean): boolean {
  const mode = view.getInt32(12, littleEndian);
  return isKnownMode(mode) && [0, 4, 8].every((offset) => view.getInt32(offset, littleEndian) >= 0);
}

/** Scores an order that passed the plausibility test, for the tie-break when both orders pass. */
function tieBreakScore(view: DataView, littleEndian: boolean, fileSize: number): number {
  const axes = [64, 68, 72].map((offset) => view.getInt32(offset, littleEndian)).sort();
  const nsymbt = view.getInt32(92, littleEndian);
  const mode = view.getInt32(12, littleEndian);
  let score = 0;
  if (axes.join() === "1,2,3") score += 1;
  if (nsymbt >= 0) score += 1;
  if (nsymbt >= 0 && isKnownMode(mode)) {
    const dims = [0, 4, 8].map((offset) => view.getInt32(offset, littleEndian)) as [number, number, number];
    if (1024n + BigInt(nsymbt) + dataBlockBytes(mode, ...dims) === BigInt(fileSize)) score += 1;
  }
  return score;
}

/**
 * Chooses the byte order of a header (check 3). Known stamps propose an order, and a first byte
 * of 0x44 suggests little-endian. If only the other order gives a plausible header, the reader
 * switches to it with a warning in both modes; this differs from mrcfile, whose strict read
 * raises. An unknown stamp whose header fails in both orders is an error in strict mode.
 */
export function detectByteOrder(header: Uint8Array, fileSize: number, log: ProblemLog): ByteOrderDecision {
  const view = new DataView(header.buffer, header.byteOffset, 1024);
  const stamp = header.subarray(212, 216);
  const stampText = formatStamp(stamp);
  const knownLittle = stamp[0] === 0x44 && (stamp[1] === 0x44 || stamp[1] === 0x41);
  const knownBig = stamp[0] === 0x11 && stamp[1] === 0x11;
  const stampKnown = knownLittle || knownBig;
  const candidate = !knownBig;
  const orderName = (littleEndian: boolean) => (littleEndian ? "little-endian" : "big-endian");

  const candidatePasses = isPlausible(view, candidate);
  const otherPasses = isPlausible(view, !candidate);
  let littleEndian = candidate;
  if (candidatePasses && otherPasses) {
    if (tieBreakScore(view, !candidate, fileSize) > tieBreakScore(view, candidate, fileSize)) littleEndian = !candidate;
  } else if (!candidatePasses && otherPasses) {
    littleEndian = !candidate;
  }
  const plausible = candidatePasses || otherPasses;

  if (!plausible) {
    if (!stampKnown) {
      log.fail(
        {
          check: 3,
          code: "UNKNOWN_BYTE_ORDER",
          field: "MACHST",
          value: stampText,
          message: `Unknown machine stamp ${stampText}, and the header is implausible in both byte orders (MODE unknown or NX, NY or NZ negative); the file is corrupt or not an MRC map.`,
        },
        `Decoding the header as ${orderName(littleEndian)}; data is null.`,
      );
    }
    return { littleEndian, stampKnown, plausible };
  }
  if (!stampKnown) {
    log.warn(
      {
        check: 3,
        code: "UNKNOWN_MACHINE_STAMP",
        field: "MACHST",
        value: stampText,
        message: `Unknown machine stamp ${stampText}; expected 44 44 00 00 or 44 41 00 00 (little-endian) or 11 11 00 00 (big-endian).`,
      },
      `The header is plausible as ${orderName(littleEndian)}, so the file is read in that order.`,
    );
  } else if (littleEndian !== candidate) {
    log.warn(
      {
        check: 3,
        code: "UNKNOWN_MACHINE_STAMP",
        field: "MACHST",
        value: stampText,
        message: `Machine stamp ${stampText} says ${orderName(candidate)}, but the header is only plausible as ${orderName(littleEndian)}.`,
      },
      `Reading the file as ${orderName(littleEndian)}.`,
    );
  }
  return { littleEndian, stampKnown, plausible };
}
