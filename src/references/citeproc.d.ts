// The part of citeproc-js (2.4) that Galley uses. citeproc ships no types.
declare module 'citeproc' {
  namespace CSL {
    interface VariableWrapperParams {
      itemData: Record<string, unknown> & { id: string; type: string };
      variableNames: string[];
      context: string;
      mode: string;
    }
    interface Sys {
      /** Locale XML, or citeproc's JSON form of it (`parseXml`). */
      retrieveLocale(lang: string): string | object;
      retrieveItem(id: string): unknown;
      stringCompare?(a: string, b: string): number;
      variableWrapper?(params: VariableWrapperParams, prePunct: string, str: string, postPunct: string): string;
    }
    interface CitationData {
      citationID: string;
      citationItems: { id: string; locator?: string; label?: string }[];
      properties: { noteIndex: number };
    }
    interface BibliographyMeta {
      entry_ids: string[][];
      bibliography_errors: unknown[];
    }
    /** citeproc's JSON form of a style or locale. */
    function parseXml(xml: string): object;
    class Engine {
      constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
      opt: { development_extensions: Record<string, boolean> };
      setOutputFormat(format: string): void;
      updateItems(ids: string[]): void;
      updateUncitedItems(ids: string[]): void;
      rebuildProcessorState(citations: CitationData[], format?: string, uncited?: string[]): [string, number, string][];
      makeBibliography(): [BibliographyMeta, string[]] | false;
      makeCitationCluster(items: { id: string; locator?: string; label?: string; 'author-only'?: boolean; 'suppress-author'?: boolean }[]): string;
    }
  }
  const CSL: { Engine: typeof CSL.Engine };
  export default CSL;
}
