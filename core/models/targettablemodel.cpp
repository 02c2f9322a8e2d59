#include "targettablemodel.h"

#include "status/statusengine.h"

#include "document/planedits.h"
#include "domain/targettext.h"

namespace ap {

TargetTableModel::TargetTableModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &PlanDocument::taskChanged, this, [this](Id id) {
        if (id != m_task)
            return;
        const QList<Target> now = m_doc->plan().tasks.value(id).targets;
        if (now.size() == m_shown.size()) {
            m_shown = now;
            if (!now.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(now.size()) - 1, ColumnCount - 1));
        } else {
            beginResetModel();
            m_shown = now;
            endResetModel();
        }
    });
    connect(doc, &PlanDocument::taskAboutToBeRemoved, this, [this](Id id) {
        if (id == m_task)
            setTask(0);
    });
    connect(doc, &PlanDocument::sectionAboutToBeRemoved, this, [this](Id id) {
        const Id section = m_doc->plan().taskSection.value(m_task);
        if (m_task != 0 && m_doc->isInSubtree(section, id))
            setTask(0);
    });
}

void TargetTableModel::setTask(Id taskId)
{
    beginResetModel();
    m_task = taskId;
    m_shown = m_doc->plan().tasks.value(taskId).targets;
    endResetModel();
}

QString TargetTableModel::measureDisplay(TargetMeasure m)
{
    switch (m) {
    case TargetMeasure::ByUnit: return tr("By unit");
    case TargetMeasure::Level: return tr("Level");
    case TargetMeasure::Cumulative: return tr("Cumulative, by steps");
    case TargetMeasure::Steady: return tr("Cumulative, steadily");
    }
    return QString();
}

QStringList TargetTableModel::operatorSymbols()
{
    return {QStringLiteral("≥"), QStringLiteral("≤"), QStringLiteral("="), QStringLiteral(">"), QStringLiteral("<")};
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return QVariant();
    const Target &t = m_shown.at(index.row());
    // A baseline that is only last year's target says so, in the cell and in its tip.
    const bool onlyTarget = index.column() == BaselineColumn && t.baseline
                            && t.baselineSource == BaselineSource::LastYearTarget;
    if (role == Qt::ToolTipRole && onlyTarget)
        return tr("Last year's target, not a result: type last year's actual to replace it.");
    if (role == Qt::DisplayRole && onlyTarget)
        return tr("%1 (last year's target)").arg(formatNumber(*t.baseline));
    if (role == ChoicesRole && index.column() == OpColumn)
        return operatorSymbols();
    if (role == ChoicesRole && index.column() == MeasureColumn) {
        QStringList names;
        for (TargetMeasure m : {TargetMeasure::ByUnit, TargetMeasure::Level, TargetMeasure::Cumulative, TargetMeasure::Steady})
            names << measureDisplay(m);
        return names;
    }
    if (role == Qt::ToolTipRole && index.column() == StepsColumn)
        return tr("The values due before the year's, each with its date: 3家(6月底)、6家(9月底)");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (index.column()) {
    case StepsColumn: return stepsText(t, m_doc->plan().info.year);
    case MeasureColumn:
        // By unit, the cell says what the unit makes it.
        return t.measure == TargetMeasure::ByUnit && role == Qt::DisplayRole
            ? tr("%1 (by unit)").arg(measureDisplay(StatusEngine::measureOf(t)))
            : measureDisplay(t.measure);
    case IndicatorColumn: return t.indicator;
    case OpColumn: return opDisplay(t.op);
    case ValueColumn: return t.value ? QVariant(formatNumber(*t.value)) : QVariant(QString());
    case UnitColumn: return t.unit;
    case BaselineColumn: return t.baseline ? QVariant(formatNumber(*t.baseline)) : QVariant(QString());
    case BaselineYearColumn: return t.baselineYear ? QVariant(QString::number(*t.baselineYear)) : QVariant(QString());
    case DueColumn:
        if (role == Qt::EditRole)
            return t.due;
        return t.due.toString(Qt::ISODate);
    default: return QVariant();
    }
}

namespace {
// Empty text clears an optional number; anything unparsable is refused.
bool parseOptional(const QVariant &v, std::optional<double> *out)
{
    const QString s = v.toString().trimmed();
    if (s.isEmpty()) {
        out->reset();
        return true;
    }
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (ok)
        *out = d;
    return ok;
}
} // namespace

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_doc->isReadOnly() || index.row() >= m_shown.size())
        return false;
    QList<Target> targets = m_doc->plan().tasks.value(m_task).targets;
    if (index.row() >= targets.size())
        return false;
    Target &t = targets[index.row()];
    switch (index.column()) {
    case IndicatorColumn:
        t.indicator = value.toString().trimmed();
        break;
    case OpColumn: {
        const auto op = opFromSymbol(value.toString());
        if (!op)
            return false;
        t.op = *op;
        break;
    }
    case ValueColumn:
        if (!parseOptional(value, &t.value))
            return false;
        break;
    case UnitColumn:
        t.unit = value.toString().trimmed();
        break;
    case BaselineColumn:
        if (!parseOptional(value, &t.baseline))
            return false;
        t.baselineSource = BaselineSource::Given;   // typed: the clerk's own figure
        t.baselinePeriod.clear();
        break;
    case BaselineYearColumn: {
        const QString s = value.toString().trimmed();
        if (s.isEmpty()) {
            t.baselineYear.reset();
        } else {
            bool ok = false;
            const int y = s.toInt(&ok);
            if (!ok || y < 1900 || y > 2200)
                return false;
            t.baselineYear = y;
        }
        break;
    }
    case DueColumn:
        t.due = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
        break;
    case StepsColumn:
        if (!parseStepsText(value.toString(), m_doc->plan().info.year, &t.milestones))
            return false;
        break;
    case MeasureColumn: {
        bool known = false;
        for (TargetMeasure m : {TargetMeasure::ByUnit, TargetMeasure::Level, TargetMeasure::Cumulative, TargetMeasure::Steady})
            if (value.toString() == measureDisplay(m) || value.toString() == measureKey(m)) {
                t.measure = m;
                known = true;
            }
        if (!known)
            return false;
        break;
    }
    default:
        return false;
    }
    if (targets == m_doc->plan().tasks.value(m_task).targets)
        return false;
    return pushTargets(targets, tr("Edit target"));
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn: return tr("Indicator");
    case OpColumn: return tr("Operator");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case BaselineColumn: return tr("Baseline");
    case BaselineYearColumn: return tr("Baseline year");
    case DueColumn: return tr("Due");
    case StepsColumn: return tr("Steps");
    case MeasureColumn: return tr("Measure");
    default: return QVariant();
    }
}

bool TargetTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_task == 0 || m_doc->isReadOnly() || row < 0 || row > m_shown.size() || count < 1)
        return false;
    QList<Target> targets = m_doc->plan().tasks.value(m_task).targets;
    for (int i = 0; i < count; ++i)
        targets.insert(row, Target{});
    return pushTargets(targets, tr("Add target"));
}

bool TargetTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_task == 0 || m_doc->isReadOnly() || row < 0 || count < 1
        || row + count > m_shown.size())
        return false;
    QList<Target> targets = m_doc->plan().tasks.value(m_task).targets;
    targets.remove(row, count);
    return pushTargets(targets, tr("Delete target"));
}

bool TargetTableModel::pushTargets(const QList<Target> &targets, const QString &text)
{
    Task t = m_doc->plan().tasks.value(m_task);
    t.targets = targets;
    return edits::editTask(*m_doc, t, text);
}

} // namespace ap
