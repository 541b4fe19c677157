// Starts the language server's worker at once, from the page's <head>, while the page's own code
// (app.js) still loads: the two downloads and compilations overlap, and the checker is ready sooner.
// main.ts takes the worker from here.
window.applServerWorker = new Worker('server-worker.js', { name: 'APPL language server' });
