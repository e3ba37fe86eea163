import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Identity verification: where you stand, a form to send documents, and the
// history of your submissions with the reviewers' reasons.
Flickable {
    id: page
    objectName: "kycPage"
    contentHeight: column.implicitHeight + 56
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    KycModel { id: kyc; objectName: "kycModel" }

    ColumnLayout {
        id: column
        x: 32
        y: 8
        width: Math.min(page.width - 64, 1120)
        spacing: 20

        PageHeader {
            title: qsTr("Identity verification")
            subtitle: qsTr("Verified accounts can use more of AZCoiner. Your documents are seen only by our support staff.")
        }

        KycStatusCard { model: kyc; Layout.fillWidth: true }

        KycSubmitCard {
            model: kyc
            Layout.fillWidth: true
            visible: !kyc.hasPending && kyc.tier < 2
        }

        KycHistoryCard {
            model: kyc
            Layout.fillWidth: true
            visible: kyc.count > 0
        }
    }
}
