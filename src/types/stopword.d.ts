// The `stopword` package ships no type declarations; this is the part we use.
declare module "stopword" {
  export const eng: string[];
}
