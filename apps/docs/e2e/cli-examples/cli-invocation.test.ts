import { describe, expect, it } from "vitest";

import { resolveInvocation, withOutputsIn } from "./cli-invocation.js";

const words = (text: string) => text.split(" ");

describe("resolveInvocation", () => {
  it("accepted forms", () => {
    const expected = { cli: "planner", script: "apps/planner/dist/cli.js", args: ["models", "--json"] };

    expect(resolveInvocation(words("npx -y pnpm@10.34.9 -s planner models --json"), "10.34.9")).toEqual(expected);
    expect(resolveInvocation(words("node apps/planner/dist/cli.js models --json"), "10.34.9")).toEqual(expected);
    expect(resolveInvocation(words("planner models --json"), "10.34.9")).toEqual(expected);
    expect(resolveInvocation(words("mrc stats map.mrc"), "10.34.9")).toMatchObject({ cli: "mrc", script: "apps/mrc/dist/cli.js" });
  });

  it("pnpm without -s throws", () => {
    expect(() => resolveInvocation(words("npx -y pnpm@10.34.9 planner models"), "10.34.9")).toThrow("pass -s");
  });

  it("other pnpm version throws", () => {
    expect(() => resolveInvocation(words("npx -y pnpm@9.0.0 -s planner models"), "10.34.9")).toThrow("pnpm@10.34.9");
  });

  it("other commands throw", () => {
    expect(() => resolveInvocation(words("npm install @modelsys/catalog"), "10.34.9")).toThrow("runs no CLI");
    expect(() => resolveInvocation(words("node apps/docs/dist/cli.js"), "10.34.9")).toThrow("runs no CLI");
  });
});

describe("withOutputsIn", () => {
  const moved = (text: string) => withOutputsIn(resolveInvocation(words(text), "10.34.9"), "/tmp/out").args;

  it("moves output options", () => {
    expect(moved("mrc slice m.map --axis z --index 1 --png slice.png")).toEqual(["slice", "m.map", "--axis", "z", "--index", "1", "--png", "/tmp/out/slice.png"]);
    expect(moved("mrc convert m.map --mode 12 -o a.mrc")).toEqual(["convert", "m.map", "--mode", "12", "-o", "/tmp/out/a.mrc"]);
    expect(moved("mrc convert m.map --output a.mrc --mode 12")).toEqual(["convert", "m.map", "--output", "/tmp/out/a.mrc", "--mode", "12"]);
    expect(moved("planner prfaas simulate --plot ttft.svg")).toEqual(["prfaas", "simulate", "--plot", "/tmp/out/ttft.svg"]);
  });

  it("moves the zarr output directory", () => {
    expect(moved("mrc zarr m.map map.zarr --chunk 32")).toEqual(["zarr", "m.map", "/tmp/out/map.zarr", "--chunk", "32"]);
    expect(() => moved("mrc zarr --chunk 32 m.map map.zarr")).toThrow('right after "zarr"');
  });

  it("leaves inputs in place", () => {
    expect(moved("mrc header m.map --json")).toEqual(["header", "m.map", "--json"]);
  });

  it("rejects unmovable outputs", () => {
    expect(() => moved("mrc slice m.map --index 1 --png=slice.png")).toThrow('"--png <path>" with a space');
    expect(() => moved("mrc slice m.map --index 1 --png /tmp/slice.png")).toThrow("is absolute");
  });
});
