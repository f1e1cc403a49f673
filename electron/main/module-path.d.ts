// electron-vite's `?modulePath` import: the path of a separately bundled entry (here, the core's
// utility process). Declared locally rather than through `electron-vite/node`, whose global
// ImportMeta declarations would clash with the renderer's vite/client types.
declare module '*?modulePath' {
  const modulePath: string;
  export default modulePath;
}
