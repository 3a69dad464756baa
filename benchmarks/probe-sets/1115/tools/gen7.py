"""p1115-7: Sở Y tế Quảng Ninh site (no dateline): water-quality monitoring at hot-mineral bath facilities, 2024; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ Y TẾ TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Kết quả giám sát chất lượng nước tại các cơ sở tắm khoáng

Thực hiện Kế hoạch số 96/KH-SYT, trong năm 2024 Trung tâm Kiểm soát bệnh tật tỉnh đã giám sát 38 cơ sở kinh doanh dịch vụ tắm khoáng nóng trên địa bàn tỉnh Quảng Ninh, tập trung tại phường Quang Hanh, TP Cẩm Phả. Tổng số mẫu nước xét nghiệm là 226 mẫu, trong đó 209 mẫu đạt yêu cầu, chiếm 92,5%; 17 mẫu không đạt, chủ yếu do chỉ tiêu Coliform và Pseudomonas aeruginosa vượt ngưỡng.

Kết quả theo loại hình cơ sở:

Loại hình cơ sở
Số cơ sở
Số mẫu xét nghiệm
Số mẫu đạt
Tỷ lệ đạt (%)
Khách sạn, khu nghỉ dưỡng
14
98
94
95,9
Cơ sở tắm khoáng độc lập
19
104
93
89,4
Bệnh viện, cơ sở phục hồi chức năng
5
24
22
91,7
Tổng cộng
38
226
209
92,5

Tỷ lệ mẫu đạt của năm 2024 là 92,5%, tăng 4,3 điểm phần trăm so với năm 2023. Đối với 3 cơ sở có mẫu không đạt 2 lần liên tiếp, Thanh tra Sở đã xử phạt 84 triệu đồng và đình chỉ hoạt động bể tắm 30 ngày.

Năm 2025, ngành y tế phấn đấu 100% cơ sở tắm khoáng được giám sát ít nhất 2 lần/năm, tỷ lệ mẫu đạt trên 95%.

SỞ Y TẾ TỈNH QUẢNG NINH
Địa chỉ: Tầng 6, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.517 - Email: syt@quangninh.gov.vn
Tổng lượt truy cập: 3.418.702 | Đang online: 57
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TB = I(Y24)
COLS = [("count", "cơ sở", "số cơ sở"), ("count", "mẫu", "số mẫu xét nghiệm"),
        ("count", "mẫu", "số mẫu đạt"), ("percent", "%", "tỷ lệ đạt")]


def row(label, cells, first_anchor):
    out = []
    prev = first_anchor
    for (kind, unit, col), cell in zip(COLS, cells):
        anchor = f"{prev}\n{cell}"
        value = float(cell.replace(",", ".")) if "," in cell else int(cell)
        out.append(F(anchor, cell, value, kind, unit, f"{col} {label}", TB))
        prev = cell
    return out


FIGS = [
    F("giám sát 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm khoáng nóng được giám sát", Y24),
    F("là 226 mẫu", "226", 226, "count", "mẫu", "tổng số mẫu nước xét nghiệm", I(Y24)),
    F("trong đó 209 mẫu", "209", 209, "count", "mẫu", "mẫu đạt yêu cầu", I(Y24), total=226, percent=92.5),
    F("17 mẫu không đạt", "17", 17, "count", "mẫu", "mẫu không đạt", I(Y24), total=226),
]
FIGS += row("khách sạn, khu nghỉ dưỡng", ["14", "98", "94", "95,9"], "nghỉ dưỡng")
FIGS += row("cơ sở tắm khoáng độc lập", ["19", "104", "93", "89,4"], "độc lập")
FIGS += row("bệnh viện, cơ sở phục hồi chức năng", ["5", "24", "22", "91,7"], "chức năng")
FIGS += row("tổng cộng", ["38", "226", "209", "92,5"], "Tổng cộng")
FIGS += [
    F("là 92,5%", "92,5", 92.5, "percent", "%", "tỷ lệ mẫu đạt", Y24b,
      change=C("+", 4.3, "điểm phần trăm", "năm 2023")),
    F("Đối với 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở có mẫu không đạt 2 lần liên tiếp"),
    F("đạt 2 lần liên tiếp", "2", 2, "count", "lần", "lần mẫu không đạt liên tiếp", optional=True),
    F("xử phạt 84 triệu đồng", "84", 84e6, "money", "đồng", "tiền xử phạt"),
    F("bể tắm 30 ngày", "30", 30, "measure", "ngày", "thời gian đình chỉ hoạt động bể tắm", optional=True),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở tắm khoáng được giám sát ít nhất 2 lần/năm", Y25,
      status="target"),
    F("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", "số lần giám sát cơ sở tắm khoáng", Y25,
      approx="at_least", status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ mẫu đạt", Y25, approx="over", status="target"),
]

write(7, TEXT, FIGS, [
    "Sở Y tế Quảng Ninh (department site, no dateline): giám sát chất lượng nước tại 38 cơ sở tắm khoáng nóng năm 2024; one-cell-per-line table.",
    "Table cells: subject = column label + row label, period 'năm 2024' from the paragraph above (inherited), no totals/percent attributes on cells.",
    "'tăng 4,3 điểm phần trăm so với năm 2023' is the change of 92,5%. '2 lần liên tiếp' (a streak) and the suspension '30 ngày' are optional.",
    "Distractors: Kế hoạch số 96/KH-SYT, Tầng 6, Trụ sở Liên cơ quan số 3, 0203.3835.517, Tổng lượt truy cập: 3.418.702, Đang online: 57.",
], published=None, location="Quảng Ninh")
