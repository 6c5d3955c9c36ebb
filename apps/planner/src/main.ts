import { statSync } from "node:fs";

import { listModelIds } from "@modelsys/catalog";
import { Command, CommanderError, Option } from "commander";

import { registerAfdCommand } from "./commands/afd-command.js";
import { registerKvCommand } from "./commands/kv.js";
import { registerPrefillCommand } from "./commands/prefill-command.js";
import { registerPrfaasCommand } from "./commands/prfaas-command.js";
import { runCost } from "./commands/cost.js";
import { runHardware } from "./commands/hardware.js";
import { runModels } from "./commands/models.js";
import { editDistance } from "./edit-distance.js";
import type { CliIo } from "./io.js";
import {
  commandLineWords,
  parseChoice,
  parseContexts,
  parseElementTypeFlag,
  parsePrices,
  rejectRepeatedFlags,
  splitModelList,
  splitRequiredList,
} from "./parse-options.js";
import { EXIT_JOB_FAILED, EXIT_OK, EXIT_USAGE, isInputError, JobFailedError, UsageError } from "./usage-error.js";
import { pointToHelpAfterErrors } from "./help-after-error.js";

/** The default job's accelerators: the four the Step-3 report prices. */
export const DEFAULT_HARDWARE = ["h800", "h20", "a800", "ascend-910b"];
/** The default job's context lengths in tokens (8K and 32K). */
export const DEFAULT_CONTEXTS = ["8192", "32768"];

const collect = (value: string, previous: string[] = []) => [...previous, value];

function buildProgram(io: CliIo): Command {
  const program = new Command("planner")
    .description(
      "Plan LLM serving from first principles. With no command, prints the decode cost of the built-in models at 8K and 32K context on h800, h20, a800 and ascend-910b.",
    )
    .version("0.1.0")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText("after", "\nExit codes: 0 success, 1 the job ran and failed, 2 invalid usage or input.");

  program
    .command("cost", { isDefault: true })
    .description("Decode cost of one token per model, context length and accelerator (Step-3 cost model, arXiv 2507.19427).")
    .option("--model <id or config.json>", "built-in model id or path to a Hugging Face config.json; repeatable or comma-separated (default: every built-in model)", collect)
    .option("--context <tokens>", `context lengths in tokens, such as 8192, 8K (8 × 1024) or 1M (1024 × 1024); repeatable or comma-separated (default: ${DEFAULT_CONTEXTS.join(",")})`, collect)
    .option("--hardware <ids>", `accelerator ids; repeatable or comma-separated (default: ${DEFAULT_HARDWARE.join(",")})`, collect)
    .option("--price <id=USD>", "price of an accelerator in USD per card-hour, such as h100=2.5; repeatable", collect)
    .option("--kv-dtype <type>", "KV-cache element type for every softmax layer: fp8, int8, bf16, fp16 or fp32 (default: per model family)")
    .option("--state-dtype <type>", "element type of linear-attention states, for models that have them (default: fp32)")
    .addOption(new Option("--mla-flops <convention>", "MLA FLOP convention, for models with MLA layers").choices(["mla-576", "mla-576-pv512"]).default("mla-576"))
    .addOption(new Option("--roofline <mode>", "roofline per layer kind or over model totals").choices(["perKind", "modelTotal"]).default("perKind"))
    .option("--json", "print machine-readable JSON with units in the field names")
    // As the default command, cost receives every word that is not a command. Reject such a word
    // here with a message that names it, because commander's own message gives only a count.
    .allowExcessArguments()
    .action((flags: Record<string, unknown>, command: Command) => {
      const [unexpected] = command.args;
      if (unexpected !== undefined) {
        const names = program.commands.map((command) => command.name());
        const nearest = names.find((name) => editDistance(name, unexpected) <= 2);
        const suggestion = nearest === undefined ? "" : ` Did you mean "${nearest}"?`;
        throw new UsageError(
          `Unknown command or argument "${unexpected}": the commands are ${names.join(", ")}, and cost, the default, takes only options.${suggestion} Run "planner --help" for usage.`,
        );
      }
      rejectRepeatedFlags(commandLineWords(command), ["--kv-dtype", "--state-dtype", "--mla-flops", "--roofline", "--json"]);
      runCost(
        {
          models: flags["model"] === undefined ? listModelIds() : splitModelList(flags["model"] as string[], isFile),
          contexts: parseContexts((flags["context"] as string[] | undefined) ?? DEFAULT_CONTEXTS),
          hardware: flags["hardware"] === undefined ? DEFAULT_HARDWARE : splitRequiredList("--hardware", flags["hardware"] as string[]),
          prices: parsePrices((flags["price"] as string[] | undefined) ?? []),
          kvElementType: parseElementTypeFlag("--kv-dtype", flags["kvDtype"] as string | undefined),
          stateElementType: parseElementTypeFlag("--state-dtype", flags["stateDtype"] as string | undefined),
          mlaFlops: parseChoice("--mla-flops", flags["mlaFlops"] as string, ["mla-576", "mla-576-pv512"] as const),
          mlaFlopsOnCommandLine: command.getOptionValueSource("mlaFlops") === "cli",
          roofline: parseChoice("--roofline", flags["roofline"] as string, ["perKind", "modelTotal"] as const),
          json: flags["json"] === true,
        },
        io,
      );
    });

  program
    .command("models")
    .description("List the built-in models with their layer stacks and sources.")
    .option("--json", "print the full descriptors as JSON")
    .action((flags: { json?: boolean }) => runModels({ json: flags.json === true }, io));

  program
    .command("hardware")
    .description("List the built-in accelerators with price, peaks, bandwidth and sources.")
    .option("--json", "print the full descriptors as JSON")
    .action((flags: { json?: boolean }) => runHardware({ json: flags.json === true }, io));

  registerAfdCommand(program, io);
  registerKvCommand(program, io);
  registerPrefillCommand(program, io);
  registerPrfaasCommand(program, io);
  pointToHelpAfterErrors(program);

  return program;
}

/**
 * Runs the planner CLI on `argv` (without the node and script paths) and returns the exit code:
 * 0 on success, 1 when the job ran and failed, 2 on invalid usage or input.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; help and version exit with 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof JobFailedError) {
      io.stderr(`planner: ${error.message}\n`);
      return EXIT_JOB_FAILED;
    }
    if (isInputError(error)) {
      io.stderr(`planner: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`planner: the job failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_JOB_FAILED;
  }
}

/** Returns true when `path` names an existing regular file. */
function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
}
