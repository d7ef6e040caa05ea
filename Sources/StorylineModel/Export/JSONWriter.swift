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
///
/// The text is built as UTF-8 bytes and turned into a String once at the end: appending many short pieces to
/// a byte array is several times cheaper than appending them to a String.
enum JSONWriter {
    /// The text of `value`, ending with a newline.
    static func render(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { append("[]", to: &out); return }
            append("[\n", to: &out)
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                append(i == items.count - 1 ? "\n" : ",\n", to: &out)
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { append("{}", to: &out); return }
            append("{\n", to: &out)
            for (i, (key, item)) in members.enumerated() {
                pad(indent + 1, &out)
                writeString(key, into: &out)
                append(": ", to: &out)
                write(item, indent: indent + 1, into: &out)
                append(i == members.count - 1 ? "\n" : ",\n", to: &out)
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always) private static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Escapes what RFC 8259 requires (quote, backslash, C0 controls), plus U+2028/U+2029,
    /// which JSON allows but JavaScript source and some line-based tools treat as line breaks.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Bytes that need no escape are copied a run at a time; most strings are one run.
            var runStart = 0
            var i = 0
            let n = bytes.count
            while i < n {
                // Eight bytes at a time while none of them needs a look.
                if i + 8 <= n, !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = bytes[i]
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 {
                    i += 1
                    continue
                }
                // U+2028/U+2029 are E2 80 A8/A9; any other scalar starting with E2 is copied as it is.
                let lineSeparator = byte == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
                if byte == 0xE2, !lineSeparator {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                if lineSeparator {
                    append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", to: &out)
                    i += 3
                } else {
                    appendEscape(of: byte, to: &out)
                    i += 1
                }
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is a C0 control, a quote, a backslash or E2 (which leads U+2028 and U+2029), by the
    /// usual bit tricks: `x - 0x01…01 & ~x & 0x80…80` is nonzero exactly when some byte of `x` is zero.
    @inline(__always)
    private static func mayNeedEscape(_ bytes: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        // A byte below 0x20: subtracting 0x20 borrows into its high bit, which was clear.
        let control = (bytes &- 0x20 &* ones) & ~bytes & highs != 0
        return control || hasZeroByte(bytes ^ (0x22 &* ones)) || hasZeroByte(bytes ^ (0x5C &* ones)) || hasZeroByte(bytes ^ (0xE2 &* ones))
    }

    /// The escape of a quote, a backslash or a C0 control.
    private static func appendEscape(of byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case 0x22: append("\\\"", to: &out)
        case 0x5C: append("\\\\", to: &out)
        case 0x0A: append("\\n", to: &out)
        case 0x0D: append("\\r", to: &out)
        case 0x09: append("\\t", to: &out)
        case 0x08: append("\\b", to: &out)
        case 0x0C: append("\\f", to: &out)
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            append("\\u00", to: &out)
            out.append(hexDigits.utf8Start[Int(byte >> 4)])
            out.append(hexDigits.utf8Start[Int(byte & 0x0F)])
        }
    }
}
