import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// Setting up a business: its name and the asset it settles in, then the
// business verification (KYB) that support reviews before it takes money.
ScrollView {
    id: setup
    property MerchantConsole merchant
    property bool creating: false
    readonly property string status: merchant.org.status || ""
    readonly property var kyb: merchant.org.kyb || ({})
    contentWidth: availableWidth
    clip: true

    FileDialog {
        id: documentDialog
        title: qsTr("Add a business document")
        nameFilters: [qsTr("Images and documents (*.png *.jpg *.jpeg *.pdf)")]
        onAccepted: setup.merchant.addKybDocument(selectedFile)
    }

    ColumnLayout {
        width: Math.min(setup.availableWidth - 64, 640)
        x: 32
        spacing: 16

        Card {
            objectName: "merchantCreateCard"
            visible: setup.creating
            Layout.fillWidth: true
            title: qsTr("Your business")
            subtitle: qsTr("Customers see this name when they pay. You can add staff later.")
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 12
                FormField { id: orgName; objectName: "merchantOrgName"; label: qsTr("Business name"); maximumLength: 80 }
                FormField { id: website; objectName: "merchantWebsite"; label: qsTr("Website (optional)"); placeholderText: "https://"; maximumLength: 200 }
                ColumnLayout {
                    spacing: 6
                    PlainLabel { text: qsTr("Settle in"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                    AppComboBox { id: settlement; objectName: "merchantSettlement"; model: ["USDT", "AZC", "BTC", "ETH"]; Layout.preferredWidth: 160 }
                }
                AppButton {
                    objectName: "merchantCreate"
                    kind: "primary"
                    text: qsTr("Create the business")
                    enabled: orgName.text.trim().length >= 2
                    onClicked: setup.merchant.createOrg(orgName.text, website.text, settlement.currentText)
                }
            }
        }

        Card {
            objectName: "merchantKybCard"
            visible: !setup.creating && setup.status !== "" && setup.status !== "active"
            Layout.fillWidth: true
            title: qsTr("Business verification")
            subtitle: setup.status === "review" ? qsTr("Our team is checking your documents. You will be notified of the decision.")
                    : setup.status === "rejected" ? qsTr("Not approved: %1. Correct it and send again.").arg(setup.kyb.reason || "")
                    : qsTr("Before you take payments, tell us who runs the business. Support checks the company registry, the representative and the address.")
            ColumnLayout {
                visible: setup.status !== "review"
                Layout.fillWidth: true
                spacing: 12
                FormField { id: legalName; objectName: "kybLegalName"; label: qsTr("Registered legal name"); maximumLength: 120 }
                FormField { id: registration; objectName: "kybRegistration"; label: qsTr("Company registration number"); maximumLength: 64 }
                FormField { id: country; objectName: "kybCountry"; label: qsTr("Country (two letters, e.g. DE)"); maximumLength: 2 }
                FormField { id: address; objectName: "kybAddress"; label: qsTr("Registered address"); maximumLength: 200 }
                FormField { id: representative; objectName: "kybRepresentative"; label: qsTr("Legal representative"); maximumLength: 120 }
                RowLayout {
                    spacing: 8
                    AppButton { objectName: "kybAddDocument"; text: qsTr("Add a document…"); icon.source: "../icons/upload.svg"; onClicked: documentDialog.open() }
                    PlainLabel {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        elide: Text.ElideRight
                        text: setup.merchant.kybFiles.length === 0 ? qsTr("The registry extract at least.")
                              : setup.merchant.kybFiles.map(f => f.name).join(", ")
                    }
                }
                AppButton {
                    objectName: "kybSubmit"
                    kind: "primary"
                    text: qsTr("Send for verification")
                    enabled: legalName.text.trim() !== "" && registration.text.trim() !== "" && country.text.trim().length === 2
                             && address.text.trim() !== "" && representative.text.trim() !== "" && setup.merchant.kybFiles.length > 0
                    onClicked: setup.merchant.submitKyb({ legalName: legalName.text, registrationNumber: registration.text,
                                                          country: country.text.toUpperCase(), address: address.text,
                                                          representative: representative.text })
                }
            }
        }
    }
}
