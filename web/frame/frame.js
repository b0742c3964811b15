// Resistance Check frame.js, for the page that frames check.html (another site: Wix, Google
// Sites, a landing-page tool). It sizes each iframe to the height its page posts
// ({type: "resistance-check:height", height}), so the check never shows a scrollbar inside
// the frame, and asks the frames for their height once as it starts, in case it came later
// than their first report. A message counts only from the window of an iframe on this page.
// No library; minified by scripts/finalize-dist.mjs (under 1 KB brotli, tested).
(() => {
  const frames = () => document.querySelectorAll("iframe");
  addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== "resistance-check:height") return;
    const height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 100000)) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      // The height is the page's content: the frame's own border and padding come on top.
      frame.style.boxSizing = "content-box";
      frame.style.height = `${height}px`;
    }
  });
  for (const frame of frames()) frame.contentWindow?.postMessage({ type: "resistance-check:measure" }, "*");
})();
