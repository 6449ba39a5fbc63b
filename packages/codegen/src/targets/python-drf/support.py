# ---------------------------------------------------------------------------------------
# Support: strict DRF fields that accept exactly what the JSON Schema accepts.
#
# DRF coerces by default ("1" is an integer, 1 is a string, unknown keys are dropped); JSON
# Schema does not. Every field below checks the JSON type first, reports errors with the
# same wording as the TypeScript validators, and never invents values (no defaults).
# ---------------------------------------------------------------------------------------

_NON_FIELD = api_settings.NON_FIELD_ERRORS_KEY


def _calendar_format(syntax: re.Pattern):
    """A calendar format's check, by its rule as data (@clone/schema's formats.ts, written into
    this module as CALENDAR_FORMATS and CALENDAR_FIELD_RANGES): `syntax` matches, every field it
    captures lies in its range, and the day exists in its month (Gregorian leap years)."""
    # The fields this syntax has, by group number, looked up once (a check runs per value),
    # each with the texts of its in-range values: a set lookup settles most fields without
    # reading the number (a text not among them is read, so the verdict never rests on it).
    groups = syntax.groupindex
    ranges = tuple(
        (groups[name], low, high, _texts_of_range(low, high))
        for name, (low, high) in CALENDAR_FIELD_RANGES.items()
        if name in groups
    )
    has_day = "day" in groups
    # (month, day) texts that name a day in every year: only 29 February needs the year.
    days_of_every_year = frozenset(
        (month, day)
        for month in _texts_of_range(1, 12)
        for day in _texts_of_range(1, 31)
        if int(day) <= _days_in_month(2001, int(month))  # 2001: not a leap year
    )

    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True  # formats only constrain strings
        match = syntax.match(value)
        if match is None:
            return False
        group = match.group
        for index, low, high, texts in ranges:
            text = group(index)
            if text is not None and text not in texts and not low <= int(text) <= high:
                return False
        day = group("day") if has_day else None
        return (
            day is None
            or (group("month"), day) in days_of_every_year
            or int(day) <= _days_in_month(int(group("year")), int(group("month")))
        )

    return check


def _texts_of_range(low: int, high: int) -> frozenset:
    """The decimal texts of low..high, unpadded and zero-padded up to the width of `high`."""
    width = len(str(high))
    return frozenset(
        str(n).zfill(w) for n in range(low, high + 1) for w in range(1, width + 1)
    )


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _is_int32(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return True
    return float(value).is_integer() and -(2**31) <= value < 2**31


def _is_int64(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return True
    return float(value).is_integer()


def _is_regex(value: object) -> bool:
    """`format: regex`: an ECMAScript regular expression in Unicode mode (how JSON Schema
    `pattern`s are compiled), by its grammar: Python's `re` has another one."""
    if not isinstance(value, str):
        return True
    try:
        _EcmaRegexSyntax(value).check()
    except ValueError:
        return False
    return True


_SYNTAX_CHARACTERS = frozenset("^$\\.*+?()[]{}|")
_CLASS_ESCAPES = frozenset("dDsSwW")
_CONTROL_ESCAPES = frozenset("fnrtv")
_HEX = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")
#: General_Category values and binary properties ECMAScript's `\p{...}` knows by name.
_UNICODE_PROPERTY_NAMES = (
    "C Cc Cf Cn Co Cs L LC Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps "
    "S Sc Sk Sm So Z Zl Zp Zs Other Control Format Unassigned Private_Use Surrogate "
    "Letter Cased_Letter Lowercase_Letter Modifier_Letter Other_Letter Titlecase_Letter "
    "Uppercase_Letter Mark Combining_Mark Spacing_Mark Enclosing_Mark Nonspacing_Mark "
    "Number Decimal_Number digit Letter_Number Other_Number Punctuation punct "
    "Connector_Punctuation Dash_Punctuation Close_Punctuation Final_Punctuation "
    "Initial_Punctuation Other_Punctuation Open_Punctuation Symbol Currency_Symbol "
    "Modifier_Symbol Math_Symbol Other_Symbol Separator Line_Separator "
    "Paragraph_Separator Space_Separator cntrl Mn "
    "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C "
    "Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF "
    "Changes_When_Casemapped CWCM Changes_When_Lowercased CWL "
    "Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT "
    "Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep "
    "Diacritic Dia Emoji Emoji_Component EComp Emoji_Modifier EMod "
    "Emoji_Modifier_Base EBase Emoji_Presentation EPres Extended_Pictographic ExtPict "
    "Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex "
    "IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS "
    "Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower "
    "Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space "
    "Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm "
    "Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper "
    "Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS"
)
_UNICODE_PROPERTIES = frozenset(_UNICODE_PROPERTY_NAMES.split())


class _EcmaRegexSyntax:
    """A recognizer for ECMAScript's Pattern grammar with the `u` flag (ES2023 section
    22.2.1): raises ValueError where `new RegExp(source, "u")` throws a SyntaxError. Script
    names in `\\p{Script=...}` are taken on trust."""

    def __init__(self, source: str):
        self.source = source
        self.pos = 0
        self.groups = 0
        self.names: list[str] = []
        self.backrefs: list[int] = []
        self.name_refs: list[str] = []

    def check(self) -> None:
        self.disjunction()
        if self.pos != len(self.source):
            raise ValueError(f"unexpected {self.source[self.pos]!r}")
        if len(set(self.names)) != len(self.names):
            raise ValueError("duplicate group name")
        if any(n > self.groups for n in self.backrefs):
            raise ValueError("backreference to no group")
        if any(name not in self.names for name in self.name_refs):
            raise ValueError("\\k to no group")

    def peek(self, offset: int = 0) -> str:
        index = self.pos + offset
        return self.source[index] if index < len(self.source) else ""

    def take(self, text: str) -> bool:
        if self.source.startswith(text, self.pos):
            self.pos += len(text)
            return True
        return False

    def disjunction(self) -> None:
        self.alternative()
        while self.take("|"):
            self.alternative()

    def alternative(self) -> None:
        while self.pos < len(self.source) and self.peek() not in "|)":
            self.term()

    def term(self) -> None:
        if self.take("^") or self.take("$") or self.take("\\b") or self.take("\\B"):
            self.no_quantifier()
            return
        for opener in ("(?=", "(?!", "(?<=", "(?<!"):
            if self.take(opener):
                self.disjunction()
                self.close_group()
                self.no_quantifier()
                return
        self.atom()
        self.quantifier()

    def close_group(self) -> None:
        if not self.take(")"):
            raise ValueError("unterminated group")

    def no_quantifier(self) -> None:
        if self.peek() in ("*", "+", "?") or self.braced_quantifier(dry_run=True):
            raise ValueError("nothing to repeat")

    def quantifier(self) -> None:
        if self.peek() in ("*", "+", "?"):
            self.pos += 1
        elif not self.braced_quantifier(dry_run=False):
            return
        self.take("?")

    def braced_quantifier(self, dry_run: bool) -> bool:
        match = re.compile(r"\{([0-9]+)(,([0-9]*))?\}", re.ASCII).match(
            self.source, self.pos
        )
        if match is None:
            return False
        low = int(match.group(1))
        high = match.group(3)
        if high and int(high) < low:
            raise ValueError("numbers out of order in {} quantifier")
        if not dry_run:
            self.pos = match.end()
        return True

    def atom(self) -> None:
        ch = self.peek()
        if ch == ".":
            self.pos += 1
        elif ch == "\\":
            self.pos += 1
            self.atom_escape()
        elif ch == "[":
            self.pos += 1
            self.character_class()
        elif ch == "(":
            self.pos += 1
            if self.take("?:"):
                pass
            elif self.take("?<"):
                self.names.append(self.group_name())
                self.groups += 1
            elif self.peek() == "?":
                raise ValueError("invalid group")
            else:
                self.groups += 1
            self.disjunction()
            self.close_group()
        elif ch in _SYNTAX_CHARACTERS:
            raise ValueError(f"unexpected {ch!r}")
        else:
            self.pos += 1

    def group_name(self) -> str:
        start = self.pos
        while self.pos < len(self.source) and self.peek() != ">":
            self.pos += 1
        name = self.source[start : self.pos]
        if not self.take(">") or not _is_identifier(name):
            raise ValueError("invalid group name")
        return name

    def atom_escape(self) -> None:
        ch = self.peek()
        if ch in _DIGITS and ch != "0":
            start = self.pos
            while self.peek() in _DIGITS and self.peek():
                self.pos += 1
            self.backrefs.append(int(self.source[start : self.pos]))
        elif ch == "k":
            self.pos += 1
            if not self.take("<"):
                raise ValueError("invalid named reference")
            self.name_refs.append(self.group_name())
        elif ch == "b" or ch == "B" or ch == "-":
            raise ValueError("invalid escape")
        else:
            self.class_or_character_escape()

    def class_or_character_escape(self) -> str | None:
        """Reads an escape (after the backslash); returns the character it stands for, or
        None when it is a class of characters (`\\d`, `\\p{...}`)."""
        ch = self.peek()
        if not ch:
            raise ValueError("\\ at end of pattern")
        self.pos += 1
        if ch in _CLASS_ESCAPES:
            return None
        if ch in ("p", "P"):
            self.property_escape()
            return None
        if ch in _CONTROL_ESCAPES:
            return {"f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}[ch]
        if ch == "c":
            letter = self.peek()
            if not ("a" <= letter <= "z" or "A" <= letter <= "Z"):
                raise ValueError("invalid \\c escape")
            self.pos += 1
            return chr(ord(letter) % 32)
        if ch == "0":
            if self.peek() in _DIGITS and self.peek():
                raise ValueError("invalid decimal escape")
            return "\0"
        if ch == "x":
            digits = self.source[self.pos : self.pos + 2]
            if len(digits) != 2 or not set(digits) <= _HEX:
                raise ValueError("invalid \\x escape")
            self.pos += 2
            return chr(int(digits, 16))
        if ch == "u":
            return self.unicode_escape()
        if ch in _SYNTAX_CHARACTERS or ch == "/":
            return ch
        raise ValueError("invalid escape")

    def unicode_escape(self) -> str:
        if self.take("{"):
            end = self.source.find("}", self.pos)
            digits = self.source[self.pos : end] if end >= 0 else ""
            if not digits or not set(digits) <= _HEX or int(digits, 16) > 0x10FFFF:
                raise ValueError("invalid \\u{} escape")
            self.pos = end + 1
            return chr(int(digits, 16))
        digits = self.source[self.pos : self.pos + 4]
        if len(digits) != 4 or not set(digits) <= _HEX:
            raise ValueError("invalid \\u escape")
        self.pos += 4
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDBFF and self.source.startswith("\\u", self.pos):
            low = self.source[self.pos + 2 : self.pos + 6]
            if len(low) == 4 and set(low) <= _HEX and 0xDC00 <= int(low, 16) <= 0xDFFF:
                self.pos += 6
                return chr(0x10000 + (code - 0xD800) * 0x400 + int(low, 16) - 0xDC00)
        return chr(code)

    def property_escape(self) -> None:
        match = re.compile(r"\{([A-Za-z_]+)(=([A-Za-z0-9_]+))?\}", re.ASCII).match(
            self.source, self.pos
        )
        if match is None:
            raise ValueError("invalid property escape")
        name, value = match.group(1), match.group(3)
        if value is None:
            known = name in _UNICODE_PROPERTIES
        elif name in ("General_Category", "gc"):
            known = value in _UNICODE_PROPERTIES
        else:
            known = name in ("Script", "sc", "Script_Extensions", "scx")
        if not known:
            raise ValueError("unknown Unicode property")
        self.pos = match.end()

    def character_class(self) -> None:
        self.take("^")
        while True:
            if self.pos >= len(self.source):
                raise ValueError("unterminated character class")
            if self.take("]"):
                return
            low = self.class_atom()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.pos += 1
                high = self.class_atom()
                if low is None or high is None:
                    raise ValueError("invalid character class range")
                if ord(low) > ord(high):
                    raise ValueError("range out of order in character class")

    def class_atom(self) -> str | None:
        ch = self.peek()
        self.pos += 1
        if ch != "\\":
            return ch
        if self.take("b"):
            return "\b"
        if self.take("-"):
            return "-"
        return self.class_or_character_escape()


def _is_identifier(name: str) -> bool:
    """ECMAScript's IdentifierName, near enough: Python's identifiers, `$`, ZWNJ and ZWJ."""
    if not name:
        return False
    first, rest = name[0], name[1:]
    if not (first in "$_" or first.isidentifier()):
        return False
    return all(c in "$\u200c\u200d" or ("a" + c).isidentifier() for c in rest)


class _UnrunnablePattern:
    """A `pattern` Python's `re` cannot run: ECMAScript takes a lookbehind of any length
    (`(?<=a+)`), `re` only one of fixed width (bounded ones are written out as several of one
    width each at generation). The module still loads, and every value the pattern checks is
    refused, naming why: never passed unchecked."""

    def __init__(self, source: str, error: re.error):
        self.source = source
        self.reason = str(error)

    def search(self, value):
        message = f"cannot be checked: Python's re cannot run the pattern {self.source!r} ({self.reason})"
        raise _invalid(message, _UNRUNNABLE_PATTERN)


#: The error code of a value refused because its pattern cannot run (_UnrunnablePattern).
_UNRUNNABLE_PATTERN = "unrunnable_pattern"


def _compiled_pattern(source: str):
    """`source` (a pattern's Python translation) compiled, or an _UnrunnablePattern."""
    try:
        return re.compile(source, re.ASCII)
    except re.error as error:
        return _UnrunnablePattern(source, error)


def _pattern_format(regex: re.Pattern):
    """A format that is one regular expression (a JSON-type check first: it judges strings)."""
    return lambda value: not isinstance(value, str) or regex.search(value) is not None


#: The toolkit's format checks that are neither one regular expression nor a calendar format,
#: by format name (@clone/schema's FORMAT_RULES, which names them).
_FORMAT_CHECKS = {
    "regex": _is_regex,
    "int32": _is_int32,
    "int64": _is_int64,
}


def _json_repr(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _json_equal(a: object, b: object) -> bool:
    """Equality as JSON means it: true is not 1, 1 is 1.0, objects ignore key order."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _scalar_key(value: object) -> tuple:
    """A key under which JSON-equal scalars meet (1 and 1.0) and others never do (true, 1)."""
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, (int, float)):
        return ("number", value)
    if isinstance(value, str):
        return ("string", value)
    if value is None:
        return ("null", None)
    return ("structure", id(value))


def _validates(field, data) -> bool:
    """Whether `field` accepts `data` (an assertion's or a union variant's test)."""
    try:
        field.run_validation(data)
    except (_drf.ValidationError, _SkipField):
        return False
    return True


def _invalid(message: str, code: str = "invalid") -> _drf.ValidationError:
    return _drf.ValidationError([message], code=code)


#: The largest finite double. Python reads a JSON number of any size; JavaScript reads one beyond
#: this as Infinity, which AJV refuses, and Swift refuses it too: so do these fields.
_LARGEST_DOUBLE = 1.7976931348623157e308


def _is_json_number(value) -> bool:
    """An int or float JavaScript and Swift read as a number: within the doubles' range (NaN
    and the infinities fail the comparison)."""
    kind = type(value)
    if kind is not int and kind is not float:
        return False
    return -_LARGEST_DOUBLE <= value <= _LARGEST_DOUBLE


def _is_multiple(value, divisor) -> bool:
    """`multipleOf` as every runtime checks it (packages/schema/rules/multiple-of.json): the
    quotient, divided in binary floating point, is a whole number below 1e21 in magnitude.
    (AJV compares the quotient with parseInt of its spelling, which takes an exponent from
    1e21 on; an infinite quotient, 1e308 / 0.001, is no multiple, and int() of it raised.)"""
    quotient = value / divisor
    return abs(quotient) < 1e21 and quotient == int(quotient)


def _holds_json_type(value, expected):
    """Whether `value` (parsed JSON) is of the JSON type a field `expected`."""
    kind = type(value)
    if expected == "string":
        return kind is str
    if expected in ("number", "integer"):
        return _is_json_number(value)
    if expected == "array":
        return kind is list
    if expected == "object":
        return kind is dict
    return True


class _Strict:
    """Mixin: the JSON Schema treatment of absent keys and null, then `check`."""

    expected = "value"
    #: Whether null is this field's to judge (a union whose variants may accept it) rather
    #: than refused unless `allow_null`.
    checks_null = False
    #: The schema names no type, only keywords of `expected`'s: a value of another JSON type
    #: (null too) passes untouched (`other_types_pass=True`, or the class attribute).
    other_types_pass = False

    def __init__(self, *args, other_types_pass=False, **kwargs):
        if other_types_pass:
            self.other_types_pass = True
        super().__init__(*args, **kwargs)

    def run_validation(self, data=_empty):
        if data is _empty:
            if self.required:
                raise _invalid("is required", "required")
            raise _SkipField()
        if data is None:
            if self.allow_null:
                return None
            if self.checks_null:
                return self.check(data)
            if self.other_types_pass:
                return None
            message = f"expected {self.expected}"
            raise _invalid(message, "null")
        if self.other_types_pass and not _holds_json_type(data, self.expected):
            return data
        return self.check(data)

    def type_error(self) -> _drf.ValidationError:
        suffix = " or null" if self.allow_null else ""
        return _invalid(f"expected {self.expected}{suffix}", "type")

    def to_representation(self, value):
        return value


class _String(_Strict, _drf.CharField):
    expected = "string"

    def __init__(self, *, pattern=None, format=None, **kwargs):
        kwargs.setdefault("trim_whitespace", False)
        # What DRF (and drf-spectacular) read as "may be empty": only without a minLength
        # or a format (no format accepts "").
        kwargs.setdefault(
            "allow_blank", not kwargs.get("min_length") and format is None
        )
        super().__init__(**kwargs)
        # `pattern` as the schema writes it (ECMAScript), run as its Python translation.
        self.pattern = pattern
        self.regex = (
            _compiled_pattern(JSON_SCHEMA_PATTERNS[pattern])
            if pattern is not None
            else None
        )
        self.format = format
        self.format_check = JSON_SCHEMA_FORMATS.get(format)

    def check(self, data):
        if type(data) is not str:
            raise self.type_error()
        if self.min_length is not None and len(data) < self.min_length:
            if self.min_length == 1:
                raise _invalid("must not be empty", "minLength")
            message = f"must be at least {self.min_length} characters"
            raise _invalid(message, "minLength")
        if self.max_length is not None and len(data) > self.max_length:
            message = f"must NOT have more than {self.max_length} characters"
            raise _invalid(message, "maxLength")
        if self.regex is not None and self.regex.search(data) is None:
            raise _invalid(f'must match pattern "{self.pattern}"', "pattern")
        if self.format_check is not None and not self.format_check(data):
            message = _FORMAT_EXPECTATIONS.get(self.format, f'format "{self.format}"')
            raise _invalid(f"expected {message}", "format")
        return data


class _NumberChecks:
    def __init__(
        self,
        *,
        minimum=None,
        maximum=None,
        exclusive_minimum=None,
        exclusive_maximum=None,
        multiple_of=None,
        format=None,
        **kwargs,
    ):
        super().__init__(min_value=minimum, max_value=maximum, **kwargs)
        self.format = format
        self.format_check = JSON_SCHEMA_FORMATS.get(format)
        self.minimum = minimum
        self.maximum = maximum
        self.exclusive_minimum = exclusive_minimum
        self.exclusive_maximum = exclusive_maximum
        self.multiple_of = multiple_of

    def check_bounds(self, data):
        if self.minimum is not None and data < self.minimum:
            raise _invalid(f"must be >= {self.minimum}", "minimum")
        if self.maximum is not None and data > self.maximum:
            raise _invalid(f"must be <= {self.maximum}", "maximum")
        if self.exclusive_minimum is not None and data <= self.exclusive_minimum:
            raise _invalid(f"must be > {self.exclusive_minimum}", "exclusiveMinimum")
        if self.exclusive_maximum is not None and data >= self.exclusive_maximum:
            raise _invalid(f"must be < {self.exclusive_maximum}", "exclusiveMaximum")
        if self.multiple_of is not None and not _is_multiple(data, self.multiple_of):
            message = f"must be multiple of {self.multiple_of}"
            raise _invalid(message, "multipleOf")
        if self.format_check is not None and not self.format_check(data):
            raise _invalid(f'expected format "{self.format}"', "format")
        return data


class _Integer(_Strict, _NumberChecks, _drf.IntegerField):
    expected = "integer"

    def check(self, data):
        if not _is_json_number(data) or (type(data) is float and not data.is_integer()):
            raise self.type_error()
        return self.check_bounds(data)


class _Number(_Strict, _NumberChecks, _drf.FloatField):
    expected = "number"

    def check(self, data):
        if not _is_json_number(data):
            raise self.type_error()
        return self.check_bounds(data)


class _Boolean(_Strict, _drf.BooleanField):
    expected = "boolean"

    def check(self, data):
        if type(data) is not bool:
            raise self.type_error()
        return data


class _Const(_Strict, _drf.ChoiceField):
    """A constant (`const`): exactly this JSON value. A choice of one, so that schema
    generators (drf-spectacular) see its type and value; an object or array constant is no
    choice (DRF keys choices by value, and a list there would read as a (value, label) pair)."""

    def __init__(self, value, **kwargs):
        super().__init__(
            choices=[] if isinstance(value, (dict, list)) else [value], **kwargs
        )
        self.value = value
        self.expected = _json_repr(value)

    def check(self, data):
        if not _json_equal(data, self.value):
            raise _invalid(f"expected {self.expected}", "const")
        return data


class _Choice(_Strict, _drf.ChoiceField):
    """A set of scalar values (`enum`): strings, numbers or booleans, compared as JSON
    compares them (1 is 1.0, true is not 1). Subclasses set `_values`, and `_other` when
    the set is open: the field any value beyond `_values` must pass (any string of a
    length, a pattern; any number in a range)."""

    _values: tuple = ()
    _other = None

    def __init__(self, **kwargs):
        super().__init__(choices=self._values, **kwargs)
        self.allowed = frozenset(_scalar_key(v) for v in self._values)
        self.expected = " or ".join(_json_repr(v) for v in self._values)
        # Other values a schema naming no type (`{pattern: …}`) takes: null and values of
        # the other JSON types are its to pass, as they pass it.
        if self._other is not None and self._other.other_types_pass:
            self.checks_null = True

    def check(self, data):
        if _scalar_key(data) in self.allowed:
            return data
        if self._other is not None:
            return self._other.run_validation(data)
        raise _invalid(f"expected {self.expected}", "enum")


class _Unknown(_Strict, _drf.JSONField):
    """Any JSON value (`{}`)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def check(self, data):
        return data


class _List(_Strict, _drf.ListField):
    expected = "array"

    def __init__(self, *, min_items=None, max_items=None, unique_items=False, **kwargs):
        super().__init__(min_length=min_items, max_length=max_items, **kwargs)
        self.min_items = min_items
        self.max_items = max_items
        self.unique_items = unique_items

    def check(self, data):
        if type(data) is not list:
            raise self.type_error()
        if self.min_items is not None and len(data) < self.min_items:
            message = f"must NOT have fewer than {self.min_items} items"
            raise _invalid(message, "minItems")
        if self.max_items is not None and len(data) > self.max_items:
            message = f"must NOT have more than {self.max_items} items"
            raise _invalid(message, "maxItems")
        if self.unique_items:
            for j in range(len(data)):
                for i in range(j):
                    if _json_equal(data[i], data[j]):
                        message = f"must NOT have duplicate items (items ## {j} and {i} are identical)"
                        raise _invalid(message, "uniqueItems")
        child = self.child
        return _validate_items(data, lambda _index: child)


def _validate_items(data: list, field_at) -> list:
    """Every item of an array through its field (`field_at(index)`); the errors are
    collected by index, so one bad item does not hide the next."""
    result, errors = [], {}
    for index, item in enumerate(data):
        try:
            result.append(field_at(index).run_validation(item))
        except _drf.ValidationError as exc:
            errors[index] = exc.detail
    if errors:
        raise _drf.ValidationError(errors)
    return result


class _Tuple(_Strict, _drf.Field):
    """An array whose first items have fields of their own (`prefixItems`, or `items` as a
    list): `prefix` lists them, `rest` is the field of every later item, or False when
    there may be none. Fewer items than the prefix are fine (JSON Schema's rule)."""

    expected = "array"

    def __init__(
        self,
        *,
        prefix=(),
        rest=False,
        min_items=None,
        max_items=None,
        unique_items=False,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.prefix = tuple(prefix)
        self.rest = rest
        self.items = _List(
            child=_Unknown(),
            min_items=min_items,
            max_items=max_items,
            unique_items=unique_items,
        )

    def check(self, data):
        if type(data) is not list:
            raise self.type_error()
        self.items.check(data)
        if self.rest is False and len(data) > len(self.prefix):
            message = f"must NOT have more than {len(self.prefix)} items"
            raise _invalid(message, "items")
        prefix, rest = self.prefix, self.rest
        return _validate_items(
            data, lambda index: prefix[index] if index < len(prefix) else rest
        )


class _Record(_Strict, _drf.DictField):
    """An object used as a map: any key, every value of one type."""

    expected = "object"

    def check(self, data):
        if type(data) is not dict:
            raise self.type_error()
        result, errors = {}, {}
        child = self.child
        for key, value in data.items():
            try:
                result[key] = child.run_validation(value)
            except _drf.ValidationError as exc:
                errors[key] = exc.detail
        if errors:
            raise _drf.ValidationError(errors)
        return result


class _Lazy(_drf.Field):
    """A field built on first use: how a type refers to one defined after it (cycles).

    Every copy of one declared field shares what it builds. DRF deep-copies a serializer's
    declared fields for each serializer instance, so a field built per copy built a whole
    new serializer (and copied every field of it) for each nested value of a recursive
    type: a deep document took seconds. Validation keeps no state on the field it runs, so
    one built field can check every level of the recursion."""

    def __init__(self, build, **kwargs):
        super().__init__(**kwargs)
        self.build = build
        self.shared = {}

    def __deepcopy__(self, memo):
        copied = super().__deepcopy__(memo)
        copied.shared = self.shared
        return copied

    def run_validation(self, data=_empty):
        built = self.shared.get("field")
        if built is None:
            built = self.shared["field"] = self.build()
        return built.run_validation(data)

    def to_representation(self, value):
        return value


class _Alias(_Strict, _drf.Field):
    """A named type that is another type under a new name (`{"type": "string"}`, an array
    of itself): subclasses build the field of that type in `build`, on first use, so an
    alias may contain itself (a tree of lists)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.built = None

    def run_validation(self, data=_empty):
        if data is _empty or (data is None and self.allow_null):
            return super().run_validation(data)
        if self.built is None:
            self.built = self.build()
        return self.built.run_validation(data)

    def build(self):
        raise NotImplementedError


class _Constrained(_Strict, _drf.Field):
    """A value of `field`'s type that must also satisfy every assertion: the rules a type
    does not carry (`not`, `if`/`then`/`else`, `contains`, `propertyNames`, ...). Null
    allowed on this field itself (a nullable constrained type) skips the assertions."""

    def __init__(self, field, *, assertions=(), **kwargs):
        super().__init__(**kwargs)
        self.field = field
        self.assertions = tuple(assertions)

    def run_validation(self, data=_empty):
        if data is _empty or (data is None and self.allow_null):
            return super().run_validation(data)
        result = self.field.run_validation(data)
        messages = [m for a in self.assertions if (m := a.violation(data)) is not None]
        if messages:
            raise _drf.ValidationError(messages)
        return result


class _Not:
    """`not`: the value must not validate against `field`."""

    def __init__(self, field):
        self.field = field

    def violation(self, data):
        return "must NOT be valid" if _validates(self.field, data) else None


class _AllOf:
    """An `allOf` part kept apart from the type: the value must validate against it too."""

    def __init__(self, field):
        self.field = field

    def violation(self, data):
        return None if _validates(self.field, data) else "must match every allOf schema"


class _IfThenElse:
    """`if`/`then`/`else`: `then` (when given) must hold when `if` does, `else` when not."""

    def __init__(self, condition, then=None, otherwise=None):
        self.condition = condition
        self.then = then
        self.otherwise = otherwise

    def violation(self, data):
        branch, name = (
            (self.then, "then")
            if _validates(self.condition, data)
            else (self.otherwise, "else")
        )
        if branch is None or _validates(branch, data):
            return None
        return f'must match "{name}" schema'


class _Contains:
    """`contains` with `minContains`/`maxContains`: how many items validate against `field`
    (arrays only; any other value passes)."""

    def __init__(self, field, minimum=1, maximum=None):
        self.field = field
        self.minimum = minimum
        self.maximum = maximum

    def violation(self, data):
        if type(data) is not list:
            return None
        count = sum(1 for item in data if _validates(self.field, item))
        if count < self.minimum:
            return f"must contain at least {self.minimum} valid item(s)"
        if self.maximum is not None and count > self.maximum:
            return f"must contain at most {self.maximum} valid item(s)"
        return None


class _PropertyNames:
    """`propertyNames`: every key of an object validates against `field`."""

    def __init__(self, field):
        self.field = field

    def violation(self, data):
        if type(data) is not dict:
            return None
        for key in data:
            if not _validates(self.field, key):
                return f"property name {_json_repr(key)} is invalid"
        return None


class _PropertyCount:
    """`minProperties` / `maxProperties` (objects only)."""

    def __init__(self, minimum=None, maximum=None):
        self.minimum = minimum
        self.maximum = maximum

    def violation(self, data):
        if type(data) is not dict:
            return None
        if self.minimum is not None and len(data) < self.minimum:
            return f"must NOT have fewer than {self.minimum} properties"
        if self.maximum is not None and len(data) > self.maximum:
            return f"must NOT have more than {self.maximum} properties"
        return None


class _DependentRequired:
    """`dependentRequired`: when `key` is present, so is every key of `required`."""

    def __init__(self, key, required):
        self.key = key
        self.required = tuple(required)

    def violation(self, data):
        if type(data) is not dict or self.key not in data:
            return None
        missing = [name for name in self.required if name not in data]
        if not missing:
            return None
        names = ", ".join(_json_repr(name) for name in missing)
        return f"must have {names} when {_json_repr(self.key)} is present"


class _DependentSchema:
    """`dependentSchemas`: when `key` is present, the object validates against `field`."""

    def __init__(self, key, field):
        self.key = key
        self.field = field

    def violation(self, data):
        if type(data) is not dict or self.key not in data:
            return None
        if _validates(self.field, data):
            return None
        return f"must match the schema required by {_json_repr(self.key)}"


class _Pattern:
    """`patternProperties`: keys matching `regex` hold values `field` accepts."""

    def __init__(self, pattern, field):
        self.pattern = pattern
        self.regex = _compiled_pattern(pattern)
        self.field = field


class _Values:
    """`additionalProperties` holding a schema: every extra key's value is one of these."""

    def __init__(self, field):
        self.field = field


class _TopLevel:
    """Serializer mixin: errors about the value itself go under `non_field_errors` when the
    serializer is used on its own, as DRF expects of a top-level serializer. A value nested
    deeper than Python's recursion limit lets the checks recurse (a recursive type, an open
    JSON value) is refused by is_valid with such an error too, a 400 rather than a
    RecursionError out of is_valid (a 500): a client can send one in a few kilobytes."""

    #: Set when checking the value ran out of recursion: run_validation then refuses it.
    _nested_too_deeply = False

    def is_valid(self, *, raise_exception=False):
        try:
            return super().is_valid(raise_exception=raise_exception)
        except RecursionError:
            # Unwound to the serializer the caller asked: once more, refusing the value.
            self._nested_too_deeply = True
            return super().is_valid(raise_exception=raise_exception)

    def run_validation(self, data=_empty):
        if self._nested_too_deeply:
            message = "is nested too deeply to check"
            raise _drf.ValidationError({_NON_FIELD: [message]}, code="depth")
        try:
            return super().run_validation(data)
        except _drf.ValidationError as exc:
            if self.parent is None and not isinstance(exc.detail, dict):
                raise _drf.ValidationError({_NON_FIELD: exc.detail}) from None
            raise


#: `_object_rules`' keywords, and the `_StrictSerializer` attribute each one sets.
_OBJECT_RULES = {
    "additional": "_additional",
    "patterns": "_patterns",
    "required_when": "_required_when",
    "other_types_pass": "other_types_pass",
}


def _object_rules(**rules):
    """Class decorator: sets an object serializer's rules (see `_StrictSerializer`). They are
    set once DRF's metaclass has taken the fields out of the class body, so a property may
    have any name: a field called `_additional` in the body would replace that rule."""

    def apply(cls):
        for keyword, value in rules.items():
            setattr(cls, _OBJECT_RULES[keyword], value)
        return cls

    return apply


class _StrictSerializer(_TopLevel, _Strict, _drf.Serializer):
    """An object schema. Its rules, which `_object_rules` sets: `_additional` is False
    (`additionalProperties: false`, unknown keys are errors), True (extra keys are kept as
    they are) or `_Values(field)`; `_patterns` lists `_Pattern`s (`patternProperties`: every
    key matching one holds a value its field accepts, declared keys too, and is no longer an
    extra key); `_required_when` lists `(property, value, required keys, message)` rules
    from `if`/`then`."""

    expected = "object"
    _additional = False
    _patterns = ()
    _required_when = ()

    def check(self, data):
        if type(data) is not dict:
            raise self.type_error()
        fields, optional = self._checked_fields()
        errors = {}
        result = {}
        for name, field in fields.items():
            value = data.get(name, _empty)
            if value is _empty and name in optional:
                continue
            try:
                result[name] = field.run_validation(value)
            except _SkipField:
                pass
            except _drf.ValidationError as exc:
                errors[name] = exc.detail
        patterns = self._patterns
        # Compare key sets, not counts: a missing required key must not hide an unknown one.
        if patterns or not data.keys() <= fields.keys():
            additional = self._additional
            for key, value in data.items():
                matched = False
                for pattern in patterns:
                    if pattern.regex.search(key) is None:
                        continue
                    matched = True
                    try:
                        checked = pattern.field.run_validation(value)
                    except _drf.ValidationError as exc:
                        errors.setdefault(key, exc.detail)
                        continue
                    if key not in fields and key not in errors:
                        result[key] = checked
                if key in fields or matched:
                    continue
                if additional is False:
                    errors[key] = ["is not allowed (unknown property)"]
                elif additional is True:
                    result[key] = value
                else:
                    try:
                        result[key] = additional.field.run_validation(value)
                    except _drf.ValidationError as exc:
                        errors[key] = exc.detail
        for prop, equals, required, message in self._required_when:
            if prop in data and _json_equal(data[prop], equals):
                for key in required:
                    if key not in data:
                        errors[key] = [message]
        if errors:
            raise _drf.ValidationError(errors)
        return result

    def to_representation(self, instance):
        return instance

    @classmethod
    def _checked_fields(cls):
        """The fields `check` runs, bound once per class, and the names of those that pass
        untouched when their key is missing (a `_Strict` field not required).

        DRF's `fields` deep-copies every declared field for each serializer instance, and a
        nested object's serializer is an instance too: on an object of 1,472 properties
        (MegaLinter's configuration) that cost 35 ms per value checked, whatever the value
        held. One bound copy serves every instance and thread: checking keeps nothing of the
        value on a field, and no field reads its parent (`_Strict.run_validation` judges a
        missing key by `required` alone, not by the root's `partial` or `context`)."""
        checked = cls.__dict__.get("_checked")
        if checked is None:
            fields = dict(cls().fields)
            optional = frozenset(
                name
                for name, field in fields.items()
                if isinstance(field, _Strict) and not field.required
            )
            checked = (fields, optional)
            cls._checked = checked
        return checked


class _Union(_TopLevel, _Strict, _drf.Serializer):
    """A union. Subclasses set `_variants`, `(selector, field)` pairs in the union's order,
    and `_keyword`: "oneOf" (exactly one variant validates) or "anyOf" (at least one)."""

    expected = "object"
    _variants: tuple = ()
    _keyword = "oneOf"
    # An OpenAPI discriminator (the model's preference): the property, and (string, index
    # in `_variants`) pairs; the variant a value's string names is tried first.
    _preference = None

    def get_fields(self):
        return {}

    def named_by_preference(self, data):
        """The variant the union's preference names for `data`, as a list of none or one
        field: never a verdict, only which variant's result a value several match takes."""
        if self._preference is None or type(data) is not dict:
            return []
        prop, cases = self._preference
        held = data.get(prop)
        if type(held) is not str:
            return []
        return [self._variants[index][1] for value, index in cases if value == held][:1]

    def to_representation(self, instance):
        return instance

    def by_semantics(self, data, preferred=()):
        """JSON Schema's own verdict: valid when exactly one (oneOf) or at least one (anyOf)
        variant accepts. The result comes from the first of `preferred` (the candidates the
        union's rule selects) that accepts, else from the first that does; when none does, the
        errors are the first candidate's."""
        if self._keyword == "anyOf":
            return self._first_accepting(data, preferred)
        accepted, failures = [], []
        for selector, field in self._variants:
            try:
                accepted.append((field, field.run_validation(data)))
            except _drf.ValidationError as exc:
                failures.append((selector, exc.detail))
        if not accepted:
            self._none_accepts(data, preferred, failures)
        if self._keyword == "oneOf" and len(accepted) > 1:
            raise _invalid("must match exactly one variant, matches several", "oneOf")
        for field in preferred:
            for candidate, value in accepted:
                if candidate is field:
                    return value
        return accepted[0][1]

    def _first_accepting(self, data, preferred):
        """An anyOf's result: `preferred` tried first, then the other variants in order, up to
        the first that accepts; those after it cannot change the verdict, and a union of
        hundreds of variants (a pipeline's tasks, told apart by a pattern) tried them all."""
        detail_of = {}
        for field in preferred:
            try:
                return field.run_validation(data)
            except _drf.ValidationError as exc:
                detail_of[id(field)] = exc.detail
        for _, field in self._variants:
            if id(field) in detail_of:
                continue
            try:
                return field.run_validation(data)
            except _drf.ValidationError as exc:
                detail_of[id(field)] = exc.detail
        failures = [
            (selector, detail_of[id(field)]) for selector, field in self._variants
        ]
        self._none_accepts(data, preferred, failures)

    def _none_accepts(self, data, preferred, failures):
        """Raises the errors of a union no variant accepts: the first preferred candidate's
        own, else the one variant's, else the list of variants."""
        for field in preferred[:1]:
            field.run_validation(data)  # the selected variant's own errors
        if len(failures) == 1:
            raise _drf.ValidationError(failures[0][1])
        names = ", ".join(str(selector) for selector, _ in failures)
        raise _invalid(f"must match one of the variants {names}", self._keyword)


class _TaggedUnion(_Union):
    """Told apart by a constant at `_discriminator`, e.g. `type` (a string, a number or a
    boolean): the tags are distinct, so at most one variant can validate."""

    _discriminator = "type"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.by_tag = {_scalar_key(tag): field for tag, field in self._variants}
        self.tag_kinds = {_scalar_key(tag)[0] for tag, _ in self._variants}
        allowed = ", ".join(_json_repr(tag) for tag, _ in self._variants)
        self.unknown_tag = f"expected one of {allowed}"
        kinds = ("string", "number", "boolean")
        self.wrong_kind = "expected " + " or ".join(
            k for k in kinds if k in self.tag_kinds
        )

    def check(self, data):
        if type(data) is not dict:
            raise self.type_error()
        tag = data.get(self._discriminator, _empty)
        if tag is _empty:
            raise _drf.ValidationError({self._discriminator: ["is required"]})
        key = _scalar_key(tag)
        if key[0] not in self.tag_kinds:
            raise _drf.ValidationError({self._discriminator: [self.wrong_kind]})
        variant = self.by_tag.get(key)
        if variant is None:
            raise _drf.ValidationError({self._discriminator: [self.unknown_tag]})
        return variant.run_validation(data)


class _JsonTypeUnion(_Union):
    """Told apart by JSON type: `_variants` pairs "string", "object", ... with a field."""

    def __init__(self, *args, **kwargs):
        self.by_type = dict(self._variants)
        if "null" in self.by_type:
            kwargs.setdefault("allow_null", True)
        super().__init__(*args, **kwargs)

    def check(self, data):
        kind = _json_type(data)
        variant = self.by_type.get(kind)
        if variant is None and kind == "integer":
            variant = self.by_type.get("number")
        if variant is None:
            expected = " or ".join(self.by_type)
            raise _invalid(f"expected {expected}", "type")
        return variant.run_validation(data)


class _KeyPresenceUnion(_Union):
    """Objects told apart by the keys present: `_variants` pairs a tuple of keys with a
    field, in the order to try; a variant whose keys are all present is a candidate, and
    the value belongs to the first candidate it validates against. The verdict is JSON
    Schema's (`by_semantics`), so open objects that overlap are judged right."""

    def check(self, data):
        if type(data) is not dict:
            raise self.type_error()
        candidates = [
            field for keys, field in self._variants if all(key in data for key in keys)
        ]
        named = [
            field
            for field in self.named_by_preference(data)
            if any(field is candidate for candidate in candidates)
        ]
        rest = [field for field in candidates if not any(field is n for n in named)]
        return self.by_semantics(data, named + rest)


class _FirstMatchUnion(_Union):
    """JSON Schema's own semantics: the first variant, in order, that the value validates
    against; `_keyword` says whether a second one may validate too."""

    checks_null = True

    def check(self, data):
        return self.by_semantics(data, self.named_by_preference(data))


def json_pointer_token(key: object) -> str:
    """One RFC 6901 reference token as a pointer spells it (`~` → `~0`, then `/` → `~1`): the
    one pointer helper of Python code here (packages/schema/rules/json-pointer.json)."""
    return str(key).replace("~", "~0").replace("/", "~1")


def json_pointer(tokens) -> str:
    """The RFC 6901 pointer to the value at `tokens` (keys and indexes; none is "")."""
    return "".join("/" + json_pointer_token(token) for token in tokens)


def validation_issues(detail: object, pointer: str = "") -> list[dict]:
    """A serializer's `errors` (or a ValidationError's `detail`) as a flat list of
    `{"pointer": RFC 6901 pointer into the input, "message": ...}`."""
    issues: list[dict] = []
    if isinstance(detail, dict):
        for key, value in detail.items():
            if key == _NON_FIELD:
                issues.extend(validation_issues(value, pointer))
            else:
                issues.extend(validation_issues(value, pointer + json_pointer([key])))
    elif isinstance(detail, list):
        for item in detail:
            issues.extend(validation_issues(item, pointer))
    else:
        issues.append({"pointer": pointer, "message": str(detail)})
    return issues
