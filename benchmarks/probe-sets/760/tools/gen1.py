"""p760-1: Thái Bình province portal, newborn hearing screening 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 14/03/2024 08:25 | Lượt xem: 1.482

Hơn 92% trẻ sơ sinh được sàng lọc thính lực trong năm 2023

Năm 2023, toàn tỉnh có 17.836 trẻ sơ sinh được sàng lọc thính lực, đạt 92,4% tổng số trẻ sinh ra, tăng 6,8% so với năm 2022. Trong đó, 15.210 trẻ được sàng lọc tại 9 bệnh viện công lập, 2.626 trẻ được sàng lọc tại các cơ sở y tế tư nhân.

Qua sàng lọc, 341 trẻ có kết quả nghi ngờ (chiếm 1,91%) được hẹn đo lại lần thứ hai; 58 trẻ được chuyển lên Bệnh viện Tai Mũi Họng Trung ương để chẩn đoán xác định, trong đó 21 trẻ nghe kém mức độ nặng và sâu ở cả hai tai.

Tỷ lệ sàng lọc cao nhất thuộc về các huyện Hưng Hà (97,6%), Quỳnh Phụ (96,2%), Vũ Thư (95,8%); thấp nhất là huyện Kiến Xương (84,3%) do nhiều sản phụ chuyển lên Hà Nội sinh con.

Tổng kinh phí thực hiện năm 2023 ước đạt 2,35 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1.120 triệu đồng, phần còn lại do quỹ BHYT và gia đình chi trả. Chi phí mỗi lần đo âm ốc tai (OAE) tại tuyến huyện từ 50.000 đến 80.000 đồng/trẻ.

Theo Kế hoạch số 87/KH-UBND ngày 12/5/2023 của UBND tỉnh, Thái Bình phấn đấu đến năm 2025 có ít nhất 95% trẻ sơ sinh được sàng lọc thính lực và 100% trẻ nghe kém được can thiệp trước 6 tháng tuổi.

Người dân cần tư vấn có thể liên hệ Trung tâm Kiểm soát bệnh tật tỉnh, số 239 đường Trần Thánh Tông, điện thoại 0227.3831.545.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23H = per("trong năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SUBJ = "tỷ lệ sàng lọc thính lực sơ sinh"

FIGS = [
    fig("Hơn 92% trẻ", "92", 92, "percent", "%", "trẻ sơ sinh được sàng lọc thính lực", Y23H, approx="over"),
    fig("có 17.836 trẻ", "17.836", 17836, "count", "trẻ", "trẻ sơ sinh được sàng lọc thính lực", per("Năm 2023", "2023-01-01", "2023-12-31"),
        percent=92.4, change=chg("increase", 6.8, baseline="năm 2022")),
    fig("Trong đó, 15.210 trẻ", "15.210", 15210, "count", "trẻ", "trẻ được sàng lọc tại bệnh viện công lập", inh(Y23), total=17836),
    fig("tại 9 bệnh viện", "9", 9, "count", "bệnh viện", "bệnh viện công lập thực hiện sàng lọc thính lực sơ sinh", inh(Y23)),
    fig("lập, 2.626 trẻ", "2.626", 2626, "count", "trẻ", "trẻ được sàng lọc tại các cơ sở y tế tư nhân", inh(Y23), total=17836),
    fig("sàng lọc, 341 trẻ", "341", 341, "count", "trẻ", "trẻ có kết quả nghi ngờ được hẹn đo lại", inh(Y23), percent=1.91),
    fig("hai; 58 trẻ", "58", 58, "count", "trẻ", "trẻ được chuyển lên Bệnh viện Tai Mũi Họng Trung ương để chẩn đoán xác định", inh(Y23)),
    fig("trong đó 21 trẻ", "21", 21, "count", "trẻ", "trẻ nghe kém mức độ nặng và sâu ở cả hai tai", inh(Y23), total=58),
    fig("cả hai tai", "hai", 2, "count", "tai", optional=True),
    fig("Hưng Hà (97,6%)", "97,6", 97.6, "percent", "%", SUBJ, inh(Y23), location="Hưng Hà"),
    fig("Quỳnh Phụ (96,2%)", "96,2", 96.2, "percent", "%", SUBJ, inh(Y23), location="Quỳnh Phụ"),
    fig("Vũ Thư (95,8%)", "95,8", 95.8, "percent", "%", SUBJ, inh(Y23), location="Vũ Thư"),
    fig("Kiến Xương (84,3%)", "84,3", 84.3, "percent", "%", SUBJ, inh(Y23), location="Kiến Xương"),
    fig("ước đạt 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "tổng kinh phí thực hiện sàng lọc thính lực sơ sinh", Y23,
        status="estimate"),
    fig("hỗ trợ 1.120 triệu đồng", "1.120", 1120000000, "money", "đồng", "ngân sách tỉnh hỗ trợ kinh phí", Y23,
        total=2350000000, status="estimate"),
    fig("từ 50.000 đến 80.000 đồng/trẻ", "50.000", 50000, "money", "đồng/trẻ", "chi phí mỗi lần đo âm ốc tai (OAE) tại tuyến huyện",
        value_max=80000),
    fig("có ít nhất 95% trẻ", "95", 95, "percent", "%", "trẻ sơ sinh được sàng lọc thính lực", T25, approx="at_least", status="target"),
    fig("và 100% trẻ nghe kém", "100", 100, "percent", "%", "trẻ nghe kém được can thiệp trước 6 tháng tuổi", T25, status="target"),
    fig("trước 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", approx="under", optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình (province portal): newborn hearing screening 2023 — counts, referrals, districts, cost, 2025 targets.",
    "Distractors: Cập nhật date, Lượt xem: 1.482, Kế hoạch số 87/KH-UBND ngày 12/5/2023, 'lần thứ hai', address số 239, phone 0227.3831.545.",
    "District items (Hưng Hà …) take the district as location, the list's indicator as subject. 'chiếm 1,91%' is the percent of 341.",
    "'ước đạt 2,35 tỷ đồng, trong đó …' — the estimate cue continues into the trong đó clause. 'cả hai tai' and 'trước 6 tháng tuổi' optional.",
]

if __name__ == "__main__":
    emit("p760-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Thái Bình")
