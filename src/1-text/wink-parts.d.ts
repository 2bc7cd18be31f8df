// Types for the parts of wink-eng-lite-web-model that wink-model.ts loads one by one (the package
// types only its entry). Each is a CommonJS module whose export wink-nlp calls or reads.

declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
