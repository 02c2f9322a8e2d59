#pragma once

#include "document/planlocation.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace ap {

// The page shown while no plan is open: the ways to start, the plan worked on last one Enter
// away, and the recent plans. It only asks; the window's session does the work.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Recent plans, the newest first, each with the label the clerk knows it by.
    void setRecent(const QList<PlanLocation> &plans, const QStringList &labels);

signals:
    void newRequested();
    void openRequested();
    void rollForwardRequested();
    void importRequested();
    // A first start: the sample plan to try things on, and the manual.
    void sampleRequested();
    void manualRequested();
    void planRequested(const ap::PlanLocation &where);

private:
    QListWidget *m_recent;
    QPushButton *m_continueButton;
    QList<PlanLocation> m_plans;   // as listed
};

} // namespace ap
