// The examples quote the seed letters word for word: every weakness, area for priority action, area
// for improvement, requirement of a notice, and review comment or "looking for" item of a real area
// must appear in its letter (test/fixtures/letters/). And the letters' lists must appear in the
// examples in full: all eight Medway weaknesses with their revisit judgements, all nine Kent areas with
// every "looking for evidence of" item, the two Staffordshire areas, the Medway follow-up points.
//
// Normalisations, and only these, are applied to both sides before comparing:
//   - whitespace: any run of spaces, tabs and line breaks counts as one space (the letters are text
//     extracted from PDFs and web pages, with line breaks inside sentences);
//   - curly quotes: ‘ and ’ count as ', “ and ” count as " (APPL text is typed with straight quotes).
// Nothing else: not case, not punctuation, not spelling. The fictional example is exempt and says so.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, type AstNode } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { ast } from '../../src/index.js';
import { checkOnDisk, EXAMPLE_FILES, examplePath, LETTERS } from './examples.js';

/** Whitespace runs become one space; curly single and double quotes become straight ones. */
function normalise(text: string): string {
    return text.replace(/[\u2018\u2019]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Which letter each example file quotes. */
const SOURCES: Record<string, string> = {
    'medway/medway-findings.appl': 'medway-revisit-2020-02-11.txt',
    'medway/app-2020.appl': 'medway-release-2021-10-05.txt',
    'staffordshire-app-2022.appl': 'staffordshire-next-steps-2022-03-01.txt',
    'kent-improvement-plan.appl': 'kent-progress-review-2024-01-08.txt',
};
/** Examples about a made-up area: their findings are invented, and there is no letter to match. */
const FICTIONAL = ['priority-action-plan-2023.appl'];

function letter(name: string): string {
    return readFileSync(path.join(LETTERS, name), 'utf8');
}

interface Quoted {
    what: string;
    text: string;
}

/** Every text of a file that must come from a letter: findings, requirements, review comments and items. */
function quotedTexts(root: ast.Document): Quoted[] {
    const quoted: Quoted[] = [];
    for (const node of AstUtils.streamAllContents(root) as Iterable<AstNode>) {
        if (ast.isWeakness(node)) {
            quoted.push({ what: `${node.kind} ${node.name}`, text: node.text });
        } else if (ast.isRequirement(node)) {
            quoted.push({ what: `requirement ${node.name}`, text: node.text });
        } else if (ast.isReviewOutcome(node) && node.text !== undefined) {
            quoted.push({ what: `outcome for ${node.weakness?.$refText}`, text: node.text });
        } else if (ast.isLookingFor(node)) {
            quoted.push({ what: `looking-for ${node.weakness?.$refText ?? ''}`.trim(), text: node.text });
        }
    }
    return quoted;
}

const roots = new Map<string, ast.Document>();

beforeAll(async () => {
    const { results } = await checkOnDisk(EXAMPLE_FILES.map(examplePath));
    EXAMPLE_FILES.forEach((file, i) => roots.set(file, results[i].document.parseResult.value as ast.Document));
});

function rootOf(file: string): ast.Document {
    const root = roots.get(file);
    expect(root, `${file} was not loaded`).toBeDefined();
    return root!;
}

function weaknesses(file: string): ast.Weakness[] {
    return rootOf(file).declarations.filter(ast.isInspection).flatMap(inspection => inspection.weaknesses);
}

function reviewOn(file: string, date: string): ast.Review {
    const review = rootOf(file).declarations.filter(ast.isReview).find(r => r.date === date);
    expect(review, `${file} has no review dated ${date}`).toBeDefined();
    return review!;
}

/** The lines of a list that follows a heading line, each without its bullet, until the list ends. */
function listAfter(text: string, heading: string, bullet: RegExp): string[] {
    const lines = text.split('\n');
    const start = lines.findIndex(line => line.includes(heading));
    expect(start, `the letter has no line with "${heading}"`).toBeGreaterThanOrEqual(0);
    const items: string[] = [];
    for (const line of lines.slice(start + 1)) {
        if (bullet.test(line)) {
            items.push(normalise(line.replace(bullet, '')));
        } else if (line.trim() !== '') {
            break; // blank lines may separate items; any other line ends the list
        }
    }
    return items;
}

describe('wording of the examples', () => {
    it('quotes every finding, requirement and review text of a real area word for word from its letter', () => {
        for (const [file, source] of Object.entries(SOURCES)) {
            const body = normalise(letter(source));
            const quoted = quotedTexts(rootOf(file));
            expect(quoted.length, `${file} quotes nothing`).toBeGreaterThan(0);
            for (const { what, text } of quoted) {
                expect(body.includes(normalise(text)), `${file}: ${what} is not word for word in ${source}: "${text}"`).toBe(true);
            }
        }
    });

    it('leaves no quoted text unchecked: every other example file quotes nothing, or is fictional and says so', () => {
        for (const file of EXAMPLE_FILES.filter(f => !(f in SOURCES))) {
            const root = rootOf(file);
            if (FICTIONAL.includes(file)) {
                const plan = root.declarations.find(ast.isPlan);
                expect(plan?.localArea[0]).toMatch(/\(fictional\)/);
                continue;
            }
            expect(quotedTexts(root), `${file} quotes text but names no letter in SOURCES`).toEqual([]);
        }
    });

    it('has all eight Medway weaknesses, in the revisit letter\'s order and words, and the revisit\'s judgement on each', () => {
        const text = letter('medway-revisit-2020-02-11.txt');
        const found = [...text.matchAll(/The initial inspection found that:\s*(?:#+\s*)?\*\*(.+?)\*\*/g)].map(m => normalise(m[1]));
        const judged = [...text.matchAll(/\*\*The (?:local )?area has (not )?made sufficient progress in addressing this significant weakness\.\*\*/g)]
            .map(m => m[1] ? 'not-sufficient' : 'sufficient');
        expect(found).toHaveLength(8);
        expect(judged).toHaveLength(8);
        expect(judged.filter(j => j === 'sufficient')).toHaveLength(5);

        const file = 'medway/medway-findings.appl';
        expect(weaknesses(file).map(w => normalise(w.text))).toEqual(found);
        expect(weaknesses(file).every(w => w.judgement === undefined)).toBe(true); // open at the December 2017 inspection
        const revisit = reviewOn(file, '2019-12-11');
        expect(revisit.kind).toBe('revisit');
        expect(revisit.outcomes.map(o => [o.weakness?.$refText, o.judgement]))
            .toEqual(weaknesses(file).map((w, i) => [w.name, judged[i]]));
    });

    it('records the Medway APP reviews as the DfE letter of 5 October 2021 tells them', () => {
        const file = 'medway/app-2020.appl';
        const january = reviewOn(file, '2021-01-20');
        expect(january.outcomes.map(o => [o.weakness?.$refText, o.judgement]))
            .toEqual([['W7', 'sufficient'], ['W1', 'not-sufficient'], ['W2', 'not-sufficient']]);
        const september = reviewOn(file, '2021-09-20');
        expect(september.outcomes.map(o => [o.weakness?.$refText, o.judgement])).toEqual([['W1', 'released'], ['W2', 'released']]);
        const followUps = listAfter(letter('medway-release-2021-10-05.txt'), 'In particular we are interested in following progress on:', /^\s*·\s*/);
        expect(followUps).toHaveLength(7);
        expect(september.lookingFor.map(item => normalise(item.text))).toEqual(followUps);
    });

    it('has the two Staffordshire areas the letter asks the APP to address, in its words', () => {
        const areas = listAfter(letter('staffordshire-next-steps-2022-03-01.txt'), 'where sufficient progress has not been made:', /^\s*-\s+/);
        expect(areas).toEqual(['Improving co-production, particularly with parents.', 'Improving the quality of EHC plans.']);
        expect(weaknesses('staffordshire-app-2022.appl').map(w => normalise(w.text))).toEqual(areas);
    });

    it('has all nine Kent areas, and every "looking for evidence of" item under the right area, each answered', () => {
        const text = letter('kent-progress-review-2024-01-08.txt');
        const sections = text.split(/^(?=Area \d: )/m).slice(1);
        expect(sections).toHaveLength(9);
        const file = 'kent-improvement-plan.appl';
        expect(weaknesses(file).map(w => normalise(w.text)))
            .toEqual(sections.map(section => normalise(/^Area \d: (.+)$/m.exec(section)![1])));

        const expected = sections.flatMap((section, i) => listAfter(section, 'looking for evidence of:', /^\s*-\s+/)
            .map(item => [`W${i + 1}`, item]));
        expect(expected).toHaveLength(33);
        const review = reviewOn(file, '2023-11-15');
        expect(review.lookingFor.map(item => [item.weakness?.$refText, normalise(item.text)])).toEqual(expected);
        for (const item of review.lookingFor) {
            expect(item.answeredBy.length, `nothing answers "${item.text}"`).toBeGreaterThan(0);
            expect(item.answeredBy.every(ref => ref.ref !== undefined)).toBe(true);
        }
    });

    it('records the Improvement Notice requirement in the Kent letter\'s words, due six months after 31 March 2023, met', () => {
        const notice = rootOf('kent-improvement-plan.appl').declarations.find(ast.isNotice);
        expect(notice).toMatchObject({ kind: 'improvement-notice', issued: '2023-03-31' });
        const quoted = /would, "(provide a clear plan .+?)" I can confirm/s.exec(letter('kent-progress-review-2024-01-08.txt'))![1];
        const r1 = notice!.requirements.find(r => r.name === 'R1');
        expect(normalise(r1!.text)).toBe(normalise(quoted));
        expect(r1).toMatchObject({ due: '2023-09-30', outcome: 'met' });
        expect(r1!.answeredBy.map(ref => ref.$refText)).toContain('6.1');
    });
});
