import Foundation

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
/// a byte buffer is several times cheaper than appending them to a String.
enum JSONWriter {
    /// The text of `value`, ending with a newline.
    static func render(_ value: JSONValue) -> String { written(value) { $0.string() } }

    /// The UTF-8 of `render`, without the String: making one checks every byte again.
    static func data(_ value: JSONValue) -> Data { written(value) { $0.data() } }

    private static func written<Result>(_ value: JSONValue, as result: (ByteBuffer) -> Result) -> Result {
        var out = ByteBuffer(capacity: 1 << 16)
        defer { out.deallocate() }
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return result(out)
    }

    /// Bytes written into memory kept with room to spare (from `malloc`, so that growing is a `realloc`). An Array checks its buffer's uniqueness and capacity on
    /// every append, which cost more than the bytes themselves for the short pieces JSON is made of.
    struct ByteBuffer {
        private var start: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            start = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        }

        /// Frees the memory; the buffer is not to be used after.
        func deallocate() { free(start) }

        /// The bytes as a String (decoded as UTF-8).
        func string() -> String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

        /// The bytes, copied.
        func data() -> Data { Data(UnsafeBufferPointer(start: start, count: count)) }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if count == capacity { grow(to: count + 1) }
            start[count] = byte
            count += 1
        }

        @inline(__always)
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            if count + bytes.count > capacity { grow(to: count + bytes.count) }
            (start + count).update(from: base, count: bytes.count)
            count += bytes.count
        }

        /// The `count` bytes of a small string's two words (`SmallASCIIString.contents(of:)`), stored whole: the
        /// bytes past `count` land in spare room and are written over later.
        @inline(__always)
        mutating func append(_ words: (UInt64, UInt64), count bytes: Int) {
            if count + 16 > capacity { grow(to: count + 16) }
            let at = UnsafeMutableRawPointer(start + count)
            at.storeBytes(of: words.0, as: UInt64.self)
            at.storeBytes(of: words.1, toByteOffset: 8, as: UInt64.self)
            count += bytes
        }

        @inline(__always)
        mutating func append(_ text: StaticString) { text.withUTF8Buffer { append($0) } }

        /// `count` spaces.
        mutating func appendSpaces(_ count: Int) {
            if self.count + count > capacity { grow(to: self.count + count) }
            (start + self.count).initialize(repeating: UInt8(ascii: " "), count: count)
            self.count += count
        }

        private mutating func grow(to needed: Int) {
            var newCapacity = capacity * 2
            while newCapacity < needed { newCapacity *= 2 }
            // `realloc`, not a new block and a copy: a large block is moved by remapping its pages.
            start = realloc(start, newCapacity)!.assumingMemoryBound(to: UInt8.self)
            capacity = newCapacity
        }
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout ByteBuffer) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i):
            var text = String(i)
            text.withUTF8 { out.append($0) }
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.appendSpaces(2 * (indent + 1))
                write(item, indent: indent + 1, into: &out)
                if i < items.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            out.appendSpaces(2 * indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            for (i, (key, item)) in members.enumerated() {
                out.appendSpaces(2 * (indent + 1))
                writeString(key, into: &out)
                out.append(": ")
                write(item, indent: indent + 1, into: &out)
                if i < members.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            out.appendSpaces(2 * indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Escapes what RFC 8259 requires (quote, backslash, C0 controls), plus U+2028/U+2029,
    /// which JSON allows but JavaScript source and some line-based tools treat as line breaks.
    static func writeString(_ s: String, into out: inout ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        // Most strings are small ASCII ones (keys, names, kinds): when none of their bytes needs an escape, their two
        // words are copied as they are, with no call of `withUTF8`.
        if SmallASCIIString.isSupported, let (words, count) = SmallASCIIString.contents(of: s) {
            let firstMask: UInt64 = count >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: 8 &* count)) &- 1
            let secondMask: UInt64 = count <= 8 ? 0 : (1 &<< UInt64(truncatingIfNeeded: 8 &* (count &- 8))) &- 1
            if escapeFlags(words.0) & firstMask == 0, escapeFlags(words.1) & secondMask == 0 {
                out.append(words, count: count)
                out.append(UInt8(ascii: "\""))
                return
            }
        }
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
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                if lineSeparator {
                    out.append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 3
                } else {
                    appendEscape(of: byte, to: &out)
                    i += 1
                }
                runStart = i
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is a C0 control, a quote, a backslash or E2 (which leads U+2028 and U+2029).
    @inline(__always)
    private static func mayNeedEscape(_ bytes: UInt64) -> Bool {
        escapeFlags(bytes) | zeroByteFlags(bytes ^ (0xE2 &* 0x0101_0101_0101_0101)) != 0
    }

    /// High bits set in the bytes of `bytes` that are a C0 control, a quote or a backslash; exact up to the lowest such
    /// byte, and possibly set in bytes above it (borrows run upwards), so bytes above a valid prefix can be masked off.
    @inline(__always)
    private static func escapeFlags(_ bytes: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // A byte below 0x20: subtracting 0x20 borrows into its high bit, which was clear.
        let control = (bytes &- 0x20 &* ones) & ~bytes & 0x8080_8080_8080_8080
        return control | zeroByteFlags(bytes ^ (0x22 &* ones)) | zeroByteFlags(bytes ^ (0x5C &* ones))
    }

    /// The usual bit trick: `x - 0x01…01 & ~x & 0x80…80` is nonzero exactly when some byte of `x` is zero (its high bit
    /// set, and perhaps those of bytes above it).
    @inline(__always)
    private static func zeroByteFlags(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }

    /// The escape of a quote, a backslash or a C0 control.
    private static func appendEscape(of byte: UInt8, to out: inout ByteBuffer) {
        switch byte {
        case 0x22: out.append("\\\"")
        case 0x5C: out.append("\\\\")
        case 0x0A: out.append("\\n")
        case 0x0D: out.append("\\r")
        case 0x09: out.append("\\t")
        case 0x08: out.append("\\b")
        case 0x0C: out.append("\\f")
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            out.append("\\u00")
            out.append(hexDigits.utf8Start[Int(byte >> 4)])
            out.append(hexDigits.utf8Start[Int(byte & 0x0F)])
        }
    }
}
