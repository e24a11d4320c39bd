declare module 'opencc-js/dict/*' {
  /** `"from to1 to2|..."` pairs. */
  const dict: string;
  export default dict;
}
