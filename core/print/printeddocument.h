#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

// The words of a printed document by role and in order, apart from where they fall on a page:
// the print engine paints them on the GB/T 9704 grid (PlanPrinter), the .docx writer writes
// them as styled paragraphs and tables (DocxWriter). One builder, two outputs, the same text.
namespace ap {

struct PrintedParagraph
{
    enum class Role {
        Title,      // 2号 小标宋, centred
        Heading1,   // 一、 黑体
        Heading2,   // （一） 楷体
        Heading3,   // 1. and below, in the body font
        Body,       // a work item: 3号 仿宋, first line indented two characters
        Attachment, // 附件说明 (GB/T 9704 7.3.4): "附件：1.名称" two characters in, then "2.名称"
                    // under "1.", a long name going on under its own first character
        Signature,  // the issuing organisation, centred over the date
        Date,       // 成文日期, four characters in from the right
        // The 版头 of a notice (GB/T 9704 7.2):
        IssuerMark,     // 发文机关标志: red 小标宋 across the block, its top 35 mm into it
        DocumentNumber, // 发文字号: centred two lines under the mark; the red line 4 mm under it
        Addressee,      // 主送机关: flush left a line under the title, ending in "："
        AnnexLabel,     // "附件1" in 黑体 on an attachment's first line (a new page); its title on the third
    };
    Role role;
    QString text;
    // For an attachment: how many leading characters ("附件：1.", "2.") come before the name,
    // under whose first character a long name goes on.
    int leadIn = 0;
};

// A landscape annex table: label (附件1) and title over a header row repeated on every page,
// group rows (a section or a department) and rows that do not split.
struct PrintedTable
{
    struct Column
    {
        QString header;
        double weight;   // share of the table's width
    };
    struct Row
    {
        QStringList cells;
        bool group = false;        // one cell across the table
        QList<QColor> backgrounds; // per cell, optional (a status colour)
    };
    QString label;
    QString title;
    QList<Column> columns;
    QList<Row> rows;
    // Each group as a list that stands alone (the 责任清单: one department's part can be handed
    // to it): its name and a header row over its rows, both repeated on every page it takes.
    // Otherwise one header row for the table, repeated on every page.
    bool headerPerGroup = false;
};

// The 版记 (GB/T 9704 7.4) at the foot of the document's last page, an even one: 抄送 over
// 印发机关 and 印发日期, between a thick rule above and one on the block's bottom edge.
struct PrintedRecord
{
    QString copiesTo;    // "抄送：…。"
    QString printedBy;
    QString printDate;   // "2026年1月21日印发"
    bool isEmpty() const { return copiesTo.isEmpty() && printedBy.isEmpty() && printDate.isEmpty(); }
};

struct PrintedDocument
{
    QString title;                    // the document's own title (its properties)
    QList<PrintedParagraph> notice;   // the notice it is issued in (版头 and 主体), pages of its own
    QList<PrintedParagraph> body;     // the portrait pages
    QList<PrintedTable> annexes;      // each begins a landscape page
    PrintedRecord record;             // the 版记, when there is one

    // The steps a writer takes: each work item (and paragraph of a notice's text) and each table
    // row (for progress).
    int steps() const;
    // The document's opening: the notice and the body through its workItems-th work item, nothing
    // after it (the preview shows it while the whole is laid out; its pages are the whole's first).
    PrintedDocument opening(int workItems) const;

    // The 附件说明 for attachments by name: one paragraph each, numbered when there are several
    // ("附件：1.…重点任务分解表", "2.…责任清单"), the names without a full stop.
    static QList<PrintedParagraph> attachmentNote(const QStringList &names);
    static QList<PrintedParagraph> attachmentNote(const QList<PrintedTable> &annexes);
};

inline QList<PrintedParagraph> PrintedDocument::attachmentNote(const QStringList &names)
{
    QList<PrintedParagraph> out;
    const QString label = QStringLiteral("附件：");
    for (int i = 0; i < names.size(); ++i) {
        const QString number = names.size() > 1 ? QStringLiteral("%1.").arg(i + 1) : QString();
        const QString lead = (i == 0 ? label : QString()) + number;
        out.append({PrintedParagraph::Role::Attachment, lead + names.at(i), int(lead.size())});
    }
    return out;
}

inline QList<PrintedParagraph> PrintedDocument::attachmentNote(const QList<PrintedTable> &annexes)
{
    QStringList names;
    for (const PrintedTable &t : annexes)
        names << t.title;
    return attachmentNote(names);
}

inline PrintedDocument PrintedDocument::opening(int workItems) const
{
    PrintedDocument out;
    out.title = title;
    out.notice = notice;
    int items = 0;
    for (const PrintedParagraph &p : body) {
        const bool workItem = p.role == PrintedParagraph::Role::Body;
        if (workItem && items == workItems)
            break;   // none at all (workItems 0): the headings before the first
        out.body << p;
        if (workItem && ++items == workItems)
            break;   // nothing after the last: no heading whose text is not there
    }
    return out;
}

inline int PrintedDocument::steps() const
{
    int n = 0;
    for (const QList<PrintedParagraph> *part : {&notice, &body})
        for (const PrintedParagraph &p : *part)
            n += p.role == PrintedParagraph::Role::Body ? 1 : 0;
    for (const PrintedTable &t : annexes)
        for (const PrintedTable::Row &r : t.rows)
            n += r.group ? 0 : 1;
    return n;
}

} // namespace ap
