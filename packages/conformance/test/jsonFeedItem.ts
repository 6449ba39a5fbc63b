// Cut down from JSON Feed 1.1's item: content_html alone (not content_text), content_text alone, or
// both, beside the properties and no type. The model tries "both" first. "Alone" is written as "not
// both" (`not: {required: [content_html, content_text]}`), a rule beside the object the Swift decoder
// does not check, so "html alone" would take a value holding both (found by a hand-written program,
// not by random testing, as the value re-encodes unchanged either way). (A `not` of the one other key
// is a property no value satisfies, which Swift types JSONAbsent and its decoder refuses:
// key-forbidden-by-not-required.test.)
const content = { content_html: { type: "string" }, content_text: { type: "string" } };
const notBoth = { not: { required: ["content_html", "content_text"] } };

export const JSON_FEED_ITEM = {
  properties: content,
  oneOf: [{ required: ["content_html"], ...notBoth }, { required: ["content_text"], ...notBoth }, { required: ["content_html", "content_text"] }],
};
