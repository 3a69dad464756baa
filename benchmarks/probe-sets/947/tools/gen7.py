"""p947-7: department site (Sở LĐ-TB&XH Quảng Ninh), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, write

# subject = row label (without the cue "Trong đó:") + column label, as in the shared gold (h23, h24)
ROWS = [("Tiếp nhận người lang thang, xin ăn", [121, 147, 168], "tiếp nhận người lang thang, xin ăn"),
        ("Trong đó: trẻ em", [19, 24, 22], "trẻ em"),
        ("Người tâm thần lang thang", [34, 41, 52], "người tâm thần lang thang"),
        ("Hồi gia, tái hòa nhập cộng đồng", [78, 96, 109], "hồi gia, tái hòa nhập cộng đồng")]
YEARS = ["2022", "2023", "2024"]
table_text = "Đơn vị tính: lượt người\nChỉ tiêu\n" + "".join(f"Năm {y}\n" for y in YEARS)
for label, cells, _ in ROWS:
    table_text += label + "\n" + "".join(f"{c}\n" for c in cells)

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả tiếp nhận người lang thang, xin ăn tại Trung tâm Bảo trợ xã hội tỉnh

Năm 2024, Trung tâm Bảo trợ xã hội tỉnh đã tiếp nhận 168 lượt người lang thang, xin ăn do các địa phương chuyển đến, tăng 14,3% so với năm 2023. Người lang thang chủ yếu được phát hiện tại các điểm du lịch, khu vực cửa khẩu ở Hạ Long (chiếm 58%), Móng Cái (17%) và Cẩm Phả (11%).

Kết quả tiếp nhận giai đoạn 2022-2024 như sau:
""" + table_text + """
Trung tâm hiện nuôi dưỡng 235 đối tượng với 78 cán bộ, nhân viên; bình quân 1 nhân viên chăm sóc 3 đối tượng. Mức trợ cấp nuôi dưỡng người lang thang tại Trung tâm là 1.800.000 đồng/người/tháng, tiền ăn 60.000 đồng/người/ngày.

Năm 2025, Sở phấn đấu 100% người lang thang được tiếp nhận trong ngày; tỷ lệ hồi gia đạt trên 65%; dự kiến cải tạo khu nhà 3 tầng với tổng kinh phí 14,5 tỷ đồng.

Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, Quảng Ninh
Điện thoại: 0203.3835.618 - Fax: 0203.3835.619
Tổng lượt truy cập: 3.482.106 | Đang trực tuyến: 57
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S = "người lang thang được phát hiện"
table = []
for r, (label, cells, subj) in enumerate(ROWS):
    for i, v in enumerate(cells):
        prev = label if i == 0 else str(cells[i - 1])
        extra = {"total": ROWS[0][1][i]} if r == 1 else {}  # "Trong đó: trẻ em" row: part of the row above
        table.append(F(f"{prev}\n{v}\n", str(v), v, "count", "lượt người", f"{subj} năm {YEARS[i]}",
                       P(f"Năm {YEARS[i]}", f"{YEARS[i]}-01-01", f"{YEARS[i]}-12-31"), **extra))

FIGS = [
    F("tiếp nhận 168 lượt", "168", 168, "count", "lượt người", "người lang thang, xin ăn được tiếp nhận", Y24,
      change=C("increase", 14.3, "%", "năm 2023")),
    F("(chiếm 58%)", "58", 58, "percent", "%", S, I(Y24), location="Hạ Long"),
    F("Móng Cái (17%)", "17", 17, "percent", "%", S, I(Y24), location="Móng Cái"),
    F("Cẩm Phả (11%)", "11", 11, "percent", "%", S, I(Y24), location="Cẩm Phả"),
] + table + [
    F("nuôi dưỡng 235 đối tượng", "235", 235, "count", "đối tượng", "đối tượng Trung tâm đang nuôi dưỡng"),
    F("với 78 cán bộ", "78", 78, "count", "cán bộ, nhân viên", "cán bộ, nhân viên của Trung tâm"),
    F("chăm sóc 3 đối tượng", "3", 3, "measure", "đối tượng/nhân viên", "đối tượng bình quân mỗi nhân viên chăm sóc"),
    F("là 1.800.000 đồng/người/tháng", "1.800.000", 1800000, "money", "đồng/người/tháng",
      "mức trợ cấp nuôi dưỡng người lang thang tại Trung tâm"),
    F("tiền ăn 60.000 đồng/người/ngày", "60.000", 60000, "money", "đồng/người/ngày", "tiền ăn"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "người lang thang được tiếp nhận trong ngày", Y25, status="target"),
    F("đạt trên 65%", "65", 65, "percent", "%", "tỷ lệ hồi gia", Y25, approx="over", status="target"),
    F("nhà 3 tầng", "3", 3, "count", "tầng", "khu nhà cải tạo", status="forecast", optional=True),
    F("kinh phí 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "kinh phí cải tạo khu nhà", Y25, status="forecast"),
]

NOTES = [
    "Sở LĐ-TB&XH Quảng Ninh: tiếp nhận người lang thang, xin ăn tại Trung tâm Bảo trợ xã hội tỉnh 2022-2024; no dateline (published absent).",
    "One-cell-per-line table (Đơn vị tính: lượt người; columns Năm 2022/2023/2024): every cell a figure, period from its column",
    "header (scored), subject = row label + column label; the 'Trong đó: trẻ em' row takes the row above (same column) as total.",
    "revised after the first run: table subjects now carry the column label (năm 2022 ...) as the shared gold h23/h24 do.",
    "City shares in brackets (Hạ Long 58% ...) share one indicator, each city its location. 'khu nhà 3 tầng' is a specification: optional.",
    "Distractors: 'giai đoạn 2022-2024', Trụ sở Liên cơ quan số 3, Tầng 4, phones/fax, 'Tổng lượt truy cập: 3.482.106', 'Đang trực tuyến: 57'.",
]

write("p947-7", TEXT, FIGS, NOTES, published=None, location="Quảng Ninh")
