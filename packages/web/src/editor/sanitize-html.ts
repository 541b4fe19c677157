// Hovers and completion details arrive as Markdown, which CodeMirror's LSP client turns into HTML.
// They quote the author's text (a weakness, a measure's name), so the HTML is cut down to plain
// formatting before the page shows it: no scripts, no styles, no images or anything else that could
// load from the network; links keep only an http(s) address and open in a new tab.

const ALLOWED = new Set(['P', 'BR', 'HR', 'EM', 'STRONG', 'B', 'I', 'CODE', 'PRE', 'UL', 'OL', 'LI', 'BLOCKQUOTE',
    'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'A', 'SPAN', 'DIV']);

export function sanitizeHtml(html: string): string {
    // A <template>'s content is inert: parsing it loads nothing and runs nothing.
    const template = document.createElement('template');
    template.innerHTML = html;
    clean(template.content);
    const holder = document.createElement('div');
    holder.append(template.content);
    return holder.innerHTML;
}

function clean(parent: ParentNode): void {
    for (const node of [...parent.childNodes]) {
        if (node.nodeType === Node.ELEMENT_NODE) {
            const element = node as Element;
            if (!ALLOWED.has(element.tagName)) {
                // Keep the words of an unknown element, drop the element (and all of a script or style).
                if (/^(SCRIPT|STYLE|TEMPLATE|IFRAME|OBJECT|EMBED|SVG|MATH)$/.test(element.tagName)) {
                    element.remove();
                } else {
                    clean(element);
                    element.replaceWith(...element.childNodes);
                }
                continue;
            }
            const href = element.tagName === 'A' ? element.getAttribute('href') : null;
            for (const attribute of [...element.attributes]) {
                element.removeAttribute(attribute.name);
            }
            if (href && /^https?:\/\//i.test(href)) {
                element.setAttribute('href', href);
                element.setAttribute('target', '_blank');
                element.setAttribute('rel', 'noopener noreferrer');
            }
            clean(element);
        } else if (node.nodeType !== Node.TEXT_NODE) {
            node.remove();
        }
    }
}
