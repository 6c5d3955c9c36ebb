// Writes docs/case-study.md from the built package: the case study's model and simulator rates,
// computed by caseStudyReport(). The site's docs/prfaas-case-study.md includes this page, and npm
// ships it with the package. Run after building @modelsys/prfaas.
import { writeFileSync } from "node:fs";

import { caseStudyReport, renderCaseStudyReport } from "../dist/index.js";

const page = new URL("../docs/case-study.md", import.meta.url);
writeFileSync(page, renderCaseStudyReport(caseStudyReport()));
process.stdout.write(`Wrote ${page.pathname}\n`);
