#!/usr/bin/env node
// The installed `planner` command. It loads the built CLI, and this file exists before the first
// build, so installing the workspace can link the command without a warning.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);

try {
  await import(cli.href);
} catch (error) {
  // Only a missing build gets the hint; a module missing from inside the CLI is a real error.
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || existsSync(cli)) throw error;
  process.stderr.write("planner: the CLI is not built yet. Build it with: npx -y pnpm@10.34.9 --filter @modelsys/planner... build\n");
  process.exitCode = 1;
}
