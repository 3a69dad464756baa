"""p1020-7: department site (Công an tỉnh Quảng Ninh), no dateline, one-cell-per-line table 2022-2024."""
from lib import F, P, I, C, write

TEXT = """CÔNG AN TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Quản lý chặt cơ sở kinh doanh dịch vụ cầm đồ, phòng ngừa "tín dụng đen"

Những năm gần đây, Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Quảng Ninh đã tham mưu triển khai nhiều biện pháp quản lý cơ sở kinh doanh dịch vụ cầm đồ. Kết quả giai đoạn 2022 - 2024 như sau:

Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Số cơ sở đang hoạt động (cơ sở)
438
421
397
Số lượt kiểm tra (lượt)
512
586
640
Số cơ sở vi phạm (cơ sở)
37
45
29
Số tiền xử phạt (triệu đồng)
298
376,5
254

Số cơ sở kinh doanh dịch vụ cầm đồ giảm dần qua các năm; riêng năm 2024 giảm 5,7% so với năm 2023. Hiện các cơ sở tập trung tại TP Hạ Long (142 cơ sở), TP Cẩm Phả (78 cơ sở), TP Uông Bí (51 cơ sở) và TP Móng Cái (46 cơ sở).

Trong 6 tháng đầu năm 2025, lực lượng chức năng tiếp tục kiểm tra 318 lượt cơ sở, phát hiện 12 cơ sở vi phạm, xử phạt 126,5 triệu đồng; phối hợp triệt xóa 3 ổ nhóm "tín dụng đen", bắt 16 đối tượng, thu giữ hơn 850 triệu đồng.

Năm 2025, Công an tỉnh đặt mục tiêu 100% chủ cơ sở được tập huấn về phòng, chống tội phạm và phấn đấu giảm ít nhất 15% số cơ sở vi phạm so với năm 2024.

Phòng Cảnh sát QLHC về TTXH - Công an tỉnh Quảng Ninh
Địa chỉ: Số 1 đường Lê Thánh Tông, phường Hồng Gai, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3825.468 - Fax: 0203.3825.470
Tổng lượt truy cập: 3.284.117 | Đang trực tuyến: 57
"""

YEARS = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
         P("Năm 2024", "2024-01-01", "2024-12-31")]
ROWS = [("Số cơ sở đang hoạt động", "count", "cơ sở", 1, ["438", "421", "397"]),
        ("Số lượt kiểm tra", "count", "lượt", 1, ["512", "586", "640"]),
        ("Số cơ sở vi phạm", "count", "cơ sở", 1, ["37", "45", "29"]),
        ("Số tiền xử phạt", "money", "đồng", 1e6, ["298", "376,5", "254"])]
FIGS = []
for label, kind, unit, mult, cells in ROWS:
    for per, cell in zip(YEARS, cells):
        v = float(cell.replace(",", ".")) * mult
        FIGS.append(F(f"\n{cell}\n", cell, v, kind, unit, label, per))

H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "cơ sở kinh doanh dịch vụ cầm đồ"
FIGS += [
    F("giảm 5,7%", "5,7", 5.7, "percent", "%", "số cơ sở kinh doanh dịch vụ cầm đồ giảm so với năm 2023",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("(142 cơ sở)", "142", 142, "count", "cơ sở", SUBJ, location="Hạ Long"),
    F("(78 cơ sở)", "78", 78, "count", "cơ sở", SUBJ, location="Cẩm Phả"),
    F("(51 cơ sở)", "51", 51, "count", "cơ sở", SUBJ, location="Uông Bí"),
    F("(46 cơ sở)", "46", 46, "count", "cơ sở", SUBJ, location="Móng Cái"),
    F("kiểm tra 318 lượt", "318", 318, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", H1),
    F("phát hiện 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở vi phạm", H1),
    F("126,5 triệu đồng", "126,5", 126.5e6, "money", "đồng", "số tiền xử phạt", H1),
    F("triệt xóa 3 ổ nhóm", "3", 3, "count", "ổ nhóm", "ổ nhóm tín dụng đen bị triệt xóa", H1),
    F("bắt 16 đối tượng", "16", 16, "count", "đối tượng", "đối tượng bị bắt", H1),
    F("hơn 850 triệu đồng", "850", 850e6, "money", "đồng", "tiền thu giữ", H1, approx="over"),
    F("mục tiêu 100%", "100", 100, "percent", "%", "chủ cơ sở được tập huấn về phòng, chống tội phạm", Y25,
      status="target"),
    F("ít nhất 15%", "15", 15, "percent", "%", "số cơ sở vi phạm giảm so với năm 2024", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Probe 1020-7: Công an tỉnh Quảng Ninh department site; no dateline (no published); footer address, phone, visit counter.",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Năm 2024, then each row label and its 3 cells.",
    "Cells: subject = row label, unit from the row label's bracket ('(triệu đồng)' -> ×10^6 đồng), period from the column header.",
    "'Hiện' with no dateline gives no period; the city list has no part-of cue and does not add up to a whole: no total.",
    "'giảm 5,7%' (no base amount in its sentence) is a percent figure without change.",
    "Distractors: giai đoạn 2022 - 2024, Số 1 đường Lê Thánh Tông, 0203.3825.468, Fax 0203.3825.470, Tổng lượt truy cập: 3.284.117, Đang trực tuyến: 57.",
]

write("p1020-7", TEXT, NOTES, FIGS, location="Quảng Ninh")
