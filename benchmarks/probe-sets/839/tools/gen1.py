"""p839-1: Thái Bình province portal, cremation rate H1/2024."""
from lib import F, P, I, C, T, build

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thái Bình: tỷ lệ hỏa táng 6 tháng đầu năm đạt hơn 72%
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh có 6.842 người từ trần, trong đó 4.957 người được hỏa táng, chiếm 72,4%, tăng 4,6 điểm phần trăm so với cùng kỳ năm 2023.

Địa phương có tỷ lệ hỏa táng cao nhất là thành phố Thái Bình (91,3%); các huyện Vũ Thư và Kiến Xương lần lượt đạt 84,7% và 80,2%; thấp nhất là huyện Thái Thụy với 55,8%. Số ca hỏa táng hiện nay gấp khoảng 2,5 lần năm 2020.

Thực hiện Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh, mức hỗ trợ là 3 triệu đồng/ca hỏa táng. Từ đầu năm đến nay, ngân sách tỉnh đã chi hỗ trợ hơn 14,8 tỷ đồng, đạt 61,7% dự toán năm.

Toàn tỉnh hiện có 2 cơ sở hỏa táng đang hoạt động với tổng cộng 7 lò, công suất tối đa 56 ca/ngày. Cơ sở hỏa táng Thiên Đức bên Quốc lộ 10 (xã Vũ Phúc) vừa lắp đặt thêm 2 lò mới, nâng tổng vốn đầu tư lên khoảng 185 tỷ đồng.

Ông Phạm Văn Ba, Phó Giám đốc Sở cho biết, tỉnh phấn đấu đến năm 2025 tỷ lệ hỏa táng đạt 75% và đến năm 2030 đạt trên 85%. Tỉnh cũng đặt mục tiêu đến hết năm 2025 có 100% xã, phường, thị trấn hoàn thành quy hoạch nghĩa trang nhân dân theo Quyết định số 1986/QĐ-UBND.

Người dân cần hỗ trợ về thủ tục hỏa táng có thể liên hệ đường dây nóng 0227.3831.456.

Bản quyền thuộc UBND tỉnh Thái Bình. Địa chỉ: số 76 Lê Lợi, TP Thái Bình.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("đầu năm đạt hơn 72%", "72", 72, "percent", "%", "tỷ lệ hỏa táng",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 6.842 người", "6.842", 6842, "count", "người", "người từ trần", H1),
    F("4.957 người được hỏa táng", "4.957", 4957, "count", "người", "người từ trần được hỏa táng", H1,
      total=6842, percent=72.4, change=C("increase", 4.6, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("Thái Bình (91,3%)", "91,3", 91.3, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Thái Bình"),
    F("đạt 84,7%", "84,7", 84.7, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Vũ Thư"),
    F("84,7% và 80,2%", "80,2", 80.2, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Kiến Xương"),
    F("Thái Thụy với 55,8%", "55,8", 55.8, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Thái Thụy"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", "số ca hỏa táng", approx="about"),
    F("3 triệu đồng/ca", "3", 3e6, "money", "đồng/ca", "mức hỗ trợ hỏa táng"),
    F("hơn 14,8 tỷ đồng", "14,8", 14.8e9, "money", "đồng", "ngân sách tỉnh chi hỗ trợ hỏa táng",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14"), approx="over", percent=61.7),
    F("có 2 cơ sở hỏa táng", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động"),
    F("tổng cộng 7 lò", "7", 7, "count", "lò", "lò hỏa táng"),
    F("tối đa 56 ca/ngày", "56", 56, "measure", "ca/ngày", "công suất hỏa táng", approx="at_most"),
    F("thêm 2 lò mới", "2", 2, "count", "lò", "lò hỏa táng lắp đặt thêm"),
    F("khoảng 185 tỷ đồng", "185", 185e9, "money", "đồng", "tổng vốn đầu tư cơ sở hỏa táng Thiên Đức",
      approx="about"),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ hỏa táng",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ hỏa táng",
      P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
    F("có 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn hoàn thành quy hoạch nghĩa trang nhân dân",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
]

build("p839-1", TEXT, FIGS, published="2024-08-14", location="Thái Bình", comments=[
    "Cổng TTĐT tỉnh Thái Bình: tỷ lệ hỏa táng 6 tháng đầu năm 2024, hỗ trợ hỏa táng, cơ sở hỏa táng, mục tiêu 2025/2030.",
    "Headline period '6 tháng đầu năm' takes the year of published (2024). 4.957 is a part of 6.842 (trong đó), with its share and its change in points.",
    "Distractors: Lượt xem 2.316, 09:45, Nghị quyết số 12/2021/NQ-HĐND, Quốc lộ 10, Phạm Văn Ba, Quyết định số 1986/QĐ-UBND, phone, số 76 Lê Lợi.",
])
