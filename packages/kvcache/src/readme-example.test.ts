// The README's first example as an npm user runs it: imported by package name from the built
// dist/, type-checked without Node's types, and with no names the example does not define.
import { describeReadmeExample } from "@modelsys/readme-example/vitest";

describeReadmeExample(new URL("..", import.meta.url));
