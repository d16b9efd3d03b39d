import { describe, expect, it } from "vitest";
import { actorsByRole, buildRoleIndex } from "../../src/actors/directory/by-role.ts";
import { createEngine } from "../../src/engine.ts";
import { articleOf, corpusOf } from "../helpers.ts";

/**
 * `/who` rules about how English news copy names and refers back to people and bodies. The
 * sentences are invented here; the blind sets in tests/eval/who-*.jsonl measure the same.
 */
const article = articleOf;

const engineOf = (...paragraphs: string[]) => createEngine(corpusOf([article("a", ...paragraphs)]));
const sentences = (engine: ReturnType<typeof createEngine>, query: string) =>
  engine.who(query).passages.map((p) => p.text);

describe("names of bodies", () => {
  it("GIVEN 'Shares in Caldera Therapeutics' or 'Meridian Freight's chief executive' THEN each is an organisation", () => {
    const engine = engineOf(
      "Shares in Caldera Therapeutics rose 31 per cent yesterday.",
      "Meridian Freight's chief executive, Henrik Sollberg, said the firm would file in June.",
    );
    expect(engine.actors.find((a) => a.name === "Caldera Therapeutics")?.kind).toBe("organization");
    expect(engine.actors.find((a) => a.name === "Meridian Freight")?.kind).toBe("organization");
  });

  it("GIVEN 'Shares in Ashdown Valley's parent' where the article names 'Ashdown Valley Water' THEN no second body", () => {
    const engine = engineOf(
      "Ashdown Valley Water under-reported its sewage spills.",
      "Shares in Ashdown Valley's parent company fell 6 per cent.",
    );
    expect(engine.actors.some((a) => a.name === "Ashdown Valley")).toBe(false);
  });

  it("GIVEN a name headed by a plural ('Orrin Ventures') THEN it is an organisation, found by its first word too", () => {
    const engine = engineOf(
      "The seed round was led by Orrin Ventures in March.",
      "A partner at Orrin said the fund would invest again.",
    );
    expect(engine.who("orrin ventures").actor?.name).toBe("Orrin Ventures");
    expect(sentences(engine, "orrin ventures")).toHaveLength(2);
  });

  it("GIVEN 'a group called Save Ashbury' THEN it is a body, not a person", () => {
    const engine = engineOf(
      "Sandra Ashbury sold the farm in 2022.",
      "A group called Save Ashbury gathered 2,000 signatures against the sale.",
      "The Ashbury farm had been in the family for a century.",
    );
    expect(engine.actors.find((a) => a.name === "Save Ashbury")?.kind).toBe("organization");
  });

  it("GIVEN a name ending as airlines' do ('Corvo Air') THEN it is an organisation, 'Corvo' and 'the airline' its", () => {
    const engine = engineOf(
      "Cabin crew at Corvo Air will strike on Friday.",
      "Corvo's chief executive said talks would continue.",
      "The airline carried 3 million passengers last year.",
    );
    expect(engine.actors.find((a) => a.name === "Corvo Air")?.kind).toBe("organization");
    expect(sentences(engine, "corvo air")).toHaveLength(3);
  });

  it("GIVEN 'Sierra Grid Electric' then 'Sierra Grid' alone THEN 'Sierra Grid' is the utility, not a person", () => {
    const engine = engineOf(
      "The line is owned by Sierra Grid Electric, the region's power company.",
      "Sierra Grid has been fined before.",
    );
    expect(engine.actors.some((a) => a.name === "Sierra Grid" && a.kind === "person")).toBe(false);
    expect(sentences(engine, "sierra grid electric")).toHaveLength(2);
  });

  it("GIVEN 'the Reform Union Party' and later 'the Reform Union' THEN both are one party", () => {
    const engine = engineOf(
      "The Reform Union Party lost 12 seats on Sunday.",
      "It was the Reform Union's worst result in decades.",
    );
    expect(engine.actors.filter((a) => a.name.startsWith("Reform Union"))).toHaveLength(1);
    expect(sentences(engine, "reform union party")).toHaveLength(2);
  });
});

describe("people without a first-name list", () => {
  it("GIVEN a surname opening a sentence with a role beside it ('… on Monday. Oduya, a former …,') THEN the full name is a person's", () => {
    const engine = engineOf(
      "The talks will be chaired by Kojo Oduya on Monday. Oduya, a former mediator who has led the board since 2019, said both sides were close.",
    );
    expect(engine.actors.find((a) => a.name === "Kojo Oduya")?.kind).toBe("person");
    expect(engine.who("oduya").passages).toHaveLength(2);
  });
});

describe("kind nouns referring back to a body", () => {
  it("GIVEN a company named with 'Corp.' THEN 'the company' sentences are its", () => {
    const engine = engineOf(
      "Tellwright Corp. said on Monday that it would close two warehouses.",
      "The company blamed weaker orders from retailers.",
    );
    expect(sentences(engine, "tellwright")).toHaveLength(2);
  });

  it("GIVEN 'the delivery start-up Zumora' THEN 'the company' and 'the start-up' are Zumora's", () => {
    const engine = engineOf(
      "Investors in the delivery start-up Zumora met on Friday.",
      "The company has lost money every year since 2020.",
      "Analysts said the start-up would need new funding by spring.",
    );
    expect(sentences(engine, "zumora")).toHaveLength(3);
  });

  it("GIVEN 'a group calling itself Nightfern' THEN it is a body and 'the group' is its", () => {
    const engine = engineOf(
      "A hacking group calling itself Nightfern claimed the attack.",
      "Files posted by the group were taken down on Monday.",
    );
    expect(engine.actors.find((a) => a.name === "Nightfern")?.kind).toBe("organization");
    expect(sentences(engine, "nightfern")).toHaveLength(2);
  });

  it("GIVEN two companies in play THEN 'the company' belongs to neither", () => {
    const engine = engineOf(
      "Tellwright Corp. agreed to buy Ambervale Inc. for $40 million.",
      "The company said the deal would close in June.",
    );
    expect(sentences(engine, "tellwright")).toHaveLength(1);
    expect(sentences(engine, "ambervale")).toHaveLength(1);
  });

  it("GIVEN an agency and its safety officer THEN 'the agency' is the agency's, not the officer's", () => {
    const engine = engineOf(
      "The Food Standards Agency (FSA) withdrew the cheese on Friday.",
      "Dr Imogen Trask, the FSA's chief safety officer, said the risk was low.",
      "She said the agency estimated that few people had eaten it.",
    );
    expect(sentences(engine, "fsa")).toHaveLength(3);
  });

  it("GIVEN 'the four council members' THEN they are not the one council member named before", () => {
    const engine = engineOf(
      "Council Member Dana Whitlock proposed the plan.",
      "The four council members who voted no said the road was too narrow.",
    );
    expect(sentences(engine, "whitlock")).toHaveLength(1);
  });
});

describe("'it' for a body", () => {
  it("GIVEN 'It said…' or 'It has since…' after a company THEN the sentence is the company's; 'It was…' is no one's", () => {
    const engine = engineOf(
      "Tellwright Corp. closed its Leeds warehouse on Monday.",
      "It said 120 jobs would go.",
      "Tellwright lost $4 million last year.",
      "It was the worst year in its history.",
      "Tellwright opened in 1996.",
      "It has since moved its head office twice.",
    );
    expect(sentences(engine, "tellwright")).toEqual([
      "Tellwright Corp. closed its Leeds warehouse on Monday.",
      "It said 120 jobs would go.",
      "Tellwright lost $4 million last year.",
      "Tellwright opened in 1996.",
      "It has since moved its head office twice.",
    ]);
  });
});

describe("bare 'police'", () => {
  it("GIVEN one police department in the article THEN 'police said' and 'Police in …' are its; not 'Police Chief …'", () => {
    const engine = engineOf(
      "Police in Dunmere arrested two men on Sunday.",
      "A statement from the Dunmere Police Department said both had been charged.",
      "The stolen van was found on Monday, police said.",
      "Police Chief Ravi Oyelaran thanked the public.",
    );
    expect(engine.actors.some((a) => a.name.startsWith("Police Chief"))).toBe(false);
    expect(sentences(engine, "dunmere police department")).toHaveLength(3);
  });

  it("GIVEN two police forces THEN 'police said' is neither's", () => {
    const engine = engineOf(
      "Officers from the Dunmere Police Department searched the woods.",
      "Divers from the Carrow Police Department searched the lake.",
      "Nothing was found, police said.",
    );
    expect(sentences(engine, "dunmere police department")).toHaveLength(1);
  });
});

describe("what a 'the …' phrase may refer back to", () => {
  it("GIVEN 'the fire' after the 'State Fire and Rescue Service' THEN it is the fire, not the service", () => {
    const engine = engineOf(
      "Crews from the State Fire and Rescue Service reached the ridge on Monday.",
      "The cause of the fire remains under investigation.",
    );
    expect(sentences(engine, "state fire and rescue service")).toHaveLength(1);
  });

  it("GIVEN a joint venture THEN 'the biggest project' is not it: a word that is no body's means a body only as its own kind", () => {
    const engine = engineOf(
      "The tunnel was dug by Harlow Quay Joint Venture.",
      "Critics said the biggest project in the region was out of control.",
    );
    expect(sentences(engine, "harlow quay joint venture")).toHaveLength(1);
  });

  it("GIVEN 'the auditors declined to comment' THEN 'comment' is no noun that could mean a state senator", () => {
    const engine = engineOf(
      "State Sen. Lena Marsh said the audit was overdue.",
      "The auditors declined to comment.",
    );
    expect(sentences(engine, "lena marsh")).toHaveLength(1);
  });
});

describe("whom 'he' means", () => {
  it("GIVEN 'X's successor, Y, said…' THEN the next sentence's 'He' is Y, not X", () => {
    const engine = engineOf(
      "Tomas Brenner resigned as party leader on Sunday.",
      "Brenner's deputy, Anton Keller, called the result a disaster. He said the party would rebuild.",
    );
    expect(sentences(engine, "anton keller")).toContain("He said the party would rebuild.");
    expect(sentences(engine, "tomas brenner")).not.toContain("He said the party would rebuild.");
  });
});

describe("a town's government", () => {
  it("GIVEN 'the city of Brackwater' THEN 'city of brackwater' finds it and 'the city's' sentences are its", () => {
    const engine = engineOf(
      "The sculptor fought a long dispute with the city of Brackwater over the wall.",
      "The wall was moved at the city's expense in 2019.",
    );
    expect(engine.who("city of brackwater").actor?.name).toBe("City of Brackwater");
    expect(sentences(engine, "city of brackwater")).toHaveLength(2);
  });
});

describe("'he' or 'she' in a sentence naming no one", () => {
  it("GIVEN a sentence naming no one whose later clause has 'she' for subject THEN it is the woman's named before", () => {
    const engine = engineOf(
      "Ilse Marwick built 12 bronze gates between 1980 and 2001.",
      "The gates were left to weather, and she refused to have them polished.",
    );
    expect(sentences(engine, "ilse marwick")).toHaveLength(2);
  });

  it("GIVEN 'she' after a noun, with no comma or conjunction ('…foundations she laid') THEN it is the woman's named before", () => {
    const engine = engineOf(
      "Ilse Marwick built 12 bronze gates between 1980 and 2001.",
      "Much of the city's public art rests on foundations she laid.",
    );
    expect(sentences(engine, "ilse marwick")).toHaveLength(2);
  });

  it("GIVEN a sentence naming its own person THEN a later 'he' does not take it to the one before", () => {
    const engine = engineOf(
      "Ilse Marwick built 12 bronze gates between 1980 and 2001.",
      "The gates were restored by Tomas Hale, and he said they would last a century.",
    );
    expect(sentences(engine, "ilse marwick")).toHaveLength(1);
  });
});

describe("surnames of more than one word", () => {
  it("GIVEN 'Aoife Ní Dhúill' and later 'Ní Dhúill said' THEN both are one person", () => {
    const engine = engineOf(
      "The union is led by Aoife Ní Dhúill, a captain with 20 years of flying.",
      "Ní Dhúill said the ballot was a warning.",
    );
    expect(engine.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Aoife Ní Dhúill"]);
    expect(sentences(engine, "aoife ni dhuill")).toHaveLength(2);
  });
});

describe("a lede that names no one yet", () => {
  it("GIVEN 'The airline said…' before 'Corvo Air' is named THEN the lede is Corvo Air's, 'the carrier' (no kind it was given) is not", () => {
    const engine = engineOf(
      "The airline said on Monday that it would cut 40 routes.",
      "The carrier blamed fuel prices.",
      "Corvo Air, which flies from Dunmere, has lost money for three years.",
    );
    expect(sentences(engine, "corvo air")).toEqual([
      "The airline said on Monday that it would cut 40 routes.",
      "Corvo Air, which flies from Dunmere, has lost money for three years.",
    ]);
  });
});

describe("a body noun after a word of a body's name", () => {
  it("GIVEN 'the regional water authority said' before 'Dunmere Water Board' is named THEN it and later 'the authority' are the board's", () => {
    const engine = engineOf(
      "Hosepipes will be banned from Friday, the regional water authority said on Monday.",
      "Dunmere Water Board said reservoirs were at 40 per cent.",
      "Farmers accused the authority of acting too late.",
    );
    expect(sentences(engine, "dunmere water board")).toHaveLength(3);
  });

  it("GIVEN a plural name word before the noun ('the medicines regulator') THEN it is read too", () => {
    const engine = engineOf(
      "The medicines regulator on Friday recalled two batches of a cough syrup.",
      "The Medicines Safety Agency (MSA) said no one had been harmed.",
    );
    expect(sentences(engine, "msa")).toHaveLength(2);
  });
});

describe("people from the evidence around a name", () => {
  it("GIVEN a name whose own sentence goes on with 'her' ('…the last match of her career') THEN it is a person", () => {
    const engine = engineOf("Freya Hollins will play the last match of her career at the Harland Open.");
    expect(engine.actors.find((a) => a.name === "Freya Hollins")?.kind).toBe("person");
  });

  it("GIVEN 'its' after a name, or 'her' after another name first THEN that is no evidence", () => {
    const engine = engineOf(
      "Lake Tessin lost half its water last summer.",
      "Harland Vale and Mira Oduya met her at the station.",
    );
    expect(engine.actors.find((a) => a.name === "Lake Tessin")?.kind).not.toBe("person");
    expect(engine.actors.find((a) => a.name === "Harland Vale")?.kind).not.toBe("person");
  });
});

describe("letters after a name, and names after a preposition", () => {
  it("GIVEN 'Adaeze Nwosu KC, for the newspaper' THEN she is a person and 'KC' no body", () => {
    const engine = engineOf(
      "Under cross-examination by Adaeze Nwosu KC, for the newspaper, Corinne Mallory accepted she had thrown a script.",
      "Nwosu put it to her that six colleagues had complained.",
    );
    expect(engine.actors.find((a) => a.name === "Adaeze Nwosu")?.kind).toBe("person");
    expect(engine.actors.some((a) => a.name === "KC")).toBe(false);
    expect(sentences(engine, "nwosu")).toHaveLength(2);
  });

  it("GIVEN 'by X, …, Y accepted' and then '“…,” she said' THEN the quotation is Y's, not X's", () => {
    const engine = engineOf(
      'Under cross-examination by Adaeze Nwosu KC, for the newspaper, Corinne Mallory accepted she had thrown a script. "It was a bad morning," she said.',
    );
    expect(sentences(engine, "corinne mallory")).toContain('"It was a bad morning," she said.');
    expect(sentences(engine, "adaeze nwosu")).not.toContain('"It was a bad morning," she said.');
  });
});

describe("a quotation over two paragraphs", () => {
  it("GIVEN a paragraph that leaves its quotation open and a next one opening with a quotation mark THEN both are the speaker's", () => {
    const engine = engineOf(
      '"Nobody should lose their only link to a hospital," Tunde Adebayo said. "We will use every tool we have.',
      '"But I want to be honest with people. Some villages may go weeks without a bus."',
    );
    const said = sentences(engine, "tunde adebayo");
    expect(said).toContain('"But I want to be honest with people.');
    expect(said).toContain('Some villages may go weeks without a bus."');
  });

  it("GIVEN a paragraph that closes its quotation THEN a quotation opening the next with its own attribution is not taken for its speaker's", () => {
    // Without an attribution of its own, such a paragraph is the speaker's (session 24's rules).
    const engine = engineOf(
      '"Nobody should lose their only link to a hospital," Tunde Adebayo said.',
      '"But I want to be honest with people," said Mayor Ines Okafor.',
    );
    expect(sentences(engine, "tunde adebayo")).toHaveLength(1);
  });
});

describe("a title and a surname, with no first name", () => {
  it("GIVEN 'Mrs Justice Pennington' and 'The judge said' THEN she is a person found by 'the judge'", () => {
    const engine = engineOf(
      "Mrs Justice Pennington, who is hearing the case without a jury, warned the gallery on Tuesday.",
      "The judge said anyone who disrupted proceedings would be asked to leave.",
    );
    expect(engine.who("the judge").actor?.name).toBe("Mrs Justice Pennington");
    expect(sentences(engine, "pennington")).toHaveLength(2);
  });

  it("GIVEN 'Ms Holloway' after 'Claire Holloway' THEN it is her, not a second person", () => {
    const engine = engineOf("Claire Holloway owns the bakery.", "Ms Holloway said she was asleep.");
    expect(engine.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Claire Holloway"]);
  });
});

describe("a first name written alone", () => {
  it("GIVEN a frequent first name that is only a name ('Margaret') THEN alone in its article it is that person", () => {
    const engine = engineOf(
      "Margaret Ellery, a glaciologist, mapped 40 lakes under the ice.",
      '"Margaret could read a radar trace better than anyone," a colleague, Leonard Fisk, said.',
    );
    expect(sentences(engine, "margaret ellery")).toHaveLength(2);
  });

  it("GIVEN a first name that is also a word ('Frank') THEN alone it is nobody", () => {
    const engine = engineOf(
      "Frank Delaney, a driver, joined the union in 1990.",
      '"Frank talks are what we need," the union said.',
    );
    expect(sentences(engine, "frank delaney")).toHaveLength(1);
  });

  it("GIVEN a quotation naming someone and attributed to another THEN its next sentence is the speaker's", () => {
    const engine = engineOf(
      "Margaret Ellery, a glaciologist, mapped 40 lakes under the ice.",
      '"Margaret could read a radar trace better than anyone," Leonard Fisk said. "She was usually right, and she said so when she was not."',
    );
    const fisk = sentences(engine, "leonard fisk");
    expect(fisk).toHaveLength(2);
    expect(fisk[1]).toMatch(/^"She was usually right/);
  });
});

describe("an interview printed as questions and answers", () => {
  const interview = () =>
    engineOf(
      "Delia Marchetti drove a bus for 17 years before she was elected president of the drivers' union. Marchetti spoke to the Ledger last week.",
      "Q: What is the union asking for?",
      "A: A 6 percent raise in each of the next three years. We're not asking for the moon.",
      "Q: The general manager, Lorna Whitcombe, says 2.5 percent is the most the authority can pay. Is there room to meet?",
      "A: There's always room to talk. But 2.5 percent is a pay cut, and she knows that.",
      "Whitcombe said the authority would present a revised offer in December.",
    );

  it("GIVEN 'Q:' and 'A:' paragraphs THEN every sentence of an answer is the interviewee's", () => {
    const delia = sentences(interview(), "delia marchetti");
    expect(delia).toContain("A: A 6 percent raise in each of the next three years.");
    expect(delia).toContain("We're not asking for the moon.");
    expect(delia).toContain("But 2.5 percent is a pay cut, and she knows that.");
    expect(delia.some((s) => s.startsWith("Q:"))).toBe(false);
    expect(delia.some((s) => s.startsWith("Whitcombe said"))).toBe(false);
  });

  it("GIVEN an answer whose 'she' is someone else THEN that sentence stays hers too", () => {
    expect(sentences(interview(), "lorna whitcombe")).toContain(
      "But 2.5 percent is a pay cut, and she knows that.",
    );
  });

  it("GIVEN questions set in bold ('**Why stop now?**') THEN the paragraphs after each are the interviewee's, after the last only the first", () => {
    const engine = engineOf(
      "Freya Hollins will play the last match of her career next month.",
      "**Why stop now?**",
      "My hip made the decision for me, really. I had surgery in January.",
      "**What comes next?**",
      "I am going to finish my coaching qualifications.",
      "A spokesperson for the federation said it thanked the players.",
    );
    const freya = sentences(engine, "freya hollins");
    expect(freya).toContain("My hip made the decision for me, really.");
    expect(freya).toContain("I had surgery in January.");
    expect(freya).toContain("I am going to finish my coaching qualifications.");
    expect(freya.some((s) => s.startsWith("A spokesperson"))).toBe(false);
    expect(freya.some((s) => s.startsWith("**"))).toBe(false);
  });

  it("GIVEN one 'A:' paragraph only THEN nothing is taken for an interview", () => {
    const engine = engineOf(
      "Delia Marchetti leads the drivers' union.",
      "A: minor roads will close on Monday, the council said.",
    );
    expect(sentences(engine, "delia marchetti")).toHaveLength(1);
  });
});

describe("session 13: names with commas, bodies in apposition, roles beside names", () => {
  it("GIVEN 'The Federated Rail, Transport and Wharf Union (FRTW)' THEN the union's name is whole and 'frtw' finds it", () => {
    const engine = engineOf(
      "The Federated Rail, Transport and Wharf Union (FRTW) says its members were offered 4.5%.",
      "The union rejected a one-off payment.",
    );
    expect(engine.who("frtw").actor?.name).toBe("Federated Rail, Transport and Wharf Union");
    expect(sentences(engine, "frtw")).toHaveLength(2);
  });

  it("GIVEN 'the operator, Brightwater Terminals,' THEN it is a body, and 'the company' after is its", () => {
    const engine = engineOf(
      "Dockers walked out, while the operator, Brightwater Terminals, reported profits of £212m.",
      "Lorenzo Baptiste said the company was ready to meet at any time.",
    );
    expect(engine.actors.find((a) => a.name === "Brightwater Terminals")?.kind).toBe("organization");
    expect(sentences(engine, "brightwater terminals")).toHaveLength(2);
  });

  it("GIVEN 'the council itself' or 'the leader of the council, Cllr …' THEN the sentence is the council's", () => {
    const engine = engineOf(
      "Fernshire County Council voted to close nine libraries.",
      "Campaigners say the drop was caused by the council itself, which cut opening hours.",
      "The leader of the council, Cllr Philippa Drayton, did not attend the protest.",
    );
    expect(sentences(engine, "fernshire county council")).toHaveLength(3);
  });

  it("GIVEN 'union leader' where only a chief executive accuses the union THEN he is not the union's leader", () => {
    const engine = engineOf(
      "Keoni Akana, the union's regional organiser, said members were angry.",
      "Brightwater's chief executive, Lorenzo Baptiste, said the offer was fair and accused the union of holding the economy to ransom.",
    );
    expect(engine.who("union leader").actor?.name).not.toBe("Lorenzo Baptiste");
  });
});

describe("session 13: companies", () => {
  it("GIVEN 'Lumora's co-founder' and 'Lumora, the payments app,' THEN a one-word company, and 'the company' is it where another is named once", () => {
    const engine = engineOf(
      "Lumora, the fast-growing payments app, admits hackers took data.",
      "Lumora's co-founder, Priyanka Venkataraman, apologised.",
      "Shares in Corvane Holdings, which owns a stake in Lumora, fell.",
      "Lumora says it will offer free credit monitoring.",
      "Venkataraman said the company would publish the findings.",
    );
    expect(engine.actors.find((a) => a.name === "Lumora")?.kind).toBe("organization");
    expect(sentences(engine, "lumora")).toContain(
      "Venkataraman said the company would publish the findings.",
    );
  });

  it("GIVEN 'the consultancy Halden & Rusk' THEN a body whose name holds '&', found as 'halden and rusk'", () => {
    const engine = engineOf(
      "A review is being carried out by the consultancy Halden & Rusk.",
      "Halden & Rusk declined to comment.",
    );
    expect(engine.who("halden and rusk").actor?.name).toBe("Halden & Rusk");
    expect(sentences(engine, "halden and rusk")).toHaveLength(2);
  });
});

describe("session 13: roles and titles", () => {
  it("GIVEN a lede 'The artistic director of the Brackwater International Festival has resigned' THEN the person opening the next paragraph holds the role", () => {
    const engine = createEngine(
      corpusOf([
        article(
          "a",
          "The artistic director of the Brackwater International Festival has resigned in protest at a cut.",
          "Mireille Fontaine, who has run the festival since 2016, announced her departure on Wednesday.",
        ),
      ]),
    );
    expect(engine.who("festival director").actor?.name).toBe("Mireille Fontaine");
  });

  it("GIVEN 'Local MP Gareth Pryce' THEN 'the mp' is Gareth Pryce, with his 'he said'", () => {
    const engine = engineOf(
      "Local MP Gareth Pryce called for the board to step down.",
      '"Apologies are not enough," he said.',
    );
    expect(engine.who("the mp").actor?.name).toBe("Gareth Pryce");
    expect(sentences(engine, "the mp")).toHaveLength(2);
  });

  it("GIVEN 'Prof Radomir Kovac' THEN a later 'the professor said' is his", () => {
    const engine = engineOf(
      "The audit was led by Prof Radomir Kovac of Northgate University.",
      "The trust blamed a glitch.",
      '"This was no glitch," the professor said.',
    );
    expect(sentences(engine, "prof kovac")).toContain('"This was no glitch," the professor said.');
  });

  it("GIVEN 'Ifeanyi Oduya, now a television pundit,' THEN a person with that role", () => {
    const engine = engineOf(
      "Former captain Ifeanyi Oduya, now a television pundit, said the club would sell.",
    );
    expect(engine.who("the pundit").actor?.name).toBe("Ifeanyi Oduya");
  });
});

describe("session 13: what refers back to a body", () => {
  it("GIVEN 'the national data watchdog' THEN 'the regulator' after is the same body", () => {
    const engine = engineOf(
      "The Information Rights Office (IRO), the national data watchdog, opened an investigation.",
      "Under current law, the regulator can fine companies up to 4% of turnover.",
    );
    expect(sentences(engine, "iro")).toHaveLength(2);
  });

  it("GIVEN 'It employs about 2,300 people' after a body's sentence THEN it is the body's; 'It remains unclear' is no one's", () => {
    const engine = engineOf(
      "Dockers walked out, while the operator, Brightwater Terminals, reported profits.",
      "Brightwater Terminals, which is owned by a Dutch fund, took over the port in 2016.",
      "It employs about 2,300 people at the site.",
      "It remains unclear when talks will resume.",
    );
    expect(sentences(engine, "brightwater terminals")).toEqual([
      "Dockers walked out, while the operator, Brightwater Terminals, reported profits.",
      "Brightwater Terminals, which is owned by a Dutch fund, took over the port in 2016.",
      "It employs about 2,300 people at the site.",
    ]);
  });
});

describe("session 13: a lower-case title before a name", () => {
  it("GIVEN 'a bid for striker Yusuf Demirel' THEN 'striker' is his role, and a later 'the striker' his", () => {
    const engine = engineOf(
      "Halstead Rovers rejected a third bid for striker Yusuf Demirel, insisting he would not be sold.",
      "The manager insisted the striker remained fully committed.",
    );
    expect(engine.actors.find((a) => a.name === "Yusuf Demirel")?.roles).toContain("striker");
    expect(engine.who("the striker").actor?.name).toBe("Yusuf Demirel");
    expect(sentences(engine, "the striker")).toHaveLength(2);
  });

  it("GIVEN 'heard from' or 'later thanked' before a name THEN no title", () => {
    const engine = engineOf(
      "The court heard from Mireille Fontaine on Monday.",
      "The panel later thanked Mireille Fontaine.",
    );
    const fontaine = engine.actors.find((a) => a.name === "Mireille Fontaine");
    expect(fontaine).toBeDefined();
    expect(fontaine?.roles ?? []).toEqual([]);
  });
});

describe("session 13: train7", () => {
  it("GIVEN a match report where 'Akana, 24, admitted the drought had weighed on him' THEN he is no defendant", () => {
    const engine = engineOf(
      "Keoni Akana struck twice as Hartfield Rovers won 2-1.",
      "Akana, 24, admitted the goal drought had weighed on him.",
    );
    expect(engine.who("the defendant").answered).toBe(false);
  });

  it("GIVEN 'Nordvik Terminal Group (NTG)' THEN a company: 'the company' after is its", () => {
    const engine = engineOf(
      "Dockworkers walked out at a terminal run by Nordvik Terminal Group (NTG).",
      "The company says the investment is needed to stay competitive.",
    );
    expect(sentences(engine, "ntg")).toHaveLength(2);
  });

  it("GIVEN 'Det Con Priya Lal' and 'referee Gemma Hartley' THEN titles: 'detective lal' and 'the ref' find them", () => {
    const engine = engineOf(
      "Det Con Priya Lal said the investigation took two years.",
      "Fallon called the decision by referee Gemma Hartley harsh.",
    );
    expect(engine.who("detective lal").actor?.name).toBe("Priya Lal");
    expect(engine.who("the ref").actor?.name).toBe("Gemma Hartley");
  });
});

describe("session 13: a role of 'the company'", () => {
  it("GIVEN 'The company's chief executive, Ingrid Aasheim,' in a sentence about Nordvik Terminal Group THEN she is its chief executive, not the union's named elsewhere", () => {
    const engine = engineOf(
      "Dockworkers walked out at a terminal run by Nordvik Terminal Group (NTG).",
      "The company's chief executive, Ingrid Aasheim, said no permanent employee would lose their job.",
      "Aasheim accused the Dock and Harbour Workers' Union of walking away.",
    );
    const roles = engine.actors.find((a) => a.name === "Ingrid Aasheim")?.roles ?? [];
    expect(roles).toContain("chief executive of Nordvik Terminal Group (NTG)");
    expect(roles.some((r) => r.includes("Union"))).toBe(false);
  });
});

describe("session 13: train7, people and short names", () => {
  it("GIVEN 'Oluwaseun Bankole, prosecuting, told the court' THEN a person, and 'the prosecutor' finds him", () => {
    const engine = engineOf(
      "Oluwaseun Bankole, prosecuting, told the court the fraud came to light in March.",
    );
    expect(engine.actors.find((a) => a.name === "Oluwaseun Bankole")?.kind).toBe("person");
    expect(engine.who("the prosecutor").actor?.name).toBe("Oluwaseun Bankole");
  });

  it("GIVEN 'Little Lanterns Hospice' THEN 'Little Lanterns said' is the hospice's", () => {
    const engine = engineOf(
      "Pilling made 186 transfers from the accounts of Little Lanterns Hospice over six years.",
      "Little Lanterns said it had since introduced dual authorisation for payments.",
    );
    expect(sentences(engine, "little lanterns hospice")).toHaveLength(2);
  });
});

describe("session 13: bold subheadings are no interview", () => {
  it("GIVEN a news story with bold subheadings '**What went wrong?**' and '**A faint signal**' THEN the sentences after them are not the most-named person's", () => {
    const engine = createEngine(
      corpusOf([
        article(
          "a",
          "Aigerim Sadykova, Kestrel's chief executive, said the satellite had entered safe mode.",
          "**What went wrong?**",
          "According to Dr Yusuf Rahimi, telemetry showed the batteries were healthy.",
          "**A faint signal**",
          "Brian Cottle, 67, a retired engineer, said he had picked up a faint signal.",
        ),
      ]),
    );
    const sadykova = sentences(engine, "aigerim sadykova");
    expect(sadykova).toEqual([
      "Aigerim Sadykova, Kestrel's chief executive, said the satellite had entered safe mode.",
    ]);
  });
});

describe("session 13: a plea in the sentence after the name", () => {
  it("GIVEN 'Gareth Pinnock, 52, of Ashby Lane, appeared at the crown court. He pleaded guilty…' THEN he is the defendant", () => {
    const engine = engineOf(
      "Gareth Pinnock, 52, of Ashby Lane, Hollinsford, appeared at Wessex Crown Court on Friday.",
      "He pleaded guilty in May to fraud by abuse of position.",
      "The defendant had been the hospice's treasurer for seven years.",
    );
    expect(engine.who("the defendant").actor?.name).toBe("Gareth Pinnock");
    expect(sentences(engine, "the defendant")).toHaveLength(3);
  });
});

describe("session 15: surnames inside other names, and 'who' clauses", () => {
  it("GIVEN 'Fiona Calder' in one article and the club 'Port Calder' in another THEN the club's sentences are not hers", () => {
    const engine = createEngine(
      corpusOf([
        article(
          "tram",
          "Fiona Calder, the managing director, said fares would be refunded.",
          "Calder said talks would resume.",
        ),
        article(
          "final",
          "Port Calder came from behind to win the final on Sunday.",
          "It is the first title in Port Calder's history.",
        ),
      ]),
    );
    expect(sentences(engine, "fiona calder")).toHaveLength(2);
  });

  it("GIVEN 'Neither Struthers nor' or 'If Lindqvist is' THEN the surname opening the sentence is still the person's", () => {
    const engine = engineOf(
      "Kevin Struthers, 41, and Paulo Ferreira, 38, were arrested on Monday.",
      "Neither Struthers nor Ferreira has a criminal record.",
    );
    expect(sentences(engine, "struthers")).toHaveLength(2);
  });

  it("GIVEN 'Keoni Kahananui scored…' and 'Kahananui, who was named player of the match, said…' THEN a person, named in both", () => {
    const engine = engineOf(
      "Keoni Kahananui scored four minutes from the end of extra time.",
      "Kahananui, who was named player of the match, said the win was for his grandmother.",
    );
    expect(engine.actors.find((a) => a.name === "Keoni Kahananui")?.kind).toBe("person");
    expect(sentences(engine, "kahananui")).toHaveLength(2);
  });

  it("GIVEN 'Callum Yates was sent off' and 'Yates, who had been booked earlier,' THEN a person", () => {
    const engine = engineOf(
      "The referee sent off Callum Yates for a second yellow card.",
      "Yates, who had been booked in the first half, appeared to pull back the striker.",
    );
    expect(engine.actors.find((a) => a.name === "Callum Yates")?.kind).toBe("person");
    expect(sentences(engine, "callum yates")).toHaveLength(2);
  });
});

describe("session 15: possessives, counts of a body's people, a lede's role, months", () => {
  it("GIVEN 'Callum Brereton's seventh Test hundred' and 'Brereton, 29, was unbeaten' THEN a person, named in both", () => {
    const engine = engineOf(
      "Callum Brereton's seventh Test hundred left Norvania in command.",
      "Brereton, 29, was unbeaten on 137 at stumps.",
    );
    expect(engine.actors.find((a) => a.name === "Callum Brereton")?.kind).toBe("person");
    expect(sentences(engine, "brereton")).toHaveLength(2);
  });

  it("GIVEN 'Millions of Crestway Bank customers' THEN the body is Crestway Bank", () => {
    const engine = engineOf(
      "Millions of Crestway Bank customers were unable to pay for shopping on Friday.",
      "Crestway Bank said it would refund any fees.",
    );
    expect(engine.actors.some((a) => a.name.startsWith("Millions"))).toBe(false);
    expect(sentences(engine, "crestway bank")).toHaveLength(2);
  });

  it("GIVEN a lede 'The chief executive of Aldbridge Water faced…' and Simon Carrow named in the next paragraph THEN the lede and the role are his", () => {
    const engine = engineOf(
      "The chief executive of Aldbridge Water faced hostile questioning from MPs on Tuesday.",
      "Appearing before the committee, Simon Carrow defended the payment. He said most of it was linked to targets.",
    );
    expect(engine.who("the chief executive").actor?.name).toBe("Simon Carrow");
    expect(sentences(engine, "simon carrow")).toHaveLength(3);
  });

  it("GIVEN 'at a conference in June, the company said' THEN June is no body", () => {
    const engine = engineOf(
      "Shares in Caldera Therapeutics rose 31 per cent yesterday.",
      "Full results will be presented at a conference in June, the company said.",
    );
    expect(engine.actors.some((a) => a.name === "June")).toBe(false);
  });
});

describe("session 15: who leads a body", () => {
  it("GIVEN 'The union's general secretary, Daniel Otieno,' beside someone who heads an association THEN 'union leader' is Otieno", () => {
    const engine = engineOf(
      "Teodor Vasilescu, who heads the Ostrevan Winegrowers' Association, said sales would fall.",
      "Nurses at the Upper Kessan Nurses' Union (UKNU) will work overtime.",
      "The union's general secretary, Daniel Otieno, said nurses were exhausted.",
    );
    expect(engine.who("union leader").actor?.name).toBe("Daniel Otieno");
  });
});

describe("session 15: words users type for a body's name", () => {
  it("GIVEN 'Kestrelford Police said…' THEN 'the cops' finds it", () => {
    const engine = engineOf("Kestrelford Police said two people were arrested on Wednesday.");
    expect(engine.who("the cops").actor?.name).toBe("Kestrelford Police");
  });

  it("GIVEN 'Harrow & Lisle' THEN 'harrow and lisle' finds it", () => {
    const engine = engineOf(
      "Her fourth novel was published by Harrow & Lisle in March.",
      "Harrow & Lisle is a small independent press.",
    );
    expect(sentences(engine, "harrow and lisle")).toHaveLength(2);
  });
});

describe("session 15: a body's spokesperson", () => {
  it("GIVEN 'A spokesperson for the HTF said…' THEN 'htf spokesperson' quotes that sentence and the next that says 'the spokesperson'", () => {
    const engine = engineOf(
      "Freya Hollins has retired after a row with the Harland Tennis Federation (HTF).",
      "A spokesperson for the HTF said the federation thanked her for her service. The spokesperson declined to comment on the letter.",
      "Hollins said she would coach juniors.",
    );
    const reply = engine.who("htf spokesperson");
    expect(reply.actor?.name).toBe("Harland Tennis Federation's spokesperson");
    expect(reply.passages.map((p) => p.text)).toEqual([
      "A spokesperson for the HTF said the federation thanked her for her service.",
      "The spokesperson declined to comment on the letter.",
    ]);
  });

  it("GIVEN 'A university spokeswoman said…' THEN 'uni spokeswoman' finds it", () => {
    const engine = engineOf(
      "Kalinda University will close its language school.",
      "A university spokeswoman said Japanese would still be taught online.",
    );
    expect(sentences(engine, "uni spokeswoman")).toEqual([
      "A university spokeswoman said Japanese would still be taught online.",
    ]);
  });
});

describe("session 17: roles before a name", () => {
  it("GIVEN '…after the defending champion, Tomas Vrbata, lost…' THEN Vrbata is a person and 'the champion'", () => {
    const engine = engineOf(
      "The title changed hands on Sunday after the defending champion, Tomas Vrbata, lost in four sets.",
      "Vrbata had not dropped a set all week.",
    );
    expect(engine.actors.find((a) => a.name === "Tomas Vrbata")?.kind).toBe("person");
    expect(engine.who("the champion").actor?.name).toBe("Tomas Vrbata");
  });

  it("GIVEN 'After the vote, Dr Elena Marsh said…' THEN 'the vote' is no role of hers", () => {
    const engine = engineOf("After the vote, Dr Elena Marsh said the result was clear.");
    expect(engine.actors.find((a) => a.name === "Elena Marsh")?.roles ?? []).not.toContain("the vote");
  });

  it("GIVEN 'Challenger Ottilie Brandt took the lead' and 'the challenger' in lower case THEN Brandt is a person titled so", () => {
    const engine = engineOf(
      "Challenger Ottilie Brandt took a 4-3 lead in the match on Thursday.",
      "Brandt, 24, playing with the white pieces, steered the game into a quiet opening.",
      "The young challenger thanked the crowd.",
    );
    expect(engine.who("ottilie brandt").actor?.name).toBe("Ottilie Brandt");
    expect(engine.who("the challenger").actor?.name).toBe("Ottilie Brandt");
  });

  it("GIVEN 'Brandt's coach, Grandmaster Pavel Sedlak,' THEN 'brandt's coach' is Sedlak", () => {
    const engine = engineOf(
      "Ottilie Brandt, 24, won in 71 moves.",
      "Brandt's coach, Grandmaster Pavel Sedlak, said his player had slept badly.",
    );
    expect(engine.who("brandt's coach").actor?.name).toBe("Pavel Sedlak");
  });

  it("GIVEN the headline 'Tribunal rules Quickbite riders are workers' THEN 'Tribunal rules' is no title of Quickbite", () => {
    const engine = createEngine(
      corpusOf([
        article(
          "a",
          "Tribunal rules Quickbite riders are workers",
          "Riders for the app Quickbite are workers, a tribunal ruled on Tuesday.",
          "Quickbite said it would appeal.",
        ),
      ]),
    );
    expect(engine.actors.find((a) => a.name === "Quickbite")?.roles ?? []).not.toContain("Tribunal rules");
  });
});

describe("session 17: who leads and who speaks for a body", () => {
  it("GIVEN 'Dean Farrow, the union's regional organiser, said…' THEN 'union boss' is Farrow", () => {
    const engine = engineOf(
      "The Transport and Allied Workers' Union (TAWU) said the cuts were unlawful.",
      "Dean Farrow, the union's regional organiser, said members would vote next week.",
    );
    expect(engine.who("union boss").actor?.name).toBe("Dean Farrow");
  });

  it("GIVEN an event organiser THEN 'union leader' does not find them", () => {
    const engine = engineOf(
      "The Harbour Union (HU) backed the fair.",
      "Mia Lorne, the fair's chief organiser, said 4,000 people came.",
    );
    expect(engine.who("union leader").actor?.name).not.toBe("Mia Lorne");
  });

  it("GIVEN 'Chief Executive Hamish Tolland said…' in a story whose lede names Brackwell Foods THEN 'brackwell boss' is Tolland", () => {
    const engine = createEngine(
      corpusOf([
        article(
          "a",
          "Brackwell Foods to shut two plants",
          "Brackwell Foods Ltd, the country's largest maker of frozen pies, is to close two of its plants.",
          "The company said 300 jobs were at risk.",
          "Chief Executive Hamish Tolland said the decision was painful.",
        ),
      ]),
    );
    expect(engine.who("brackwell boss").actor?.name).toBe("Hamish Tolland");
  });

  it("GIVEN 'the company's barrister, Mr Fenwright,' THEN 'quickbite's lawyer' is Fenwright", () => {
    const engine = engineOf(
      "Riders for the app Quickbite are workers, a tribunal ruled on Tuesday.",
      "During the hearing, Quickbite's barrister, Mr Fenwright, argued that riders could log off at any time.",
    );
    expect(engine.who("quickbite's lawyer").actor?.name).toBe("Mr Fenwright");
  });
});

describe("session 17: a judge before the name, a body's voice", () => {
  it("GIVEN 'chaired by retired judge Matthias Krell' beside a 'Court for Sport' THEN 'the judge' is Krell", () => {
    const engine = engineOf(
      "She will appeal to the Court for Sport Arbitration (CSA).",
      "The tribunal, chaired by retired judge Matthias Krell, said in its decision that the test was sound.",
    );
    expect(engine.who("the judge").actor?.name).toBe("Matthias Krell");
  });

  it("GIVEN '“We still have teams searching,” she said' by the director of an agency THEN the sentence is the agency's too", () => {
    const engine = engineOf(
      "Aigul Serikova, director of the National Rescue Agency (NRA), said the toll would rise.",
      "“We still have teams searching at least six sites,” she told a briefing.",
      "“I have never seen damage like it,” said Dr Omar Bekov, a surgeon.",
    );
    const found = sentences(engine, "nra");
    expect(found.some((t) => t.includes("We still have teams"))).toBe(true);
    expect(found.some((t) => t.includes("never seen damage"))).toBe(false);
  });
});

describe("session 17: a person's relatives", () => {
  it("GIVEN 'dedicated the win to his late grandfather' THEN 'kahananui's grandpa' finds that sentence and not the others", () => {
    const engine = engineOf(
      "Keoni Kahananui, 22, won the Maunalei Open on Sunday.",
      "Kahananui dedicated the win to his late grandfather, who taught him the game.",
      "He said the course had been kind to him.",
    );
    const reply = engine.who("kahananui's grandpa");
    expect(reply.actor?.name).toBe("Keoni Kahananui's grandpa");
    expect(reply.passages.map((p) => p.text)).toEqual([
      "Kahananui dedicated the win to his late grandfather, who taught him the game.",
    ]);
  });

  it("GIVEN a relative the article never mentions THEN no relative is made up", () => {
    const engine = engineOf("Keoni Kahananui, 22, won the Maunalei Open on Sunday.");
    expect(engine.who("kahananuis wife").actor?.name).not.toBe("Keoni Kahananui's wife");
  });
});

describe("session 19: openers, kinds typed as roles, compounds typed apart", () => {
  it("GIVEN 'Stroke Callum Ferreira, 24, said' where the article writes 'stroke' in lower case THEN Callum Ferreira is a person", () => {
    const engine = engineOf(
      "Stroke Callum Ferreira, 24, said the crew had targeted the race for a year.",
      "The coach moved Ferreira from the six seat to stroke in May.",
    );
    expect(engine.actors.find((a) => a.name === "Callum Ferreira")?.kind).toBe("person");
    expect(engine.actors.some((a) => a.name.startsWith("Stroke"))).toBe(false);
  });

  it("GIVEN 'Senior coroner Radomir Vukovic' and 'Kelsby Coroner's Court' THEN 'the coroner' is Vukovic", () => {
    const engine = engineOf(
      "Senior coroner Radomir Vukovic recorded a conclusion of accidental death after a hearing at Kelsby Coroner's Court. He said the coach operator had failed to act on warnings.",
      "Mr Vukovic said he would write to the Department for Transport.",
    );
    expect(engine.who("the coroner").actor?.name).toBe("Radomir Vukovic");
  });

  it("GIVEN two councils in two articles THEN 'the council' lists both", () => {
    const engine = createEngine(
      corpusOf([
        article("a", "Ashcombe City Council voted to lend the club £85 million."),
        article("b", "Kelsby County Council said it accepted the findings in full."),
      ]),
    );
    const found = sentences(engine, "the council");
    expect(found).toHaveLength(2);
  });

  it("GIVEN 'The headteacher, Crispin Aldous,' THEN 'the head teacher' is Aldous", () => {
    const engine = engineOf("The headteacher, Crispin Aldous, told the tribunal the marks were checked.");
    expect(engine.who("the head teacher").actor?.name).toBe("Crispin Aldous");
  });

  it("GIVEN 'The driver, Haroldo Pinheiro,' under a headline about a bus crash THEN 'the bus driver' is Pinheiro, and 'the taxi driver' no one", () => {
    const engine = createEngine(
      corpusOf([
        {
          ...article(
            "a",
            "Brakes caused school bus crash",
            "The driver, Haroldo Pinheiro, 47, broke his pelvis.",
          ),
          title: "Brakes caused school bus crash",
        },
        {
          ...article("b", "The project manager, Luis Ferrante, said work starts in May."),
          title: "Council approves new car park",
        },
      ]),
    );
    expect(engine.who("the bus driver").actor?.name).toBe("Haroldo Pinheiro");
    expect(engine.who("the taxi driver").answered).toBe(false);
    expect(engine.who("bus manager").answered).toBe(false);
  });

  it("GIVEN 'The council's director of children's services, Yetunde Okonjo, said' THEN Okonjo is a person, and 'Ms Okonjo' gives her no role 'Ms'", () => {
    const engine = engineOf(
      "The council's director of children's services, Yetunde Okonjo, said the authority accepted the findings.",
      "Ms Okonjo rejected that claim.",
    );
    const okonjo = engine.actors.find((a) => a.name === "Yetunde Okonjo");
    expect(okonjo?.kind).toBe("person");
    expect(okonjo?.roles ?? []).not.toContain("Ms");
    expect(okonjo?.role).not.toBe("Ms");
  });

  it("GIVEN 'Eilidh's mother, Morag Marsh, said' and later 'said Mrs Marsh' THEN Morag Marsh is a person though 'marsh' names places", () => {
    const engine = engineOf(
      "Eilidh's mother, Morag Marsh, said outside the court that the authority had ignored complaints.",
      '"Nobody listened," said Mrs Marsh.',
    );
    expect(engine.actors.find((a) => a.name === "Morag Marsh")?.kind).toBe("person");
  });

  it("GIVEN a three-sentence quotation closed by 'she said' four sentences after the speaker is named THEN every sentence of it is hers", () => {
    const engine = engineOf(
      "For Aroha Tane, 29, who lives with her two daughters in a hotel room, the decision cannot come soon enough. The family has been in the room for 14 months.",
      '"The girls do their homework on the bed. We have a kettle and a microwave. I want them to have a kitchen table," she said.',
    );
    const found = sentences(engine, "aroha tane");
    expect(found.some((t) => t.startsWith('"The girls do their homework'))).toBe(true);
    expect(found.some((t) => t.includes("she said"))).toBe(true);
  });

  it("GIVEN 'Aoife Brennan, 22, called for a push' THEN her verb is no role, and 'Radomir Vuković, 52, who owns a shop' still gives one", () => {
    const engine = engineOf(
      "The crew's cox, Aoife Brennan, is a medical student. Brennan, 22, called for a push with around 300 metres remaining.",
      "Radomir Vuković, 52, who owns a shop on Water Street, appeared in court on Tuesday.",
    );
    const brennan = engine.actors.find((a) => a.name === "Aoife Brennan");
    expect((brennan?.roles ?? []).some((r) => r.startsWith("called"))).toBe(false);
    const vukovic = engine.actors.find((a) => a.name === "Radomir Vuković");
    expect(vukovic?.roles ?? []).toContain("owner of a shop on Water Street");
  });
});

describe("session 20's rules", () => {
  it("GIVEN 'She' after a sentence naming a man first and a woman after THEN it is hers, not his", () => {
    const engine = engineOf(
      "Henrik Dahlgaard, her rival for thirty years, spoke at the funeral of Margaret Ellery.",
      '"She was stubborn, she was meticulous, and she was right."',
    );
    const hers = sentences(engine, "margaret ellery");
    expect(hers.some((s) => s.startsWith('"She was stubborn'))).toBe(true);
    expect(sentences(engine, "henrik dahlgaard").some((s) => s.startsWith('"She was stubborn'))).toBe(false);
  });

  it("GIVEN 'Speaking after the ruling, Ms Mokoena said' THEN the sentence is hers, not the judge's", () => {
    const engine = engineOf(
      "Employment Judge Ottoline Farquharson found that the dismissal was unfair.",
      "Speaking after the ruling, Ms Mokoena said she felt vindicated.",
      '"I did what any teacher should do," she said.',
    );
    const judge = sentences(engine, "ottoline farquharson");
    expect(judge.some((s) => s.includes("Speaking after the ruling"))).toBe(false);
    expect(judge.some((s) => s.includes("any teacher"))).toBe(false);
  });

  it("GIVEN 'Transport Minister Julian Okafor' THEN his role is shown whole and 'the minister' finds him", () => {
    const engine = engineOf("Transport Minister Julian Okafor opened the bridge on Monday.");
    const okafor = engine.actors.find((a) => a.name === "Julian Okafor");
    expect(okafor?.role).toBe("Transport Minister");
    expect(engine.who("the minister").actor?.name).toBe("Julian Okafor");
  });

  it("GIVEN 'West Indies captain Jahmar Frederick' THEN an unlisted first name after a noun for a person is a person", () => {
    const engine = engineOf("West Indies captain Jahmar Frederick praised his young spinner.");
    expect(engine.actors.find((a) => a.name === "Jahmar Frederick")?.kind).toBe("person");
  });

  it("GIVEN a headline 'Hospital trust admits…' over an article about the trust THEN the headline is the trust's", () => {
    const engine = createEngine(
      corpusOf([
        {
          id: "h",
          file: "h.txt",
          title: "Hospital trust admits patients were struck off lists",
          paragraphs: [
            "Hospital trust admits patients were struck off lists",
            "The Eastvale Health Trust removed 4,000 patients from its waiting lists, it said on Monday.",
            "The trust said the error had been corrected.",
          ],
        },
      ]),
    );
    expect(
      sentences(engine, "eastvale health trust").some((s) => s.startsWith("Hospital trust admits")),
    ).toBe(true);
  });
});

describe("a name in no article", () => {
  it("GIVEN 'sharon darcy' where the text has Sharon Pettigrew and Neville Darcy THEN it is not in the story", () => {
    const engine = engineOf(
      "Sharon Pettigrew, 52, stole £380,000 from the family firm where she kept the books.",
      "The company's managing director, Neville Darcy, said the losses had nearly closed the firm.",
      '"We had Sharon at our kids\' weddings," Darcy wrote.',
      "His daughter, Jess Darcy, now runs the office.",
    );
    expect(engine.who("sharon darcy").answered).toBe(false);
    expect(engine.who("neville darcy").answered).toBe(true);
  });
});

describe("a role typed with initials", () => {
  it("GIVEN 'Environment Cabinet Secretary Halima Noor' THEN 'environment cs' finds her, and initials no role has find no one", () => {
    const engine = engineOf(
      "Environment Cabinet Secretary Halima Noor toured the flooded villages on Sunday.",
      "The Care Standards Commission said it would inspect the camps.",
      "The CS said Sh600 million had been set aside.",
    );
    expect(engine.who("environment cs").actor?.name).toBe("Halima Noor");
    expect(engine.who("environment xq").answered).toBe(false);
  });
});

describe("session 20's word knowledge", () => {
  it("GIVEN 'Bernard Oakes, who chairs the Corley Bridge Angling Club' THEN 'angling club chairman' finds him", () => {
    const engine = engineOf(
      "Bernard Oakes, who chairs the Corley Bridge Angling Club, said the river was recovering.",
      '"I was as furious as anyone when the fish died," he said.',
    );
    expect(engine.who("angling club chairman").actor?.name).toBe("Bernard Oakes");
  });

  it("GIVEN 'The Brennford Chamber of Commerce said' THEN it is a body, and 'Its chief executive' is its", () => {
    const engine = engineOf(
      "The Brennford Chamber of Commerce said it supported cleaner air but warned retailers would suffer.",
      "Its chief executive, Priya Ramasamy, called for a six-month grace period.",
    );
    expect(engine.actors.find((a) => a.name === "Brennford Chamber of Commerce")?.kind).toBe("organization");
    expect(sentences(engine, "brennford chamber of commerce")).toHaveLength(2);
  });
});

describe("session 21's rules", () => {
  it("GIVEN an interviewer's question that speaks to the interviewee ('Why have you decided to go now?') THEN it is hers; one that does not, not", () => {
    const engine = engineOf(
      "Folasade Whitlock has led Marsh Lane School for 19 years. She retires in July.",
      "**Why have you decided to go now?**",
      "It felt like the right moment. The school is in good hands.",
      "**The trust has cut the budget again. Is that a worry?**",
      "Of course it is.",
    );
    const folasade = sentences(engine, "folasade whitlock");
    expect(folasade).toContain("**Why have you decided to go now?**");
    expect(folasade).toContain("It felt like the right moment.");
    expect(folasade.some((s) => s.includes("cut the budget"))).toBe(false);
  });

  it("GIVEN 'district secretary of the Teachers' and Lecturers' Union' THEN 'union boss' finds him", () => {
    const engine = engineOf(
      "Gwilym Arkwright, district secretary of the Teachers' and Lecturers' Union, said staff had been kept in the dark.",
    );
    expect(engine.who("union boss").actor?.name).toBe("Gwilym Arkwright");
  });

  it("GIVEN 'with Kasimir Brandt, its chief technology officer,' THEN an unlisted first name with a role after 'its' is a person", () => {
    const engine = engineOf(
      "Mokoena founded the company in 2019 with Kasimir Brandt, its chief technology officer, after the pair met at university.",
      "Brandt defended the expansion.",
    );
    expect(engine.actors.find((a) => a.name === "Kasimir Brandt")?.kind).toBe("person");
    expect(sentences(engine, "kasimir")).toHaveLength(2);
  });

  it("GIVEN 'BrightLoom Inc.' then 'BrightLoom' alone THEN both are the company's", () => {
    const engine = engineOf(
      "BrightLoom Inc., the scheduling software company, said it would cut 640 jobs.",
      "Shares of BrightLoom rose 8.7% in after-hours trading.",
    );
    expect(sentences(engine, "brightloom")).toHaveLength(2);
  });

  it("GIVEN 'Marcus Hale' THEN 'marcus hail' finds him, and 'marcus hailwood' or 'simone hail' does not", () => {
    const engine = engineOf("Marcus Hale, the mine's safety manager, said the shaft was sealed on Monday.");
    expect(engine.who("marcus hail").actor?.name).toBe("Marcus Hale");
    expect(engine.who("marcus hailwood").answered).toBe(false);
    expect(engine.who("simone hail").answered).toBe(false);
  });

  it("GIVEN 'Police said…' and no police body named THEN 'the cops' finds those sentences, and 'the kids' (no child named) finds nothing", () => {
    const engine = engineOf(
      "About 800 people marched on the town hall on Saturday.",
      "Police said two people were arrested after a window was broken.",
    );
    expect(sentences(engine, "the cops")).toEqual([
      "Police said two people were arrested after a window was broken.",
    ]);
    expect(engine.who("the kids").answered).toBe(false);
  });

  it("GIVEN 'A spokesperson for the Livestock Traders' Association said…' then '“…,” the spokesperson said.' THEN the second is the association's too", () => {
    const engine = engineOf(
      "A spokesperson for the Livestock Traders' Association said auctions would stop for two months.",
      '"Every cancelled sale hits transporters and feed suppliers as well," the spokesperson said.',
    );
    expect(sentences(engine, "livestock traders' association")).toHaveLength(2);
  });

  it("GIVEN '“…,” the 22-year-old told the crowd' after a sentence naming her THEN it is hers", () => {
    const engine = engineOf(
      "Oluwaseun Adeyemi, a nursing student, led the march to the vice-chancellor's office.",
      '"We were told the money would go on teaching," the 22-year-old told the crowd.',
    );
    expect(sentences(engine, "oluwaseun adeyemi")).toHaveLength(2);
  });

  it("GIVEN 'The Dutch striker, signed on deadline day, opened the scoring' after a sentence naming him THEN it is his", () => {
    const engine = engineOf(
      "Thijs van der Wel scored twice on his debut as Castlebridge beat Wenlow 3-1.",
      "The Dutch striker, signed on deadline day, opened the scoring with a low shot.",
    );
    expect(sentences(engine, "van der wel")).toHaveLength(2);
  });
});

describe("session 22's rules", () => {
  it("GIVEN 'Kessel Ridge Orchards, which grows about 9,000 tonnes of apples a year, said…' THEN it is a body, and 'ceo of kessel ridge' its chief executive", () => {
    const engine = engineOf(
      "Kessel Ridge Orchards, which grows about 9,000 tonnes of apples a year, said it would stop hiring pickers. The company's chief executive, Ilse Marwood, said the farm was losing money every week.",
    );
    expect(engine.actors.find((a) => a.name === "Kessel Ridge Orchards")?.kind).toBe("organization");
    expect(engine.who("ceo of kessel ridge").actor?.name).toBe("Ilse Marwood");
  });

  it("GIVEN 'SkyVane, the airport's busiest carrier,' THEN it is a body", () => {
    const engine = engineOf("SkyVane, the airport's busiest carrier, cancelled 40 flights on Friday.");
    expect(engine.actors.find((a) => a.name === "SkyVane")?.kind).toBe("organization");
  });

  it("GIVEN 'The rail regulator, the Office of Track Safety (OTS), said…' THEN 'the regulator' finds it", () => {
    const engine = engineOf(
      "The rail regulator, the Office of Track Safety (OTS), said the line must close.",
      "Linford Rail said it would appeal.",
    );
    expect(engine.who("the regulator").actor?.name).toBe("Office of Track Safety");
  });

  it("GIVEN 'The Coastal Crews Association (CCG), which represents 900 ferry deckhands,' among two unions THEN 'deckhands union' finds it alone", () => {
    const engine = engineOf(
      "The Coastal Crews Association (CCG), which represents 900 ferry deckhands, said it would ballot members.",
      "The Port Clerks' Union said its members would not cross picket lines.",
    );
    expect(engine.who("deckhands union").actor?.name).toBe("Coastal Crews Association");
  });

  it("GIVEN 'A harbour pilot did not radio…' and, two paragraphs on, 'The pilot, Tomas Ferreira,' THEN the lede is his", () => {
    const engine = engineOf(
      "A harbour pilot did not radio the coastguard before a tanker hit the pier, an inquiry has heard.",
      "The tanker was carrying 40,000 tonnes of diesel when it struck the pier at Kessport.",
      "The pilot, Tomas Ferreira, 48, was not injured.",
    );
    expect(sentences(engine, "tomas ferreira")).toContain(
      "A harbour pilot did not radio the coastguard before a tanker hit the pier, an inquiry has heard.",
    );
  });

  it("GIVEN 'the Port of Kessport' and 'the Kessport Chamber of Commerce' THEN 'Kessport traders say…' is not the chamber's", () => {
    const engine = engineOf(
      "Around 1,800 dock workers at the Port of Kessport began a strike on Monday.",
      "Aigerim Sadykova, who chairs the Kessport Chamber of Commerce, said small firms would suffer.",
      "Kessport traders say the stoppage is costing them £2m a day.",
    );
    expect(sentences(engine, "kessport chamber of commerce")).toEqual([
      "Aigerim Sadykova, who chairs the Kessport Chamber of Commerce, said small firms would suffer.",
    ]);
  });

  it("GIVEN 'Tarnvik Systems' and 'Shares in Tarnvik rose' THEN that is the company's; GIVEN 'drivers in Castlebridge' THEN not Castlebridge Metrolink's", () => {
    const company = engineOf(
      "Tarnvik Systems, the payroll software company, will cut 200 jobs.",
      "Shares in Tarnvik rose 8 per cent on the news.",
    );
    expect(sentences(company, "tarnvik systems")).toHaveLength(2);
    const place = engineOf(
      "Tram drivers in Castlebridge will strike for five days.",
      "A spokesperson for Castlebridge Metrolink, the tram operator, said talks would continue.",
    );
    expect(sentences(place, "castlebridge metrolink")).toHaveLength(1);
  });

  it("GIVEN 'Rosalind Tarrant, chair of the Upland Farmers' Union (UFU),' then 'The union estimates that…' THEN the second is the union's", () => {
    const engine = engineOf(
      "Rosalind Tarrant, chair of the Upland Farmers' Union (UFU), said the sentences were too lenient.",
      "The union estimates that livestock theft cost farmers £3.2m last year.",
    );
    expect(sentences(engine, "ufu")).toHaveLength(2);
  });
});

describe("session 23's rules", () => {
  it("GIVEN 'Tarn Orbital, the Leeds-based company that built the probe,' THEN it is a body, and 'the company' sentences are its", () => {
    const engine = engineOf(
      "Tarn Orbital, the Leeds-based company that built the probe, said it was hopeful.",
      "The company said engineers would try again on Monday.",
    );
    expect(engine.actors.find((a) => a.name === "Tarn Orbital")?.kind).toBe("organization");
    expect(sentences(engine, "tarn orbital")).toContain(
      "The company said engineers would try again on Monday.",
    );
  });

  it("GIVEN a governor and a deputy governor THEN 'the governor' is the governor and 'deputy governor' the deputy", () => {
    const engine = engineOf(
      "Governor Ilse Marwood said the bank would cut rates.",
      "The deputy governor, Tomas Ferreira, voted to hold them.",
    );
    expect(engine.who("the governor").actor?.name).toBe("Ilse Marwood");
    expect(engine.who("deputy governor").actor?.name).toBe("Tomas Ferreira");
  });

  it("GIVEN a defendant and a footballer who is a 'defender' THEN 'the defendant' is the defendant alone", () => {
    const engine = engineOf(
      "Gareth Pinnock, 52, the defendant, denies fraud.",
      "Pinnock told the court he had repaid the money.",
      "In another case, Bellbrook defender Callum Yates was sent off.",
    );
    expect(engine.who("the defendant").actor?.name).toBe("Gareth Pinnock");
  });

  it("GIVEN 'the centre of Kestrelby' and the 'Kestrelby Students' Union' THEN 'Kestrelby' alone is the town, not the union", () => {
    const engine = engineOf(
      "About 3,000 students marched through the centre of Kestrelby on Wednesday.",
      "The Kestrelby Students' Union (KSU) said the fee rise was unfair.",
      "Kestrelby has two universities.",
    );
    expect(sentences(engine, "ksu")).not.toContain("Kestrelby has two universities.");
  });

  it("GIVEN 'Among those taken to hospital was the race leader, Mateus Ferreira-Lund of the Orvane team' THEN he is a person", () => {
    const engine = engineOf(
      "Among those taken to hospital was the race leader, Mateus Ferreira-Lund of the Orvane team, who broke a collarbone.",
      "With Ferreira-Lund out, the jersey passes to his team-mate.",
    );
    expect(engine.who("ferreira-lund").actor?.name).toBe("Mateus Ferreira-Lund");
    expect(sentences(engine, "ferreira-lund")).toHaveLength(2);
  });

  it("GIVEN the 'Water Services Regulation Board (WSRB)' THEN 'The regulator said…' is its", () => {
    const engine = engineOf(
      "The pipeline was approved by the Water Services Regulation Board (WSRB) in 2021, but work has not started.",
      "The regulator said in a statement that it was concerned at the slow progress.",
    );
    expect(sentences(engine, "wsrb")).toContain(
      "The regulator said in a statement that it was concerned at the slow progress.",
    );
  });

  it("GIVEN 'The patient group Voice for Eastmere Patients' THEN its name is whole, and 'the group' sentences are its", () => {
    const engine = engineOf(
      "The patient group Voice for Eastmere Patients has called for an inquiry.",
      "The group said it had received more than 80 calls.",
    );
    expect(engine.who("voice for eastmere patients").actor?.name).toBe("Voice for Eastmere Patients");
    expect(sentences(engine, "voice for eastmere patients")).toHaveLength(2);
  });

  it("GIVEN a headline opening 'Founder of fitness start-up Corvane charged…' THEN it is the founder's", () => {
    const engine = engineOf(
      "Founder of fitness start-up Corvane charged with fraud",
      "The founder of Corvane, a fitness start-up, has been charged with fraud.",
      "Mira Solberg, 36, who founded Corvane in 2017, denies the charges.",
    );
    expect(sentences(engine, "mira solberg")).toContain(
      "Founder of fitness start-up Corvane charged with fraud",
    );
  });

  it("GIVEN 'Drug-maker Calloway Therapeutics has raised…' THEN it is a body, and 'the drug-maker' sentences are its", () => {
    const engine = engineOf(
      "Drug-maker Calloway Therapeutics has raised the price of its inhaler.",
      "The drug-maker gave 41 days' notice.",
    );
    expect(engine.actors.find((a) => a.name === "Calloway Therapeutics")?.kind).toBe("organization");
    expect(sentences(engine, "calloway therapeutics")).toHaveLength(2);
  });

  it("GIVEN 'Declan Mulcahy, 44,' and 'Ji-woo Kahale, 26,' THEN 'The 44-year-old…' is Mulcahy's, whoever was named last", () => {
    const engine = engineOf(
      "Declan Mulcahy, 44, led by two shots after nine holes.",
      "Ji-woo Kahale, 26, birdied the 12th and 13th.",
      "The 44-year-old then dropped a shot at the 14th.",
    );
    expect(sentences(engine, "mulcahy")).toContain("The 44-year-old then dropped a shot at the 14th.");
    expect(sentences(engine, "kahale")).not.toContain("The 44-year-old then dropped a shot at the 14th.");
  });

  it("GIVEN 'Kiran Aldous-Reyes' and 'Her brother, Dev Aldous-Reyes,' THEN 'Ms Aldous-Reyes' is hers alone", () => {
    const engine = engineOf(
      "Kiran Aldous-Reyes, 36, who founded Pulsevane in 2017, appeared in court on Tuesday.",
      "Her brother, Dev Aldous-Reyes, who was Pulsevane's finance director, has not been charged.",
      "Ms Aldous-Reyes is due to appear again on 14 June.",
    );
    expect(sentences(engine, "dev aldous-reyes")).not.toContain(
      "Ms Aldous-Reyes is due to appear again on 14 June.",
    );
    expect(sentences(engine, "kiran aldous-reyes")).toContain(
      "Ms Aldous-Reyes is due to appear again on 14 June.",
    );
  });

  it("GIVEN a keeper who 'led the recapture' and a leopard 'spotted by a cleaner' THEN 'the cleaner' is not read as a misspelt 'leader'", () => {
    const engine = engineOf(
      "Senior keeper Yara Tennant, who led the recapture, said the leopard had stayed in the shade.",
      "The leopard was spotted outside her paddock at about 7.40am by a cleaner, who raised the alarm.",
    );
    expect(sentences(engine, "the cleaner")).not.toContain(
      "Senior keeper Yara Tennant, who led the recapture, said the leopard had stayed in the shade.",
    );
  });

  it("GIVEN the chain 'Brightfield' and 'the Brightfield Suppliers' Forum' named once THEN the forum's sentences are not the chain's", () => {
    const engine = engineOf(
      "About 1,800 warehouse workers at the supermarket chain Brightfield began a strike on Monday.",
      "Brightfield has offered a pay rise of 4 per cent.",
      "Rosalind Achterberg, who chairs the Brightfield Suppliers' Forum, said deliveries had been turned away.",
    );
    expect(sentences(engine, "brightfield suppliers forum")).toEqual([
      "Rosalind Achterberg, who chairs the Brightfield Suppliers' Forum, said deliveries had been turned away.",
    ]);
  });

  it("GIVEN the headline 'Water tankers roll into Bellhaven…' over an article about Northvale Water THEN its first word, describing the next, does not make it the company's", () => {
    const headline = "Water tankers roll into Bellhaven as drought leaves taps running dry";
    const engine = createEngine(
      corpusOf([
        {
          id: "w",
          file: "w.txt",
          title: headline,
          paragraphs: [
            headline,
            "Drinking water is being trucked into the hill town of Bellhaven, the local water company said on Friday.",
            "The Upper Dree Reservoir was at 9 per cent of capacity this week, according to Northvale Water, the company that runs it.",
            "Northvale Water's operations director, Kwabena Lister, said the tankers would continue.",
          ],
        },
      ]),
    );
    expect(sentences(engine, "northvale water")).not.toContain(headline);
  });
});

describe("session 24's rules", () => {
  it("GIVEN a quotation over two sentences naming someone else before its closing attribution THEN its first sentence is the speaker's", () => {
    const engine = engineOf(
      "Owner Matthias Oyelaran sold the club to its fans for £4m.",
      "Winston Abara, a former director, warned that fan ownership could leave the club short.",
      '"It is a lovely idea, and I hope it works. But a trust cannot write a cheque for a striker, and Matthias could," Mr Abara said.',
    );
    expect(sentences(engine, "abara")).toContain('"It is a lovely idea, and I hope it works.');
    expect(sentences(engine, "oyelaran")).not.toContain('"It is a lovely idea, and I hope it works.');
  });

  it("GIVEN a paragraph that is only a quotation after one ending with someone speaking THEN the quotation is theirs", () => {
    const engine = engineOf(
      "The Kestrel Hill mine was closed on Monday after a tunnel collapse.",
      "Dr Farida Ansah, the chief inspector of mines, said her team would examine the tunnel's supports.",
      '"We will go where the evidence takes us."',
      "The company said it had followed every rule.",
    );
    expect(sentences(engine, "farida ansah")).toContain('"We will go where the evidence takes us."');
  });

  it("GIVEN a quotation attributed to 'the young sprinter' THEN it is the person named before, and a spokesperson's is not", () => {
    const engine = engineOf(
      "Aleksander Nowak, 21, turned professional with the team last year.",
      '"Most teams have already signed their riders for next year," the young sprinter said.',
      "Teodor Sand, who rides for a rival team, won the stage.",
      '"Every cancelled race hurts the sport," the spokesperson said.',
    );
    expect(sentences(engine, "nowak")).toContain(
      '"Most teams have already signed their riders for next year," the young sprinter said.',
    );
    expect(sentences(engine, "teodor sand")).not.toContain(
      '"Every cancelled race hurts the sport," the spokesperson said.',
    );
  });

  it("GIVEN 'the health regulator' and the Care Standards Commission THEN 'the regulator' is the commission, and a port authority is none", () => {
    const engine = engineOf(
      "The maternity unit at St Brannock's Hospital has been rated inadequate by the health regulator.",
      "The Care Standards Commission (CSC) carried out an unannounced inspection in June.",
      "Not everyone accepts the commission's findings.",
    );
    expect(engine.who("the regulator").actor?.name).toBe("Care Standards Commission");
    const port = engineOf(
      "Dockers walked out at Skarrvik on Monday.",
      "The Skarrvik Port Authority said ferry services were running normally.",
    );
    expect(port.who("the regulator").answered).toBe(false);
  });

  it("GIVEN West Lannock Police and then 'The force has appealed…' THEN that sentence is the police's", () => {
    const engine = engineOf(
      "West Lannock Police said officers had searched farmland near the airfield.",
      "The force has appealed for anyone with dashcam footage to come forward.",
    );
    expect(sentences(engine, "west lannock police")).toContain(
      "The force has appealed for anyone with dashcam footage to come forward.",
    );
  });

  it("GIVEN '… Board (COB), which regulates charities,' THEN 'a spokesperson for the regulator' is the board's", () => {
    const engine = engineOf(
      "The Charities Oversight Board (COB), which regulates charities in Wessex, said it had opened a case.",
      "A spokesperson for the regulator said it would consider wider lessons.",
    );
    expect(sentences(engine, "cob")).toContain(
      "A spokesperson for the regulator said it would consider wider lessons.",
    );
  });

  it("GIVEN 'Her colleague, Dr Tomasi Fifita, … said' and then '\"…,\" he said' THEN the quotation is Fifita's", () => {
    const engine = engineOf(
      "Dr Anahera Wirihana said the northern reefs could act as a seed bank.",
      "Her colleague, Dr Tomasi Fifita, who led the dive teams, said 140 volunteers had helped.",
      '"Without them we could have covered perhaps a third of the sites," he said.',
    );
    expect(sentences(engine, "tomasi fifita")).toContain(
      '"Without them we could have covered perhaps a third of the sites," he said.',
    );
  });
});

describe("session 25's rules", () => {
  it("GIVEN 'given out by umpire Hamish Ferrante' THEN /who the umpire is Ferrante (WordNet's nouns for people)", () => {
    const engine = engineOf(
      "Chamindu Ratnayake had batted for four hours when he was given out leg before wicket by umpire Hamish Ferrante.",
      "Ratnayake reviewed the decision, but the on-field call stood.",
    );
    expect(engine.who("the umpire").actor?.name).toBe("Hamish Ferrante");
  });

  it("GIVEN 'Kamaljit Bassi has turned the sign…' and later 'Mrs Bassi, who is 67,' THEN Kamaljit Bassi is a person", () => {
    const engine = engineOf(
      "For forty years, Kamaljit Bassi has turned the sign on the door of Hollowmere Post Office.",
      "Mrs Bassi, who is 67, took over the village shop in March 1984.",
    );
    expect(engine.actors.find((a) => a.name === "Kamaljit Bassi")?.kind).toBe("person");
  });

  it("GIVEN 'Coach Margaret Hale said his work rate had changed…' after a sentence about Daniel Okafor THEN it is his too", () => {
    const engine = engineOf(
      "Daniel Okafor scored twice as Harbor City beat Eastport 3-1 on Saturday.",
      "Coach Margaret Hale said his work rate had changed the way the team plays.",
    );
    expect(sentences(engine, "daniel okafor")).toContain(
      "Coach Margaret Hale said his work rate had changed the way the team plays.",
    );
    // Her own "her" is hers, not a woman's before her.
    const own = engineOf(
      "Margaret Okafor won the first set 6-2.",
      "Coach Susan Hale said her serve had never been better.",
    );
    expect(sentences(own, "margaret okafor")).toHaveLength(1);
  });

  it("GIVEN a quotation's 'he' attributed to someone else THEN it is the man of the sentence before, not the speaker", () => {
    const engine = engineOf(
      "Daniel Okafor shares a flat with two team-mates.",
      '"I want to sleep in and he\'s banging on my door at 6:30," his captain, Ivan Vukovic, said.',
    );
    expect(sentences(engine, "daniel okafor")).toHaveLength(2);
  });

  it("GIVEN a first name no list knows, then 'He…' and a woman's sentence with 'his' THEN the 'his' is his (the pronouns' gender)", () => {
    const engine = engineOf(
      "Keoni Kahananui, 24, scored twice as Harbor City beat Eastport 3-1 on Saturday.",
      "He now has 14 goals this season.",
      "Coach Margaret Hale said his work rate had changed the way the team plays.",
    );
    expect(sentences(engine, "keoni kahananui")).toContain(
      "Coach Margaret Hale said his work rate had changed the way the team plays.",
    );
  });

  it("GIVEN a lede 'A former treasurer of a Wexmouth housing charity has been…' THEN it is the person the next paragraph names", () => {
    const engine = engineOf(
      "A former treasurer of a Wexmouth housing charity has been found guilty of stealing more than £612,000.",
      "Desmond Achterberg, 61, of Lower Fenwick Road, was convicted on Thursday of four counts of fraud.",
    );
    expect(sentences(engine, "desmond achterberg")).toContain(
      "A former treasurer of a Wexmouth housing charity has been found guilty of stealing more than £612,000.",
    );
  });
});

describe("session 26's rules", () => {
  it("GIVEN 'Nilufar Rashidova does not look like…' and later 'Her mother, Dilnoza Rashidova,' THEN both are people, and 'Rashidova' alone is Nilufar", () => {
    const engine = engineOf(
      "Nilufar Rashidova does not look like someone who has just upended the chess world.",
      "Rashidova won the tournament with a score of 7.5 points from nine games.",
      "Her mother, Dilnoza Rashidova, is a pharmacist.",
    );
    expect(engine.actors.find((a) => a.name === "Nilufar Rashidova")?.kind).toBe("person");
    expect(sentences(engine, "nilufar")).toContain(
      "Rashidova won the tournament with a score of 7.5 points from nine games.",
    );
  });

  it("GIVEN 'A spokesperson for Orlay Valley Water said…' THEN it is a body, and 'Its chief executive' is its chief executive", () => {
    const engine = engineOf(
      "Orlay Valley Water pleaded guilty to 11 charges and was sentenced on Thursday.",
      "The company, which supplies water to about 410,000 homes, reported a pre-tax profit of £61m last year.",
      "Its chief executive, Graham Pettigrew, received a bonus of £340,000 on top of his salary.",
      "A spokesperson for Orlay Valley Water said the company would not appeal against the sentence.",
    );
    expect(engine.actors.find((a) => a.name === "Orlay Valley Water")?.kind).toBe("organization");
    expect(engine.who("orlay valley water ceo").actor?.name).toBe("Graham Pettigrew");
  });
});

describe("session 27's rules", () => {
  it("GIVEN 'Shares of Halcyon Seaways fell' THEN the body is Halcyon Seaways, and Halcyon too", () => {
    const engine = engineOf(
      "The Meridian Star, operated by Halcyon Seaways, lost power on Monday.",
      "Halcyon said generators had restored power by Tuesday afternoon.",
      "Shares of Halcyon Seaways fell 7 percent in trading on Tuesday.",
    );
    expect(engine.actors.some((a) => a.name.startsWith("Shares"))).toBe(false);
    expect(sentences(engine, "halcyon seaways")).toHaveLength(3);
  });

  it("GIVEN a headline 'Former Castlebridge captain Tevita Fonua sues club' THEN 'Former Castlebridge' is no person", () => {
    const engine = engineOf(
      "Former Castlebridge captain Tevita Fonua sues club over repeated concussions",
      "Tevita Fonua, 31, has filed a claim at the High Court.",
      "Castlebridge Rugby Club denies it was negligent.",
    );
    expect(engine.actors.some((a) => a.name.includes("Former"))).toBe(false);
    expect(engine.who("castlebridge").actor?.name).toBe("Castlebridge Rugby Club");
  });

  it("GIVEN '“They were six down,” the Kingsfold captain said' THEN the quotation's 'They' is no body's: the sentence is the captain's", () => {
    const engine = engineOf(
      "Kingsfold’s captain, Callum Fairweather, followed him towards the pavilion.",
      "Easterhaven County Cricket Club said it would appeal.",
      "“They were six down and staring at the follow-on,” the Kingsfold captain said.",
    );
    const quoted = "“They were six down and staring at the follow-on,” the Kingsfold captain said.";
    expect(sentences(engine, "callum fairweather")).toContain(quoted);
    expect(sentences(engine, "easterhaven county cricket club")).not.toContain(quoted);
  });

  it("GIVEN 'Deputy Ruiz said the road was closed' THEN Deputy Ruiz is a person (only 'former' stands before a role alone)", () => {
    const engine = engineOf(
      "Deputy Ruiz said the road would stay closed until Friday.",
      "Ruiz added that drivers should use the bypass.",
    );
    expect(engine.actors.find((a) => a.name === "Deputy Ruiz")?.kind).toBe("person");
  });

  it("GIVEN 'Kingsfold’s captain, Callum Fairweather,' and later 'The Kingsfold captain accused…' after a sentence naming Luka THEN that sentence is Fairweather's", () => {
    const engine = engineOf(
      "Easterhaven opener Luka Marković was hit on the helmet in the fourth over.",
      "Kingsfold’s captain, Callum Fairweather, followed him towards the pavilion.",
      "“That ball to Luka could have ended his career,” Imran Siddiqui said.",
      "The Kingsfold captain accused Easterhaven of looking for a way out of a game they were losing.",
    );
    const accused =
      "The Kingsfold captain accused Easterhaven of looking for a way out of a game they were losing.";
    expect(sentences(engine, "callum fairweather")).toContain(accused);
    expect(sentences(engine, "luka markovic")).not.toContain(accused);
  });
});

describe("session 28's rules", () => {
  it("GIVEN 'The Brackenford-based company said' THEN it is 'the company said': the one company of the article", () => {
    const engine = engineOf(
      "Shares in Caldera Therapeutics rose 31 per cent after the drug maker said its pill had worked.",
      "The Brackenford-based company said the trial had enrolled 1,240 adults.",
      "Caldera Therapeutics will present full results in June.",
      "Caldera Therapeutics employs about 900 people.",
    );
    expect(sentences(engine, "caldera therapeutics")).toContain(
      "The Brackenford-based company said the trial had enrolled 1,240 adults.",
    );
  });

  it("GIVEN a company whose name says nothing of its kind, named most THEN 'the company' sentences far from its name are its", () => {
    const engine = engineOf(
      "Shares in Caldera Therapeutics rose 31 per cent on Monday.",
      "Caldera Therapeutics was founded in 1987.",
      "Analysts expect Caldera Therapeutics to seek approval this year.",
      "Islanders said they had written to their MP.",
      "Migraine days fell by 4.3 a month on average.",
      "Full results are expected in June.",
      "The company said three patients had raised liver enzymes.",
    );
    expect(sentences(engine, "caldera therapeutics")).toContain(
      "The company said three patients had raised liver enzymes.",
    );
  });

  it("GIVEN two such companies named as often THEN 'the company' is neither's", () => {
    const engine = engineOf(
      "Shares in Caldera Therapeutics rose 31 per cent on Monday.",
      "Caldera Therapeutics was founded in 1987.",
      "Shares in Brennock Biologics fell 4 per cent.",
      "Brennock Biologics makes a rival pill.",
      "Migraine days fell by 4.3 a month on average.",
      "Full results are expected in June.",
      "The company said three patients had raised liver enzymes.",
    );
    const refunds = "The company said three patients had raised liver enzymes.";
    expect(sentences(engine, "caldera therapeutics")).not.toContain(refunds);
    expect(sentences(engine, "brennock biologics")).not.toContain(refunds);
  });

  it("GIVEN 'The council leader, Mr Aidan Forsyth,' and 'Mr Viktor Halloran, the leader of the opposition group on the council,' THEN /who council leader is Forsyth alone", () => {
    const engine = engineOf(
      "Opposition to the scheme is led by Mr Viktor Halloran, the leader of the opposition group on the council, who called it a tax.",
      "The council leader, Mr Aidan Forsyth, has been more cautious in public.",
    );
    const reply = engine.who("council leader");
    expect(reply.actor?.name).toBe("Aidan Forsyth");
    expect(reply.passages.map((p) => p.text).join(" ")).not.toContain("Halloran");
  });

  it("GIVEN 'Her parents, Idris and Zainab Yusuf, are both deaf, and … she was the family's interpreter' THEN the next 'She trained…' is still the profile's subject", () => {
    const engine = engineOf(
      "Halima Yusuf, 44, has interpreted every government briefing since 2020.",
      "She grew up in a house where sign language came before spoken English.",
      "Her parents, Idris and Zainab Yusuf, are both deaf, and from the age of seven she was the family's interpreter.",
      "She trained formally in her twenties and qualified in 2005.",
    );
    expect(sentences(engine, "halima yusuf")).toContain(
      "She trained formally in her twenties and qualified in 2005.",
    );
    expect(sentences(engine, "zainab yusuf")).not.toContain(
      "She trained formally in her twenties and qualified in 2005.",
    );
  });
});

describe("session 29's rules", () => {
  it("GIVEN 'The council's chief finance officer, Eirlys Prothero,' THEN /who finance chief is Prothero, and /who town council is no council officer", () => {
    const engine = engineOf(
      "The council's chief finance officer, Eirlys Prothero, issued a notice on Wednesday.",
      "Prothero said the authority faced a shortfall of £38 million.",
      "The town council leader, Tamsin Greaves, called the notice a shock.",
    );
    const byRole = (typed: string) =>
      actorsByRole(engine.actors, buildRoleIndex(engine.actors), typed).map((a) => a.name);
    expect(byRole("finance chief")).toEqual(["Eirlys Prothero"]);
    // One word typed is more often a name; a body's word ("town council") is no officer's head.
    expect(byRole("town council")).not.toContain("Tamsin Greaves");
    expect(engine.who("finance chief").actor?.name).toBe("Eirlys Prothero");
  });

  it("GIVEN 'For Castaing, 38, then head sommelier at …' THEN Noémie Castaing is a person, and her surname's sentences hers", () => {
    const engine = engineOf(
      "Noémie Castaing remembers the exact morning it went. It was a Tuesday in November 2022.",
      "For most people, losing the sense of smell is frightening. For Castaing, 38, then head sommelier at Wren & Lantern, it seemed to mean the end of a career.",
      "In January 2023 Castaing was referred to the smell clinic at St Aldhelm's Hospital.",
    );
    expect(sentences(engine, "noemie castaing")).toContain(
      "In January 2023 Castaing was referred to the smell clinic at St Aldhelm's Hospital.",
    );
  });
});

describe("session 30's rules", () => {
  it("GIVEN 'Bramble & Bean' named with no word for what it is THEN it is an organisation, not a person", () => {
    const engine = engineOf(
      "More than 200 owners of Bramble & Bean shops have sued the chain's parent.",
      "In a statement, Bramble & Bean said it would defend itself.",
    );
    const actor = engine.actors.find((a) => a.name === "Bramble & Bean");
    expect(actor?.kind).toBe("organization");
  });

  it("GIVEN two companies, the supplier named more often THEN 'the company' is the one the headline names", () => {
    const engine = engineOf(
      "Corvane franchisees sue head office over supply prices",
      "More than 200 owners of shops run by Corvane, the coffee company, have sued it.",
      "Owners must buy through Marsh Supply Company. Marsh Supply Company sets the prices.",
      "Marsh Supply Company ships weekly. Marsh Supply Company declined to comment.",
      "Grant Holloway, the company's chief executive, said the prices were fair.",
    );
    expect(sentences(engine, "corvane")).toContain(
      "Grant Holloway, the company's chief executive, said the prices were fair.",
    );
  });

  it("GIVEN 'Rhodri Vaughan, the MP for Kestermoor,' THEN /who the local mp is Vaughan, and a Local MP before an MP of elsewhere", () => {
    const one = engineOf(
      "Rhodri Vaughan, the MP for Kestermoor, said he had written to the health secretary.",
    );
    expect(one.who("the local mp").actor?.name).toBe("Rhodri Vaughan");
    const two = engineOf(
      "Local MP Gareth Pryce said the closure was a scandal.",
      "Anika Solberg, the MP for Dunmere, said the county had been warned.",
    );
    expect(two.who("the local mp").actor?.name).toBe("Gareth Pryce");
  });
});

describe("session 31's rules", () => {
  it("GIVEN 'an eight-year-old trained by Margaret Dunphy' THEN /who the trainer is Dunphy, and a title between 'by' and the name is no bar", () => {
    const engine = engineOf(
      "Silver Lantern, an eight-year-old trained by Margaret Dunphy, won by two lengths.",
      "The chain was bought by a consortium led by local businessman Fergus Adebayo-Lund.",
      "The race was sponsored by Dr Amara Holt, a retired vet.",
    );
    expect(engine.who("the trainer").actor?.name).toBe("Margaret Dunphy");
    expect(engine.who("consortium leader").actor?.name).toBe("Fergus Adebayo-Lund");
    expect(engine.who("the sponsor").actor?.name).toBe("Amara Holt");
  });
});

describe("session 32's rules", () => {
  it("GIVEN 'Nineteen-year-old Luca Brennan' opening a sentence THEN the age is no part of his name and 'Brennan' is his", () => {
    const engine = engineOf(
      "Nineteen-year-old Luca Brennan became the youngest world darts champion on Sunday.",
      "Brennan averaged 104 in the final.",
    );
    const reply = engine.who("luca brennan");
    expect(reply.actor?.name).toBe("Luca Brennan");
    expect(reply.passages.map((p) => p.text)).toEqual([
      "Nineteen-year-old Luca Brennan became the youngest world darts champion on Sunday.",
      "Brennan averaged 104 in the final.",
    ]);
  });

  it("GIVEN 'Rhiannon Baird, prosecuting,' and 'Catriona Beaton, defending,' THEN each is found by the side they speak for", () => {
    const engine = engineOf(
      "Rhiannon Baird, prosecuting, told the jury the money had gone on racehorses.",
      "Catriona Beaton, defending, said her client had been in poor health.",
    );
    expect(engine.who("the prosecutor").actor?.name).toBe("Rhiannon Baird");
    expect(engine.who("defence lawyer").actor?.name).toBe("Catriona Beaton");
    const council = engineOf(
      "Farhan Siddiqui, prosecuting on behalf of Dunmere City Council, said inspectors found mould in eight flats.",
      "“This was not an honest mistake,” Siddiqui told the court.",
      "Catriona Beaton, defending, said her client had relied on a managing agent.",
    );
    expect(council.who("the prosecutor").actor?.name).toBe("Farhan Siddiqui");
  });
});

describe("session 33's rules", () => {
  it("GIVEN a possessor with '&' or 'and' in its name before or after a name THEN the role is of the whole name", () => {
    const before = engineOf(
      "Cresswell Books has agreed to buy its smaller rival for £41m.",
      "Marlow & Finch’s chief executive, Dominic Achterberg, says the money will let the business refurbish shops.",
    );
    expect(before.who("marlow & finch ceo").actor).toMatchObject({
      name: "Dominic Achterberg",
      role: "Marlow & Finch’s chief executive",
    });
    const after = engineOf(
      "Shares in the brewer rose 4 per cent on Monday.",
      "Ines Carvalho, Hobbs and Pryor's finance director, said the results were the best in a decade.",
    );
    expect(after.who("hobbs and pryor finance director").actor).toMatchObject({
      name: "Ines Carvalho",
      role: "Hobbs and Pryor's finance director",
    });
  });
});

describe("session 34's rules", () => {
  it("GIVEN a name ending in 'Cooperative' THEN it is a body, and 'the cooperative's chief executive' is its chief executive", () => {
    const engine = engineOf(
      "Bluestem Valley Dairy Cooperative will cut the price it pays its members for milk by 11 percent.",
      "Renata Szabo, the cooperative’s chief executive, said the decision had been painful.",
    );
    expect(engine.actors.find((a) => a.name === "Bluestem Valley Dairy Cooperative")?.kind).toBe(
      "organization",
    );
    expect(engine.who("ceo of bluestem").actor).toMatchObject({ name: "Renata Szabo" });
  });

  it("GIVEN 'Fairlow CEO Marisol Etxeberria' THEN she is Fairlow's chief executive", () => {
    const engine = engineOf(
      "Fairlow Markets, the regional grocery chain, will remove self-checkout kiosks from 22 stores.",
      "Fairlow CEO Marisol Etxeberria said the decision was not an easy one.",
    );
    expect(engine.who("ceo of fairlow").actor).toMatchObject({
      name: "Marisol Etxeberria",
      role: "Fairlow CEO",
    });
    expect(engine.who("fairlow chief executive").actor).toMatchObject({ name: "Marisol Etxeberria" });
  });

  it("GIVEN 'striker Keoni Kahananui' in a sentence with no comma THEN 'the striker' later is him", () => {
    const engine = engineOf(
      "Harbor City beat Riverside 2-1 on Saturday as striker Keoni Kahananui scored twice.",
      "The striker has now scored 17 goals in 22 matches.",
    );
    expect(sentences(engine, "keoni kahananui")).toContain(
      "The striker has now scored 17 goals in 22 matches.",
    );
  });

  it("GIVEN 'Ms Haddad, 38, is the airport's senior falconer' THEN 'senior falconer' finds her, and 'a keen runner' is no body's", () => {
    const engine = engineOf(
      "Yasmin Haddad arrives at the airfield before dawn.",
      "Ms Haddad, 38, is the airport's senior falconer, and her job is to scare the gulls away.",
      "Ana Ruiz is the chief executive of Fairlow Markets.",
    );
    expect(engine.who("senior falconer").actor).toMatchObject({ name: "Yasmin Haddad" });
    expect(engine.who("fairlow ceo").actor).toMatchObject({ name: "Ana Ruiz" });
  });

  it("GIVEN 'Adaeze Nwosu KC' THEN '/who nwosu kc' finds her, and her sentences that name her 'Nwosu'", () => {
    const engine = engineOf(
      "Under cross-examination by Adaeze Nwosu KC, for the newspaper, Mallory accepted that she had once thrown a script.",
      "Nwosu put it to her that at least six former colleagues had given statements.",
    );
    expect(engine.who("nwosu kc").actor).toMatchObject({ name: "Adaeze Nwosu" });
    expect(sentences(engine, "nwosu kc")).toContain(
      "Nwosu put it to her that at least six former colleagues had given statements.",
    );
  });
});
