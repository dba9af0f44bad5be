/**
 * The Dramatis stylesheet as a string, for places where a CSS import cannot reach: a closed shadow root on a news page
 * (`adoptedStyleSheets`, not subject to the page's CSP) or a `<style>` element. Extension pages can simply
 * `import '@/components/styles.css'`.
 */
import css from './styles.css?raw';

export const dramatisCss: string = css;

/** Put the Dramatis styles into a shadow root (or a document) with a constructable stylesheet. */
export function adoptDramatisStyles(target: ShadowRoot | Document): void {
  const view = (target instanceof Document ? target : target.ownerDocument).defaultView;
  const Sheet = view?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(dramatisCss);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
