#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YaodianText
/// The words of page chrome on Chinese government sites: what a line must not be to count as body.
/// Matched on the line with all spaces removed.
enum ChromeLexicon {
    /// A line starting with one of these is page furniture wherever it stands.
    static let chromePrefixes: [String] = [
        "当前位置", "您当前位置", "所在位置", "您的位置", "您现在的位置", "现在位置", "位置:", "位置：", "分享到", "分享:", "分享：", "【打印", "[打印", "打印本页",
        "【关闭", "关闭窗口", "【字体", "字号:", "字号：", "【字号", "扫一扫", "扫描二维码", "用手机扫", "微信扫一扫", "手机扫码", "扫码",
        "上一篇", "下一篇", "相关阅读", "相关链接", "相关文章", "相关新闻", "相关信息", "热点关注", "推荐阅读", "责任编辑", "【责任编辑",
        "网站地图", "版权所有", "主办单位", "承办单位", "技术支持", "网站标识码", "ICP备", "建议使用", "ProducedBy",
        "侦策百科", "如二维码无法", "文思社", "【概述】", "【正文】", "------", "收藏本页", "打印关闭",
        "点击查看政策解读", "政策解读:", "政策解读：", "一图读懂", "图解:", "图解：", "相关解读", "相关报道", "【我要纠错】", "【打印】", "版权与免责声明", "免责声明", "手机扫一扫", "相关附件", "【推荐】", "【广告】", "广告:", "广告：",
    ]
    /// Lines that are page furniture when they stand alone (toolbar buttons of a saved page).
    static let chromeLines: Set<String> = [
        "下载", "打印", "全屏", "收藏", "关闭", "分享", "返回", "返回顶部", "回到顶部", "大", "中", "小", "大中小", "[大中小]", "【大中小】",
        "字号", "字体", "默认", "加大", "减小", "还原", "放大", "缩小", "繁體", "简体", "无障碍", "长者模式", "English", "登录", "注册", "首页", "更多", "更多>>",
    ]
    /// Words that make a short line a footer or an editor's credit wherever they stand in it.
    static let footerWords: [String] = ["版权所有", "ICP备", "公网安备", "网站标识码", "责任编辑：", "责任编辑:"]

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

    /// The lexicons as UTF-8 bytes, built once. Every test below is on bytes (as `String.includes`
    /// is), with the line's bytes fetched once: this runs for every line of every page.
    private static let chromePrefixBytes = PackedWords(chromePrefixes)
    private static let metadataLabelBytes = PackedWords(metadataLabels)
    private static let footerWordBytes = PackedWords(footerWords)
    private static let chromeLineBytes = PackedWords(chromeLines.sorted())
    private static let chromeLinesArePlain = chromeLines.allSatisfy { line in
        var line = line
        return line.withUTF8(isPlain)
    }

    /// Whether a short line is one of `chromeLines`. The Set compares canonical equivalents; bytes
    /// decide the same when the line and the entries hold only scalars that neither decompose nor
    /// combine (ASCII, U+4000–U+9FFF ideographs, 【】), which saves hashing most lines.
    private static func isChromeLine(_ compactLine: String, bytes line: UnsafeBufferPointer<UInt8>) -> Bool {
        if chromeLinesArePlain && isPlain(line) { return chromeLineBytes.anyEquals(line) }
        return chromeLines.contains(compactLine)
    }

    private static func isPlain(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = line.count
        while index < count {
            let byte = line[index]
            if byte < 0x80 {
                index += 1
            } else if (0xE4...0xE9).contains(byte) && index + 2 < count {
                index += 3
            } else if byte == 0xE3 && index + 2 < count && line[index + 1] == 0x80 && (line[index + 2] == 0x90 || line[index + 2] == 0x91) {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    static func isChrome(_ compactLine: String) -> Bool {
        var line = compactLine
        return line.withUTF8 { isChrome(compactLine, bytes: $0) }
    }

    private static func isChrome(_ compactLine: String, bytes line: UnsafeBufferPointer<UInt8>) -> Bool {
        if chromePrefixBytes.anyIsPrefix(of: line) { return true }
        let length = line.count
        if length <= 18, isChromeLine(compactLine, bytes: line) { return true }
        // 您当前所在位置: / 你现在的位置: breadcrumbs in their many spellings.
        if find(UnsafeBufferPointer(rebasing: line.prefix(24)), "位置"),
           find(line, ">") || find(line, "»") || line.last == 0x3A || endsWith(line, "：") {
            return true
        }
        if startsWith(line, "http"), !find(line, "，") { return true }
        // `…免费下载>>`, `点击进入>>`: a teaser link.
        if (endsWith(line, ">>") || endsWith(line, "»")) && length < 180 { return true }
        // Footers and credits are short; long prose that mentions these words is not chrome.
        guard length < 300 else { return false }
        if length < 180 && find(line, "二维码") { return true }
        if find(line, "©") || find(line, "Copyright") { return true }
        return footerWordBytes.occurringCount(in: line, limit: 1) > 0
    }

    /// A line made of metadata labels and their values (`发布日期:2018-04-16 访问次数: 字号:[大中小]`).
    static func isMetadata(_ compactLine: String) -> Bool {
        var line = compactLine
        return line.withUTF8 { isMetadata(bytes: $0) }
    }

    private static func isMetadata(bytes line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count < 360 else { return false }
        if metadataLabelBytes.anyIsPrefix(of: line) { return true }
        // Two labels or more in a line (`栏目:… 发布时间:…`); labels come with a colon.
        guard find(line, ":") || find(line, "：") else { return false }
        return metadataLabelBytes.occurringCount(in: line, limit: 2) >= 2
    }

    /// The line's kind from its compact form: chrome first, then metadata, else text.
    static func kind(ofCompact compactLine: String) -> LineKind {
        var line = compactLine
        return line.withUTF8 { bytes in
            isChrome(compactLine, bytes: bytes) ? .chrome : isMetadata(bytes: bytes) ? .metadata : .text
        }
    }

    // MARK: bytes

    private static func find(_ line: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        PackedWords.contains(word.utf8Start, count: word.utf8CodeUnitCount, in: line)
    }

    private static func startsWith(_ line: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard word.utf8CodeUnitCount <= line.count, let base = line.baseAddress else { return false }
        return memcmp(base, word.utf8Start, word.utf8CodeUnitCount) == 0
    }

    private static func endsWith(_ line: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard count <= line.count, let base = line.baseAddress else { return false }
        return memcmp(base + (line.count - count), word.utf8Start, count) == 0
    }

    static func containerHint(_ element: PageElement) -> Double {
        guard !element.classes.isEmpty || !element.id.isEmpty else { return 0 }
        return containerHint(words: element.id.isEmpty ? element.classes : element.classes + " " + element.id.lowercased())
    }

    /// +1 for content-like class/id words, -1 for sidebar, share bar, footer and similar, else 0.
    static func containerHint(words: String) -> Double {
        var hint = 0.0
        for word in positiveContainerWords where words.includes(word) { hint = 1; break }
        for word in negativeContainerWords where words.includes(word) {
            // "content_right" is still content; "main-right" is a sidebar.
            if hint > 0 && (word == "right" || word == "side") { continue }
            return -1
        }
        return hint
    }
}

