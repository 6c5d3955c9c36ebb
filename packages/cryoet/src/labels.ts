// Header labels: ten 80-byte text fields, NLABL of them in use.
import { MrcError } from "./errors.js";
import type { MrcHeader } from "./header.js";

/** Returns the labels in use: labels 0 to min(NLABL, 10) - 1, as mrcfile's get_labels does. */
export function getLabels(header: MrcHeader): string[] {
  const count = Math.max(0, Math.min(header.nlabl, 10));
  return header.labels.slice(0, count);
}

/**
 * Adds `text` as the next label and sets NLABL to count it. The text must be printable ASCII
 * (0x20-0x7E) of at most 80 characters and not blank; it is padded with spaces when written. The label goes
 * after the last label that contains text, even when NLABL counts fewer, so that a header whose
 * NLABL is too small (check 11) keeps its labels. mrcfile's add_label writes at NLABL instead.
 */
export function addLabel(header: MrcHeader, text: string): void {
  if (typeof text !== "string" || text.length > 80 || !/^[\x20-\x7e]*$/.test(text)) {
    const printed = typeof text === "string" ? JSON.stringify(text.slice(0, 100)) : String(text);
    throw new MrcError("INVALID_ARGUMENT", `Invalid label ${printed}: a label is printable ASCII of at most 80 characters.`, {
      field: "label",
      value: text,
    });
  }
  // Validation check 11 requires NLABL to count only labels that contain text, so a blank one
  // would make the header invalid.
  if (text.trim() === "") {
    throw new MrcError("INVALID_ARGUMENT", `Invalid label ${JSON.stringify(text)}: a label must contain text, because NLABL counts only such labels. Leave the label out.`, {
      field: "label",
      value: text,
    });
  }
  const lastUsed = header.labels.reduce((last, label, index) => (label !== "" ? index : last), -1);
  const index = Math.max(0, header.nlabl, lastUsed + 1);
  if (index >= 10) {
    throw new MrcError("INVALID_ARGUMENT", "Cannot add a label: all 10 labels are in use. Replace one through header.labels instead.", {
      field: "NLABL",
      value: header.nlabl,
    });
  }
  header.labels[index] = text.replace(/ +$/, "");
  header.nlabl = index + 1;
}

/**
 * Returns the creation label: "Created by @modelsys/cryoet" left-aligned in 40 characters, a UTC
 * "YYYY-MM-DD HH:MM:SS" right-aligned in 39, then a space (mrcfile's layout, in UTC).
 */
export function creationLabel(now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace("T", " ");
  return `${"Created by @modelsys/cryoet".padEnd(40)}${stamp.padStart(39)} `;
}
