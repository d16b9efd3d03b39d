import { adminOnly, canManageServer, slashCommand } from "../discord/kit/builders.ts";
import { presentReport, REPORT_TOP } from "../discord/kit/report.ts";
import type { Command } from "../discord/kit/types.ts";
import { entry } from "../src/catalogue.ts";
import { parseSince, shapeReport } from "../src/feedback/report.ts";
import { UserError } from "../src/reply/errors.ts";

export const REPORT_FORBIDDEN = "/report is for members who may manage this server (Manage Server).";
export const NO_FEEDBACK = "This bot keeps no feedback: it was started without a feedback store.";
const BAD_SINCE =
  "since: give a period such as 7d, 24h, 2w or 90m, or a date such as 2024-03-01 (default 7d).";

/** /report: the top of the feedback report, for members who may manage the server, ephemeral. */
export default {
  data: adminOnly(
    slashCommand(entry("report")).addStringOption((o) =>
      o
        .setName("since")
        .setDescription("From when: 7d (default), 24h, 2w, 90m, or a date such as 2024-03-01")
        .setMaxLength(20),
    ),
  ).toJSON(),
  ephemeral: true,
  async execute(input, { engine, feedback }) {
    // Discord offers the command to Manage Server by default, but a server may hand it to anyone
    // (Server Settings → Integrations): the member's own permissions decide.
    if (!canManageServer(input.memberPermissions)) throw new UserError(REPORT_FORBIDDEN);
    if (!feedback) throw new UserError(NO_FEEDBACK);
    const text = typeof input.options.since === "string" ? input.options.since : "7d";
    let since: Date;
    try {
      since = parseSince(text, new Date());
    } catch {
      // Said without repeating what was typed.
      throw new UserError(BAD_SINCE);
    }
    const data = await feedback.report(since);
    return presentReport(shapeReport(data, engine.corpus, { top: REPORT_TOP }), feedback.kind);
  },
} satisfies Command;
