import { describe, expect, it } from "vitest";

import { shellCommands } from "./shell-commands.js";

describe("shellCommands", () => {
  it("one command per line", () => {
    expect(shellCommands(["planner models", "", "mrc stats  map.mrc"])).toEqual([
      ["planner", "models"],
      ["mrc", "stats", "map.mrc"],
    ]);
  });

  it("joins continued lines", () => {
    expect(shellCommands(["planner prfaas simulate \\", "  --trace t.jsonl --policy prfaas"])).toEqual([
      ["planner", "prfaas", "simulate", "--trace", "t.jsonl", "--policy", "prfaas"],
    ]);
  });

  it("drops comments", () => {
    expect(shellCommands(["# build first", "planner models   # the catalog", "mrc header a#b.mrc"])).toEqual([
      ["planner", "models"],
      ["mrc", "header", "a#b.mrc"],
    ]);
  });

  it("shell syntax throws", () => {
    for (const line of ["planner cost --json | head", 'mrc header "my map.mrc"', "planner cost > out.txt", "mrc stats $MAP", "npx pnpm install && planner"]) {
      expect(() => shellCommands([line]), line).toThrow("contains shell syntax");
    }
  });
});
