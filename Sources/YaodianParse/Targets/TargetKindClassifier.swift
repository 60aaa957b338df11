import YaodianModel
import YaodianText

/// Decides a target's kind from the words around its number (gold README, "Kind rules"):
/// relative > share > growth rate > increment verbs > count verbs > money moved > level reached.
enum TargetKindClassifier {
    /// Verbs of entities added in the year.
    static let incrementVerbs: [String] = [
        "新增", "净增", "新培育", "新认定", "新建", "新引进", "引进", "引育", "培育", "认定", "组建", "新设立", "设立", "争创",
        "创建", "建设", "进入", "上市", "入库", "新入选", "入选", "新备案", "备案", "新评", "评选", "新招引", "招引", "孵化",
        "新开辟", "新入驻", "新开工", "新竣工", "新投产", "新签约", "新落地", "新登记", "新注册", "新设", "新上", "新增加",
    ]
    /// Verbs of activities carried out in the year.
    static let countVerbs: [String] = [
        "举办", "组织", "实施", "攻克", "推进", "推动", "服务", "立项", "转化", "对接", "开展", "走进", "开放", "应用", "召开", "支持",
        "资助", "突破关键", "解决", "完成", "签约", "落地", "形成",
    ]
    /// Verbs of money disbursed or mobilised by a programme.
    static let amountVerbs: [String] = ["发放", "融资", "补助", "奖励", "兑现", "撬动", "带动", "贷款", "拨付", "安排", "扶持"]
    /// Stocks and yearly aggregates: a level reached.
    static let totalWords: [String] = ["突破", "总数", "累计", "拥有量", "授权量", "总额", "经费", "交易额", "成交额", "人员数", "达到", "规模"]

    private static let incrementList = WordList(incrementVerbs)
    private static let countList = WordList(countVerbs)
    private static let amountList = WordList(amountVerbs)
    private static let totalList = WordList(totalWords)

    /// - Parameters:
    ///   - context: the clause up to and around the number (simplified script).
    ///   - verbContext: the words that govern the number, including a verb carried over a `、` list.
    static func kind(unit: String?, context: String, verbContext: String, isMoney: Bool) -> TargetKind {
        if unit == "个百分点" && (context.includes("高于") || context.includes("快于") || context.includes("超过") || context.includes("提高")) {
            return .relative
        }
        if unit == "%" {
            if context.includes("占") && (context.includes("比重") || context.includes("比例") || context.includes("占比")) { return .share }
            if context.includes("比重") || context.includes("占比") || context.includes("覆盖率") || context.includes("率达") { return .share }
            if context.includes("增长") || context.includes("增速") || context.includes("提高") || context.includes("提升") { return .growthRate }
            return .share
        }
        if unit == "个百分点" { return .relative }
        if incrementList.occurs(in: verbContext) && !totalWords.contains(where: { verbContext.hasByteSuffix($0) }) {
            return .increment
        }
        if isMoney {
            if amountList.occurs(in: verbContext) { return .amount }
            return .total
        }
        if totalList.occurs(in: verbContext) { return .total }
        if countList.occurs(in: verbContext) { return .count }
        if unit == "场" || unit == "次" || unit == "场次" || unit == "项" || unit == "笔" { return .count }
        return .total
    }
}
