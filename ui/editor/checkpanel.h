#pragma once

#include "domain/plan.h"

#include <QWidget>

class QListWidget;
class QLabel;

namespace ap {

class PlanDocument;

// The plan checks, kept current after every change; choosing a finding shows its place.
class CheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CheckPanel(PlanDocument *doc, QWidget *parent = nullptr);
    int findingCount() const;
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

private:
    void refresh();

    PlanDocument *m_doc;
    QListWidget *m_list;
    QLabel *m_summary;
};

} // namespace ap
