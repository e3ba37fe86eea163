import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The partner console, for members of an organisation (picked like the
// merchant console's): the organisation's points and their reserves, the
// policies and proposals, the market's products and orders, and the
// dashboard, as tabs. Members who are neither owner nor admin watch.
Item {
    id: page
    objectName: "partnerPage"
    property string tab: "points"

    PartnerConsole { id: partnerConsole; objectName: "partnerConsole" }

    readonly property var tabs: [
        { key: "points", text: qsTr("Points") },
        { key: "policies", text: qsTr("Policies") },
        { key: "products", text: qsTr("Products") },
        { key: "orders", text: qsTr("Orders") },
        { key: "dashboard", text: qsTr("Dashboard") }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            spacing: 12
            PageHeader {
                title: partnerConsole.org.name || qsTr("Partner console")
                subtitle: partnerConsole.orgs.length === 0 ? qsTr("Issue loyalty points backed by a reserve, and sell in the market.")
                        : partnerConsole.canManage ? qsTr("Your points, their reserves and terms, your products and orders.")
                        : qsTr("You can watch this organisation's points and orders; its owner and admins make changes.")
            }
            AppComboBox {
                objectName: "partnerOrgPicker"
                visible: partnerConsole.orgs.length > 1
                Layout.preferredWidth: 220
                model: partnerConsole.orgs
                textRole: "name"
                valueRole: "id"
                currentIndex: { for (let i = 0; i < partnerConsole.orgs.length; ++i) if (partnerConsole.orgs[i].id === partnerConsole.orgId) return i; return 0 }
                onActivated: partnerConsole.orgId = currentValue
            }
        }

        EmptyState {
            visible: partnerConsole.orgs.length === 0 && !partnerConsole.busy
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 40
            iconName: "partner"
            text: qsTr("Create your business on the Merchant page and have it verified; then you can issue points here.")
        }

        Rectangle {
            visible: partnerConsole.orgs.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            implicitHeight: tabRow.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            RowLayout {
                id: tabRow
                anchors.fill: parent
                anchors.margins: 4
                spacing: 4
                Repeater {
                    model: page.tabs
                    delegate: AppButton {
                        required property var modelData
                        objectName: "partnerTab_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        kind: page.tab === modelData.key ? "primary" : "ghost"
                        text: modelData.text
                        onClicked: page.tab = modelData.key
                    }
                }
            }
        }
        Loader {
            visible: partnerConsole.orgs.length > 0
            active: partnerConsole.orgId !== ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.tab === "policies" ? policiesView : page.tab === "products" ? productsView
                           : page.tab === "orders" ? ordersView : page.tab === "dashboard" ? dashboardView : pointsView
        }
    }

    Component { id: pointsView; PartnerPointsView { partner: partnerConsole } }
    Component { id: policiesView; PartnerPoliciesView { partner: partnerConsole } }
    Component { id: productsView; PartnerProductsView { partner: partnerConsole } }
    Component { id: ordersView; PartnerOrdersView { partner: partnerConsole } }
    Component { id: dashboardView; PartnerDashboardView { partner: partnerConsole } }
}
