from lib import F, P, I, C, T, write

TEXT = """
SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả hoạt động cấp cứu ngoại viện năm 2023

Năm 2023, Trung tâm Cấp cứu 115 thành phố Cần Thơ tiếp nhận 38.640 cuộc gọi đến tổng đài, tăng 6,8% so với năm 2022, thực hiện 8.032 ca cấp cứu ngoại viện. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Cuộc gọi đến tổng đài (cuộc)
36.180
38.640
40.000
Ca cấp cứu ngoại viện (ca)
7.215
8.032
8.500
Người bệnh được vận chuyển (người)
6.540
7.311
7.800
Thời gian tiếp cận bình quân (phút)
14,2
13,5
12

Tỷ lệ ca cấp cứu được tiếp cận trong vòng 15 phút đạt 71,4%, vượt 1,4 điểm phần trăm so với chỉ tiêu (70%).

Về phương tiện, trung tâm có 19 xe cứu thương, trong đó 12 xe loại B và 7 xe loại C. Trong năm 2023, trung tâm tiếp nhận thêm 3 xe do Bộ Y tế trang bị, trị giá 5,4 tỷ đồng. Giá dịch vụ vận chuyển người bệnh áp dụng theo Nghị quyết số 18/2022/NQ-HĐND là 16.500 đồng/km.

Năm 2024, trung tâm phấn đấu đưa thời gian tiếp cận hiện trường bình quân xuống 12 phút, mở thêm 2 trạm vệ tinh tại huyện Thới Lai và Cờ Đỏ.

SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3820.403 - Fax: 0292.3820.405
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.906
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23n = P("Trong năm 2023", "2023-01-01", "2023-12-31")

ROWS = [
    ("Cuộc gọi đến tổng đài (cuộc)", "count", "cuộc", "cuộc gọi đến tổng đài", ["36.180", "38.640", "40.000"]),
    ("Ca cấp cứu ngoại viện (ca)", "count", "ca", "ca cấp cứu ngoại viện", ["7.215", "8.032", "8.500"]),
    ("Người bệnh được vận chuyển (người)", "count", "người", "người bệnh được vận chuyển", ["6.540", "7.311", "7.800"]),
    ("Thời gian tiếp cận bình quân (phút)", "measure", "phút", "thời gian tiếp cận bình quân", ["14,2", "13,5", "12"]),
]


def table_figs():
    out = []
    for label, kind, unit, subj, cells in ROWS:
        seq = [label] + cells
        for j, cell in enumerate(cells):
            anchor = seq[j] + "\n" + cell
            if j == len(cells) - 1:
                anchor = seq[j] + "\n" + cell + "\n"
            value = float(cell.replace(".", "").replace(",", "."))
            extra = {"status": "target"} if j == 2 else {}
            out.append(F(anchor, cell, value, kind, unit, subj, [Y22, Y23, K24][j], **extra))
    return out


FIGS = [
    F("tiếp nhận 38.640 cuộc gọi", "38.640", 38640, "count", "cuộc gọi",
      "cuộc gọi đến tổng đài", Y23, change=C("increase", 6.8, "%", "năm 2022")),
    F("thực hiện 8.032 ca", "8.032", 8032, "count", "ca", "ca cấp cứu ngoại viện", Y23),
] + table_figs() + [
    F("trong vòng 15 phút", "15", 15, "measure", "phút", "ngưỡng thời gian tiếp cận", optional=True),
    F("đạt 71,4%", "71,4", 71.4, "percent", "%",
      "tỷ lệ ca cấp cứu được tiếp cận trong vòng 15 phút", I(Y23),
      change=C("increase", 1.4, "điểm phần trăm", "chỉ tiêu"), target=T(70, "%", True)),
    F("có 19 xe", "19", 19, "count", "xe cứu thương", "xe cứu thương của trung tâm"),
    F("trong đó 12 xe", "12", 12, "count", "xe", "xe cứu thương loại B", total=19),
    F("và 7 xe", "7", 7, "count", "xe", "xe cứu thương loại C", total=19),
    F("thêm 3 xe", "3", 3, "count", "xe", "xe do Bộ Y tế trang bị", Y23n),
    F("trị giá 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng",
      "trị giá xe do Bộ Y tế trang bị", Y23n),
    F("là 16.500 đồng/km", "16.500", 16500, "money", "đồng/km",
      "giá dịch vụ vận chuyển người bệnh"),
    F("xuống 12 phút", "12", 12, "measure", "phút",
      "thời gian tiếp cận hiện trường bình quân", Y24, status="target"),
    F("thêm 2 trạm", "2", 2, "count", "trạm vệ tinh", "trạm vệ tinh mở thêm", Y24,
      status="target"),
]

NOTES = [
    "Department site (Sở Y tế Cần Thơ), no dateline; footer with address, phone, fax and visit counters.",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024, then four rows whose",
    "label carries the unit in brackets. Each cell is a figure; period from its column header (stated by the",
    "table, scored); 'Kế hoạch 2024' cells are targets. The 38.640 and 8.032 of the lead are figures of the text too.",
    "'vượt 1,4 điểm phần trăm so với chỉ tiêu (70%)': a change against the plan (baseline chỉ tiêu) and target 70, met.",
    "Distractors: Nghị quyết số 18/2022/NQ-HĐND, 'loại B', 'loại C', Số 71 Lý Tự Trọng, phone/fax,",
    "'Đang truy cập: 37', 'Tổng lượt truy cập: 1.284.906'. '15 phút' threshold is optional.",
    "'Trong năm 2023' gives the period of 3 xe and 5,4 tỷ.",
]

write("p850-7", TEXT, FIGS, NOTES, published=None, location="Cần Thơ")
