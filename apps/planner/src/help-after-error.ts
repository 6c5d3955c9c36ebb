import type { Command } from "commander";

/**
 * Makes every usage error of `program` and of its subcommands end with the command that shows
 * its options, such as `Run "planner afd --help" for usage.`, because commander's own messages
 * name the problem but not the next step.
 */
export function pointToHelpAfterErrors(program: Command): void {
  const visit = (command: Command, path: string) => {
    command.showHelpAfterError(`Run "${path} --help" for usage.`);
    for (const subcommand of command.commands) visit(subcommand, `${path} ${subcommand.name()}`);
  };
  visit(program, program.name());
}
