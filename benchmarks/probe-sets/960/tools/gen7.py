from lib import F, P, I, C, T, build

TEXT = """BAN DÂN TỘC TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức, viên chức

Năm 2024, Ban Dân tộc tỉnh phối hợp với Trường Cao đẳng Sư phạm Đà Lạt và UBND các huyện mở 16 lớp bồi dưỡng tiếng dân tộc thiểu số cho 587 học viên, đạt 104,8% kế hoạch năm; kinh phí thực hiện 1,92 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Số học viên theo thứ tiếng
Đơn vị tính: học viên
Thứ tiếng
Năm 2023
Năm 2024
Kế hoạch 2025
Tiếng K'Ho
318
434
480
Tiếng Mạ
74
96
110
Tiếng Chu Ru
41
57
60
Tổng cộng
433
587
650

Qua đánh giá, 92,3% học viên được cấp chứng chỉ. Các huyện Lạc Dương, Đam Rông, Di Linh có số học viên đông nhất, lần lượt 124, 98 và 87 người. Từ năm 2021 đến nay, toàn tỉnh đã bồi dưỡng tiếng dân tộc cho hơn 2.100 lượt cán bộ, công chức, viên chức công tác ở vùng đồng bào dân tộc thiểu số.

Năm 2025, Ban phấn đấu mở 18 lớp cho khoảng 650 học viên, trong đó dự kiến thí điểm 2 lớp tiếng K'Ho học trực tuyến.

BAN DÂN TỘC TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.458 - Fax: 0263.3822.459
Lượt truy cập: 486.215
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("mở 16 lớp", "16", 16, "count", "lớp", subject="lớp bồi dưỡng tiếng dân tộc thiểu số", period=Y24),
    F("cho 587 học viên", "587", 587, "count", "học viên", percent=104.8,
      subject="học viên bồi dưỡng tiếng dân tộc thiểu số", period=Y24),
    F("1,92 tỷ đồng", "1,92", 1.92e9, "money", "đồng", subject="kinh phí thực hiện", period=Y24),
]
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), {}),
        ("năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), {}),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), {"status": "target"})]
ROWS = [("Tiếng K'Ho", ["318", "434", "480"]), ("Tiếng Mạ", ["74", "96", "110"]),
        ("Tiếng Chu Ru", ["41", "57", "60"]), ("Tổng cộng", ["433", "587", "650"])]
for label, cells in ROWS:
    for j, cell in enumerate(cells):
        prev = label if j == 0 else cells[j - 1]
        anchor = f"{prev}\n{cell}\n"
        col, per, extra = COLS[j]
        subj = f"học viên {label[0].lower() + label[1:]} {col}" if label != "Tổng cộng" else f"tổng cộng học viên {col}"
        FIGS.append(F(anchor, cell, float(cell), "count", "học viên", subject=subj, period=per, **extra))

FIGS += [
    F("92,3%", "92,3", 92.3, "percent", "%", subject="học viên được cấp chứng chỉ", period=I(Y24)),
    F("lần lượt 124", "124", 124, "count", "người", subject="học viên", location="Lạc Dương", period=I(Y24)),
    F("124, 98", "98", 98, "count", "người", subject="học viên", location="Đam Rông", period=I(Y24)),
    F("98 và 87", "87", 87, "count", "người", subject="học viên", location="Di Linh", period=I(Y24)),
    F("hơn 2.100 lượt", "2.100", 2100, "count", "lượt cán bộ, công chức, viên chức", approx="over",
      subject="lượt cán bộ, công chức, viên chức được bồi dưỡng tiếng dân tộc",
      period=P("Từ năm 2021 đến nay", "2021-01-01", None)),
    F("mở 18 lớp", "18", 18, "count", "lớp", status="target", subject="lớp bồi dưỡng tiếng dân tộc", period=Y25),
    F("khoảng 650 học viên", "650", 650, "count", "học viên", approx="about", status="target",
      subject="học viên", period=Y25),
    F("thí điểm 2 lớp", "2", 2, "count", "lớp", total=18, status="forecast",
      subject="lớp tiếng K'Ho học trực tuyến", period=Y25),
]

build("p960-7", TEXT, FIGS, location="Lâm Đồng", notes=[
    "Ban Dân tộc tỉnh Lâm Đồng (department site, no dateline): classes in tiếng K'Ho, Mạ, Chu Ru for officials; one-cell-per-line table.",
    "No dateline, so published is absent and 'Từ năm 2021 đến nay' has no end. Table periods from column headers (scored); 'Kế hoạch 2025' -> target.",
    "'lần lượt 124, 98 và 87 người' share the list's indicator (học viên); the districts are locations. 'trong đó dự kiến ... 2 lớp' -> total 18, forecast.",
    "Distractors: footer address 'Số 36 Trần Phú, Phường 4', phone/fax, 'Lượt truy cập: 486.215'.",
])
