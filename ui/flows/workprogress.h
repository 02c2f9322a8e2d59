#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace ap {

// A long work's side of its progress dialog (BackgroundWork::runStoppable): the work tells how far
// it is, the window reads it for the bar and asks the work to stop when the clerk cancels. Shared
// by the two threads, so every field is atomic. A work that keeps what it did from some point on
// (a file renamed into place) says so with commit(): a stop asked before it is heard, one asked
// after it is refused, so a Cancel never comes too late to be honoured without the window knowing.
class WorkProgress
{
public:
    // done of total, in the work's own unit (tasks written); false once a stop was asked for: the
    // work then stops and leaves nothing behind.
    bool report(qint64 done, qint64 total);
    // The work's point of no return: false when a stop was asked first (the work stops); true
    // otherwise, and from then on requestStop() refuses.
    bool commit();
    // Asks the work to stop; false when it had already committed (it ends as it began to).
    bool requestStop();
    bool stopRequested() const { return m_state.load() == State::StopAsked; }
    bool committed() const { return m_state.load() == State::Committed; }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

    // For tests: called on the work's thread at each report and commit, before the stop is read,
    // so a test can hold a work where it wants it (until its Cancel was heard) whatever the
    // machine's speed.
    using ReportHook = std::function<void(const WorkProgress &)>;
    static void setReportHookForTests(ReportHook hook);

private:
    enum class State { Running, StopAsked, Committed };
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<State> m_state{State::Running};
};

} // namespace ap
