// The live preview beside the editor: the core's HTML rendering of the plan (appl/previewPlan, the
// same page the VS Code extension shows), redrawn once typing pauses. The frame is sandboxed without
// scripts; the page keeps its scroll position itself.

export class PreviewPane {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private latest = 0;

    constructor(
        private readonly frame: HTMLIFrameElement,
        private readonly render: () => Promise<{ html: string, title: string } | undefined>,
        private readonly delay = 300,
    ) {}

    refreshSoon(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), this.delay);
    }

    async refresh(): Promise<void> {
        const request = ++this.latest;
        let result: { html: string, title: string } | undefined;
        try {
            result = await this.render();
        } catch {
            return; // the text changed while the server worked: the next change brings a new preview
        }
        if (!result || request !== this.latest) return;
        const scroll = this.frame.contentWindow?.scrollY ?? 0;
        this.frame.addEventListener('load', () => this.frame.contentWindow?.scrollTo(0, scroll), { once: true });
        this.frame.title = `Preview of ${result.title}`;
        // The preview's own script only keeps its scroll position, which the frame cannot run here.
        this.frame.srcdoc = result.html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    }
}
