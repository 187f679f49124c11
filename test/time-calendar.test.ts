import { test } from "node:test";
import assert from "node:assert/strict";
import { dayNumber, daysInMonth, fromDayNumber } from "../src/time/calendar.js";

// The calendar arithmetic must give exactly what the Date functions give (they were the
// reference implementation): every day of several centuries, leap years, the 0…99 years
// Date.UTC reads as 1900…1999, and overflowing days.
const viaDate = {
  daysInMonth: (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate(),
  dayNumber: (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / 86400000),
  fromDayNumber: (n: number): [number, number, number] => {
    const dt = new Date(n * 86400000);
    return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
  },
};

test("calendar: daysInMonth and dayNumber agree with Date.UTC", () => {
  const years = [-401, -1, 0, 1, 4, 99, 100, 101, 1600, 1700, 1899, 1900, 1970, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999, 10000];
  for (const y of years) {
    for (let m = 1; m <= 12; m++) {
      assert.equal(daysInMonth(y, m), viaDate.daysInMonth(y, m), `daysInMonth(${y}, ${m})`);
      for (const d of [-31, 0, 1, 15, 28, 29, 30, 31, 32, 60]) {
        assert.equal(dayNumber({ y, m, d }), viaDate.dayNumber(y, m, d), `dayNumber(${y}-${m}-${d})`);
      }
    }
  }
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(dayNumber({ y: 1970, m: 1, d: 1 }), 0);
});

test("calendar: fromDayNumber agrees with Date for every day of 1890–2110 and far days", () => {
  const from = viaDate.dayNumber(1890, 1, 1);
  const to = viaDate.dayNumber(2110, 12, 31);
  for (let n = from; n <= to; n++) {
    const v = fromDayNumber(n);
    assert.deepEqual([v.y, v.m, v.d], viaDate.fromDayNumber(n), `fromDayNumber(${n})`);
    assert.equal(dayNumber(v), n);
  }
  for (const n of [-800000, -719528, -719162, -1, 0, 1, 2932896, 5000000]) {
    const v = fromDayNumber(n);
    assert.deepEqual([v.y, v.m, v.d], viaDate.fromDayNumber(n), `fromDayNumber(${n})`);
  }
});
