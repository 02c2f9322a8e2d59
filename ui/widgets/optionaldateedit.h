#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;
class QCalendarWidget;

namespace ap {

// A date that may be unset, typed the way a clerk writes it (2027-06-30, 2027/6/30, 20270630,
// 2027年6月30日, 6月底, 年底 …; see datetext) or picked from a calendar whose weeks start on
// Monday. An empty field is no date. What was understood is shown back at once (the field then
// reads 2027-06-30, and a tip says 2027年6月30日); words that are no date are refused with a tip
// and the field goes back to its date. Up and Down move the date a day, Page Up and Page Down a
// month.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // The year for dates typed without one ("6月底"); the current year until set.
    void setPlanYear(int year) { m_planYear = year; }
    // Takes what was typed as the date, as leaving the field does; words that are no date are
    // refused (said at the field and on the window's status line) and the field shows its date again.
    void interpretText();
    // A cell's Enter or Tab: takes what was typed, or refuses it and keeps it for correcting
    // (false, said as interpretText says it).
    Q_INVOKABLE bool acceptTyped();
    QLineEdit *lineEdit() const { return m_text; }

    // Text an input method brings to the whole editor (a cell's editor opened by the first
    // character typed in Chinese: "年底") goes to the field.
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

Q_SIGNALS:
    // The date changed by the clerk: typed and confirmed, stepped, picked or cleared.
    void edited();
    // The date changed, by the clerk or by setDate.
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    void change(const QDate &date);
    void showCalendar();
    // Says that typed is no date: a tip at the field and the window's status line.
    void refuse(const QString &typed);

    QLineEdit *m_text;
    QToolButton *m_pick;
    QDate m_date;
    int m_planYear;
};

} // namespace ap
