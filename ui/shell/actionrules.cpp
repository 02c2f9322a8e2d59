#include "actionrules.h"

#include <QAction>

namespace ap {

bool allows(ActionRule rule, const ActionState &s)
{
    switch (rule) {
    case ActionRule::Always:
        return true;
    case ActionRule::PlanOpen:
        return s.open;
    case ActionRule::PlanWritable:
        return s.writable;
    case ActionRule::FormsTakeable:
        return s.formsTakeable;
    case ActionRule::WritableSection:
        return s.writable && s.section;
    case ActionRule::WritableSectionOrTask:
        return s.writable && (s.section || s.taskFocus);
    case ActionRule::OpenTask:
        return s.open && s.task;
    case ActionRule::WritableTask:
        return s.writable && s.task;
    case ActionRule::Reportable:
        return s.open && s.reportable;
    case ActionRule::PlanFile:
        return s.open && !s.onServer;
    case ActionRule::ServerPlan:
        return s.open && s.onServer;
    case ActionRule::ServerOwner:
        return s.open && s.onServer && s.owner;
    case ActionRule::ReviewKept:
        return s.reviewKept;
    }
    return false;
}

QAction *ActionSet::add(QAction *action, const char *objectName, ActionRule rule)
{
    action->setObjectName(QLatin1String(objectName));
    m_actions.append({action, rule});
    return action;
}

void ActionSet::update(const ActionState &state) const
{
    for (const auto &[action, rule] : m_actions)
        action->setEnabled(allows(rule, state));
}

QAction *ActionSet::find(const char *objectName) const
{
    for (const auto &entry : m_actions)
        if (entry.first->objectName() == QLatin1String(objectName))
            return entry.first;
    return nullptr;
}

QList<QAction *> ActionSet::actions() const
{
    QList<QAction *> out;
    for (const auto &entry : m_actions)
        out.append(entry.first);
    return out;
}

} // namespace ap
