import { existsSync, readFileSync } from "node:fs";

import { main } from "./main.js";

// A reader that closes the pipe early (`planner cost --json | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readTextFile: (path) => readFileSync(path, "utf8"),
  fileExists: (path) => existsSync(path),
});
