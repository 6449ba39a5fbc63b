// A breaking report as people read it (the default) or as JSON (`--format json`, the same object).
// Golden files hold the human form, so it prints nothing that changes between runs (no timings).
import type { JsonValue } from "../json/types.ts";
import type { BreakingReport, Finding } from "./compare.ts";
import { atOrAbove, roleBrokenBy, RULES, type Level } from "./rules.ts";

const MAX_WITNESS_CHARS = 400;

export function formatReport(report: BreakingReport, options: { readonly minLevel?: Level } = {}): string {
  const minLevel = options.minLevel ?? "info";
  const lines = [`breaking: ${report.old.location} (${report.old.definitions} definitions) → ${report.new.location} (${report.new.definitions} definitions), role ${report.role}`];
  const shown = report.findings.filter((finding) => atOrAbove(finding.level, minLevel));
  for (const finding of shown) lines.push("", ...formatFinding(finding));
  const hidden = report.findings.length - shown.length;
  lines.push("", formatSummary(report) + (hidden > 0 ? ` (${hidden} below ${minLevel} not shown)` : ""));
  return lines.join("\n");
}

export function formatSummary(report: BreakingReport): string {
  const { error, warning, info, witnesses, unproven, rules } = report.summary;
  return `${error} error(s), ${warning} warning(s), ${info} info; ${witnesses} witness(es) found, ${unproven} unproven; ${rules} rule(s) reported`;
}

/** A finding's lines, its places named as each version's file spells them. */
export function formatFinding(finding: Finding): string[] {
  const who = finding.breaks === undefined ? "" : `, breaks ${finding.breaks}s`;
  const lines = [`${finding.level.padEnd(7)} ${finding.rule}  ${finding.location}  (${finding.status}${who})`, `  ${finding.message}`];
  const at = (version: "old" | "new") => {
    const place = finding.placesInFile[version];
    return place === undefined ? undefined : `${version} ${place.location ?? ""}#${place.pointer}`;
  };
  const pointers = [at("old"), at("new")].filter((text): text is string => text !== undefined);
  if (pointers.length > 0) lines.push(`  at ${pointers.join(", ")}`);
  if (finding.witness) {
    const { instance, old, new: current } = finding.witness;
    lines.push(`  witness: ${clip(JSON.stringify(instance as JsonValue))}`);
    for (const [version, verdict] of [
      ["old", old],
      ["new", current],
    ] as const) {
      lines.push(`    AJV ${version}: ${verdict.valid ? "valid" : `invalid: ${(verdict.messages ?? []).slice(0, 3).join("; ")}`}`);
    }
  }
  if (finding.unproven) lines.push(`  unproven: ${finding.unproven}`);
  if (finding.targets.length > 0) lines.push(`  targets: ${finding.targets.map((effect) => effect.text).join("; ")}`);
  if (finding.effect) lines.push(`  effect: ${finding.effect}`);
  return lines;
}

function clip(text: string): string {
  return text.length <= MAX_WITNESS_CHARS ? text : `${text.slice(0, MAX_WITNESS_CHARS)}… (${text.length} characters)`;
}

/** The registry as the README's Markdown table rows: id, level, the roles a value rule breaks, what it checks. */
export function formatRuleTable(): string[] {
  return RULES.map((rule) => {
    const breaks = rule.nature === "values" ? rule.separates.map((direction) => `${roleBrokenBy(direction)}s`).join(", ") : "—";
    return `| \`${rule.id}\` | ${rule.level} | ${breaks} | ${rule.checks} |`;
  });
}
