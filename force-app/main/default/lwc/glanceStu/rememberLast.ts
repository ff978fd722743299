/*
 * A function that remembers its last inputs and result. Components read derived values (the link
 * plan, the View link) through several getters per render; building them once per change of their
 * inputs keeps a render cheap and hands child components the same object until something changed.
 * The memory lives in a closure, not in a component field, so reading it never counts as a change.
 */

/** `compute`, called again only when an input differs (Object.is) from the last call's. */
export function rememberLast<Inputs extends readonly unknown[], Result>(
    compute: (...inputs: Inputs) => Result
): (...inputs: Inputs) => Result {
    let last: { inputs: Inputs; result: Result } | undefined;
    return (...inputs: Inputs): Result => {
        const same =
            last !== undefined &&
            last.inputs.length === inputs.length &&
            inputs.every((input, index) => Object.is(input, last?.inputs[index]));
        if (!same || !last) {
            last = { inputs, result: compute(...inputs) };
        }
        return last.result;
    };
}
