#!/usr/bin/env python3
"""Writes the .docx fixtures of DocxTests beside this script, reproducibly (standard library only).

  seed000_autonumbered.docx  seed 000 (../shared/seeds/000_0ddd3b6edccb6d9b.txt) as a Word draft: the
                             一、 and 1. markers removed from the text and supplied by automatic
                             numbering: headings chineseCounting %1、 (and （%2） below) through a heading
                             style, items a list of their own, decimal %1., so they run 1..28 across
                             sections as the seed numbers them
  three_levels.docx          一、/（一）/1. numbering set directly on paragraphs, a second w:num with a
                             startOverride, a bullet list, chineseLegalSimplified and enclosed circles
  counting.docx              number formats: chineseCounting 1..99, chineseCountingThousand, full-width
                             digits, letters, roman numerals, 甲乙丙, ①, legal %1.%2, a text without % and lvlRestart 0
  wps_notice.docx            a WPS-style 通知: typed-in numbers (no numPr), a table, a tracked deletion
                             and insertion, a w:br, a tab, a w:sym, a field code, hidden text, a text
                             box, a page break and an empty paragraph
  not_word.docx              a zip that is not a Word file (an .xlsx renamed .docx)
  binary_doc.docx            not a zip: an old binary .doc (OLE2) renamed .docx
  broken_xml.docx            a zip whose word/document.xml is not well-formed

Run: python3 make_fixtures.py [path/to/seeds/000_0ddd3b6edccb6d9b.txt]
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "seeds", "000_0ddd3b6edccb6d9b.txt")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'
)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""


def core(title):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{escape(title)}</dc:title><dc:creator>办公室</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2020-03-10T08:00:00Z</dcterms:created>
</cp:coreProperties>"""


def app(application):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>{application}</Application></Properties>"""


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/></w:style>
</w:styles>"""


def lvl(ilvl, fmt, text, start=1, restart=None, style=None, suffix="nothing", legal=False):
    parts = [f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if legal:
        parts.append("<w:isLgl/>")
    parts.append(f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')
    return "".join(parts)


def numbering(abstracts, nums):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
            + "".join(abstracts) + "".join(nums) + "</w:numbering>")


def run(text, extra=""):
    return f'<w:r>{extra}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(content="", style=None, num=None, jc=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if not content and not ppr:
        return "<w:p/>"
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{content}</w:p>"


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}><w:body>'
            + "".join(body)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/></w:sectPr>'
            + "</w:body></w:document>")


def write_zip(name, parts):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    print("wrote", path)


def docx(name, body, numbering_xml, title, application="Microsoft Office Word"):
    write_zip(name, [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS), ("word/document.xml", document(body)),
        ("word/styles.xml", STYLES), ("word/numbering.xml", numbering_xml),
        ("docProps/core.xml", core(title)), ("docProps/app.xml", app(application)),
    ])


def seed000(seed_path):
    """The seed's plan text (its web-page chrome left out) with numbering markers taken off."""
    with open(seed_path, encoding="utf-8") as f:
        lines = [line.strip() for line in f.read().splitlines()]
    title = lines[1]
    body = []
    for line in lines[2:]:
        line = line.lstrip("•").strip()
        if not line or line.startswith(("阅读", "时间", "来源", "分享到")):
            continue
        body.append(line)
    paragraphs = [para(run(title), style="a3")]
    sections = items = 0
    for line in body:
        section = re.match(r"^([一二三四五六七八九十]+)、(.*)$", line)
        item = re.match(r"^(\d+)\.(.*)$", line)
        if section:
            sections += 1
            paragraphs.append(para(run(section.group(2)), style="1"))  # numbered through the heading style
        elif item:
            items += 1
            assert int(item.group(1)) == items, line
            paragraphs.append(para(run(item.group(2)), num=(2, 0)))
        else:
            paragraphs.append(para(run("\u3000\u3000" + line)))
    assert sections == 8 and items == 28, (sections, items)
    levels = numbering(
        ['<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
         + lvl(0, "chineseCounting", "%1、", style="1")
         + lvl(1, "chineseCounting", "（%2）")
         + "</w:abstractNum>",
         '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
         + lvl(0, "decimal", "%1.") + "</w:abstractNum>"],
        ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
         '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'])
    # A stale dc:title, as drafts carry: last year's plan saved anew.
    docx("seed000_autonumbered.docx", paragraphs, levels, "宁波市科学技术局2019年工作要点")


def three_levels():
    body = [
        para(run("2023年科技工作要点"), jc="center"),
        para(run("加强科技创新"), num=(1, 0)),
        para(run("强化企业主体"), num=(1, 1)),
        para(run("培育高新技术企业。"), num=(1, 2)),
        para(run("壮大科技型中小企业。"), num=(1, 2)),
        para(run("建设创新平台"), num=(1, 1)),
        para(run("建设重点实验室。"), num=(1, 2)),
        para(run("深化开放合作"), num=(1, 0)),
        para(run("推进区域合作"), num=(1, 1)),
        para(run("共建科技飞地。"), num=(1, 2)),
        para(run("重新编号的条目。"), num=(2, 2)),
        para(run("接着编号的条目。"), num=(2, 2)),
        para(run("要点一"), num=(3, 0)),
        para(run("要点二"), num=(3, 0)),
        para(run("壹级条目"), num=(4, 0)),
        para(run("带圈条目"), num=(4, 1)),
        para(run("带圈条目"), num=(4, 1)),
        para(run("取消编号"), num=(0, 0)),
    ]
    levels = numbering(
        ['<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
         + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3.")
         + "</w:abstractNum>",
         '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
         + lvl(0, "bullet", "\u25cf", suffix="tab") + "</w:abstractNum>",
         '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>'
         + lvl(0, "chineseLegalSimplified", "第%1条", suffix="space") + lvl(1, "decimalEnclosedCircle", "%2", start=9)
         + "</w:abstractNum>"],
        ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
         '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
         '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>',
         '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'])
    docx("three_levels.docx", body, levels, "文档1")


def counting():
    body = [para(run("条"), num=(1, 0)) for _ in range(99)]
    formats = [("chineseCountingThousand", 101), ("chineseCountingThousand", 110), ("decimalFullWidth", 12),
               ("lowerLetter", 27), ("upperLetter", 2), ("lowerRoman", 4), ("upperRoman", 1994),
               ("ideographTraditional", 3), ("decimalEnclosedCircleChinese", 21), ("decimalZero", 7)]
    abstracts = ['<w:abstractNum w:abstractNumId="0">' + lvl(0, "chineseCounting", "%1、") + "</w:abstractNum>"]
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for index, (fmt, start) in enumerate(formats):
        abstracts.append(f'<w:abstractNum w:abstractNumId="{index + 1}">' + lvl(0, fmt, "%1)", start=start) + "</w:abstractNum>")
        nums.append(f'<w:num w:numId="{index + 2}"><w:abstractNumId w:val="{index + 1}"/></w:num>')
        body.append(para(run(fmt), num=(index + 2, 0)))
    legal = len(formats) + 1
    abstracts.append(f'<w:abstractNum w:abstractNumId="{legal}">' + lvl(0, "chineseCounting", "第%1章")
                     + lvl(1, "decimal", "%1.%2", legal=True) + lvl(2, "none", "附") + "</w:abstractNum>")
    nums.append(f'<w:num w:numId="{legal + 1}"><w:abstractNumId w:val="{legal}"/></w:num>')
    body += [para(run("章"), num=(legal + 1, 0)), para(run("节"), num=(legal + 1, 1)), para(run("节"), num=(legal + 1, 1)),
             para(run("章"), num=(legal + 1, 0)), para(run("节"), num=(legal + 1, 1)), para(run("件"), num=(legal + 1, 2))]
    # lvlRestart 0: items numbered on across sections (LibreOffice 7.4 ignores it and restarts them; Word does not).
    running = legal + 1
    abstracts.append(f'<w:abstractNum w:abstractNumId="{running}">' + lvl(0, "chineseCounting", "%1、")
                     + lvl(1, "decimal", "%2.", restart=0) + "</w:abstractNum>")
    nums.append(f'<w:num w:numId="{running + 1}"><w:abstractNumId w:val="{running}"/></w:num>')
    body += [para(run("部分"), num=(running + 1, 0)), para(run("条"), num=(running + 1, 1)), para(run("条"), num=(running + 1, 1)),
             para(run("部分"), num=(running + 1, 0)), para(run("条"), num=(running + 1, 1))]
    # A hostile start value: Word keeps starts within 0..32767, so does the reader (no overflow, no huge label).
    huge = running + 1
    abstracts.append(f'<w:abstractNum w:abstractNumId="{huge}">' + lvl(0, "lowerLetter", "%1)", start=9223372036854775807)
                     + "</w:abstractNum>")
    nums.append(f'<w:num w:numId="{huge + 1}"><w:abstractNumId w:val="{huge}"/></w:num>')
    body += [para(run("巨大"), num=(huge + 1, 0)), para(run("巨大"), num=(huge + 1, 0))]
    docx("counting.docx", body, numbering(abstracts, nums), "")


def wps_notice():
    tracked = ('<w:ins w:id="1" w:author="王明" w:date="2023-02-27T10:00:00Z">' + run("科技型") + "</w:ins>")
    deleted = ('<w:del w:id="2" w:author="王明" w:date="2023-02-27T10:01:00Z"><w:r><w:delText>和创业团队</w:delText></w:r></w:del>')
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.zjzwfw.gov.cn" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("浙江政务服务网") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    textbox = ('<w:r><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>绍兴市科学技术局文件</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')

    def cell(text):
        return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{para(run(text), jc="center")}</w:tc>'

    def row(*texts):
        return "<w:tr>" + "".join(cell(t) for t in texts) + "</w:tr>"

    table = ('<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
             + row("序号", "区、县（市）", "额度（万元）") + row("1", "越城区", "800") + row("2", "柯桥区", "1200") + "</w:tbl>")
    body = [
        para(textbox),
        para(run("关于做好2023年度科技创新券兑付工作的通知"), jc="center"),
        para(run("绍市科〔2023〕8号"), jc="center"),
        para(run("各区、县（市）科技局，市直各有关单位：")),
        para(run("\u3000\u3000为进一步发挥科技创新券作用，现将有关事项通知如下。")),
        para(run("\u3000\u3000一、兑付范围")),
        para(run("\u3000\u30002022年度使用科技创新券的") + tracked + run("中小企业") + deleted + run("。")
             + run("（内部备注：待核）", "<w:rPr><w:vanish/></w:rPr>")),
        para(run("\u3000\u3000二、兑付额度")),
        para(run("\u3000\u3000单个企业兑付额度不超过30万元。") + "<w:r><w:br/></w:r>" + run("全市兑付总额控制在5000万元以内。")),
        table,
        para(run("\u3000\u3000三、工作要求")),
        para(run("\u3000\u3000企业自筹资金比例") + '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>' + run("50%，请登录") + field + run("申报。")),
        para(run("联系人：王明") + "<w:r><w:tab/></w:r>" + run("联系电话：0575-85123456")),
        para('<w:r><w:br w:type="page"/></w:r>'),
        para(),
        para(run("绍兴市科学技术局"), jc="right"),
        para(run("2023年3月1日"), jc="right"),
    ]
    # WPS leaves the template's title in the properties.
    docx("wps_notice.docx", body, numbering([], []), "WPS文字", application="WPS Office_11.1.0.12313_F1E327BC-269C-435d-A152-05C5408002CA")


def bad_files():
    write_zip("not_word.docx", [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    ])
    # The OLE2 compound-file signature of a Word 97-2003 .doc, then padding.
    path = os.path.join(HERE, "binary_doc.docx")
    with open(path, "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    print("wrote", path)
    write_zip("broken_xml.docx", [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>未闭合'),
    ])


if __name__ == "__main__":
    seed000(sys.argv[1] if len(sys.argv) > 1 else SEED)
    three_levels()
    counting()
    wps_notice()
    bad_files()
