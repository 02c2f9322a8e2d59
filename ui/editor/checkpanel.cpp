#include "checkpanel.h"

#include "document/plancheck.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ap {

CheckPanel::CheckPanel(PlanDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_summary = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &CheckPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Id task = item->data(Qt::UserRole + 1).toLongLong();
        const Id section = item->data(Qt::UserRole).toLongLong();
        if (item->data(Qt::UserRole + 2).toInt() == PlanFinding::UnusedDepartment)
            Q_EMIT departmentsRequested();
        else if (task != 0)
            Q_EMIT taskActivated(task);
        else if (section != 0)
            Q_EMIT sectionActivated(section);
        else
            Q_EMIT propertiesRequested();
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    refresh();
}

int CheckPanel::findingCount() const
{
    return m_list->count();
}

void CheckPanel::refresh()
{
    m_list->clear();
    const QList<PlanFinding> findings = PlanCheck::run(*m_doc);
    for (const PlanFinding &f : findings) {
        auto *item = new QListWidgetItem(f.message, m_list);
        item->setData(Qt::UserRole, f.sectionId);
        item->setData(Qt::UserRole + 1, f.taskId);
        item->setData(Qt::UserRole + 2, int(f.kind));
    }
    m_summary->setText(findings.isEmpty() ? tr("No problems found.")
                                          : tr("%n thing(s) to look at:", nullptr, int(findings.size())));
    Q_EMIT findingsChanged(int(findings.size()));
}

} // namespace ap
