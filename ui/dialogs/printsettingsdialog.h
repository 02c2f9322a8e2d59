#pragma once

#include "print/planprinter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QFontComboBox;

namespace ap {

// Print settings: a font for each role of the document (标题, 正文, 一级标题, 二级标题, 页码),
// which parts to print and which columns the 重点任务分解表 has. Saved with the user's settings.
class PrintSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrintSettingsDialog(const PrintOptions &options, QWidget *parent = nullptr);
    PrintOptions options() const;
    // Which 公文 fonts are missing here, what prints instead and how to install them; empty when
    // all are installed.
    static QString fontNotice();
    // A short red line saying substitute fonts print, the whole notice as its tip; null when the
    // 公文 fonts are all installed.
    static QLabel *fontNoticeLabel(QWidget *parent);

private:
    QList<QFontComboBox *> m_fonts;
    QList<QCheckBox *> m_parts;
    QList<QCheckBox *> m_columns;
    QCheckBox *m_lastYearTargets = nullptr;
};

} // namespace ap
