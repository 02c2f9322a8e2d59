#pragma once

#include "domain/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace ap {

class OptionalDateEdit;

class PlanDocument;
class DepartmentListModel;

// Edits the plan's properties (year, title, issuing organisation, document date, cadence).
// It only collects values; the caller pushes the command or creates the file.
class PlanPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlanPropertiesDialog(const PlanInfo &info, QWidget *parent = nullptr);
    PlanInfo info() const;

private:
    QSpinBox *m_year;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    OptionalDateEdit *m_date;
    QComboBox *m_cadence;
};

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
