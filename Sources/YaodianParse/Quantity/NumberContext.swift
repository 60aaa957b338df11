/// What around a number shows it is not a quantity: dates and times (2020年, 1-5月, 09:51, 5·30), ordinals
/// (第九届, 十四届二次), versions and technology names (2.0版, 5G, 1+N), addresses and file names.
enum NumberContext {
    /// Words after a number that make it a date, period, ordinal, version or level: 2020年, 7月, 8月份, 2.0版,
    /// 20周年, 二等奖, 三级, 一期, 3个月. Longest first.
    private static let periodWords: [[UInt32]] = [
        "个工作日", "个小时", "个季度", "个星期", "个多月", "个半月", "个月", "世纪", "小时", "年", "月", "日", "号", "时", "点", "分", "秒",
        "届", "期", "版", "周", "季", "代", "批", "级", "等", "天", "岁", "楼", "层", "轮", "维", "星",
    ].map(QuantityScalars.word).sorted { $0.count > $1.count }

    private static let di = QuantityScalars.u("第")
    private static let jie = QuantityScalars.u("届")
    private static let plus = QuantityScalars.u("+")
    private static let minus = QuantityScalars.u("-")
    /// Joiners of dates, times, paths and codes: 09:51, 5·30, 2020/3/1, a_1, #3.
    private static let joiners: [UInt32] = QuantityScalars.word(":·/._#@=&?\\")

    /// The end of a period word (年, 月, 个月 …) starting at `p`, if there is one.
    static func periodWordEnd(_ t: QuantityText, at p: Int) -> Int? {
        for word in periodWords where t.has(word, at: p) { return p + word.count }
        return nil
    }

    /// True when the number starting at `start` continues something before it: 第九届, 十四届二次, 1+4, R2,
    /// 09:51 (the 51), 20210508/1.
    static func isGluedBefore(_ t: QuantityText, _ start: Int) -> Bool {
        let before = t[start - 1]
        if before == di || before == jie || before == plus { return true }
        let beforeClass = t.cls(start - 1)
        if beforeClass.contains(.letter) || beforeClass.contains(.digit) { return true }
        if joiners.contains(before) || before == minus {
            let twoBack = t.cls(start - 2)
            return twoBack.contains(.digit) || twoBack.contains(.letter)
        }
        return false
    }

    /// True when the number ending at `end` runs on into a code: 5G, 3D, 1.25W, 1+N, 09:51, 5·30, 2020/3/1.
    static func isGluedAfter(_ t: QuantityText, _ end: Int) -> Bool {
        let after = t[end]
        if after == plus || t.cls(end).contains(.letter) { return true }
        if joiners.contains(after) {
            let next = t.cls(end + 1)
            return next.contains(.digit) || next.contains(.letter)
        }
        return false
    }

    /// The end of the code around a glued number (digits, letters and joiners), to skip it whole.
    static func codeEnd(_ t: QuantityText, from i: Int) -> Int {
        var j = i
        while j < t.upper {
            let c = t[j]
            let k = t.cls(j)
            if k.contains(.digit) || k.contains(.letter) || c == plus || c == minus || joiners.contains(c) {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    /// A minus sign right before the digits, after a word (`增长-5%`), not between numbers (`1-5`).
    static func hasMinusSign(_ t: QuantityText, before start: Int) -> Bool {
        guard t[start - 1] == minus else { return false }
        let before = t[start - 2]
        return before >= 0x2E80 && !t.cls(start - 2).contains(.chineseNumeral)
    }
}
