// picomatch's POSIX build (no Node built-ins, the same on every platform) has the main entry's API.
declare module 'picomatch/posix.js' {
    import picomatch from 'picomatch';
    export default picomatch;
}
