// Paints coloured marks on the first animation frame and notes when, as the app's
// timeline notes its first paint (ui/src/timeline/Timeline.ts, `firstPaintAt`: ms since
// the epoch, once the frame callback has drawn): the benchmark reads both the same way.
window.__blank = { firstPaintAt: null };
requestAnimationFrame(() => {
  const canvas = document.getElementById("marks");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = canvas.clientWidth * ratio;
  canvas.height = canvas.clientHeight * ratio;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  const colours = ["#c0392b", "#2471a3", "#1e8449", "#b7950b"];
  for (let i = 0; i < 40; i++) {
    ctx.fillStyle = colours[i % colours.length];
    ctx.beginPath();
    ctx.arc(40 + ((i * 97) % (canvas.clientWidth - 80)), 60 + ((i * 53) % (canvas.clientHeight - 120)), 12, 0, 2 * Math.PI);
    ctx.fill();
  }
  window.__blank.firstPaintAt = performance.timeOrigin + performance.now();
});
