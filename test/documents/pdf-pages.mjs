// @ts-check
// Reading a PDF the way a person looks at its pages, with poppler's tools: how many pages, the text of
// each, and where the text blocks sit on each page (pdftotext -bbox-layout).
import { execFileSync } from 'node:child_process';

/** @param {string} pdf */
export function pageCount(pdf) {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The text of every page, in the order it was written (a table cell by cell). @param {string} pdf @returns {string[]} */
export function pageTexts(pdf) {
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pages = text.split('\f');
    if (pages[pages.length - 1].trim() === '') pages.pop();
    return pages;
}

/**
 * Text with every run of white space as one space, ligatures and quotes as typed, and a line broken
 * after a hyphen joined again ("person-" and "centred" on two lines are "person-centred").
 * @param {string} text
 */
export function normalise(text) {
    return text.normalize('NFKC').replace(/[\u2018\u2019]/g, '\'').replace(/[\u201c\u201d]/g, '"')
        .replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * @typedef {{ text: string, yMin: number, yMax: number }} TextBlock
 * @typedef {{ width: number, height: number, blocks: TextBlock[] }} PdfPage
 */

/** Each page's size and its text blocks with their vertical extent, in points from the top. @param {string} pdf @returns {PdfPage[]} */
export function pageLayouts(pdf) {
    const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    /** @type {PdfPage[]} */
    const pages = [];
    for (const page of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
        /** @type {TextBlock[]} */
        const blocks = [];
        for (const block of page[3].matchAll(/<block xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/block>/g)) {
            const words = [...block[3].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map(word => decode(word[1]));
            blocks.push({ text: words.join(' '), yMin: Number(block[1]), yMax: Number(block[2]) });
        }
        pages.push({ width: Number(page[1]), height: Number(page[2]), blocks });
    }
    return pages;
}

/** @param {string} text */
function decode(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
}
