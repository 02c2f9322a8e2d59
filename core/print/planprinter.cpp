#include "planprinter.h"

#include "domain/numbering.h"
#include "domain/targettext.h"
#include "fs/atomicfile.h"
#include "documentpainter.h"
#include "docxwriter.h"
#include "pdfoutput.h"
#include "printtext.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QTextLayout>


namespace ap {

using namespace printlayout;

namespace {

// The settings' key of each font role, in PrintFonts::Role's order: a family the clerk chose
// rather than the one chosen at print time from what is installed (a role without one).
const char *const kFontKeys[PrintFonts::RoleCount] = {"fontRoles/title", "fontRoles/issuerMark", "fontRoles/heading1",
                                                      "fontRoles/heading2", "fontRoles/body", "fontRoles/table",
                                                      "fontRoles/pageNumber"};
// Where earlier versions kept every role's family, the choice made for the clerk among them.
const char *const kOldFontKeys[PrintFonts::RoleCount] = {"fontTitle", nullptr, "fontHeading1", "fontHeading2",
                                                         "fontBody", nullptr, "fontPageNumber"};

} // namespace

QString PrintOptions::annexColumnName(int column)
{
    static const QStringList names = {QStringLiteral("序号"),     QStringLiteral("工作任务"), QStringLiteral("目标指标"),
                                      QStringLiteral("完成时限"), QStringLiteral("牵头单位"), QStringLiteral("配合单位")};
    return names.value(column);
}

PrintOptions PrintOptions::fromSettings()
{
    PrintOptions o;
    QSettings s;
    s.beginGroup(QStringLiteral("print"));
    o.parts = s.value(QStringLiteral("parts"), int(All)).toInt();
    o.lastYearTargets = s.value(QStringLiteral("lastYearTargets"), true).toBool() ? BaselineWording::SayTarget
                                                                                : BaselineWording::LeaveOutTargets;
    if (s.contains(QStringLiteral("annexColumns"))) {
        o.annexColumns.clear();
        for (const QVariant &v : s.value(QStringLiteral("annexColumns")).toList())
            if (v.toInt() >= 0 && v.toInt() < AnnexColumnCount)
                o.annexColumns << v.toInt();
        if (!o.annexColumns.contains(TaskTitle))
            o.annexColumns.prepend(TaskTitle);
    }
    for (int r = 0; r < PrintFonts::RoleCount; ++r) {
        const auto role = PrintFonts::Role(r);
        QString chosen = s.value(QLatin1String(kFontKeys[r])).toString();
        // An earlier version's family of the role's own list was the choice made for the clerk
        // (a 公文 font installed since, or a free one nearer, is taken now); any other is theirs.
        const QString old = kOldFontKeys[r] ? s.value(QLatin1String(kOldFontKeys[r])).toString() : QString();
        if (chosen.isEmpty() && !old.isEmpty() && !PrintFonts::candidates(role).contains(old, Qt::CaseInsensitive))
            chosen = old;
        if (!chosen.isEmpty())
            o.fonts.setFamily(role, chosen);
    }
    return o;
}

void PrintOptions::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("print"));
    s.setValue(QStringLiteral("parts"), parts);
    s.setValue(QStringLiteral("lastYearTargets"), lastYearTargets == BaselineWording::SayTarget);
    QVariantList cols;
    for (int c : annexColumns)
        cols << c;
    s.setValue(QStringLiteral("annexColumns"), cols);
    // Only what differs from the choice made at print time is the clerk's.
    const PrintFonts automatic = PrintFonts::defaults();
    for (int r = 0; r < PrintFonts::RoleCount; ++r) {
        const auto role = PrintFonts::Role(r);
        if (fonts.family(role) == automatic.family(role))
            s.remove(QLatin1String(kFontKeys[r]));
        else
            s.setValue(QLatin1String(kFontKeys[r]), fonts.family(role));
        if (kOldFontKeys[r])
            s.remove(QLatin1String(kOldFontKeys[r]));
    }
}

PlanPrinter::PlanPrinter(const PlanDocument &doc, const PrintOptions &options)
    : m_doc(doc), m_options(options)
{
}

QString PlanPrinter::responsibilityClause(const PlanDocument &doc, const Task &task)
{
    const QString lead = doc.departmentNames(task, DepartmentRole::Lead, QStringLiteral("、"));
    const QString support = doc.departmentNames(task, DepartmentRole::Support, QStringLiteral("、"));
    if (lead.isEmpty() && support.isEmpty())
        return QString();
    if (support.isEmpty())
        return QStringLiteral("（责任单位：%1）").arg(lead);
    if (lead.isEmpty())
        return QStringLiteral("（责任单位：%1）").arg(support);
    return QStringLiteral("（责任单位：%1牵头，%2配合）").arg(lead, support);
}

QString PlanPrinter::taskText(const PlanDocument &doc, Id taskId, BaselineWording wording)
{
    const Task &t = doc.plan().tasks[taskId];
    QString text = doc.taskLabel(taskId) + withFullStop(t.title);
    text += withFullStop(t.description);
    // A target the task's own words state already is not stated twice.
    text += withFullStop(targetsProseBeyond(t.targets, t.title + t.description, wording));
    return text + responsibilityClause(doc, t);
}

PrintedDocument PlanPrinter::content() const
{
    using Role = PrintedParagraph::Role;
    const PlanData &plan = m_doc.plan();
    PrintedDocument out;
    out.title = plan.info.title;
    // Issued by notice, the plan is the notice's first attachment and its annexes the next.
    const bool byNotice = plan.info.notice.enabled && (m_options.parts & PrintOptions::Plan);
    if (m_options.parts & PrintOptions::Plan) {
        if (byNotice)
            out.body.append({Role::AnnexLabel, QString()});   // numbered with the annexes below
        out.body.append({Role::Title, plan.info.title});
        for (Id sid : plan.sectionsInOrder()) {
            const int depth = plan.sectionDepth(sid);
            const Role role = depth == 1 ? Role::Heading1 : depth == 2 ? Role::Heading2 : Role::Heading3;
            out.body.append({role, m_doc.sectionLabel(sid) + plan.sections.value(sid).title});
            for (Id tid : plan.sectionTasks.value(sid))
                out.body.append({Role::Body, taskText(m_doc, tid, m_options.lastYearTargets)});
        }
        // The 附件说明 goes under the text, before the signature (added when the annexes are known).
    }

    const QString yearTitle = plan.info.title;
    if (m_options.parts & PrintOptions::Annex) {
        static const double weights[] = {1.0, 3.0, 5.0, 2.0, 2.4, 2.6};
        PrintedTable table;
        table.title = yearTitle + QStringLiteral("重点任务分解表");
        for (int c : m_options.annexColumns)
            table.columns << PrintedTable::Column{PrintOptions::annexColumnName(c), weights[c]};
        int n = 0;
        for (Id sid : plan.sectionsInOrder()) {
            table.rows.append({{m_doc.sectionLabel(sid) + plan.sections.value(sid).title}, true, {}});
            for (Id tid : plan.sectionTasks.value(sid)) {
                const Task &t = plan.tasks[tid];
                const QStringList all = {QString::number(++n), t.title, targetsProse(t.targets, m_options.lastYearTargets), chineseDate(t.deadline),
                                         m_doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")),
                                         m_doc.departmentNames(t, DepartmentRole::Support, QStringLiteral("、"))};
                QStringList cells;
                for (int c : m_options.annexColumns)
                    cells << all.value(c);
                table.rows.append({cells, false, {}});
            }
        }
        out.annexes.append(table);
    }
    if (m_options.parts & PrintOptions::Responsibilities) {
        PrintedTable table;
        table.title = yearTitle + QStringLiteral("责任清单");
        table.headerPerGroup = true;
        table.columns = {{QStringLiteral("序号"), 1.0}, {QStringLiteral("工作任务"), 6.0}, {QStringLiteral("职责"), 1.2},
                         {QStringLiteral("完成时限"), 1.8}};
        for (const Department &d : plan.departments) {
            QList<PrintedTable::Row> rows;
            for (DepartmentRole role : {DepartmentRole::Lead, DepartmentRole::Support})
                for (Id sid : plan.sectionsInOrder())
                    for (Id tid : plan.sectionTasks.value(sid)) {
                        const Task &t = plan.tasks[tid];
                        if (t.departmentIds(role).contains(d.id))
                            rows.append({{QString::number(rows.size() + 1), t.title,
                                          role == DepartmentRole::Lead ? QStringLiteral("牵头") : QStringLiteral("配合"),
                                          chineseDate(t.deadline)},
                                         false,
                                         {}});
                    }
            if (rows.isEmpty())
                continue;
            table.rows.append({{d.name}, true, {}});
            table.rows.append(rows);
        }
        out.annexes.append(table);
    }
    // The attachments in order, labelled as the 附件说明 names them: numbered when there are several.
    QStringList attachments;
    if (byNotice)
        attachments << plan.info.title;
    for (const PrintedTable &t : out.annexes)
        attachments << t.title;
    auto label = [&](int i) {
        return attachments.size() > 1 ? QStringLiteral("附件%1").arg(i + 1) : QStringLiteral("附件");
    };
    for (int i = 0; i < out.annexes.size(); ++i)
        out.annexes[i].label = label(i + (byNotice ? 1 : 0));

    QList<PrintedParagraph> closing = PrintedDocument::attachmentNote(attachments);
    if (!plan.info.organisation.isEmpty())
        closing.append({Role::Signature, plan.info.organisation});
    if (plan.info.documentDate.isValid())
        closing.append({Role::Date, yearMonthDay(plan.info.documentDate)});
    if (byNotice) {
        out.body.first().text = label(0);
        out.notice = noticeParagraphs(plan.info);
        out.notice.append(closing);
        out.record = record(plan.info.notice);
    } else if (m_options.parts & PrintOptions::Plan) {
        out.body.append(closing);
    }
    return out;
}

QString PlanPrinter::yearMonthDay(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QList<PrintedParagraph> PlanPrinter::noticeParagraphs(const PlanInfo &info)
{
    using Role = PrintedParagraph::Role;
    const IssueNotice &n = info.notice;
    QList<PrintedParagraph> out;
    if (!n.issuerMark.isEmpty())
        out.append({Role::IssuerMark, n.issuerMark});
    if (!n.number.isEmpty())
        out.append({Role::DocumentNumber, n.number});
    out.append({Role::Title, IssueNotice::titleFor(info.title)});
    if (!n.addressees.isEmpty()) {
        QString to = n.addressees;
        while (to.endsWith(u'：') || to.endsWith(u':'))
            to.chop(1);
        out.append({Role::Addressee, to + QStringLiteral("：")});
    }
    for (const QString &paragraph : n.textFor(info.title).split(u'\n', Qt::SkipEmptyParts))
        if (!paragraph.trimmed().isEmpty())
            out.append({Role::Body, paragraph.trimmed()});
    return out;
}

PrintedRecord PlanPrinter::record(const IssueNotice &n)
{
    PrintedRecord r;
    if (!n.copiesTo.isEmpty()) {
        QString to = n.copiesTo;
        while (to.endsWith(u'。') || to.endsWith(u'.') || to.endsWith(u'，') || to.endsWith(u'；'))
            to.chop(1);
        r.copiesTo = QStringLiteral("抄送：") + to + QStringLiteral("。");
    }
    r.printedBy = n.printedBy;
    if (n.printDate.isValid())
        r.printDate = yearMonthDay(n.printDate) + QStringLiteral("印发");
    return r;
}

int PlanPrinter::paint(QPagedPaintDevice *device, const std::function<bool(int, int)> &progress) const
{
    return DocumentPainter::paint(content(), m_options.fonts, device, progress);
}

bool PlanPrinter::writePdf(const QString &path, QString *error, const std::function<bool(int, int)> &progress) const
{
    return writePdfFile(path, m_doc.plan().info.title, m_options.fonts.faces(), [&](QPagedPaintDevice *device) {
        bool stopped = false;
        paint(device, [&](int done, int total) {
            if (progress && !progress(done, total)) {
                stopped = true;
                return false;
            }
            return true;
        });
        return !stopped;
    }, error);
}

bool PlanPrinter::writeDocx(const QString &path, QString *error, const std::function<bool(int, int)> &progress) const
{
    return DocxWriter::write(content(), m_options.fonts, path, error, progress);
}

} // namespace ap
