import { memo } from "../../../src/core/_lib/memo";

describe("memo", () => {
  it("computes each key once, falsy and null results included", () => {
    const calcular = jest.fn((t: string) => (t === "" ? null : t.length === 1 ? 0 : t.length));
    const f = memo(10, calcular);
    for (const t of ["", "", "a", "a", "abc", "abc"]) f(t);
    expect(calcular.mock.calls.map(([t]) => t)).toEqual(["", "a", "abc"]);
    expect([f(""), f("a"), f("abc")]).toEqual([null, 0, 3]);
  });

  it("never holds more than its limit: when full it empties and computes again", () => {
    const calcular = jest.fn((n: number) => n * 2);
    const f = memo(2, calcular);
    f(1);
    f(2);
    f(1); // still held
    expect(calcular).toHaveBeenCalledTimes(2);
    f(3); // full: emptied, 3 held alone
    f(1); // computed again
    expect(calcular.mock.calls.map(([n]) => n)).toEqual([1, 2, 3, 1]);
  });

  it("keys by the given function, so equal keys from different objects share a result", () => {
    const calcular = jest.fn((c: { decimal: string; miles: string }) => `${c.decimal}${c.miles}`);
    const f = memo(8, calcular, (c) => c.decimal + c.miles);
    f({ decimal: ",", miles: "." });
    f({ decimal: ",", miles: "." });
    f({ decimal: ".", miles: "," });
    expect(calcular).toHaveBeenCalledTimes(2);
  });
});
