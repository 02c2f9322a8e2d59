#include "departmentdialog.h"

#include "document/planedits.h"
#include "models/departmentlistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ap {

DepartmentDialog::DepartmentDialog(PlanDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_model(new DepartmentListModel(doc, this))
{
    setWindowTitle(tr("Departments"));
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(DepartmentListModel::NameColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *merge = new QPushButton(tr("&Merge Into…"), this);
    merge->setToolTip(tr("Replace this department by another in every task, then delete it"));
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    const bool editable = !doc->isReadOnly();
    for (QPushButton *b : {add, remove, merge, up, down})
        b->setEnabled(editable);
    connect(add, &QPushButton::clicked, this, &DepartmentDialog::addDepartment);
    connect(remove, &QPushButton::clicked, this, &DepartmentDialog::removeDepartment);
    connect(merge, &QPushButton::clicked, this, &DepartmentDialog::mergeDepartment);
    connect(up, &QPushButton::clicked, this, [this]() { moveDepartment(-1); });
    connect(down, &QPushButton::clicked, this, [this]() { moveDepartment(1); });

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(remove);
    side->addWidget(merge);
    side->addSpacing(12);
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(560, 420);
}

int DepartmentDialog::currentRow() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.row() : -1;
}

void DepartmentDialog::addDepartment()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Department"), tr("Department name:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_doc->plan().departmentByName(name)) {
        QMessageBox::information(this, tr("Add Department"), tr("“%1” is already in the list.").arg(name));
        return;
    }
    const int row = currentRow() >= 0 ? currentRow() + 1 : int(m_doc->plan().departments.size());
    if (edits::addDepartment(*m_doc, name, row))
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void DepartmentDialog::removeDepartment()
{
    const int row = currentRow();
    const Id id = m_model->departmentId(row);
    if (id == 0)
        return;
    const int used = m_model->taskCount(id);
    if (used > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Delete Department"),
            tr("“%1” is named in %n task(s). Delete it and remove it from those tasks?", nullptr, used)
                .arg(m_doc->plan().departments.at(row).name));
        if (answer != QMessageBox::Yes)
            return;
    }
    edits::removeDepartment(*m_doc, id);
}

void DepartmentDialog::mergeDepartment()
{
    const int row = currentRow();
    const Id from = m_model->departmentId(row);
    if (from == 0)
        return;
    const QString fromName = m_doc->plan().departments.at(row).name;
    QStringList others;
    for (const Department &d : m_doc->plan().departments)
        if (d.id != from)
            others << d.name;
    if (others.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge Departments"),
                                               tr("Merge “%1” into:").arg(fromName), others, 0, false, &ok);
    if (!ok)
        return;
    if (const Department *target = m_doc->plan().departmentByName(into))
        edits::mergeDepartments(*m_doc, from, target->id);
}

void DepartmentDialog::moveDepartment(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    const Id id = m_model->departmentId(row);
    if (id == 0 || target < 0 || target >= m_model->rowCount())
        return;
    if (edits::moveDepartment(*m_doc, id, target))
        m_view->setCurrentIndex(m_model->index(target, 0));
}

} // namespace ap
