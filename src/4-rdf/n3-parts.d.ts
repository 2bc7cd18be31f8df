// Types for the single files of N3.js that n3.ts loads (the package types only its index); n3.ts
// gives each its type from 'n3'.

declare module 'n3/lib/*.js' {
  const part: unknown;
  export default part;
}
