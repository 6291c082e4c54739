// Preloaded (`node --import`) into the e2e server only: its clock starts at BANLI_E2E_CLOCK and
// runs on from there. The kernel's working-day calendar covers the years of its holiday data
// (2004–2026 at the time of writing); a real clock late in the last covered year puts every
// 3-month time limit outside it, so the e2e journeys run on a fixed day inside it.
const start = Date.parse(process.env.BANLI_E2E_CLOCK ?? "");
if (!Number.isNaN(start)) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
