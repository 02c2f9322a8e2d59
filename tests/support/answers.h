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
        if (!m_queue.empty() && m_queue.front()(modal)) {
            m_queue.pop_front();
            m_waiting.invalidate();
            return;
        }
        // A dialog nobody answers (not the one expected, or still open after its answer) fails
        // the step instead of hanging the test.
        if (!m_waiting.isValid())
            m_waiting.start();
        else if (m_waiting.elapsed() > 20000) {
            m_stuck = true;
            if (auto *d = qobject_cast<QDialog *>(modal))
                d->reject();
            else
                modal->close();
        }
    }
    QElapsedTimer m_waiting;
    bool m_stuck = false;
    QTimer m_timer;
    std::deque<std::function<bool(QWidget *)>> m_queue;
};

} // namespace testutil
