import YaodianModel

/// `IngestedDocument` as JSON without `JSONEncoder`: byte for byte what `YaodianJSON.string` gives
/// (keys sorted by their UTF-8 bytes, absent optionals left out), at a fraction of the cost.
/// Every stored property of the model types must appear here; `DocumentJSONTests` compares the two
/// over fully populated documents and counts the properties, so a new field cannot slip by.
enum DocumentJSON {
    /// The document as JSON, or nil when it holds a number JSON cannot carry (NaN, infinity):
    /// then the caller falls back to `JSONEncoder`, which reports it.
    static func render(_ document: IngestedDocument, pretty: Bool) -> [UInt8]? {
        var writer = JSONByteWriter(pretty: pretty, capacity: 4096 + document.notice.body.reduce(0) { $0 + $1.utf8.count } * 2)
        guard write(document, to: &writer) else { return nil }
        return writer.bytes
    }

    /// The layout of `YaodianJSON.string(document, pretty:)`, whichever way it is made.
    static func string(_ document: IngestedDocument, pretty: Bool) throws -> String {
        if let json = render(document, pretty: pretty) { return String(decoding: json, as: UTF8.self) }
        return try YaodianJSON.string(document, pretty: pretty)
    }

    /// The same as UTF-8 bytes, without making a String of them (a `-o` file is written as bytes).
    static func bytes(_ document: IngestedDocument, pretty: Bool) throws -> [UInt8] {
        if let json = render(document, pretty: pretty) { return json }
        return Array(try YaodianJSON.string(document, pretty: pretty).utf8)
    }

    private static func write(_ document: IngestedDocument, to w: inout JSONByteWriter) -> Bool {
        let outer = w.openObject()
        w.key("notice")
        write(document.notice, to: &w)
        if let plan = document.plan {
            w.key("plan")
            guard write(plan, to: &w) else { return false }
        }
        w.key("schemaVersion")
        w.int(document.schemaVersion)
        w.key("source")
        write(document.source, to: &w)
        w.closeObject(outer)
        return true
    }

    private static func write(_ notice: Notice, to w: inout JSONByteWriter) {
        let outer = w.openObject()
        w.key("attachments")
        let list = w.openArray()
        for attachment in notice.attachments {
            w.member()
            let object = w.openObject()
            w.key("title")
            w.string(attachment.title)
            w.key("url")
            w.string(attachment.url)
            w.closeObject(object)
        }
        w.closeArray(list)
        w.key("body")
        w.strings(notice.body)
        optional("docNumber", notice.docNumber, &w)
        optional("indexNumber", notice.indexNumber, &w)
        optional("issuer", notice.issuer, &w)
        optional("publishDate", notice.publishDate, &w)
        optional("signedDate", notice.signedDate, &w)
        optional("title", notice.title, &w)
        w.closeObject(outer)
    }

    private static func write(_ source: SourceInfo, to w: inout JSONByteWriter) {
        let outer = w.openObject()
        optional("declaredCharset", source.declaredCharset, &w)
        w.key("encoding")
        w.string(source.encoding)
        w.key("encodingSource")
        w.string(source.encodingSource)
        w.key("replacedBytes")
        w.int(source.replacedBytes)
        w.key("sha256")
        w.string(source.sha256)
        w.key("uri")
        w.string(source.uri)
        w.key("warnings")
        w.strings(source.warnings)
        w.closeObject(outer)
    }

    private static func write(_ plan: Plan, to w: inout JSONByteWriter) -> Bool {
        let outer = w.openObject()
        w.key("figures")
        var list = w.openArray()
        for figure in plan.figures {
            w.member()
            guard write(figure, to: &w) else { return false }
        }
        w.closeArray(list)
        optional("issuer", plan.issuer, &w)
        w.key("kind")
        w.string(plan.kind.rawValue)
        w.key("preamble")
        w.strings(plan.preamble)
        optional("region", plan.region, &w)
        w.key("sections")
        write(plan.sections, to: &w)
        w.key("targets")
        list = w.openArray()
        for target in plan.targets {
            w.member()
            guard write(target, to: &w) else { return false }
        }
        w.closeArray(list)
        optional("title", plan.title, &w)
        if let wrapper = plan.wrapper {
            w.key("wrapper")
            write(wrapper, to: &w)
        }
        if let year = plan.year {
            w.key("year")
            w.int(year)
        }
        w.closeObject(outer)
        return true
    }

    private static func write(_ wrapper: NoticeWrapper, to w: inout JSONByteWriter) {
        let outer = w.openObject()
        optional("addressees", wrapper.addressees, &w)
        optional("date", wrapper.date, &w)
        optional("issuer", wrapper.issuer, &w)
        w.key("text")
        w.strings(wrapper.text)
        optional("title", wrapper.title, &w)
        w.closeObject(outer)
    }

    private static func write(_ sections: [PlanSection], to w: inout JSONByteWriter) {
        let list = w.openArray()
        for section in sections {
            w.member()
            let outer = w.openObject()
            w.key("id")
            w.string(section.id)
            w.key("items")
            write(section.items, to: &w)
            w.key("level")
            w.int(section.level)
            w.key("number")
            w.string(section.number)
            w.key("sections")
            write(section.sections, to: &w)
            w.key("text")
            w.strings(section.text)
            w.key("title")
            w.string(section.title)
            w.closeObject(outer)
        }
        w.closeArray(list)
    }

    private static func write(_ items: [PlanItem], to w: inout JSONByteWriter) {
        let list = w.openArray()
        for item in items {
            w.member()
            let outer = w.openObject()
            w.key("id")
            w.string(item.id)
            w.key("items")
            write(item.items, to: &w)
            w.key("number")
            w.string(item.number)
            w.key("text")
            w.string(item.text)
            w.key("title")
            w.string(item.title)
            w.closeObject(outer)
        }
        w.closeArray(list)
    }

    private static func write(_ target: Target, to w: inout JSONByteWriter) -> Bool {
        let outer = w.openObject()
        w.key("approx")
        w.bool(target.approx)
        w.key("clause")
        w.string(target.clause)
        w.key("comparator")
        w.string(target.comparator.rawValue)
        w.key("id")
        w.string(target.id)
        w.key("itemId")
        w.string(target.itemId)
        w.key("kind")
        w.string(target.kind.rawValue)
        w.key("metric")
        w.string(target.metric)
        optional("normalizedUnit", target.normalizedUnit, &w)
        if let normalizedValue = target.normalizedValue {
            w.key("normalizedValue")
            guard w.double(normalizedValue) else { return false }
        }
        optional("parentId", target.parentId, &w)
        optional("qualifier", target.qualifier, &w)
        w.key("qualifierInherited")
        w.bool(target.qualifierInherited)
        optional("scope", target.scope, &w)
        w.key("text")
        w.string(target.text)
        optional("unit", target.unit, &w)
        optional("unitImplied", target.unitImplied, &w)
        w.key("value")
        guard w.double(target.value) else { return false }
        if let valueMax = target.valueMax {
            w.key("valueMax")
            guard w.double(valueMax) else { return false }
        }
        w.closeObject(outer)
        return true
    }

    private static func write(_ figure: ReportedFigure, to w: inout JSONByteWriter) -> Bool {
        let outer = w.openObject()
        w.key("approx")
        w.bool(figure.approx)
        w.key("id")
        w.string(figure.id)
        w.key("itemId")
        w.string(figure.itemId)
        w.key("kind")
        w.string(figure.kind.rawValue)
        w.key("metric")
        w.string(figure.metric)
        w.key("period")
        w.string(figure.period)
        w.key("text")
        w.string(figure.text)
        optional("unit", figure.unit, &w)
        w.key("value")
        guard w.double(figure.value) else { return false }
        w.closeObject(outer)
        return true
    }

    private static func optional(_ key: StaticString, _ value: String?, _ w: inout JSONByteWriter) {
        guard let value else { return }
        w.key(key)
        w.string(value)
    }

    private static func optional(_ key: StaticString, _ value: CalendarDate?, _ w: inout JSONByteWriter) {
        guard let value else { return }
        w.key(key)
        w.string(value.description)
    }
}
