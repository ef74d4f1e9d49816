// idKey skips normalisation for text NFC leaves as it is; it must give what normalising
// gives, for every string, or two ids equal after normalisation would not be found equal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idKey } from "../../src/dataset/validate-checker.js";

const reference = (value: string) => value.trim().normalize("NFC");

// Characters the fast path accepts, and the combining marks and other letters it must not.
const vietnamese =
  "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
const combining = "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b";
const others = " -_.0123456789\u00a0\u2000\u212b\u1100\u1161\uac00\u{1d400}Å";
const alphabet = [...vietnamese, ...combining, ...others];

describe("idKey", () => {
  it("gives the trimmed NFC form of any string", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const value = chars.join("");
        expect(idKey(value)).toBe(reference(value));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 16 }), (value) => {
        expect(idKey(value)).toBe(reference(value));
      }),
      { numRuns: 5000 },
    );
  });

  it("makes composed and decomposed Vietnamese ids equal", () => {
    const composed = "cam-Xuân-Sinh-ấp-1";
    expect(idKey(composed.normalize("NFD"))).toBe(idKey(composed));
    expect(idKey(`  ${composed} `)).toBe(composed);
  });
});
