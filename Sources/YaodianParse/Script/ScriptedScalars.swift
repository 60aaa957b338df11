import YaodianText

/// A block's scalars as written and in simplified script (the same array when the text needs no
/// conversion). Extractors match words on `simplified` and cut output strings from `original`; OpenCC
/// keeps scalar counts, and when it does not the original is matched as it is.
struct ScriptedScalars {
    let original: [Unicode.Scalar]
    let simplified: [Unicode.Scalar]

    /// - Parameter decoded: `text`'s scalars when the caller already holds them (a block's piece of
    ///   its paragraph); decoded here otherwise.
    init(_ text: String, simplified simplifiedText: String?, decoded: ArraySlice<Unicode.Scalar>? = nil) {
        original = decoded.map { Array($0) } ?? ScalarText.scalars(of: text)
        let converted = simplifiedText ?? ChineseScript.shared.simplified(text)
        if converted.utf8.count == text.utf8.count && converted == text {
            simplified = original
        } else {
            let scalars = ScalarText.scalars(of: converted)
            simplified = scalars.count == original.count ? scalars : original
        }
    }
}
