"""p1172-7: department site (Sở GTVT Long An), no dateline; 2023 load checks, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Kết quả kiểm soát tải trọng phương tiện năm 2023

Năm 2023, các lực lượng chức năng tỉnh Long An đã kiểm tra tải trọng 3.962 phương tiện, phát hiện 457 xe vi phạm, tăng 64 xe so với năm 2022. Tổng số tiền xử phạt 4.315 triệu đồng, đạt 107,9% kế hoạch.

Kết quả kiểm tra theo lực lượng năm 2023:
Đơn vị tính: phương tiện
Lực lượng
Kiểm tra
Vi phạm
Buộc hạ tải
Thanh tra Sở GTVT
1.284
162
97
Phòng CSGT Công an tỉnh
1.705
188
121
Công an cấp huyện
973
107
58
Tổng cộng
3.962
457
276

Trên Quốc lộ 1, Quốc lộ 50 và đường tỉnh 830, Sở bố trí 3 điểm đặt cân lưu động. Lưu lượng xe tải qua huyện Bến Lức bình quân 6.500 lượt/ngày đêm. Xe vi phạm tập trung ở huyện Đức Hòa (139 xe) và Cần Giuộc (94 xe), chủ yếu chở cát san lấp, container hàng hóa.

Năm 2024, Sở đặt mục tiêu kiểm tra không dưới 4.500 phương tiện, giảm từ 15 đến 20% số xe vi phạm so với năm 2023.

Tin liên quan:
- Ra quân kiểm soát tải trọng xe đợt 2 năm 2023
- Hội nghị tổng kết công tác thanh tra giao thông lần thứ 10

Bản quyền thuộc Sở Giao thông vận tải tỉnh Long An
Địa chỉ: 66 Hùng Vương, Phường 2, TP Tân An. Điện thoại: 0272.3826.321
Tổng lượt truy cập: 2.046.118 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TAB = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "phương tiện", subject=f"{col} {row}", period=TAB)


R1, R2, R3, R4 = "Thanh tra Sở GTVT", "Phòng CSGT Công an tỉnh", "Công an cấp huyện", "tổng cộng"
K, V, H = "kiểm tra", "vi phạm", "buộc hạ tải"

FIGS = [
    F("tải trọng 3.962 phương tiện", "3.962", 3962, "count", "phương tiện",
      subject="phương tiện được kiểm tra tải trọng", period=Y23),
    F("phát hiện 457 xe", "457", 457, "count", "xe", change=C("increase", 64, "xe", "năm 2022"),
      subject="xe vi phạm tải trọng", period=Y23),
    F("4.315 triệu", "4.315", 4.315e9, "money", "đồng", percent=107.9,
      subject="tổng số tiền xử phạt", period=I(Y23)),
    cell("GTVT\n1.284", "1.284", 1284, R1, K),
    cell("1.284\n162", "162", 162, R1, V),
    cell("162\n97", "97", 97, R1, H),
    cell("tỉnh\n1.705", "1.705", 1705, R2, K),
    cell("1.705\n188", "188", 188, R2, V),
    cell("188\n121", "121", 121, R2, H),
    cell("huyện\n973", "973", 973, R3, K),
    cell("973\n107", "107", 107, R3, V),
    cell("107\n58", "58", 58, R3, H),
    cell("Tổng cộng\n3.962", "3.962", 3962, R4, K),
    cell("3.962\n457", "457", 457, R4, V),
    cell("457\n276", "276", 276, R4, H),
    F("bố trí 3 điểm", "3", 3, "count", "điểm đặt cân lưu động",
      subject="điểm đặt cân lưu động"),
    F("bình quân 6.500 lượt", "6.500", 6500, "measure", "lượt/ngày đêm",
      subject="lưu lượng xe tải qua huyện Bến Lức", location="Bến Lức"),
    F("Đức Hòa (139 xe)", "139", 139, "count", "xe", subject="xe vi phạm tải trọng",
      period=I(Y23), location="Đức Hòa"),
    F("Cần Giuộc (94 xe)", "94", 94, "count", "xe", subject="xe vi phạm tải trọng",
      period=I(Y23), location="Cần Giuộc"),
    F("không dưới 4.500", "4.500", 4500, "count", "phương tiện", approx="at_least", status="target",
      subject="phương tiện kiểm tra tải trọng", period=Y24),
    F("từ 15 đến 20%", "15", 15, "percent", "%", value_max=20, status="target",
      subject="số xe vi phạm giảm so với năm 2023", period=Y24),
]

NOTES = [
    "Department site (Sở GTVT Long An) with NO dateline (published absent): menu, related links, footer address/phone, counters.",
    "Distractors: 'đợt 2', 'lần thứ 10', Quốc lộ 1 / 50, 'đường tỉnh 830', '66 Hùng Vương, Phường 2', 0272.3826.321,",
    "'Tổng lượt truy cập: 2.046.118', 'Đang trực tuyến: 37'.",
    "One-cell-per-line table, 'Đơn vị tính: phương tiện'; rows are enforcement forces (not places): subject = column + row label;",
    "period 'năm 2023' from the caption line (inherited); no totals for cells; 'Tổng cộng' row is its own figures.",
    "'4.315 triệu đồng' = 4.315.000.000 đồng. 'lượt/ngày đêm' rate is a measure. District list → location, no total.",
]

if __name__ == "__main__":
    write("p1172-7", TEXT, NOTES, FIGS, location="Long An")
