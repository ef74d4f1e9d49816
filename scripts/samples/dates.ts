/**
 * Dates and instants. A time is counted in minutes since 1970-01-01 00:00 Vietnam time,
 * and written with the +07:00 offset.
 */
import type { Rng } from "./rng.js";

export const pad = (n: number, width = 2) => String(n).padStart(width, "0");
export const dayOf = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
  86_400_000;
export const dateOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
export const addDays = (date: string, days: number) => dateOfDay(dayOf(date) + days);
export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);
export const at = (date: string, hours: number, minutes = 0) =>
  dayOf(date) * 1440 + hours * 60 + minutes;
export const dateOfTime = (t: number) => dateOfDay(Math.floor(t / 1440));
export const iso = (t: number) => {
  const m = ((t % 1440) + 1440) % 1440;
  return `${dateOfTime(t)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+07:00`;
};
export const randomDate = (rng: Rng, from: string, to: string) =>
  dateOfDay(rng.int(dayOf(from), dayOf(to)));
/** The Vietnam calendar day of an ISO instant written with an offset. */
export const dateOfInstant = (instant: string) => dateOfTime(Date.parse(instant) / 60_000 + 7 * 60);

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
