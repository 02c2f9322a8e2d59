#include "departmentlistmodel.h"

#include "document/planedits.h"

namespace ap {

DepartmentListModel::DepartmentListModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &PlanDocument::departmentsAboutToChange, this, [this]() { beginResetModel(); });
    connect(doc, &PlanDocument::departmentsChanged, this, [this]() { endResetModel(); });
}

int DepartmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->plan().departments.size());
}

int DepartmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id DepartmentListModel::departmentId(int row) const
{
    const auto &deps = m_doc->plan().departments;
    return row >= 0 && row < deps.size() ? deps.at(row).id : 0;
}

int DepartmentListModel::taskCount(Id departmentId) const
{
    int n = 0;
    for (const Task &t : m_doc->plan().tasks)
        for (const Assignment &a : t.assignments)
            if (a.departmentId == departmentId) {
                ++n;
                break;
            }
    return n;
}

QVariant DepartmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const Department &d = m_doc->plan().departments.at(index.row());
    if (role == DepartmentIdRole)
        return d.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn: return d.name;
    case ShortNameColumn: return d.shortName;
    case TaskCountColumn: return taskCount(d.id);
    default: return QVariant();
    }
}

bool DepartmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_doc->isReadOnly())
        return false;
    Department d = m_doc->plan().departments.at(index.row());
    const QString text = value.toString().trimmed();
    if (index.column() == NameColumn) {
        if (text.isEmpty() || text == d.name)
            return false;
        if (m_doc->plan().departmentByName(text))
            return false;  // names are unique; merging is a separate action
        d.name = text;
    } else if (index.column() == ShortNameColumn) {
        if (text == d.shortName)
            return false;
        d.shortName = text;
    } else {
        return false;
    }
    return edits::editDepartment(*m_doc, d);
}

Qt::ItemFlags DepartmentListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_doc->isReadOnly() && index.column() != TaskCountColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DepartmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Department");
    case ShortNameColumn: return tr("Short name");
    case TaskCountColumn: return tr("Tasks");
    default: return QVariant();
    }
}

} // namespace ap
