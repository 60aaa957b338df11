/// A number written without its unit takes the unit of the nearest earlier quantity in the same sentence:
/// `力争新认定高新技术企业580家以上,总数达到1700` → 1700 has `impliedUnit` 家 (`unit` stays nil).
enum ImpliedUnits {
    static func fill(_ found: [ScannedQuantity]) -> [QuantityMatch] {
        var result: [QuantityMatch] = []
        result.reserveCapacity(found.count)
        var lastUnit: String? = nil
        var lastSentence = -1
        for item in found {
            var match = item.candidate.match
            if item.sentence != lastSentence {
                lastUnit = nil
                lastSentence = item.sentence
            }
            if let unit = match.unit {
                lastUnit = unit
            } else {
                match.impliedUnit = lastUnit
            }
            result.append(match)
        }
        return result
    }
}
