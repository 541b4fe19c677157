// esbuild.mjs loads the example plans as text.
declare module '*.appl' {
    const text: string;
    export default text;
}
