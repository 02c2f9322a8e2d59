#include "workprogress.h"

#include <QMutex>

namespace ap {

namespace {

QMutex g_hookLock;
WorkProgress::ReportHook g_hook;

void callHook(const WorkProgress &progress)
{
    WorkProgress::ReportHook test;
    {
        QMutexLocker lock(&g_hookLock);
        test = g_hook;
    }
    if (test)
        test(progress);
}

} // namespace

bool WorkProgress::report(qint64 done, qint64 total)
{
    m_total = total;
    m_done = done;
    callHook(*this);
    return m_state.load() != State::StopAsked;
}

bool WorkProgress::commit()
{
    callHook(*this);
    State running = State::Running;
    return m_state.compare_exchange_strong(running, State::Committed) || m_state.load() == State::Committed;
}

bool WorkProgress::requestStop()
{
    State running = State::Running;
    return m_state.compare_exchange_strong(running, State::StopAsked) || m_state.load() == State::StopAsked;
}

void WorkProgress::setReportHookForTests(ReportHook test)
{
    QMutexLocker lock(&g_hookLock);
    g_hook = std::move(test);
}

} // namespace ap
