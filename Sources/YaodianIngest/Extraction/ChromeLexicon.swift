/// The words of page chrome on Chinese government sites: what a line must not be to count as body.
/// Matched on the line with all spaces removed.
enum ChromeLexicon {
    /// A line starting with one of these is page furniture wherever it stands.
    static let chromePrefixes: [String] = [
        "当前位置", "您当前位置", "所在位置", "您的位置", "您现在的位置", "现在位置", "位置:", "位置：", "分享到", "分享:", "分享：", "【打印", "[打印", "打印本页",
        "【关闭", "关闭窗口", "【字体", "字号:", "字号：", "【字号", "扫一扫", "扫描二维码", "用手机扫", "微信扫一扫", "手机扫码", "扫码",
        "上一篇", "下一篇", "相关阅读", "相关链接", "相关文章", "相关新闻", "相关信息", "热点关注", "推荐阅读", "责任编辑", "【责任编辑",
        "网站地图", "版权所有", "主办单位", "承办单位", "技术支持", "网站标识码", "ICP备", "建议使用", "Produced By",
        "侦策百科", "如二维码无法", "文思社", "【概述】", "【正文】", "------", "收藏本页", "打印关闭",
        "点击查看政策解读", "政策解读:", "政策解读：", "一图读懂", "图解:", "图解：", "相关解读", "【我要纠错】", "【打印】", "版权与免责声明", "免责声明", "手机扫一扫", "相关附件", "【推荐】", "【广告】", "广告:", "广告：",
    ]
    /// Labels of the metadata lines around a body (发布日期, 来源, 访问量 …).
    static let metadataLabels: [String] = [
        "发布日期", "发布时间", "发文日期", "成文日期", "信息来源", "来源:", "来源：", "文章来源", "发布机构", "发布单位", "浏览次数", "访问次数",
        "访问量", "阅读次数", "点击数", "点击率", "浏览量", "阅读:", "阅读：", "作者:", "作者：", "时间:", "时间：", "日期:", "日期：", "索引号",
        "主题分类", "发文机关", "文号:", "文号：", "发文字号", "栏目:", "栏目：", "人气:", "人气：", "人氣", "编辑:", "编辑：", "字体:", "字体：", "名称:", "名称：", "标题:", "标题：",
    ]
    /// Class and id words of containers that are not the document (readability's negative hints).
    static let negativeContainerWords: [String] = [
        "sidebar", "side", "right", "related", "relate", "share", "hot", "recommend", "nav", "menu", "footer", "foot",
        "header", "comment", "breadcrumb", "crumb", "position", "location", "zcjd", "rdgz", "link", "banner", "ad-", "advert",
        "qrcode", "print", "tools", "adsense", "intro", "banquan", "mianze", "copyright", "disclaimer", "toolbar", "pager", "summary", "abstract", "gaishu", "xgwz", "xgxx",
    ]
    /// Class and id words of containers that usually are the document.
    static let positiveContainerWords: [String] = [
        "zoom", "trs_editor", "article", "content", "con", "text", "body", "detail", "main", "wenben", "zhengwen", "article-content",
        "art-con", "view", "news_content", "info_content",
    ]

    static func isChrome(_ compactLine: String) -> Bool {
        for prefix in chromePrefixes where compactLine.hasPrefix(prefix) { return true }
        // 您当前所在位置: / 你现在的位置: breadcrumbs in their many spellings.
        if compactLine.prefix(8).contains("位置"), compactLine.contains(">") || compactLine.contains("»") || compactLine.hasSuffix(":")
            || compactLine.hasSuffix("：") { return true }
        if compactLine.contains("二维码") && compactLine.unicodeScalars.count < 60 { return true }
        if compactLine.contains("Copyright") || compactLine.contains("©") && compactLine.unicodeScalars.count < 80 { return true }
        if compactLine.hasPrefix("http"), !compactLine.contains("，") { return true }
        // `…免费下载>>`, `点击进入>>`: a teaser link.
        if (compactLine.hasSuffix(">>") || compactLine.hasSuffix("»")) && compactLine.unicodeScalars.count < 60 { return true }
        return false
    }

    /// A line made of metadata labels and their values (`发布日期:2018-04-16 访问次数: 字号:[大中小]`).
    static func isMetadata(_ compactLine: String) -> Bool {
        guard compactLine.unicodeScalars.count < 120 else { return false }
        for label in metadataLabels where compactLine.hasPrefix(label) { return true }
        var labels = 0
        for label in metadataLabels where compactLine.contains(label) { labels += 1 }
        return labels >= 2
    }

    static func containerHint(_ element: PageElement) -> Double {
        let words = (element.classes + " " + element.id.lowercased())
        guard words.count > 1 else { return 0 }
        var hint = 0.0
        for word in positiveContainerWords where words.contains(word) { hint = 1; break }
        for word in negativeContainerWords where words.contains(word) {
            // "content_right" is still content; "main-right" is a sidebar.
            if hint > 0 && (word == "right" || word == "side") { continue }
            return -1
        }
        return hint
    }
}
