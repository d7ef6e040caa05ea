import Foundation

/// One gold TIMEX3 of a TimeML document.
public struct TimeMLTimex: Hashable, Sendable {
    /// The `tid` attribute ("t12"); empty when missing.
    public var id: String
    /// Unicode-scalar offsets into `TimeMLDocument.text`.
    public var range: Range<Int>
    public var text: String
    /// `DATE`, `TIME`, `DURATION` or `SET`, as written in the file.
    public var type: String
    public var value: String

    public init(id: String, range: Range<Int>, text: String, type: String, value: String) {
        self.id = id
        self.range = range
        self.text = text
        self.type = type
        self.value = value
    }
}

/// A TimeML document: the plain text of its `<TEXT>` element, the TIMEX3s in it and its creation time.
public struct TimeMLDocument: Sendable {
    /// The file name, for messages.
    public var name: String
    /// The `value` of the TIMEX3 with `functionInDocument="CREATION_TIME"` ("1998-02-06T22:19:00"); nil without one.
    public var creationTime: String?
    /// The content of `<TEXT>` with every tag removed and character references decoded.
    public var text: String
    public var timexes: [TimeMLTimex]

    /// The creation time as a reference date for the time tagger: its date part, when it has one.
    public var reference: SimpleDate? {
        guard let creationTime else { return nil }
        return SimpleDate(iso: String(creationTime.prefix { $0 != "T" }))
    }
}

/// Why a file could not be read as TimeML.
public struct TimeMLError: Error, Equatable, CustomStringConvertible {
    public var name: String
    public var message: String
    public var description: String { "\(name): \(message)" }
}

/// Reads TimeML (TimeBank, TempEval-3) with a small hand-made tag scanner: the model target uses Foundation
/// only, and XMLParser lives in FoundationXML on Linux. TimeML needs little of XML: elements, attributes in
/// quotes, character references, comments, `<?…?>` and `<!DOCTYPE…>`, and CDATA sections.
///
/// Only TIMEX3s inside `<TEXT>` are gold mentions; the creation time is usually in `<DCT>` before it. Other tags
/// (EVENT, SIGNAL, s, TLINK…) are dropped, their text kept. A TIMEX3 with no text (TimeML's non-consuming
/// anchor points) is not a mention.
public enum TimeMLReader {
    /// Parses one document's text; `name` is used in errors.
    public static func parse(_ source: String, name: String) throws -> TimeMLDocument {
        var scanner = TimeMLScanner(scalars: Array(source.unicodeScalars), name: name)
        return try scanner.run()
    }

    /// Reads `.tml` files: each path a file, or a folder searched recursively; sorted by path within a folder.
    public static func read(paths: [String]) throws -> [TimeMLDocument] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TimeMLError(name: path, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                let found = FileManager.default.enumerator(atPath: path)?
                    .compactMap { $0 as? String }
                    .filter { $0.lowercased().hasSuffix(".tml") } ?? []
                files += found.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return try files.map { file in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw TimeMLError(name: file, message: "cannot read file")
            }
            return try parse(String(decoding: data, as: UTF8.self), name: file)
        }
    }
}

private struct TimeMLScanner {
    let scalars: [Unicode.Scalar]
    let name: String
    var position = 0
    /// The plain text so far.
    var text: [Unicode.Scalar] = []
    var insideText = false
    var sawText = false
    var creationTime: String?
    var openTimex: (start: Int, attributes: [String: String])?
    var timexes: [TimeMLTimex] = []

    init(scalars: [Unicode.Scalar], name: String) {
        self.scalars = scalars
        self.name = name
    }

    mutating func run() throws -> TimeMLDocument {
        while position < scalars.count {
            if scalars[position] == "<" {
                try markup()
            } else {
                let start = position
                while position < scalars.count, scalars[position] != "<" { position += 1 }
                if insideText { append(TimeMLScanner.decodeReferences(scalars[start..<position])) }
            }
        }
        guard sawText else { throw TimeMLError(name: name, message: "no <TEXT> element") }
        if insideText { throw TimeMLError(name: name, message: "<TEXT> is not closed") }
        return TimeMLDocument(name: name, creationTime: creationTime, text: String(String.UnicodeScalarView(text)), timexes: timexes)
    }

    private mutating func append<S: Sequence<Unicode.Scalar>>(_ content: S) {
        text.append(contentsOf: content)
    }

    /// Handles the markup starting at `position` (a `<`).
    private mutating func markup() throws {
        if starts(with: "<!--") {
            position = try end(of: "-->", from: position + 4)
        } else if starts(with: "<![CDATA[") {
            let contentStart = position + 9
            position = try end(of: "]]>", from: contentStart)
            if insideText { append(scalars[contentStart..<(position - 3)]) }
        } else if starts(with: "<?") {
            position = try end(of: "?>", from: position + 2)
        } else if starts(with: "<!") {
            position = try end(of: ">", from: position + 2)
        } else {
            let tag = try readTag()
            try handle(tag)
        }
    }

    private struct Tag {
        var name: String
        var attributes: [String: String]
        var isClosing: Bool
        var isSelfClosing: Bool
    }

    private mutating func handle(_ tag: Tag) throws {
        switch (tag.name, tag.isClosing) {
        case ("TEXT", false):
            if !tag.isSelfClosing { insideText = true }
            sawText = true
        case ("TEXT", true):
            if openTimex != nil { throw TimeMLError(name: name, message: "TIMEX3 not closed before </TEXT>") }
            insideText = false
        case ("TIMEX3", false):
            if tag.attributes["functionInDocument"] == "CREATION_TIME", creationTime == nil {
                creationTime = tag.attributes["value"]
            }
            guard insideText, !tag.isSelfClosing else { return }
            if openTimex != nil { throw TimeMLError(name: name, message: "TIMEX3 inside TIMEX3 at offset \(position)") }
            openTimex = (text.count, tag.attributes)
        case ("TIMEX3", true):
            guard insideText else { return }
            guard let open = openTimex else { throw TimeMLError(name: name, message: "</TIMEX3> without <TIMEX3>") }
            openTimex = nil
            guard text.count > open.start else { return }
            timexes.append(TimeMLTimex(id: open.attributes["tid"] ?? "", range: open.start..<text.count,
                                       text: String(String.UnicodeScalarView(text[open.start...])), type: open.attributes["type"] ?? "",
                                       value: open.attributes["value"] ?? ""))
        default:
            break
        }
    }

    /// Reads `<name attr="value" …>`, `</name>` or `<name … />` from `position`.
    private mutating func readTag() throws -> Tag {
        let tagStart = position
        position += 1
        let isClosing = position < scalars.count && scalars[position] == "/"
        if isClosing { position += 1 }
        let name = readName()
        guard !name.isEmpty else { throw TimeMLError(name: self.name, message: "bad tag at offset \(tagStart)") }
        var attributes: [String: String] = [:]
        while true {
            skipSpaces()
            guard position < scalars.count else { throw TimeMLError(name: self.name, message: "unclosed <\(name) at offset \(tagStart)") }
            if scalars[position] == ">" {
                position += 1
                return Tag(name: name, attributes: attributes, isClosing: isClosing, isSelfClosing: false)
            }
            if starts(with: "/>") {
                position += 2
                return Tag(name: name, attributes: attributes, isClosing: isClosing, isSelfClosing: true)
            }
            let attribute = readName()
            guard !attribute.isEmpty else { throw TimeMLError(name: self.name, message: "bad attribute in <\(name) at offset \(tagStart)") }
            skipSpaces()
            guard position < scalars.count, scalars[position] == "=" else {
                attributes[attribute] = ""  // HTML-style bare attribute: tolerated, as it carries nothing we read
                continue
            }
            position += 1
            skipSpaces()
            guard position < scalars.count, scalars[position] == "\"" || scalars[position] == "'" else {
                throw TimeMLError(name: self.name, message: "unquoted attribute \(attribute) in <\(name) at offset \(tagStart)")
            }
            let quote = scalars[position]
            let valueStart = position + 1
            position = valueStart
            while position < scalars.count, scalars[position] != quote { position += 1 }
            guard position < scalars.count else { throw TimeMLError(name: self.name, message: "unclosed quote in <\(name) at offset \(tagStart)") }
            attributes[attribute] = String(String.UnicodeScalarView(TimeMLScanner.decodeReferences(scalars[valueStart..<position])))
            position += 1
        }
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while position < scalars.count {
            let scalar = scalars[position]
            guard scalar == ":" || scalar == "_" || scalar == "-" || scalar == "." || ReaderScalar.isWordScalar(scalar) else { break }
            name.append(scalar)
            position += 1
        }
        return String(name)
    }

    private mutating func skipSpaces() {
        while position < scalars.count, ReaderScalar.isWhitespace(scalars[position]) { position += 1 }
    }

    private func starts(with literal: String) -> Bool {
        var index = position
        for scalar in literal.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// The offset just after the first `terminator` at or after `start`.
    private func end(of terminator: String, from start: Int) throws -> Int {
        let pattern = Array(terminator.unicodeScalars)
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index] == pattern[0], Array(scalars[index..<(index + pattern.count)]) == pattern { return index + pattern.count }
            index += 1
        }
        throw TimeMLError(name: name, message: "unclosed markup at offset \(position)")
    }

    /// Character data with `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#N;` `&#xN;` decoded; an unknown reference stays as written.
    static func decodeReferences(_ content: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard content.contains("&") else { return Array(content) }
        var output: [Unicode.Scalar] = []
        var index = content.startIndex
        while index < content.endIndex {
            let scalar = content[index]
            guard scalar == "&", let semicolon = content[index...].prefix(12).firstIndex(of: ";") else {
                output.append(scalar)
                index += 1
                continue
            }
            let entity = String(String.UnicodeScalarView(content[(index + 1)..<semicolon]))
            if let decoded = decodeEntity(entity) {
                output.append(decoded)
                index = semicolon + 1
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return output
    }

    private static func decodeEntity(_ entity: String) -> Unicode.Scalar? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let number = entity.dropFirst()
            let code = number.hasPrefix("x") || number.hasPrefix("X") ? UInt32(number.dropFirst(), radix: 16) : UInt32(number)
            return code.flatMap(Unicode.Scalar.init)
        }
    }
}
