// Every ```ts example of the README, checked as an npm user meets it: imported by package name
// from the built dist/ and type-checked without Node's types unless it imports a Node module.
// Each example runs on its own, so it may use only the names it defines.
import { describeReadmeExample } from "@modelsys/readme-example/vitest";

describeReadmeExample(new URL("..", import.meta.url));
