#pragma once

#include <QDialog>

class QTextBrowser;

namespace ap {

// The user's manual (使用手册), shipped inside the program and read offline: how to draft, import,
// print, report, roll forward and share, with screenshots. Not modal: the clerk reads it beside
// the window. Always in Chinese, as the clerk's documents are.
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace ap
