#pragma once

#include <QAction>
#include <QList>
#include <QPair>

namespace ap {

// What the window is in when its actions are enabled: a plan open or not, writable or not,
// and what the clerk has selected.
struct ActionState
{
    bool open = false;
    bool writable = false;      // open and not read-only
    bool section = false;       // a section is current
    bool task = false;          // a task is current
    bool taskFocus = false;     // ... and the task table has the focus
    bool reportable = false;    // progress may be reported (writable, or a server plan's reporter)
    bool onServer = false;      // the plan is a server plan
    bool owner = false;         // ... and the login is its owner
    bool reviewKept = false;    // an import review was closed unfinished this session
    bool formsTakeable = false; // return forms may be taken in (writable, or an editor's server plan while its server is away)
};

// When an action may be used. Each action of a controller is registered with one rule, so that
// the rule is named once and the tests can check it (tst_actionrules).
enum class ActionRule {
    Always,                     // also with no plan open
    PlanOpen,                   // reads the plan: works on a read-only plan too
    PlanWritable,               // changes the plan
    FormsTakeable,              // takes in return forms (kept to send while a server plan's server is away)
    WritableSection,            // changes the current section or adds to it
    WritableSectionOrTask,      // acts on the focused task, else on the current section
    OpenTask,                   // reads the current task
    WritableTask,               // changes or adds after the current task
    Reportable,                 // adds a progress report (a reporter's too, on a read-only plan)
    PlanFile,                   // acts on a plan file (publishing it to a server)
    ServerPlan,                 // acts on a server plan (reading it again)
    ServerOwner,                // gives rights on a server plan: its owner only
    ReviewKept,                 // reopens the import review closed unfinished
};

bool allows(ActionRule rule, const ActionState &state);

// A controller's actions with the rule of each; update() enables them for a state.
class ActionSet
{
public:
    QAction *add(QAction *action, const char *objectName, ActionRule rule);
    // A new action of owner's, named and ruled, that calls slot (a member of owner or a lambda).
    template<typename Owner, typename Slot>
    QAction *add(Owner *owner, const QString &text, const char *objectName, ActionRule rule, Slot slot)
    {
        QAction *action = add(new QAction(text, owner), objectName, rule);
        QObject::connect(action, &QAction::triggered, owner, slot);
        return action;
    }
    void update(const ActionState &state) const;
    // The action of that objectName; null when this set has none.
    QAction *find(const char *objectName) const;
    QList<QAction *> actions() const;

private:
    QList<QPair<QAction *, ActionRule>> m_actions;
};

} // namespace ap
