declare module 'jsonld' {
  const jsonld: { expand(input: object, options?: object): Promise<object[]> };
  export default jsonld;
}
