#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <functional>

namespace testutil {

// Answers the dialogs as they come up, in order: each answer waits for its kind of dialog.
class Answers
{
public:
    Answers()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start(20);
    }
    template <typename Dialog>
    void then(std::function<void(Dialog *)> answer)
    {
        m_queue.push_back([answer](QWidget *w) {
            auto *d = qobject_cast<Dialog *>(w);
            if (!d)
                return false;
            answer(d);
            return true;
        });
    }
    bool allAnswered() const { return m_queue.empty() && !m_stuck; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) {
            m_waiting.invalidate();
            return;
        }
        // A clerk answers a dialog once it is in front: until the window system has made it the
        // active window, the keys and focus an answer relies on would go elsewhere (on a loaded
        // machine that takes a while; the offscreen platform activates it asynchronously).
        if (!modal->isActiveWindow()) {
            modal->activateWindow();
            if (!m_waiting.isValid())
                m_waiting.start();
            else if (m_waiting.elapsed() > kStuckAfterMs)
                giveUp(modal);
            return;
        }
        if (!m_queue.empty() && m_queue.front()(modal)) {
            m_queue.pop_front();
            m_waiting.invalidate();
            return;
        }
        // A dialog nobody answers (not the one expected, or still open after its answer) fails
        // the step instead of hanging the test.
        if (!m_waiting.isValid())
            m_waiting.start();
        else if (m_waiting.elapsed() > kStuckAfterMs)
            giveUp(modal);
    }
    // Only a failure waits this long (a sanitized build beside busy processes answers in seconds).
    static constexpr qint64 kStuckAfterMs = 120000;
    void giveUp(QWidget *modal)
    {
        m_stuck = true;
        if (auto *d = qobject_cast<QDialog *>(modal))
            d->reject();
        else
            modal->close();
    }
    QElapsedTimer m_waiting;
    bool m_stuck = false;
    QTimer m_timer;
    std::deque<std::function<bool(QWidget *)>> m_queue;
};

} // namespace testutil
