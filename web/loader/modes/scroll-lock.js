// While the dialog is open the page behind it does not scroll: its root and body get
// `overflow: hidden`, and on closing exactly what the page had set on them comes back
// (each longhand's value and priority; the style attribute as it was written, when nothing
// else in it changed meanwhile).
const LONGHANDS = ["overflow-x", "overflow-y"];

/** Locks the page's scrolling; returns the function that restores it. */
export function lockScroll() {
  const saved = [document.documentElement, document.body].filter(Boolean).map((element) => ({
    element,
    attribute: element.getAttribute("style"),
    parsed: element.style.cssText,
    values: LONGHANDS.map((name) => [name, element.style.getPropertyValue(name), element.style.getPropertyPriority(name)]),
  }));
  for (const { element } of saved) for (const name of LONGHANDS) element.style.setProperty(name, "hidden", "important");
  return () => {
    for (const { element, attribute, parsed, values } of saved) {
      for (const [name, value, priority] of values) {
        if (value) element.style.setProperty(name, value, priority);
        else element.style.removeProperty(name);
      }
      if (element.style.cssText !== parsed) continue;
      if (attribute === null) element.removeAttribute("style");
      else element.setAttribute("style", attribute);
    }
  };
}
