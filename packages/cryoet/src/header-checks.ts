// Checks that a header about to be written encodes as given and makes a file that this package's
// strict reader accepts, so that writers and in-place updates never produce an unreadable file.
import { formatStamp } from "./byte-order.js";
import { isMrcError, MrcError } from "./errors.js";
import { encodeHeader, type MrcHeader } from "./header.js";
import { interpretHeader } from "./layout.js";
import { ProblemLog } from "./problems.js";

function reject(field: string, value: unknown, message: string, file?: string): MrcError {
  return new MrcError("INVALID_ARGUMENT", `${file === undefined ? "" : `${file}: `}${message}`, { field, value, file });
}

/** Returns true when every character of `text` is one byte in Latin-1, as header text is stored. */
function isLatin1(text: string): boolean {
  return /^[\0-\xff]*$/.test(text);
}

/** Header words stored as int32, by their MRC2014 names. */
function int32Fields(header: MrcHeader): [string, number][] {
  return [
    ["NX", header.nx], ["NY", header.ny], ["NZ", header.nz], ["MODE", header.mode],
    ["NXSTART", header.nxstart], ["NYSTART", header.nystart], ["NZSTART", header.nzstart],
    ["MX", header.mx], ["MY", header.my], ["MZ", header.mz],
    ["MAPC", header.mapc], ["MAPR", header.mapr], ["MAPS", header.maps],
    ["ISPG", header.ispg], ["NSYMBT", header.nsymbt], ["NVERSION", header.nversion],
    ["IMOD stamp", header.imodStamp], ["IMOD flags", header.imodFlags], ["NLABL", header.nlabl],
  ];
}

/** Header words stored as float32, by their MRC2014 names. */
function float32Fields(header: MrcHeader): [string, number][] {
  const axes = ["x", "y", "z"];
  return [
    ...header.cella.map((value, axis): [string, number] => [`CELLA.${axes[axis]}`, value]),
    ...header.cellb.map((value, axis): [string, number] => [`CELLB.${axes[axis]}`, value]),
    ["DMIN", header.dmin], ["DMAX", header.dmax], ["DMEAN", header.dmean], ["RMS", header.rms],
    ...header.origin.map((value, axis): [string, number] => [`ORIGIN.${axes[axis]}`, value]),
    ...header.tiltangles.slice(0, 6).map((value, index): [string, number] => [`tilt angle ${index}`, value]),
  ];
}

/**
 * Throws `INVALID_ARGUMENT` for a header number that {@link encodeHeader} would change: an int32
 * word that is not a whole number from -2³¹ to 2³¹ − 1, an int16 word outside -2¹⁵ to 2¹⁵ − 1, a
 * finite float32 word beyond float32's range (it would become ±Infinity), or a machine stamp byte
 * outside 0-255. NaN and ±Infinity in float32 words are stored as given.
 */
function checkNumbersEncodable(header: MrcHeader, file?: string): void {
  const wholeInRange = (value: number, bits: number) => Number.isInteger(value) && value >= -(2 ** (bits - 1)) && value < 2 ** (bits - 1);
  for (const [field, value] of int32Fields(header)) {
    if (!wholeInRange(value, 32)) {
      throw reject(field, value, `${field} is ${value}; the header stores it as a 32-bit integer, so it must be a whole number from -2147483648 to 2147483647.`, file);
    }
  }
  for (const [field, value] of [["CREATID", header.creatid], ["NINT", header.nint], ["NREAL", header.nreal]] as const) {
    if (!wholeInRange(value, 16)) {
      throw reject(field, value, `${field} is ${value}; the header stores it as a 16-bit integer, so it must be a whole number from -32768 to 32767.`, file);
    }
  }
  for (const [field, value] of float32Fields(header)) {
    if (typeof value !== "number") {
      throw reject(field, value, `${field} is ${JSON.stringify(value)}; the header stores it as a float32, so it must be a number.`, file);
    }
    if (Number.isFinite(value) && !Number.isFinite(Math.fround(value))) {
      throw reject(field, value, `${field} is ${value}; the header stores it as a float32, whose largest magnitude is about 3.4028235e38, so it would become Infinity. Store a number within that range.`, file);
    }
  }
  if (!header.machst.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255)) {
    throw reject("MACHST", header.machst, `Machine stamp [${header.machst.join(", ")}] is not 4 bytes from 0 to 255, such as 44 44 00 00 (little-endian) or 11 11 00 00 (big-endian).`, file);
  }
}

/**
 * Throws `INVALID_ARGUMENT` for a header that {@link encodeHeader} would cut or change: more than
 * 10 labels, a label over 80 characters, MAP or EXTTYP over 4 characters, characters outside
 * Latin-1, which take one byte each in the file, or a number outside its word's type (see
 * {@link checkNumbersEncodable}).
 */
export function checkEncodable(header: MrcHeader, file?: string): void {
  checkNumbersEncodable(header, file);
  if (header.labels.length > 10) {
    throw reject("labels", header.labels.length, `The header has ${header.labels.length} labels; MRC2014 stores 10. Remove labels until 10 remain.`, file);
  }
  header.labels.forEach((label, index) => {
    if (label.length > 80 || !isLatin1(label)) {
      throw reject(`LABEL ${index}`, label, `Label ${index} ${JSON.stringify(label.slice(0, 100))} is ${label.length} characters; a label is at most 80 Latin-1 characters. Shorten it or split it across labels.`, file);
    }
  });
  for (const [field, text] of [["MAP", header.map], ["EXTTYP", header.exttyp]] as const) {
    if (text.length > 4 || !isLatin1(text)) {
      throw reject(field, text, `${field} is ${JSON.stringify(text)}; it is 4 Latin-1 characters (such as "MAP " or "FEI1"). Shorten it to 4.`, file);
    }
  }
}

/**
 * Throws `INVALID_ARGUMENT` when this package's strict read would reject a file of `fileBytes`
 * bytes with this header, such as one whose MAPC, MAPR and MAPS are not a permutation of 1, 2, 3.
 * The message is the reader's, which names the field and the value.
 */
export function checkReadable(header: MrcHeader, littleEndian: boolean, fileBytes: number, file?: string): void {
  try {
    interpretHeader(encodeHeader(header, littleEndian), fileBytes, { maxDataBytes: Number.POSITIVE_INFINITY }, new ProblemLog(false));
  } catch (error) {
    if (!isMrcError(error)) throw error;
    throw new MrcError("INVALID_ARGUMENT", `${file === undefined ? "" : `${file}: `}Refusing to write a file that strict reads reject: ${error.message} Correct ${error.field ?? "the header"} first.`, {
      field: error.field,
      value: error.value,
      file,
      cause: error,
    });
  }
}

const LITTLE_ENDIAN_STAMPS = ["44 44 00 00", "44 41 00 00"];
const BIG_ENDIAN_STAMPS = ["11 11 00 00"];

/**
 * Throws `INVALID_ARGUMENT` for a change of an in-place header update that no reader should get: a
 * MAP other than `"MAP "`, or a machine stamp other than a standard stamp of the file's byte order
 * (the data stay in that order). Unchanged values pass, so files with MotionCor2's `"MAP\0"` or an
 * odd stamp can still be updated.
 */
export function checkHeaderChange(before: MrcHeader, after: MrcHeader, littleEndian: boolean, file?: string): void {
  if (after.map !== before.map && after.map !== "MAP ") {
    throw reject("MAP", after.map, `MAP ${JSON.stringify(after.map)} is not "MAP " (with a trailing space), the identifier every MRC2014 file carries. Set header.map to "MAP ".`, file);
  }
  const stamp = formatStamp(after.machst);
  if (after.machst.length !== 4 || (stamp !== formatStamp(before.machst) && !(littleEndian ? LITTLE_ENDIAN_STAMPS : BIG_ENDIAN_STAMPS).includes(stamp))) {
    const allowed = littleEndian ? "44 44 00 00 (or 44 41 00 00)" : "11 11 00 00";
    throw reject("MACHST", stamp, `Machine stamp ${stamp} does not mark the file's byte order (${littleEndian ? "little" : "big"}-endian): set it to ${allowed}. To change the byte order, rewrite the file with writeMrcFile.`, file);
  }
}
