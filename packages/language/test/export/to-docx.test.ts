// The Word export's structure, read from the file's XML: what Word and LibreOffice will show (the
// documents suite opens the files in LibreOffice itself).
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { checkPlans, createApplServices, exportPlanFile } from '../../src/index.js';
import { heading, marker, paragraph, table, type ReportDocument } from '../../src/export/document/document-model.js';
import { renderDocx } from '../../src/export/render-docx.js';
import { zipEntry } from './zip-entry.js';

const fixture = fileURLToPath(new URL('../fixtures/export/sample-app.appl', import.meta.url));

async function sampleWord(): Promise<Uint8Array> {
    const { appl } = createApplServices(NodeFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.file(fixture) }]);
    return exportPlanFile(appl, document, 'docx');
}

/** The paragraphs' styles and text, in order, as "Heading1: Area 1: …". */
function outline(xml: string): string[] {
    return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="(Title|Heading\d)"\/>([\s\S]*?)<\/w:p>/g)]
        .map(match => `${match[1]}: ${[...match[2].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(text => text[1]).join('')}`);
}

describe('Word export', () => {
    it('is an A4 document with the running title at the top and "Page n of m" at the foot of every page', async () => {
        const word = await sampleWord();
        const document = zipEntry(word, 'word/document.xml')!;
        expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
        expect(zipEntry(word, 'word/header1.xml')).toContain('<w:t xml:space="preserve">Sample Accelerated Progress Plan</w:t>');
        const footer = zipEntry(word, 'word/footer1.xml')!;
        expect(footer.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(' Page PAGE of NUMPAGES ');
        expect(zipEntry(word, 'docProps/core.xml')).toContain('<dc:creator>APPL</dc:creator>');
    });

    it('uses Word\'s heading styles, with outline levels, in the Annex A order', async () => {
        const word = await sampleWord();
        expect(outline(zipEntry(word, 'word/document.xml')!)).toEqual([
            'Title: Sample Accelerated Progress Plan',
            'Heading1: Summary dashboard',
            'Heading1: Plan details',
            'Heading1: Governance and monitoring',
            'Heading2: SEND Improvement Board',
            'Heading1: Why progress was not sufficient, and what is being done',
            'Heading1: Keeping children, young people and families informed',
            'Heading1: Support and challenge requested',
            'Heading1: Weaknesses and what addresses them',
            'Heading1: Area 1: Joint strategic leadership',
            'Heading2: Action 1.1: Agree a joint SEND strategy with health and the parent carer forum',
            'Heading2: Area 1 measures (KPIs)',
            'Heading1: Area 2: Quality of EHC plans',
            'Heading2: Action 2.1: Train EHC coordinators in outcome-focused plan writing',
            'Heading2: Area 2 measures (KPIs)',
            'Heading1: Reviews',
            'Heading2: Progress review, 20 January 2021',
            'Heading1: Sign-off',
        ]);
        const styles = zipEntry(word, 'word/styles.xml')!;
        for (const [style, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]]) {
            expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${style}">[\\s\\S]*?<w:keepNext/>[\\s\\S]*?<w:outlineLvl w:val="${level}"/>`));
        }
        // The dashboard has the first page to itself.
        expect(zipEntry(word, 'word/document.xml')).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>)[\s\S])*?<w:t[^>]*>Plan details<\/w:t>/);
    });

    it('repeats a table\'s header row on every page, keeps rows whole, and shows a marker\'s words on its tint', async () => {
        const report: ReportDocument = {
            title: 'T', subtitle: 'S', runningTitle: 'R', colophon: 'C',
            blocks: [heading(2, 'Grid'), paragraph('Before.'), table([['Area', 50], ['RAG', 50]], [[['1 Leadership'], [marker('Red', 'red')]]])],
        };
        const document = zipEntry(await renderDocx(report), 'word/document.xml')!;
        expect(document).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>(?:(?!<\/w:tr>)[\s\S])*Area/);
        expect(document).toMatch(/<w:tr><w:trPr><w:cantSplit\/><\/w:trPr>(?:(?!<\/w:tr>)[\s\S])*1 Leadership/);
        // The cell of a marker alone is tinted, and its words are dark red and bold on the same tint.
        expect(document).toMatch(/<w:shd w:fill="FFC7CE" w:color="auto" w:val="clear"\/>(?:(?!<\/w:tc>)[\s\S])*<w:b\/>(?:(?!<\/w:tc>)[\s\S])*<w:color w:val="9C0006"\/>(?:(?!<\/w:tc>)[\s\S])*<w:t[^>]*>Red<\/w:t>/);
    });
});
