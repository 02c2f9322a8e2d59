#include "importreviewmodel.h"

#include "domain/targetsteps.h"

#include <QFont>

#include "domain/datetext.h"
#include "domain/targettext.h"

namespace ap {

namespace {

const QString kListSeparator = QStringLiteral("、");

QStringList splitNames(const QString &text)
{
    QString t = text;
    t.replace(QChar(0xFF0C), QChar(0x3001)).replace(QLatin1Char(','), QChar(0x3001)).replace(QChar(0xFF1B), QChar(0x3001))
        .replace(QLatin1Char(';'), QChar(0x3001));
    QStringList out;
    for (const QString &n : t.split(QChar(0x3001), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty() && !out.contains(n.trimmed()))
            out.append(n.trimmed());
    return out;
}

} // namespace

ImportReviewModel::ImportReviewModel(const ImportResult &result, QObject *parent)
    : QAbstractTableModel(parent)
    , m_result(result)
    , m_included(result.nodes.size(), true)
{
}

int ImportReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.nodes.size());
}

int ImportReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return tr("Item");
    case KindColumn: return tr("Kind");
    case TitleColumn: return tr("Title");
    case LeadColumn: return tr("Lead");
    case SupportColumn: return tr("Support");
    case DeadlineColumn: return tr("Deadline");
    case TargetsColumn: return tr("Targets");
    }
    return QVariant();
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ImportNode &n = m_result.nodes.at(index.row());
    const bool section = n.kind == ImportNode::Kind::Section;
    switch (role) {
    case SourceStartRole: return n.sourceStart;
    case SourceEndRole: return n.sourceEnd;
    case LevelRole: return n.level;
    case IsSectionRole: return section;
    case Qt::CheckStateRole:
        return index.column() == ItemColumn ? QVariant(m_included.at(index.row()) ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ItemColumn:
            // Indented by level so the outline shows in a flat list.
            return role == Qt::DisplayRole ? QString(2 * (n.level - 1), QChar(0x3000)) + (n.label.isEmpty() ? QStringLiteral("·") : n.label)
                                           : n.label;
        case KindColumn: return section ? tr("Section") : tr("Task");
        case TitleColumn: return n.title;
        case LeadColumn: return section ? QVariant() : QVariant(n.lead.join(kListSeparator));
        case SupportColumn: return section ? QVariant() : QVariant(n.support.join(kListSeparator));
        case DeadlineColumn:
            return section || !n.deadline.isValid() ? QVariant() : QVariant(n.deadline.toString(Qt::ISODate));
        case TargetsColumn:
            if (role == Qt::EditRole)
                return targetsText(foldSteps(n.targets), m_result.year);
            {
                QStringList parts;
                for (const Target &t : foldSteps(n.targets))
                    parts.append(targetSummary(t));
                return parts.join(QStringLiteral("；"));
            }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return n.text;
        break;
    case Qt::FontRole:
        if (section) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return QVariant();
}

Qt::ItemFlags ImportReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool section = m_result.nodes.at(index.row()).kind == ImportNode::Kind::Section;
    switch (index.column()) {
    case ItemColumn: f |= Qt::ItemIsUserCheckable; break;
    case KindColumn:
    case TitleColumn: f |= Qt::ItemIsEditable; break;
    case LeadColumn:
    case SupportColumn:
    case DeadlineColumn:
        if (!section)
            f |= Qt::ItemIsEditable;
        break;
    case TargetsColumn: f |= Qt::ItemIsEditable; break;
    }
    return f;
}

QList<int> ImportReviewModel::subtree(int row) const
{
    QList<int> rows{row};
    const int level = m_result.nodes.at(row).level;
    for (int r = row + 1; r < m_result.nodes.size() && m_result.nodes.at(r).level > level; ++r)
        rows.append(r);
    return rows;
}

bool ImportReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    ImportNode &n = m_result.nodes[row];
    if (role == Qt::CheckStateRole && index.column() == ItemColumn) {
        const bool on = value.toInt() == Qt::Checked;
        const QList<int> rows = n.kind == ImportNode::Kind::Section ? subtree(row) : QList<int>{row};
        for (int r : rows)
            m_included[r] = on;
        Q_EMIT dataChanged(this->index(rows.first(), ItemColumn), this->index(rows.last(), ItemColumn), {Qt::CheckStateRole});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case KindColumn: {
        const bool section = text == tr("Section") || text == QLatin1String("section");
        const bool task = text == tr("Task") || text == QLatin1String("task");
        if (!section && !task)
            return false;
        n.kind = section ? ImportNode::Kind::Section : ImportNode::Kind::Task;
        if (task)
            PlanImport::recognise(&n, m_result.year);
        break;
    }
    case TitleColumn:
        if (text.isEmpty())
            return false;
        n.title = text;
        break;
    case LeadColumn: n.lead = splitNames(text); break;
    case SupportColumn: n.support = splitNames(text); break;
    case DeadlineColumn: {
        if (text.isEmpty()) {
            n.deadline = QDate();
            break;
        }
        const QDate d = datetext::parseWithin(text, m_result.year);
        if (!d.isValid())
            return false;
        n.deadline = d;
        break;
    }
    case TargetsColumn: n.targets = parseTargets(text, m_result.year); break;
    default: return false;
    }
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

bool ImportReviewModel::shiftLevel(int row, int delta)
{
    if (row < 0 || row >= m_result.nodes.size() || delta == 0)
        return false;
    const QList<int> rows = subtree(row);
    const int level = m_result.nodes.at(row).level + delta;
    const int maxLevel = row == 0 ? 1 : m_result.nodes.at(row - 1).level + 1;
    if (level < 1 || level > maxLevel)
        return false;
    for (int r : rows)
        m_result.nodes[r].level += delta;
    Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), ColumnCount - 1));
    return true;
}

int ImportReviewModel::splitAt(int sourcePos)
{
    // The innermost work item there: the last in document order whose text holds the position.
    int row = -1;
    for (int r = 0; r < m_result.nodes.size(); ++r) {
        const ImportNode &n = m_result.nodes.at(r);
        if (n.kind == ImportNode::Kind::Task && n.sourceStart < sourcePos && sourcePos < n.sourceEnd)
            row = r;
    }
    if (row < 0)
        return -1;
    ImportResult split = m_result;
    if (!PlanImport::splitTask(&split, row, sourcePos))
        return -1;
    beginInsertRows(QModelIndex(), row + 1, row + 1);
    m_result = std::move(split);
    m_included.insert(row + 1, m_included.at(row));
    endInsertRows();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row + 1;
}

void ImportReviewModel::setPlanYear(int year)
{
    m_result.year = year;
}

int ImportReviewModel::includedCount(ImportNode::Kind kind) const
{
    int n = 0;
    for (int r = 0; r < m_result.nodes.size(); ++r)
        n += m_included.at(r) && m_result.nodes.at(r).kind == kind;
    return n;
}

ImportResult ImportReviewModel::result() const
{
    ImportResult out = m_result;
    out.nodes.clear();
    // Levels stay consistent when rows are left out: nothing may sit more than one level
    // below the node before it.
    int previous = 0;
    for (int r = 0; r < m_result.nodes.size(); ++r) {
        if (!m_included.at(r))
            continue;
        ImportNode n = m_result.nodes.at(r);
        n.level = std::min(n.level, previous + 1);
        previous = n.level;
        out.nodes.append(n);
    }
    return out;
}

} // namespace ap
