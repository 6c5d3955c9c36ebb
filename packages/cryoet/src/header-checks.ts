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

/**
 * Throws `INVALID_ARGUMENT` for header text that {@link encodeHeader} would cut or change: more than
 * 10 labels, a label over 80 characters, MAP or EXTTYP over 4 characters, or characters outside
 * Latin-1, which take one byte each in the file.
 */
export function checkEncodable(header: MrcHeader, file?: string): void {
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
