#include "checkpanel.h"

#include <QLabel>
#include <QTimer>
#include <QUndoStack>
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
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &CheckPanel::refresh);
    connect(doc->undoStack(), &QUndoStack::indexChanged, m_pause, qOverload<>(&QTimer::start));
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
}

void CheckPanel::check()
{
    if (!m_checked)
        refresh();
}

void CheckPanel::refresh()
{
    m_findings = PlanCheck::run(*m_doc);
    m_checked = true;
    m_listStale = true;
    if (isVisible())
        fillList();
    Q_EMIT findingsChanged(int(m_findings.size()));
}

void CheckPanel::showEvent(QShowEvent *event)
{
    // Edits may be waiting for their pause: a panel that opens shows the plan as it is now.
    if (m_pause->isActive() || !m_checked) {
        m_pause->stop();
        refresh();
    }
    if (m_listStale)
        fillList();
    QWidget::showEvent(event);
}

void CheckPanel::fillList()
{
    m_list->clear();
    for (const PlanFinding &f : std::as_const(m_findings)) {
        auto *item = new QListWidgetItem(f.message, m_list);
        item->setData(Qt::UserRole, f.sectionId);
        item->setData(Qt::UserRole + 1, f.taskId);
        item->setData(Qt::UserRole + 2, int(f.kind));
    }
    m_summary->setText(m_findings.isEmpty() ? tr("No problems found.")
                                            : tr("%n thing(s) to look at:", nullptr, int(m_findings.size())));
    m_listStale = false;
}

} // namespace ap
