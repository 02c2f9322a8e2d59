#include "adjustmentprinter.h"

#include "documentpainter.h"
#include "docxwriter.h"
#include "planprinter.h"
#include "pdfoutput.h"

#include "domain/documentlanguage.h"

namespace ap {

AdjustmentPrinter::AdjustmentPrinter(const PlanDocument &doc, const VersionComparison &comparison, Cover cover,
                                     const QDate &issued, const PrintFonts &fonts)
    : m_doc(doc)
    , m_comparison(comparison)
    , m_cover(cover)
    , m_issued(issued.isValid() ? issued : QDate::currentDate())
    , m_fonts(fonts)
{
}

QString AdjustmentPrinter::text(const char *source)
{
    return doclang::text("ap::AdjustmentPrinter", source);
}

QString AdjustmentPrinter::tableTitle() const
{
    return text(QT_TR_NOOP("Adjustment table of “%1”")).arg(m_comparison.toPlan.info.title);
}

QString AdjustmentPrinter::title() const
{
    switch (m_cover) {
    case Cover::Request:
        return text(QT_TR_NOOP("Request for the adjustment of “%1”")).arg(m_comparison.fromPlan.info.title);
    case Cover::Notice:
        return text(QT_TR_NOOP("Notice of the adjustment of “%1”")).arg(m_comparison.fromPlan.info.title);
    case Cover::None:
        break;
    }
    return tableTitle();
}

PrintedTable AdjustmentPrinter::table() const
{
    PrintedTable t;
    t.title = tableTitle();
    t.columns = {{text(QT_TR_NOOP("No.")), 0.6},
                 {text(QT_TR_NOOP("Original")), 3.4},
                 {text(QT_TR_NOOP("Adjusted")), 3.4},
                 {text(QT_TR_NOOP("Reason")), 2.2}};
    const QString planGroup = text(QT_TR_NOOP("The plan as a whole and its units"));
    QString group = QStringLiteral("\x01");
    int n = 0;
    for (const PlanChange &c : m_comparison.changes) {
        const QString g = c.groupTitle.isEmpty() ? planGroup : c.groupTitle;
        if (g != group) {
            group = g;
            t.rows.append({{g}, true, {}});
        }
        // Each side names the item where it stands, then its parts as they were and are; an item
        // added or removed says so on the side it is missing from.
        const QString item = c.item == PlanChange::Item::Plan ? QString() : c.place + c.title;
        auto side = [&](const QString &parts, const char *missing) {
            if (parts.isEmpty())
                return text(missing);
            return item.isEmpty() ? parts : item + QLatin1Char('\n') + parts;
        };
        t.rows.append({{QString::number(++n), side(c.before, QT_TR_NOOP("(none: added)")),
                        side(c.after, QT_TR_NOOP("(removed)")), m_comparison.reason(c, m_doc.versions())},
                       false,
                       {}});
    }
    if (n == 0)
        t.rows.append({{QString(), text(QT_TR_NOOP("No changes.")), QString(), QString()}, false, {}});
    return t;
}

QString AdjustmentPrinter::coverText() const
{
    int added = 0, removed = 0, changed = 0;
    for (const PlanChange &c : m_comparison.changes)
        (c.kind == PlanChange::Kind::Added ? added : c.kind == PlanChange::Kind::Removed ? removed : changed) += 1;
    // Only the kinds there are: "调整2处", or "共3处，其中调整2处、新增1处".
    QStringList kinds;
    if (changed)
        kinds << text(QT_TR_NOOP("%1 adjusted")).arg(changed);
    if (added)
        kinds << text(QT_TR_NOOP("%1 added")).arg(added);
    if (removed)
        kinds << text(QT_TR_NOOP("%1 removed")).arg(removed);
    const QString counts = kinds.size() == 1 ? kinds.first()
                                             : text(QT_TR_NOOP("%1 in all, of which %2"))
                                                   .arg(m_comparison.changes.size())
                                                   .arg(kinds.join(text(QT_TR_NOOP(", "))));
    const QString plan = m_comparison.fromPlan.info.title;
    return m_cover == Cover::Request
        ? text(QT_TR_NOOP("In the light of the work's progress in the first half of the year, we propose to adjust parts of "
                          "“%1” (%2). The adjustment table is attached.\nWe ask for your approval."))
              .arg(plan, counts)
        : text(QT_TR_NOOP("Parts of “%1” have been adjusted after study (%2). The adjustment table is issued to you herewith; "
                          "please carry out the work as adjusted."))
              .arg(plan, counts);
}

QList<PrintedParagraph> AdjustmentPrinter::cover() const
{
    using Role = PrintedParagraph::Role;
    QList<PrintedParagraph> out;
    const PlanInfo &info = m_comparison.toPlan.info;
    // A notice goes under the plan's 版头 (when it is issued by notice), to its addressees.
    if (m_cover == Cover::Notice && info.notice.enabled) {
        if (!info.notice.issuerMark.isEmpty())
            out.append({Role::IssuerMark, info.notice.issuerMark});
        if (!info.notice.number.isEmpty())
            out.append({Role::DocumentNumber, info.notice.number});
    }
    out.append({Role::Title, title()});
    QString to = info.notice.addressees;
    while (to.endsWith(u'：') || to.endsWith(u':'))
        to.chop(1);
    if (!to.isEmpty())
        out.append({Role::Addressee, to + QStringLiteral("：")});
    for (const QString &p : coverText().split(u'\n'))
        out.append({Role::Body, p});
    return out;
}

PrintedDocument AdjustmentPrinter::content() const
{
    using Role = PrintedParagraph::Role;
    PrintedDocument out;
    out.title = title();
    out.annexes = {table()};
    if (m_cover == Cover::None)
        return out;   // the table alone, as an annex is handed on
    out.body = cover();
    out.annexes[0].label = text(QT_TR_NOOP("Annex"));
    out.body.append(PrintedDocument::attachmentNote(out.annexes));
    const QString organisation = m_comparison.toPlan.info.organisation.trimmed();
    if (!organisation.isEmpty())
        out.body.append({Role::Signature, organisation});
    out.body.append({Role::Date, PlanPrinter::yearMonthDay(m_issued)});
    if (m_cover == Cover::Notice && m_comparison.toPlan.info.notice.enabled)
        out.record = PlanPrinter::record(m_comparison.toPlan.info.notice);
    return out;
}

int AdjustmentPrinter::paint(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(content(), m_fonts, device);
}

bool AdjustmentPrinter::writeDocx(const QString &path, QString *error) const
{
    return DocxWriter::write(content(), m_fonts, path, error);
}

bool AdjustmentPrinter::writePdf(const QString &path, QString *error) const
{
    return DocumentPainter::writePdf(content(), m_fonts, path, error);
}

} // namespace ap
