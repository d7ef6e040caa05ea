/// A JSON value whose objects keep their keys in the order given, so exports have a fixed, documented key order.
enum JSONValue {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}

/// Writes JSON pretty-printed with two-space indents, non-ASCII as UTF-8 and `/` unescaped.
enum JSONWriter {
    /// The text of `value`, ending with a newline.
    static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &out)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, item)) in members.enumerated() {
                pad(indent + 1, &out)
                writeString(key, into: &out)
                out += ": "
                write(item, indent: indent + 1, into: &out)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &out)
            out += "}"
        }
    }

    private static let indents = (0..<8).map { String(repeating: "  ", count: $0) }

    private static func pad(_ level: Int, _ out: inout String) {
        out += level < indents.count ? indents[level] : String(repeating: "  ", count: level)
    }

    /// Escapes what RFC 8259 requires (quote, backslash, C0 controls), plus U+2028/U+2029,
    /// which JSON allows but JavaScript source and some line-based tools treat as line breaks.
    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape at all: append them whole, which is much faster than scalar by scalar.
        if !needsEscape(s) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}", "\u{2029}": out += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 { out += "\\u" + hex4(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    /// Whether `s` holds a quote, a backslash, a C0 control or U+2028/U+2029 (UTF-8 E2 80 A8/A9), in one pass.
    private static func needsEscape(_ s: String) -> Bool {
        var state = 0  // bytes of E2 80 matched so far
        for byte in s.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            switch (state, byte) {
            case (_, 0xE2): state = 1
            case (1, 0x80): state = 2
            case (2, 0xA8), (2, 0xA9): return true
            default: state = 0
            }
        }
        return false
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
