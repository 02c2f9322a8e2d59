#pragma once

#include "document/plandocument.h"
#include "taskstanding.h"

#include <QAbstractItemModel>

namespace ap {

// The plan's section tree for a QTreeView. It holds no data of its own: every index's internal
// id is a section id, rows come from the document, and renaming pushes a command. Display text
// is the title alone; the derived label (LabelRole) changes with position, so views show it
// through a delegate and dataChanged announces it.
class SectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { SectionIdRole = Qt::UserRole + 1, LabelRole, TitleRole };

    explicit SectionTreeModel(PlanDocument *doc, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop: sections move within the tree (a macro for several), tasks dropped on a
    // section move to its end. The payload names the plan file so drops from elsewhere are refused.
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOf(Id sectionId) const;
    Id sectionId(const QModelIndex &index) const;

    // Where tasks stand is judged on this day (today unless set).
    TaskStanding *standing() const { return m_standing; }

private:
    // The overdue (逾期) tasks in a section and those under it.
    int overdueTasks(Id sectionId) const;
    void relabelChildren(Id parentId);

    PlanDocument *m_doc;
    TaskStanding *m_standing;   // the document's (TaskStanding::of): marks a section over an overdue task
    Id m_moveOldParent = 0;
};

} // namespace ap
