#include "optionaldateedit.h"

#include "domain/datetext.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QWidgetAction>

namespace ap {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_pick(new QToolButton(this)), m_planYear(QDate::currentDate().year())
{
    m_text->setPlaceholderText(tr("no date"));
    m_text->setToolTip(tr("Type a date as 2027-06-30, 2027/6/30, 20270630, 2027年6月30日, 6月底 or 年底; "
                          "Up and Down move it a day. Empty means no date."));
    m_text->setClearButtonEnabled(true);
    // Wide enough for 2027-06-30 and the clear button, also as a cell editor.
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QStringLiteral("2027-06-30")) + 34);
    m_text->installEventFilter(this);
    m_pick->setText(QStringLiteral("…"));
    m_pick->setToolTip(tr("Pick the date from a calendar"));
    m_pick->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_pick);
    setFocusProxy(m_text);
    setAttribute(Qt::WA_InputMethodEnabled);
    connect(m_text, &QLineEdit::editingFinished, this, &OptionalDateEdit::interpretText);
    connect(m_pick, &QToolButton::clicked, this, &OptionalDateEdit::showCalendar);
}

void OptionalDateEdit::inputMethodEvent(QInputMethodEvent *event)
{
    QCoreApplication::sendEvent(m_text, event);
}

QVariant OptionalDateEdit::inputMethodQuery(Qt::InputMethodQuery query) const
{
    return m_text->inputMethodQuery(query);
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QDate before = m_date;
    m_date = date.isValid() ? date : QDate();
    m_text->setText(datetext::display(m_date));
    if (m_date != before)
        Q_EMIT dateChanged(m_date);
}

void OptionalDateEdit::interpretText()
{
    if (!acceptTyped())
        m_text->setText(datetext::display(m_date));
}

bool OptionalDateEdit::acceptTyped()
{
    const QString typed = m_text->text().trimmed();
    if (typed == datetext::display(m_date))
        return true;
    if (typed.isEmpty()) {
        change(QDate());
        return true;
    }
    const QDate understood = datetext::parse(typed, m_planYear);
    if (!understood.isValid()) {
        refuse(typed);
        return false;
    }
    change(understood);
    // Said back when it was not already written as it now shows.
    if (typed != datetext::display(understood) && isVisible())
        QToolTip::showText(m_text->mapToGlobal(QPoint(0, m_text->height())),
                           tr("Understood as %1").arg(datetext::spoken(understood)), m_text);
    return true;
}

void OptionalDateEdit::refuse(const QString &typed)
{
    const QString message =
        tr("“%1” is not a date this field understands; type it as 2027-06-30, 6月底 or 年底.").arg(typed);
    if (isVisible())
        QToolTip::showText(m_text->mapToGlobal(QPoint(0, m_text->height())), message, m_text);
    // The tip goes with the field when a cell editor closes: the status line keeps it.
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(message, 10000);
}

void OptionalDateEdit::change(const QDate &date)
{
    const bool changed = date != m_date;
    setDate(date);
    if (changed)
        Q_EMIT edited();
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        int days = 0, months = 0;
        switch (key->key()) {
        case Qt::Key_Up: days = 1; break;
        case Qt::Key_Down: days = -1; break;
        case Qt::Key_PageUp: months = 1; break;
        case Qt::Key_PageDown: months = -1; break;
        default: return QWidget::eventFilter(watched, event);
        }
        // Stepped like a date box: the field shows the new date at once, and it is taken (and
        // written) when the field is left or Enter is pressed, as typing is.
        QDate from = datetext::parse(m_text->text(), m_planYear);
        if (!from.isValid())
            from = m_date.isValid() ? m_date : QDate::currentDate().addDays(-days).addMonths(-months);
        m_text->setText(datetext::display(from.addDays(days).addMonths(months)));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OptionalDateEdit::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate &d) {
        change(d);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate &d) {
        change(d);
        menu.close();
    });
    QAction *clear = menu.addAction(tr("No Date"));
    connect(clear, &QAction::triggered, this, [this]() { change(QDate()); });
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
    m_text->setFocus();
}

} // namespace ap
