#include "reporthistorymodel.h"

#include "domain/targettext.h"
#include "status/statusengine.h"

#include <QColor>

#include <algorithm>

namespace ap {

ReportHistoryModel::ReportHistoryModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &PlanDocument::reportsChanged, this, [this](Id task) {
        if (task == m_task || task == 0)
            refresh();
    });
    // The figures are judged against the task's steps: a changed task changes them.
    connect(doc, &PlanDocument::taskChanged, this, [this](Id task) {
        if (task == m_task)
            refresh();
    });
    connect(doc, &PlanDocument::taskAboutToBeRemoved, this, [this](Id task) {
        if (task == m_task)
            setTask(0);
    });
}

void ReportHistoryModel::setTask(Id taskId)
{
    m_task = taskId;
    refresh();
}

void ReportHistoryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_superseded.clear();
    for (const ProgressReport &c : m_doc->reports().entries) {
        if (c.supersedesId)
            m_superseded.insert(c.supersedesId);
        if (c.taskId == m_task && m_task != 0)
            m_rows.append(&c);
    }
    // By period (a report without one by its day), a correction after what it corrects.
    auto key = [](const ProgressReport *c) {
        QDate last;
        return period::parse(c->period, nullptr, &last) ? last : c->reportDate.isValid() ? c->reportDate : c->enteredAt.date();
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const ProgressReport *a, const ProgressReport *b) { return key(a) < key(b); });
    endResetModel();
}

QString ReportHistoryModel::figuresText(const PlanDocument &doc, const ProgressReport &report)
{
    const auto task = doc.plan().tasks.constFind(report.taskId);
    if (task == doc.plan().tasks.cend())
        return QString();
    QDate periodEnd;
    if (!period::parse(report.period, nullptr, &periodEnd))
        periodEnd = report.reportDate;
    QStringList parts;
    for (const Target &t : task->targets) {
        if (!report.actuals.contains(t.id))
            continue;
        QString part = t.indicator + QLatin1Char(' ') + formatNumber(report.actuals.value(t.id)) + t.unit;
        if (const std::optional<TargetStep> due = StatusEngine::stepFor(t, *task, doc.plan().info.year, periodEnd)) {
            const bool met = StatusEngine::meets(t, due->value, report.actuals.value(t.id)).value_or(true);
            part += tr(" (due %1 by %2%3)")
                        .arg(opDisplay(t.op) + formatNumber(*due->value) + t.unit, due->due.toString(Qt::ISODate),
                             met ? QString() : tr(", not met"));
        }
        parts << part;
    }
    return parts.join(QStringLiteral("；"));
}

int ReportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const ProgressReport &c = *m_rows.at(index.row());
    const bool superseded = m_superseded.contains(c.id);
    if (role == ReportIdRole)
        return c.id;
    if (role == SupersededRole)
        return superseded;
    if (role == Qt::ForegroundRole && superseded)
        return QColor(0x90, 0x90, 0x90);   // kept in the history, no longer the period's report
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case PeriodColumn:
        return c.period.isEmpty() ? c.reportDate.toString(Qt::ISODate) : period::display(c.period);
    case StatusColumn:
        return statusDisplay(c.status) + (c.yearEnd ? tr(" (year-end)") : QString());
    case PercentColumn:
        return c.percent ? QStringLiteral("%1%").arg(qRound(*c.percent)) : QString();
    case FiguresColumn:
        return figuresText(*m_doc, c);
    case EnteredColumn: {
        const QString when = c.enteredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const Department *d = m_doc->plan().department(c.departmentId);
        QString who = c.enteredBy;
        if (d)
            who = who.isEmpty() ? d->name : tr("%1, for %2").arg(who, d->name);
        return who.isEmpty() ? when : when + QLatin1Char(' ') + who;
    }
    case EvidenceColumn: {
        QStringList names;
        for (const EvidenceFile &f : c.evidence)
            names << (role == Qt::ToolTipRole ? tr("%1 (%2, %3)").arg(f.name, evidence::kindDisplay(f.kind),
                                                                     evidence::sizeText(f.size))
                                              : f.name);
        return names.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : tr(", "));
    }
    case NoteColumn:
        if (superseded)
            return tr("Corrected later");
        if (c.supersedesId)
            return tr("Correction: %1").arg(c.correctionReason);
        return role == Qt::ToolTipRole ? c.progress : QString();
    default:
        return QVariant();
    }
}

QVariant ReportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn: return tr("Period");
    case StatusColumn: return tr("Status");
    case PercentColumn: return tr("Progress");
    case FiguresColumn: return tr("Figures against what was due");
    case EnteredColumn: return tr("Entered");
    case EvidenceColumn: return tr("Evidence");
    case NoteColumn: return tr("Note");
    default: return QVariant();
    }
}

} // namespace ap
