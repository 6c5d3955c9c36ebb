// Maps a documented command line to the built CLI script it runs, and moves the files the
// command writes into a directory of the test's own.
import { isAbsolute, join } from "node:path";

/** The command-line tools of the repository. */
export type CliName = "planner" | "mrc";

const CLI_NAMES: readonly CliName[] = ["planner", "mrc"];

/** A documented command resolved to the built CLI. */
export interface CliInvocation {
  cli: CliName;
  /** Path of the built CLI script, relative to the repository root. */
  script: string;
  /** Arguments after the CLI name. */
  args: string[];
}

/** Options whose value is a path the CLI writes, per CLI. */
const OUTPUT_OPTIONS: Record<CliName, readonly string[]> = {
  planner: ["--plot"],
  mrc: ["--png", "--output", "-o"],
};

/**
 * Resolves the words of a documented command to the CLI it runs. Accepted forms, for each CLI:
 * `npx -y pnpm@<version> -s planner …` with the repository's pnpm version,
 * `node apps/planner/dist/cli.js …` and the bare `planner …`. The pnpm form without `-s` is
 * rejected, because pnpm then prints its own lines before the output shown.
 */
export function resolveInvocation(words: readonly string[], pnpmVersion: string): CliInvocation {
  const text = words.join(" ");
  const [first, second, third, fourth, fifth] = words;

  if (first === "npx") {
    if (second !== "-y" || third !== `pnpm@${pnpmVersion}`) {
      throw new Error(`Command ${JSON.stringify(text)}: expected "npx -y pnpm@${pnpmVersion} -s <cli>", the repository's pnpm version.`);
    }
    if (fourth !== "-s") throw new Error(`Command ${JSON.stringify(text)}: pass -s after pnpm@${pnpmVersion}, because without it pnpm prints its own lines before the output shown.`);
    return invocationOf(fifth, words.slice(5), text);
  }

  if (first === "node") {
    const cli = CLI_NAMES.find((name) => second === `apps/${name}/dist/cli.js`);
    return invocationOf(cli, words.slice(2), text);
  }

  return invocationOf(first, words.slice(1), text);
}

/** Builds the invocation of a CLI name, or throws when the name is no CLI of the repository. */
function invocationOf(name: string | undefined, args: string[], text: string): CliInvocation {
  const cli = CLI_NAMES.find((candidate) => candidate === name);
  if (cli === undefined) {
    throw new Error(`Command ${JSON.stringify(text)} runs no CLI of this repository (${CLI_NAMES.join(", ")}): mark the block <!-- cli-example skip="reason" --> or remove its output block.`);
  }
  return { cli, script: `apps/${cli}/dist/cli.js`, args };
}

/** Indexes of the arguments that are paths the command writes. */
function outputPathIndexes(invocation: CliInvocation): number[] {
  const { cli, args } = invocation;
  const indexes: number[] = [];

  args.forEach((arg, index) => {
    if (OUTPUT_OPTIONS[cli].includes(arg) && index + 1 < args.length) indexes.push(index + 1);
  });

  // `mrc zarr <file> <out.zarr>`: the output directory is the second operand. Operands must come
  // first, because telling an operand from an option's value after options needs the option table.
  if (cli === "mrc" && args[0] === "zarr") {
    if (args.slice(1, 3).some((arg) => arg.startsWith("-")) || args.length < 3) {
      throw new Error(`Command "mrc ${args.join(" ")}": write the input file and the output directory right after "zarr", before any option.`);
    }
    indexes.push(2);
  }
  return indexes;
}

/**
 * Returns the invocation with every path it writes moved into `outputDir`: `slice.png` becomes
 * `<outputDir>/slice.png`. Throws on `--option=value` forms and on absolute output paths, which
 * the rewrite does not handle, so that no command writes into the repository or elsewhere.
 */
export function withOutputsIn(invocation: CliInvocation, outputDir: string): CliInvocation {
  for (const arg of invocation.args) {
    const option = OUTPUT_OPTIONS[invocation.cli].find((name) => arg.startsWith(`${name}=`));
    if (option !== undefined) throw new Error(`Argument ${JSON.stringify(arg)}: write "${option} <path>" with a space, so that the test can move the output into its temporary directory.`);
  }

  const args = [...invocation.args];
  for (const index of outputPathIndexes(invocation)) {
    const path = args[index]!;
    if (isAbsolute(path)) throw new Error(`Output path ${JSON.stringify(path)} is absolute: documented commands write relative paths, which the test moves into its temporary directory.`);
    args[index] = join(outputDir, path);
  }
  return { ...invocation, args };
}
