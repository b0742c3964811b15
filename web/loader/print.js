// "Print or save as PDF": around window.print() the widget marks its host with the printing
// attribute (RC_HANDOVER: src/handover.rs, written out by the build), and this page-level
// rule then prints that widget alone, at the top left of the page. A constructed
// stylesheet, because a strict Content-Security-Policy (style-src 'self') refuses an
// injected <style> element but not this. Browsers without :has() drop the rule and print
// the whole page.
// The attribute is written out in each place (not through a variable) so that the build
// folds the rule into one string.
const PRINT_RULES = `@media print {
  body:has([${RC_HANDOVER.printing}]) * { visibility: hidden !important; }
  body:has([${RC_HANDOVER.printing}]) [${RC_HANDOVER.printing}],
  body:has([${RC_HANDOVER.printing}]) [${RC_HANDOVER.printing}] * { visibility: visible !important; }
  body:has([${RC_HANDOVER.printing}]) [${RC_HANDOVER.printing}] {
    position: absolute !important; left: 0 !important; top: 0 !important;
    width: 100% !important; margin: 0 !important; min-height: 0 !important;
  }
}`;

// Adopted by the page as this module loads.
try {
  const printSheet = new CSSStyleSheet();
  printSheet.replaceSync(PRINT_RULES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
} catch {
  // No constructed stylesheets (old browser): printing shows the whole page.
}
