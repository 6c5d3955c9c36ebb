import { existsSync } from "node:fs";

import { main } from "./main.js";
import { readTextFileAtMost } from "./read-text-file.js";

// A reader that closes the pipe early (`planner cost --json | head`) is not an error. Any other
// write failure, such as a full disk, ends the job with one line and exit code 1.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`planner: cannot write the output: ${error.message}. Check the file or device that standard output goes to.\n`);
  process.exit(1);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readTextFile: (path, maxBytes) => readTextFileAtMost(path, maxBytes),
  fileExists: (path) => existsSync(path),
});
