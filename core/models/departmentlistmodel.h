#pragma once

#include "document/plandocument.h"

#include <QAbstractTableModel>

namespace ap {

// The department registry in order: name and short name. Renames push EditDepartmentCommand;
// the list is re-read whenever the document says the registry changed.
class DepartmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ShortNameColumn, TaskCountColumn, ColumnCount };
    enum Roles { DepartmentIdRole = Qt::UserRole + 1 };

    explicit DepartmentListModel(PlanDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id departmentId(int row) const;
    int taskCount(Id departmentId) const;

private:
    PlanDocument *m_doc;
};

} // namespace ap
