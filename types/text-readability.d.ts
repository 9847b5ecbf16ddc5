/** Types for text-readability 1.1 (MIT), which ships none; only what the reading-level tests call. */
declare module "text-readability" {
  interface Readability {
    /** Flesch-Kincaid grade level of an English text. */
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
