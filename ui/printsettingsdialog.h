#pragma once

#include "print/planprinter.h"

#include <QDialog>

class QCheckBox;
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

private:
    QList<QFontComboBox *> m_fonts;
    QList<QCheckBox *> m_parts;
    QList<QCheckBox *> m_columns;
    QCheckBox *m_lastYearTargets = nullptr;
};

} // namespace ap
