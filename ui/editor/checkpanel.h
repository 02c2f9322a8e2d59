#pragma once

#include "document/plancheck.h"
#include "domain/plan.h"

#include <QWidget>

class QListWidget;
class QLabel;
class QTimer;

namespace ap {

class PlanDocument;

// The plan checks, kept current: after a change they run once the clerk pauses (a burst of
// edits, a paste or a long undo runs them once, and typing is never held up by a check of
// every task), and the list of findings is filled when the panel is shown; the count is always
// current once the first check has run. That first check waits for check() (the editor calls it
// once the window is on screen: a check of every task is no part of the first sight of a plan)
// or for the panel to be shown. Choosing a finding shows its place.
class CheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CheckPanel(PlanDocument *doc, QWidget *parent = nullptr);
    // How many findings the last check made; -1 before the first check.
    int findingCount() const { return m_checked ? int(m_findings.size()) : -1; }
    // Runs the first check, unless one ran already.
    void check();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void taskActivated(ap::Id taskId);
    void sectionActivated(ap::Id sectionId);
    // A finding about the plan's own properties (its date of issue) was chosen.
    void propertiesRequested();
    // A finding about a department was chosen: the departments open.
    void departmentsRequested();
    // After every check: how many findings there are now.
    void findingsChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fillList();

    PlanDocument *m_doc;
    QListWidget *m_list;
    QLabel *m_summary;
    QTimer *m_pause;                 // runs the checks once edits pause
    QList<PlanFinding> m_findings;
    bool m_listStale = true;         // the list shows older findings than m_findings
    bool m_checked = false;          // the checks have run once
};

} // namespace ap
