import { describe, expect, it } from "vitest";

import { documentedExamples, fencedBlocks } from "./markdown-examples.js";

const page = [
  "# Title", //                         1
  "", //                                2
  "<!-- cli-example exit=1 -->", //     3
  "```sh", //                           4
  "planner hardware", //                5
  "```", //                             6
  "", //                                7
  "```text", //                         8
  "id  name", //                        9
  "…", //                               10
  "```", //                             11
  "", //                                12
  "```sh", //                           13
  "planner models", //                  14
  "```", //                             15
  "", //                                16
  "Prose between the blocks.", //       17
  "", //                                18
  "```text", //                         19
  "not an output", //                   20
  "```", //                             21
  "", //                                22
  "````bash", //                        23
  "mrc stats map.mrc", //               24
  "```", //                             25
  "````", //                            26
  "~~~text", //                         27
  "map.mrc: 8000 voxels", //            28
  "~~~", //                             29
].join("\n");

describe("fencedBlocks", () => {
  it("finds backtick and tilde fences", () => {
    expect(fencedBlocks(page).map((block) => [block.language, block.line, block.endLine])).toEqual([
      ["sh", 4, 6],
      ["text", 8, 11],
      ["sh", 13, 15],
      ["text", 19, 21],
      ["bash", 23, 26],
      ["text", 27, 29],
    ]);
  });

  it("longer fence keeps shorter fences inside", () => {
    expect(fencedBlocks(page)[4]!.lines).toEqual(["mrc stats map.mrc", "```"]);
  });
});

describe("documentedExamples", () => {
  it("pairs adjacent shell and text blocks", () => {
    const examples = documentedExamples(page);

    expect(examples.map((example) => [example.line, example.outputLine])).toEqual([
      [4, 8],
      [23, 27],
    ]);
    expect(examples[0]).toMatchObject({ commandLines: ["planner hardware"], outputLines: ["id  name", "…"], lineBefore: "<!-- cli-example exit=1 -->" });
  });
});
