/**
 * The figures of the project's external scorer (eval/score.mjs), computed in process: hit@1, hit@3, MRR on answerable
 * questions, abstention on unanswerable ones, false abstentions, who recall and precision.
 */
export interface Question {
  id: string;
  command: "ask" | "who";
  query: string;
  answerable: boolean;
  gold: string[];
  answer?: string;
  allowed?: string[];
}

export interface Result {
  answered: boolean;
  passages: Array<{ text: string }>;
}

export interface Figures {
  askHit1: number;
  askHit3: number;
  askMRR: number;
  falseAbstain: number;
  asked: number;
  abstained: number;
  unanswerable: number;
  whoRecall: number;
  whoPrecision: number;
  /** Answerable `who` look-ups. */
  whoAsked: number;
  whoUnknownOk: number;
  whoUnknown: number;
  misses: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
const contains = (text: string, needles: string[]) => needles.some((n) => norm(text).includes(norm(n)));

/** Whether a sentence answers a question, by the scorer's rule: a gold snippet, and the answer if given. */
export function answers(q: Question, text: string): boolean {
  return contains(text, q.gold) && (!q.answer || norm(text).includes(norm(q.answer)));
}

export function score(questions: Question[], answer: (q: Question) => Result): Figures {
  let asked = 0,
    hit1 = 0,
    hit3 = 0,
    rr = 0,
    falseAbstain = 0,
    unanswerable = 0,
    abstained = 0;
  let who = 0,
    recall = 0,
    precision = 0,
    whoUnknown = 0,
    whoUnknownOk = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const r = answer(q);
    const top = r.passages[0]?.text ?? "(nothing)";
    if (q.command === "ask" && q.answerable) {
      asked++;
      const good = (p: { text: string }) => answers(q, p.text);
      const rank = r.answered ? r.passages.slice(0, 5).findIndex(good) : -1;
      if (!r.answered) falseAbstain++;
      if (rank === 0) hit1++;
      if (rank >= 0 && rank < 3) hit3++;
      if (rank >= 0) rr += 1 / (rank + 1);
      if (rank !== 0)
        misses.push(
          `${q.id} ${r.answered ? (rank > 0 ? `rank ${rank + 1}` : "miss") : "ABSTAINED"}: ${q.query}\n    -> ${top}`,
        );
    } else if (q.command === "ask") {
      unanswerable++;
      if (!r.answered) abstained++;
      else misses.push(`${q.id} FALSE ANSWER: ${q.query}\n    -> ${top}`);
    } else if (q.answerable) {
      who++;
      const allowed = [...q.gold, ...(q.allowed ?? [])];
      const found = r.answered
        ? q.gold.filter((g) => r.passages.some((p) => contains(p.text, [g]))).length
        : 0;
      const precise = r.passages.filter((p) => contains(p.text, allowed)).length;
      const rec = found / q.gold.length;
      const prec = r.passages.length ? precise / r.passages.length : 0;
      recall += rec;
      precision += prec;
      if (rec < 1 || prec < 1)
        misses.push(`${q.id} who ${q.query}: recall ${rec.toFixed(2)} precision ${prec.toFixed(2)}`);
    } else {
      whoUnknown++;
      if (!r.answered) whoUnknownOk++;
      else misses.push(`${q.id} FALSE ACTOR: who ${q.query}`);
    }
  }
  const ratio = (x: number, n: number) => (n ? x / n : 1);
  return {
    askHit1: ratio(hit1, asked),
    askHit3: ratio(hit3, asked),
    askMRR: ratio(rr, asked),
    falseAbstain,
    asked,
    abstained,
    unanswerable,
    whoRecall: ratio(recall, who),
    whoPrecision: ratio(precision, who),
    whoAsked: who,
    whoUnknownOk,
    whoUnknown,
    misses,
  };
}

export function summary(f: Figures): string {
  const x = (n: number) => n.toFixed(3);
  return `askHit1=${x(f.askHit1)} askHit3=${x(f.askHit3)} askMRR=${x(f.askMRR)} falseAbstain=${f.falseAbstain}/${f.asked} abstainOnUnanswerable=${f.abstained}/${f.unanswerable} whoRecall=${x(f.whoRecall)} whoPrecision=${x(f.whoPrecision)} whoUnknown=${f.whoUnknownOk}/${f.whoUnknown}`;
}

/** Several sets' figures as one set's: each question counts once, whichever set it is in. */
export function pooled(all: Figures[]): Figures {
  const sum = (f: (x: Figures) => number) => all.reduce((s, x) => s + f(x), 0);
  // A set's rate weighs as many questions as it was measured on.
  const mean = (rate: (x: Figures) => number, count: (x: Figures) => number) => {
    const n = sum(count);
    return n ? sum((x) => rate(x) * count(x)) / n : 1;
  };
  const asked = (x: Figures) => x.asked;
  const whoAsked = (x: Figures) => x.whoAsked;
  return {
    askHit1: mean((x) => x.askHit1, asked),
    askHit3: mean((x) => x.askHit3, asked),
    askMRR: mean((x) => x.askMRR, asked),
    falseAbstain: sum((x) => x.falseAbstain),
    asked: sum(asked),
    abstained: sum((x) => x.abstained),
    unanswerable: sum((x) => x.unanswerable),
    whoRecall: mean((x) => x.whoRecall, whoAsked),
    whoPrecision: mean((x) => x.whoPrecision, whoAsked),
    whoAsked: sum(whoAsked),
    whoUnknownOk: sum((x) => x.whoUnknownOk),
    whoUnknown: sum((x) => x.whoUnknown),
    misses: all.flatMap((x) => x.misses),
  };
}
