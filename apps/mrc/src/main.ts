import { isMrcError, isShrecError, type Mode0Sign, type MrcMode, type SliceAxis } from "@modelsys/cryoet";
import { Command, CommanderError } from "commander";

import { runConvert } from "./commands/convert.js";
import { runHeader } from "./commands/header.js";
import { runSlice } from "./commands/slice.js";
import { runStats } from "./commands/stats.js";
import { runValidate } from "./commands/validate.js";
import { runZarr } from "./commands/zarr.js";
import type { CliIo } from "./io.js";
import { addOptions, type OptionRow } from "./option-table.js";
import { parseIndex, parseNonNegative, parsePercentile, parsePositiveInteger, requireFile, requireOutputPath } from "./parse-options.js";
import { EXIT_JOB_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from "./usage-error.js";
import { pointToHelpAfterErrors } from "./help-after-error.js";

const EXIT_HELP = "\nExit codes: 0 valid file or success, 1 invalid file or failed job, 2 invalid usage.";

/** Option tables, one per command: they drive parsing and --help. */
export const OPTION_TABLES: Record<string, readonly OptionRow[]> = {
  header: [],
  validate: [
    { flags: "--stats-rel-tol <fraction>", description: "relative tolerance of the DMEAN and RMS checks", defaultValue: "0.01" },
    { flags: "--stats-abs-tol <value>", description: "absolute tolerance of the DMEAN and RMS checks", defaultValue: "1e-8" },
  ],
  stats: [],
  slice: [
    { flags: "--axis <axis>", description: "file axis of the slice: x (columns), y (rows) or z (sections)", choices: ["x", "y", "z"], defaultValue: "z" },
    { flags: "--index <n>", description: "0-based index of the slice along the axis (required unless --projection is given)" },
    { flags: "--projection <kind>", description: "project the whole volume along the axis instead of one slice", choices: ["mean", "max", "min", "sum"] },
    { flags: "--png <out.png>", description: "path of the PNG to write (required)" },
    { flags: "--low <percentile>", description: "percentile drawn black", defaultValue: "1" },
    { flags: "--high <percentile>", description: "percentile drawn white", defaultValue: "99" },
    { flags: "--force", description: "replace an existing PNG file" },
  ],
  convert: [
    { flags: "--mode <mode>", description: "target mode: 0 int8, 1 int16, 2 float32, 6 uint16, 12 float16, 101 4-bit (required)", choices: ["0", "1", "2", "6", "12", "101"] },
    { flags: "-o, --output <out.mrc>", description: "path of the new file, .gz compresses it (required)" },
    { flags: "--clip", description: "clip values outside the target range instead of failing" },
    { flags: "--force", description: "replace an existing output file" },
  ],
  zarr: [
    { flags: "--chunk <voxels>", description: "chunk edge length in voxels, cut to the volume's length on a shorter axis", defaultValue: "64" },
    { flags: "--force", description: "replace an existing output directory that is empty or a Zarr store" },
  ],
};

type Flags = Record<string, string | boolean | undefined>;

function maxDataBytesOf(flags: Flags): number {
  return parsePositiveInteger("--max-data-bytes", flags["maxDataBytes"] as string);
}

/** Returns the --mode0-sign value, which commander has checked against the option's choices. */
function mode0SignOf(flags: Flags): Mode0Sign {
  return flags["mode0Sign"] as Mode0Sign;
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("mrc")
    .description("Read, validate, summarise, slice, convert and export MRC2014 files (cryo-EM and cryo-ET maps, tomograms and image stacks).")
    .version("0.1.0")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText("after", EXIT_HELP);

  const command = (name: string, argumentsText: string, description: string, action: (args: string[], flags: Flags) => Promise<number>) => {
    const sub = program.command(`${name} ${argumentsText}`).description(description).addHelpText("after", EXIT_HELP);
    addOptions(sub, OPTION_TABLES[name]!);
    sub.action(async (...values: unknown[]) => {
      const flags = values[values.length - 2] as Flags;
      const args = values.slice(0, values.length - 2) as string[];
      setExit(await action(args, flags));
    });
  };

  command("header", "<file>", "Print the header: dimensions, mode, cell, voxel size, axes, statistics, labels. Reads no data.", ([file], flags) =>
    runHeader({ file: requireFile(file!), json: flags["json"] === true, permissive: flags["permissive"] === true, maxDataBytes: maxDataBytesOf(flags), mode0Sign: mode0SignOf(flags) }, io),
  );
  command("validate", "<file>", "Run every MRC2014 validation check and list the failures; exit 1 when any check fails.", ([file], flags) =>
    runValidate(
      {
        file: requireFile(file!),
        json: flags["json"] === true,
        statsRelTol: parseNonNegative("--stats-rel-tol", flags["statsRelTol"] as string),
        statsAbsTol: parseNonNegative("--stats-abs-tol", flags["statsAbsTol"] as string),
        maxDataBytes: maxDataBytesOf(flags),
        mode0Sign: mode0SignOf(flags),
      },
      io,
    ),
  );
  command("stats", "<file>", "Compute min, max, mean and RMS in float64, streaming the data, and show the header's values.", ([file], flags) =>
    runStats({ file: requireFile(file!), json: flags["json"] === true, permissive: flags["permissive"] === true, maxDataBytes: maxDataBytesOf(flags), mode0Sign: mode0SignOf(flags) }, io),
  );
  command("slice", "<file>", "Write one slice (or a projection) as an 8-bit PNG with contrast from percentiles.", ([file], flags) => {
    const path = requireFile(file!);
    if (typeof flags["png"] !== "string") throw new UsageError("Missing --png <out.png>: slice needs the path of the PNG to write.");
    const projection = flags["projection"] as "mean" | "max" | "min" | "sum" | undefined;
    if (projection === undefined && flags["index"] === undefined) throw new UsageError("Missing --index <n>: give the slice index, or --projection to project the whole volume.");
    if (projection !== undefined && flags["index"] !== undefined) throw new UsageError("Give either --index or --projection, not both.");
    const lowPercentile = parsePercentile("--low", flags["low"] as string);
    const highPercentile = parsePercentile("--high", flags["high"] as string);
    if (lowPercentile >= highPercentile) throw new UsageError(`Invalid --low ${lowPercentile} and --high ${highPercentile}: low must be below high.`);
    return runSlice(
      {
        file: path,
        axis: flags["axis"] as SliceAxis,
        index: flags["index"] === undefined ? undefined : parseIndex("--index", flags["index"] as string),
        projection,
        png: requireOutputPath("--png", flags["png"], "slice.png"),
        lowPercentile,
        highPercentile,
        force: flags["force"] === true,
        json: flags["json"] === true,
        permissive: flags["permissive"] === true,
        maxDataBytes: maxDataBytesOf(flags),
        mode0Sign: mode0SignOf(flags),
      },
      io,
    );
  });
  command("convert", "<file>", "Convert the data to another mode and write a new file; the metadata is kept.", ([file], flags) => {
    const path = requireFile(file!);
    if (flags["mode"] === undefined) throw new UsageError("Missing --mode <mode>: convert needs the target mode (0, 1, 2, 6, 12 or 101).");
    if (typeof flags["output"] !== "string") throw new UsageError("Missing --output <out.mrc>: convert writes a new file and never changes the input.");
    return runConvert(
      {
        file: path,
        mode: Number(flags["mode"]) as MrcMode,
        output: requireOutputPath("--output", flags["output"], "converted.mrc"),
        clip: flags["clip"] === true,
        force: flags["force"] === true,
        json: flags["json"] === true,
        permissive: flags["permissive"] === true,
        maxDataBytes: maxDataBytesOf(flags),
        mode0Sign: mode0SignOf(flags),
      },
      io,
    );
  });
  command("zarr", "<file> <out.zarr>", "Export a volume to an OME-Zarr 0.5 directory for web viewers (X-fastest, voxel size in nm).", ([file, output], flags) =>
    runZarr(
      {
        file: requireFile(file!),
        output: requireOutputPath("<out.zarr>", output!, "map.zarr"),
        chunk: parsePositiveInteger("--chunk", flags["chunk"] as string),
        force: flags["force"] === true,
        json: flags["json"] === true,
        permissive: flags["permissive"] === true,
        maxDataBytes: maxDataBytesOf(flags),
        mode0Sign: mode0SignOf(flags),
      },
      io,
    ),
  );
  pointToHelpAfterErrors(program);

  return program;
}

/**
 * Runs the mrc CLI on `argv` (without the node and script paths) and returns the exit code:
 * 0 for a valid file or success, 1 for an invalid file or a failed job, 2 for invalid usage.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; help and version exit with 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`mrc: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (isMrcError(error) || isShrecError(error)) {
      // The job ran and the file (or a write) failed: exit 1 with the library's message, which names the value and the fix.
      io.stderr(`mrc: ${withFlagNames(error.message)}\n`);
      return error.code === "OUT_OF_RANGE" || error.code === "INVALID_ARGUMENT" ? EXIT_USAGE : EXIT_JOB_FAILED;
    }
    io.stderr(`mrc: the job failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_JOB_FAILED;
  }
}

/** Replaces the library's `overwrite` option with the `--force` flag that sets it, in a message. */
function withFlagNames(message: string): string {
  return message.replace("pass overwrite: true to replace it", "pass --force to replace it").replace("overwrite replaces only", "--force replaces only");
}
