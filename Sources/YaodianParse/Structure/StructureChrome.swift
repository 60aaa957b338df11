import YaodianText
/// Page chrome that survives in raw page text (the seeds): breadcrumbs, 发布日期/来源/访问量 lines,
/// share and print links, QR-code notes, CMS marks. Ingested paragraphs have none; for raw text the
/// parser drops such lines before the first heading and at the very end, never inside the body.
enum StructureChrome {
    private static let prefixes: [String] = [
        "当前位置", "您当前所在位置", "您当前位置", "您现在的位置", "您的位置", "所在位置", "首页 >", "首页>",
        "阅读:", "阅读次数", "时间:", "来源:", "信息来源", "文章来源", "发布日期", "发布时间", "发布机构", "成文日期",
        "访问量", "访问次数", "浏览次数", "点击数", "点击率", "字号", "【字体", "【打印", "【关闭", "打印本页", "关闭窗口",
        "分享到", "分享:", "Produced By", "扫码浏览", "扫描二维码", "栏目:", "【概述】", "【正文】", "索引号", "主题分类",
        "责任编辑", "编辑:", "作者:", "附件下载", "相关阅读", "上一篇", "下一篇", "http://", "https://", "www.",
    ]
    private static let fragments: [String] = ["二维码", "收集整理", "版权所有", "ICP备", "网站标识码", "人气:"]

    private static let prefixList = WordList(prefixes)
    private static let fragmentList = WordList(fragments)

    /// True for a short line that is page chrome. Checked on the simplified text (來源 → 来源),
    /// with full-width colons folded, as scalars: this runs on every line around the header.
    static func isChrome(_ line: StructureLine) -> Bool {
        guard line.length <= 80 else { return false }
        var scalars = ScalarText.scalars(of: line.simplified)
        for index in scalars.indices where scalars[index] == "\u{FF1A}" { scalars[index] = ":" }
        if prefixList.isPrefix(of: scalars) { return true }
        return line.length <= 40 && fragmentList.occurs(in: scalars)
    }
}
