#pragma once

#include <QDialog>

class QTableView;

namespace ap {

class PlanDocument;
class DepartmentListModel;

// The department registry: rename in place, add, delete, reorder. Every action is a command
// on the document's undo stack.
class DepartmentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DepartmentDialog(PlanDocument *doc, QWidget *parent = nullptr);

private:
    void addDepartment();
    void removeDepartment();
    void mergeDepartment();
    void moveDepartment(int delta);
    int currentRow() const;

    PlanDocument *m_doc;
    DepartmentListModel *m_model;
    QTableView *m_view;
};

} // namespace ap
