import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitepress";

const packagesDir = fileURLToPath(new URL("../../../docs/packages", import.meta.url));
const packagePages = existsSync(packagesDir)
  ? readdirSync(packagesDir)
      .filter((file) => file.endsWith(".md"))
      .map((file) => file.replace(/\.md$/, ""))
      .sort()
  : [];

// The site's pages live in the repository's top-level docs/ folder; this app holds the theme.
export default defineConfig({
  title: "modelsys",
  description: "Model-system primitives in TypeScript: attention math, decode cost, AFD planning and more.",
  srcDir: "../../docs",
  cleanUrls: true,
  head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
  lastUpdated: false,
  themeConfig: {
    // MiniSearch over every page, the API reference included, built into the site: no search service.
    search: { provider: "local" },
    nav: [
      { text: "Guide", link: "/getting-started" },
      { text: "CLI", link: "/cli" },
      { text: "Packages", link: "/packages/attention" },
      { text: "Playground", link: "/playground" },
      { text: "API", link: "/api/" },
      { text: "Benchmarks", link: "/benchmarks" },
    ],
    sidebar: [
      {
        text: "Guide",
        items: [
          { text: "Getting started", link: "/getting-started" },
          { text: "Command-line tools", link: "/cli" },
        ],
      },
      {
        text: "Packages",
        items: packagePages.map((name) => ({ text: `@modelsys/${name}`, link: `/packages/${name}` })),
      },
      {
        text: "More",
        items: [
          { text: "Playground", link: "/playground" },
          { text: "PrfaaS case study", link: "/prfaas-case-study" },
          { text: "API reference", link: "/api/" },
          { text: "Benchmarks", link: "/benchmarks" },
        ],
      },
    ],
  },
  vite: {
    worker: { format: "es" },
  },
});
