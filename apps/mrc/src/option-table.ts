import { Option, type Command } from "commander";

/** One row of a command's option table: flags, help text, and optional choices and default. */
export interface OptionRow {
  flags: string;
  description: string;
  choices?: readonly string[];
  defaultValue?: string;
}

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionRow[] = [
  { flags: "--json", description: "print machine-readable JSON" },
  { flags: "--permissive", description: "read damaged files with warnings instead of failing (each warning states the fallback)" },
  {
    flags: "--mode0-sign <sign>",
    description: "sign of mode-0 bytes: signed (MRC2014, as mrcfile reads them), unsigned (IMOD before 4.2.23) or auto (IMOD's signed-bytes flag, then the header's DMIN and DMAX)",
    choices: ["auto", "signed", "unsigned"],
    defaultValue: "auto",
  },
  {
    flags: "--max-data-bytes <bytes>",
    description: "largest data block or extended header, in bytes, held in memory whole: the decompressed data and extended header of .gz and .bz2 input (every command reads uncompressed input in parts, so the limit does not apply to it)",
    defaultValue: "4294967296",
  },
];

/** Adds the rows of an option table to a command; the same table drives parsing and --help. */
export function addOptions(command: Command, rows: readonly OptionRow[]): Command {
  for (const row of [...rows, ...COMMON_OPTIONS]) {
    const option = new Option(row.flags, row.description);
    if (row.choices !== undefined) option.choices(row.choices);
    if (row.defaultValue !== undefined) option.default(row.defaultValue);
    command.addOption(option);
  }
  return command;
}
