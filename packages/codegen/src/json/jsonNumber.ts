// A number as JSON writes it (RFC 8259, section 6): the one grammar every reader of JSON text here
// shares (the syntax-error reader, the conformance run's scan of numbers a double does not carry, and
// API descriptions that write a number as a string).
export const JSON_NUMBER_SOURCE = "-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?";
