#include "printsettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ap {

PrintSettingsDialog::PrintSettingsDialog(const PrintOptions &options, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Print Settings"));
    auto *fontBox = new QGroupBox(tr("Fonts"), this);
    auto *fontLayout = new QVBoxLayout(fontBox);
    // Two roles a row, so that the dialog fits a 1280 × 720 screen.
    auto *form = new QGridLayout;
    fontLayout->addLayout(form);
    // In PrintFonts::Role's order; each shows the family chosen from what is installed.
    const QStringList roles = {tr("Title (小标宋):"), tr("Issuer mark of the 版头 (小标宋):"), tr("Level 1 headings (黑体):"),
                               tr("Level 2 headings (楷体):"), tr("Body text (仿宋):"), tr("Annex tables (仿宋):"),
                               tr("Page numbers (宋体):")};
    for (int i = 0; i < PrintFonts::RoleCount; ++i) {
        auto *combo = new QFontComboBox(fontBox);
        combo->setObjectName(QStringLiteral("FontRole%1").arg(i));
        combo->setWritingSystem(QFontDatabase::SimplifiedChinese);
        combo->setCurrentFont(QFont(options.fonts.family(PrintFonts::Role(i))));
        auto *label = new QLabel(roles.at(i), fontBox);
        label->setBuddy(combo);
        form->addWidget(label, i / 2, (i % 2) * 2);
        form->addWidget(combo, i / 2, (i % 2) * 2 + 1);
        m_fonts << combo;
    }
    auto *defaults = new QPushButton(tr("Use Default Fonts"), fontBox);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(defaults);
    fontLayout->addLayout(buttonRow);
    // Where the 公文 fonts are missing, the clerk hears which, what prints instead and what to do.
    const QList<PrintFonts::Substitute> subs = PrintFonts::substitutes();
    if (!subs.isEmpty()) {
        QStringList wanted, used;
        for (const PrintFonts::Substitute &s : subs) {
            wanted << s.wanted;
            if (!used.contains(s.used))
                used << s.used;
        }
        auto *notice = new QLabel(tr("Not installed: %1. Printed instead: %2.")
                                      .arg(wanted.join(QStringLiteral("、")), used.join(QStringLiteral("、"))),
                                  fontBox);
        notice->setObjectName(QStringLiteral("FontNotice"));
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("color: #a00"));
        fontLayout->addWidget(notice);
        auto *how = new QPushButton(tr("How to Install the 公文 Fonts…"), fontBox);
        how->setObjectName(QStringLiteral("FontHelpButton"));
        connect(how, &QPushButton::clicked, this,
                [this]() { QMessageBox::information(this, tr("The 公文 Fonts"), fontNotice()); });
        buttonRow->addWidget(how);
    }
    connect(defaults, &QPushButton::clicked, this, [this]() {
        const PrintFonts d = PrintFonts::defaults();
        for (int i = 0; i < m_fonts.size(); ++i)
            m_fonts.at(i)->setCurrentFont(QFont(d.family(PrintFonts::Role(i))));
    });

    auto *partBox = new QGroupBox(tr("Print"), this);
    auto *partLayout = new QVBoxLayout(partBox);
    const QList<QPair<int, QString>> parts = {{PrintOptions::Plan, tr("The plan (正文)")},
                                              {PrintOptions::Annex, tr("Annex: 重点任务分解表")},
                                              {PrintOptions::Responsibilities, tr("Annex: 责任清单")}};
    for (const auto &[flag, text] : parts) {
        auto *box = new QCheckBox(text, partBox);
        box->setChecked(options.parts & flag);
        box->setProperty("part", flag);
        partLayout->addWidget(box);
        m_parts << box;
    }

    auto *columnBox = new QGroupBox(tr("Columns of the 重点任务分解表"), this);
    auto *columnLayout = new QVBoxLayout(columnBox);
    for (int c = 0; c < PrintOptions::AnnexColumnCount; ++c) {
        auto *box = new QCheckBox(PrintOptions::annexColumnName(c), columnBox);
        box->setChecked(options.annexColumns.contains(c));
        box->setEnabled(c != PrintOptions::TaskTitle);  // the task is what the table is about
        columnLayout->addWidget(box);
        m_columns << box;
    }

    m_lastYearTargets = new QCheckBox(tr("Print baselines that are only last year's targets, as “2026年目标为85%”"), this);
    m_lastYearTargets->setObjectName(QStringLiteral("LastYearTargetsBox"));
    m_lastYearTargets->setToolTip(tr("A rolled-forward plan takes last year's target as the baseline where no result "
                                     "was reported. Printed, it is called a target; unchecked, it is left out."));
    m_lastYearTargets->setChecked(options.lastYearTargets == BaselineWording::SayTarget);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fontBox);
    layout->addWidget(partBox);
    layout->addWidget(columnBox);
    layout->addWidget(m_lastYearTargets);
    layout->addWidget(buttons);
}

QString PrintSettingsDialog::fontNotice()
{
    const QList<PrintFonts::Substitute> subs = PrintFonts::substitutes();
    if (subs.isEmpty())
        return QString();
    QStringList lines;
    for (const PrintFonts::Substitute &s : subs)
        lines << tr("%1 is not installed; %2 prints instead.").arg(s.wanted, s.used);
    return lines.join(QLatin1Char(' '))
           + QLatin1Char(' ')
           + tr("The printed plan keeps the GB/T 9704 layout, but its letters are not the 公文 fonts. Install them "
                "(copy the font files the office uses into ~/.local/share/fonts, or ask the administrator to put them "
                "in /usr/share/fonts), then start AnnualPlan again.");
}

QLabel *PrintSettingsDialog::fontNoticeLabel(QWidget *parent)
{
    const QString notice = fontNotice();
    if (notice.isEmpty())
        return nullptr;
    // The fonts that print instead, named; the whole story in the tooltip.
    QStringList used;
    for (const PrintFonts::Substitute &s : PrintFonts::substitutes())
        if (!used.contains(s.used))
            used << s.used;
    auto *label = new QLabel(tr("Stand-ins for the 公文 fonts: %1").arg(used.join(QStringLiteral("、"))), parent);
    label->setObjectName(QStringLiteral("PreviewFontNotice"));
    label->setStyleSheet(QStringLiteral("color: #a00"));
    label->setToolTip(notice);
    return label;
}

PrintOptions PrintSettingsDialog::options() const
{
    PrintOptions o;
    for (int i = 0; i < m_fonts.size(); ++i)
        o.fonts.setFamily(PrintFonts::Role(i), m_fonts.at(i)->currentFont().family());
    o.parts = 0;
    for (QCheckBox *b : m_parts)
        if (b->isChecked())
            o.parts |= b->property("part").toInt();
    if (o.parts == 0)
        o.parts = PrintOptions::Plan;
    o.lastYearTargets = m_lastYearTargets->isChecked() ? BaselineWording::SayTarget : BaselineWording::LeaveOutTargets;
    o.annexColumns.clear();
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c)->isChecked() || c == PrintOptions::TaskTitle)
            o.annexColumns << c;
    return o;
}

} // namespace ap
