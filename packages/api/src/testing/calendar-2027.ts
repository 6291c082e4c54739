/**
 * A 2027 holiday notice for tests, in the shape an administrator uploads (`admin.loadCalendar`).
 * Test data, not the State Council's notice: it follows the usual pattern (元旦, a week of 春节
 * with weekend 调休 days, 清明, 劳动节, 端午, 中秋, 国庆) so that deadlines count as in a real year.
 */
const span = (from: string, days: number, zh: string, en: string) =>
  Object.fromEntries(
    Array.from({ length: days }, (_, i) => {
      const d = new Date(`${from}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + i);
      return [d.toISOString().slice(0, 10), { zh, en }];
    }),
  );

export const calendar2027 = {
  source: { name: "test-notice", version: "2027" },
  coverage: { firstYear: 2027, lastYear: 2027 },
  holidays: {
    ...span("2027-01-01", 3, "元旦", "New Year's Day"),
    ...span("2027-02-05", 8, "春节", "Spring Festival"),
    ...span("2027-04-05", 1, "清明节", "Qingming"),
    ...span("2027-05-01", 5, "劳动节", "Labour Day"),
    ...span("2027-06-09", 1, "端午节", "Dragon Boat Festival"),
    ...span("2027-09-15", 1, "中秋节", "Mid-Autumn Festival"),
    ...span("2027-10-01", 7, "国庆节", "National Day"),
  },
  makeUpWorkdays: {
    ...span("2027-02-14", 1, "春节", "Spring Festival"),
    ...span("2027-05-08", 1, "劳动节", "Labour Day"),
    ...span("2027-09-26", 1, "国庆节", "National Day"),
  },
};
