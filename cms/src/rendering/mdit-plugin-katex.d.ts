// cms/tsconfig.json resolves modules the "Node" (node10) way, which ignores package.json
// "exports", the only place @mdit/plugin-katex names its types; point TypeScript at them. At run
// time Node resolves the package through "exports" as usual. Delete this file if the CMS moves to
// "moduleResolution": "node16".
declare module '@mdit/plugin-katex' {
  export * from '@mdit/plugin-katex/dist/index';
}
