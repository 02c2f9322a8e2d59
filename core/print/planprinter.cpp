#include "planprinter.h"

#include "domain/numbering.h"
#include "domain/planlabels.h"
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
    : m_plan(doc.plan()), m_options(options)
{
}

QString PlanPrinter::responsibilityClause(const PlanDocument &doc, const Task &task)
{
    return responsibilityClause(doc.plan(), task);
}

QString PlanPrinter::responsibilityClause(const PlanData &plan, const Task &task)
{
    const QString lead = planlabels::departmentNames(plan, task, DepartmentRole::Lead, QStringLiteral("、"));
    const QString support = planlabels::departmentNames(plan, task, DepartmentRole::Support, QStringLiteral("、"));
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
    const auto it = doc.plan().tasks.constFind(taskId);
    return it == doc.plan().tasks.cend() ? QString() : taskText(doc.plan(), *it, doc.taskLabel(taskId), wording);
}

QString PlanPrinter::taskText(const PlanData &plan, const Task &t, const QString &label, BaselineWording wording)
{
    QString text = label + withFullStop(t.title);
    text += withFullStop(t.description);
    // A target the task's own words state already is not stated twice.
    text += withFullStop(targetsProseBeyond(t.targets, t.title + t.description, wording));
    return text + responsibilityClause(plan, t);
}

const Task &PlanPrinter::taskAt(Id taskId) const
{
    // A task the section lists but the plan lacks prints as an empty one, as it always has.
    static const Task none;
    const auto found = m_plan.tasks.constFind(taskId);
    return found == m_plan.tasks.cend() ? none : *found;
}

PrintedDocument PlanPrinter::content() const
{
    return build(-1);
}

PrintedDocument PlanPrinter::opening(int workItems) const
{
    return build(workItems).opening(workItems);
}

PrintedDocument PlanPrinter::build(int workItems) const
{
    const QList<Id> sections = m_plan.sectionsInOrder();
    PrintedDocument out;
    out.title = m_plan.info.title;
    bool cut = false;   // the body stops at its workItems-th work item
    // Issued by notice, the plan is the notice's first attachment and its annexes the next.
    const bool byNotice = m_plan.info.notice.enabled && (m_options.parts & PrintOptions::Plan);
    if (m_options.parts & PrintOptions::Plan) {
        if (byNotice)
            out.body.append({PrintedParagraph::Role::AnnexLabel, QString()});   // numbered with the annexes below
        out.body.append({PrintedParagraph::Role::Title, m_plan.info.title});
        out.body.append(bodyParagraphs(sections, workItems, &cut));
        // The 附件说明 goes under the text, before the signature (added when the annexes are known).
    }
    // The opening has the annexes' names (the 附件说明 of a notice names them), not their rows.
    const bool rows = workItems < 0;
    if (m_options.parts & PrintOptions::Annex)
        out.annexes.append(taskTable(sections, rows));
    if (m_options.parts & PrintOptions::Responsibilities)
        out.annexes.append(responsibilityTable(sections, rows));
    finish(&out, byNotice, !cut);
    return out;
}

QList<PrintedParagraph> PlanPrinter::bodyParagraphs(const QList<Id> &sections, int workItems, bool *cut) const
{
    using Role = PrintedParagraph::Role;
    QList<PrintedParagraph> out;
    int items = 0;
    for (Id sid : sections) {
        const int depth = m_plan.sectionDepth(sid);
        const Role role = depth == 1 ? Role::Heading1 : depth == 2 ? Role::Heading2 : Role::Heading3;
        out.append({role, planlabels::sectionLabel(m_plan, sid) + m_plan.sections.value(sid).title});
        // Each task read in place, its label from its row (looking the row up is a search).
        const QList<Id> tasks = m_plan.sectionTasks.value(sid);
        for (int row = 0; row < tasks.size(); ++row) {
            if (workItems >= 0 && items == workItems) {
                *cut = true;
                return out;
            }
            out.append({Role::Body, taskText(m_plan, taskAt(tasks.at(row)), outlineLabel(depth + 1, row + 1),
                                             m_options.lastYearTargets)});
            // Through the last work item asked for and nothing after it (PrintedDocument::opening).
            if (++items == workItems) {
                *cut = true;
                return out;
            }
        }
    }
    return out;
}

PrintedTable PlanPrinter::taskTable(const QList<Id> &sections, bool rows) const
{
    static const double weights[] = {1.0, 3.0, 5.0, 2.0, 2.4, 2.6};
    PrintedTable table;
    table.title = m_plan.info.title + QStringLiteral("重点任务分解表");
    for (int c : m_options.annexColumns)
        table.columns << PrintedTable::Column{PrintOptions::annexColumnName(c), weights[c]};
    if (!rows)
        return table;
    int n = 0;
    for (Id sid : sections) {
        table.rows.append({{planlabels::sectionLabel(m_plan, sid) + m_plan.sections.value(sid).title}, true, {}});
        for (Id tid : m_plan.sectionTasks.value(sid)) {
            const Task &t = taskAt(tid);
            const QStringList all = {QString::number(++n), t.title, targetsProse(t.targets, m_options.lastYearTargets),
                                     chineseDate(t.deadline),
                                     planlabels::departmentNames(m_plan, t, DepartmentRole::Lead, QStringLiteral("、")),
                                     planlabels::departmentNames(m_plan, t, DepartmentRole::Support, QStringLiteral("、"))};
            QStringList cells;
            for (int c : m_options.annexColumns)
                cells << all.value(c);
            table.rows.append({cells, false, {}});
        }
    }
    return table;
}

PrintedTable PlanPrinter::responsibilityTable(const QList<Id> &sections, bool rows) const
{
    PrintedTable table;
    table.title = m_plan.info.title + QStringLiteral("责任清单");
    table.headerPerGroup = true;
    table.columns = {{QStringLiteral("序号"), 1.0}, {QStringLiteral("工作任务"), 6.0}, {QStringLiteral("职责"), 1.2},
                     {QStringLiteral("完成时限"), 1.8}};
    if (!rows)
        return table;
    // One pass over the tasks in the plan's order: each department's tasks it leads, then
    // those it supports (a department named twice in one role lists the task once).
    QHash<Id, QList<const Task *>> led, supported;
    for (Id sid : sections)
        for (Id tid : m_plan.sectionTasks.value(sid)) {
            const auto found = m_plan.tasks.constFind(tid);
            if (found == m_plan.tasks.cend())
                continue;
            QList<Id> seen[2];
            for (const Assignment &a : found->assignments) {
                const bool lead = a.role == DepartmentRole::Lead;
                if (seen[lead].contains(a.departmentId))
                    continue;
                seen[lead] << a.departmentId;
                (lead ? led : supported)[a.departmentId] << &*found;
            }
        }
    for (const Department &d : m_plan.departments) {
        QList<PrintedTable::Row> list;
        for (const bool lead : {true, false})
            for (const Task *t : (lead ? led : supported).value(d.id))
                list.append({{QString::number(list.size() + 1), t->title, lead ? QStringLiteral("牵头") : QStringLiteral("配合"),
                              chineseDate(t->deadline)},
                             false,
                             {}});
        if (list.isEmpty())
            continue;
        table.rows.append({{d.name}, true, {}});
        table.rows.append(list);
    }
    return table;
}

void PlanPrinter::finish(PrintedDocument *out, bool byNotice, bool bodyComplete) const
{
    using Role = PrintedParagraph::Role;
    // The attachments in order, labelled as the 附件说明 names them: numbered when there are several.
    QStringList attachments;
    if (byNotice)
        attachments << m_plan.info.title;
    for (const PrintedTable &t : std::as_const(out->annexes))
        attachments << t.title;
    auto label = [&](int i) {
        return attachments.size() > 1 ? QStringLiteral("附件%1").arg(i + 1) : QStringLiteral("附件");
    };
    for (int i = 0; i < out->annexes.size(); ++i)
        out->annexes[i].label = label(i + (byNotice ? 1 : 0));

    QList<PrintedParagraph> closing = PrintedDocument::attachmentNote(attachments);
    if (!m_plan.info.organisation.isEmpty())
        closing.append({Role::Signature, m_plan.info.organisation});
    if (m_plan.info.documentDate.isValid())
        closing.append({Role::Date, yearMonthDay(m_plan.info.documentDate)});
    if (byNotice) {
        out->body.first().text = label(0);
        out->notice = noticeParagraphs(m_plan.info);
        out->notice.append(closing);
        out->record = record(m_plan.info.notice);
    } else if (m_options.parts & PrintOptions::Plan && bodyComplete) {
        out->body.append(closing);
    }
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
    return DocumentPainter::writePdf(content(), m_options.fonts, path, error, progress);
}

bool PlanPrinter::writeDocx(const QString &path, QString *error, const std::function<bool(int, int)> &progress) const
{
    return DocxWriter::write(content(), m_options.fonts, path, error, progress);
}

} // namespace ap
