#include "comparisonmodel.h"

#include "document/planedits.h"

namespace ap {

ComparisonModel::ComparisonModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &PlanDocument::versionsChanged, this, &ComparisonModel::reasonsChanged);
}

void ComparisonModel::setComparison(VersionComparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

void ComparisonModel::reasonsChanged()
{
    if (!m_comparison.changes.isEmpty())
        Q_EMIT dataChanged(index(0, ReasonColumn), index(rowCount() - 1, ReasonColumn));
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.changes.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comparison.changes.size())
        return {};
    const PlanChange &c = m_comparison.changes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case PlaceColumn:
            return c.place + c.title;
        case KindColumn:
            return changeKindWords(c.kind);
        case BeforeColumn:
            return c.before;
        case AfterColumn:
            return c.after;
        case ReasonColumn:
            return m_comparison.reason(c, m_doc->versions());
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return int(Qt::AlignRight | Qt::AlignTop);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case PlaceColumn:
        return tr("Item");
    case KindColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ReasonColumn && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ComparisonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ReasonColumn || index.row() >= m_comparison.changes.size())
        return false;
    // The document tells versionsChanged, which repaints the column.
    return edits::setAdjustmentReason(*m_doc, m_comparison.from.id, m_comparison.changes.at(index.row()).key(),
                                      value.toString().trimmed());
}

} // namespace ap
