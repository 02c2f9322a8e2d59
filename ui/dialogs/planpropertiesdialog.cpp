#include "planpropertiesdialog.h"

#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ap {

PlanPropertiesDialog::PlanPropertiesDialog(const PlanInfo &info, QWidget *parent)
    : QDialog(parent), m_base(info)
{
    setWindowTitle(tr("Plan Properties"));
    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    m_year = new QSpinBox(general);
    m_year->setRange(1990, 2200);
    m_year->setValue(info.year > 0 ? info.year : QDate::currentDate().year() + 1);
    m_title = new QLineEdit(info.title, general);
    m_title->setPlaceholderText(tr("e.g. 2026 Health Work Plan"));
    m_organisation = new QLineEdit(info.organisation, general);
    m_date = new OptionalDateEdit(general);
    m_date->setPlanYear(m_year->value());
    m_date->setDate(info.documentDate);
    m_cadence = new QComboBox(general);
    m_cadence->addItem(tr("Quarterly"), cadenceKey(Cadence::Quarterly));
    m_cadence->addItem(tr("Monthly"), cadenceKey(Cadence::Monthly));
    m_cadence->setCurrentIndex(info.cadence == Cadence::Monthly ? 1 : 0);

    form->addRow(tr("Plan &year:"), m_year);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Issuing &organisation:"), m_organisation);
    form->addRow(tr("Document &date:"), m_date);
    form->addRow(tr("Reporting &cadence:"), m_cadence);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(general, tr("&Plan"));
    tabs->addTab(noticePage(info.notice), tr("Issuing &Notice"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget *PlanPropertiesDialog::noticePage(const IssueNotice &notice)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_notice = new QCheckBox(tr("&Issue the plan with a notice (the plan becomes its attachment)"), page);
    m_notice->setChecked(notice.enabled);
    m_issuerMark = new QLineEdit(notice.issuerMark, page);
    m_issuerMark->setToolTip(tr("Printed in red over the red line, e.g. “××县卫生健康委员会文件”"));
    m_number = new QLineEdit(notice.number, page);
    m_number->setPlaceholderText(tr("e.g. 清卫发〔2026〕3号"));
    m_addressees = new QLineEdit(notice.addressees, page);
    m_addressees->setPlaceholderText(tr("e.g. 各乡镇卫生院，委机关各股室"));
    m_noticeText = new QPlainTextEdit(notice.text, page);
    m_noticeText->setPlaceholderText(notice.textFor(m_title->text().trimmed()));
    m_noticeText->setTabChangesFocus(true);
    m_noticeText->setFixedHeight(m_noticeText->fontMetrics().lineSpacing() * 4 + 12);
    m_copiesTo = new QLineEdit(notice.copiesTo, page);
    m_printedBy = new QLineEdit(notice.printedBy, page);
    m_printDate = new OptionalDateEdit(page);
    m_printDate->setPlanYear(m_year->value());
    m_printDate->setDate(notice.printDate);

    form->addRow(m_notice);
    form->addRow(tr("Issuer &mark (red):"), m_issuerMark);
    form->addRow(tr("Document n&umber:"), m_number);
    form->addRow(tr("&Addressed to:"), m_addressees);
    form->addRow(tr("Notice te&xt:"), m_noticeText);
    form->addRow(tr("Copie&s to:"), m_copiesTo);
    form->addRow(tr("P&rinted by:"), m_printedBy);
    form->addRow(tr("Printin&g date:"), m_printDate);
    m_noticeFields = {m_issuerMark, m_number, m_addressees, m_noticeText, m_copiesTo, m_printedBy, m_printDate};
    for (QWidget *w : m_noticeFields)
        w->setEnabled(notice.enabled);
    connect(m_notice, &QCheckBox::toggled, this, &PlanPropertiesDialog::noticeToggled);
    // The text said when none is typed follows the title.
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        m_noticeText->setPlaceholderText(IssueNotice().textFor(title.trimmed()));
    });
    return page;
}

void PlanPropertiesDialog::noticeToggled(bool on)
{
    for (QWidget *w : m_noticeFields)
        w->setEnabled(on);
    // A notice is headed by its sender: offer the organisation's "…文件" and "…办公室".
    const QString organisation = m_organisation->text().trimmed();
    if (on && !organisation.isEmpty()) {
        if (m_issuerMark->text().trimmed().isEmpty())
            m_issuerMark->setText(organisation + QStringLiteral("文件"));
        if (m_printedBy->text().trimmed().isEmpty())
            m_printedBy->setText(organisation + QStringLiteral("办公室"));
    }
}

PlanInfo PlanPropertiesDialog::info() const
{
    PlanInfo info = m_base;
    info.year = m_year->value();
    info.title = m_title->text().trimmed();
    info.organisation = m_organisation->text().trimmed();
    m_date->interpretText();
    info.documentDate = m_date->date();
    info.cadence = cadenceFromKey(m_cadence->currentData().toString()).value_or(Cadence::Quarterly);
    IssueNotice &n = info.notice;
    n.enabled = m_notice->isChecked();
    n.issuerMark = m_issuerMark->text().trimmed();
    n.number = m_number->text().trimmed();
    n.addressees = m_addressees->text().trimmed();
    n.text = m_noticeText->toPlainText().trimmed();
    n.copiesTo = m_copiesTo->text().trimmed();
    n.printedBy = m_printedBy->text().trimmed();
    m_printDate->interpretText();
    n.printDate = m_printDate->date();
    return info;
}

} // namespace ap
