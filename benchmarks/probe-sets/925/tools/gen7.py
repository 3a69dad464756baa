"""p925-7: Sở Y tế Sóc Trăng department site, no dateline; certificates, a one-cell-per-line inspection table, footer."""
from lib import F, P, I, C, T, write

TEXT = """SỞ Y TẾ TỈNH SÓC TRĂNG
Trang chủ » Nghiệp vụ Dược » Tin hoạt động

Tăng cường quản lý hành nghề dược tại các cơ sở bán lẻ thuốc

Trong 9 tháng đầu năm 2024, Sở Y tế đã tiếp nhận 426 hồ sơ đề nghị cấp chứng chỉ hành nghề dược và cấp 398 chứng chỉ, đạt 93,4%; số hồ sơ còn lại đang được hướng dẫn bổ sung. Thời gian giải quyết trung bình là 12 ngày làm việc, ngắn hơn 8 ngày so với thời hạn quy định. Toàn tỉnh có 1.148 cơ sở bán lẻ thuốc, trong đó 1.146 cơ sở đã kết nối liên thông dữ liệu, đạt 99,8%.

Kết quả kiểm tra các cơ sở bán lẻ thuốc trong những năm gần đây như sau:

Đơn vị tính: cơ sở
Chỉ tiêu
Năm 2022
Năm 2023
9 tháng năm 2024
Số cơ sở được kiểm tra
512
587
463
Số cơ sở vi phạm
64
71
39
Số cơ sở bị xử phạt
41
52
30
Tiền phạt (triệu đồng)
178,5
236
154,2

Các vi phạm chủ yếu là không có mặt người phụ trách chuyên môn, không thực hiện đúng quy định về bán thuốc kê đơn, bảo quản thuốc không đúng điều kiện ghi trên nhãn. Trong 9 tháng năm 2024, Sở đã phối hợp với Công an tỉnh và Cục Quản lý thị trường tạm giữ 7.820 viên thuốc không rõ nguồn gốc, chủ yếu là kháng sinh, giảm đau; chuyển 1 vụ việc sang cơ quan điều tra.

Năm 2025, Sở Y tế phấn đấu kiểm tra ít nhất 50% số cơ sở bán lẻ thuốc trên địa bàn và 100% cơ sở có dấu hiệu vi phạm được phản ánh qua đường dây nóng.

SỞ Y TẾ TỈNH SÓC TRĂNG
Địa chỉ: Số 6 Châu Văn Tiếp, Phường 2, TP Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3821.366 - Đường dây nóng: 0967.651.515
Tổng lượt truy cập: 1.285.406
"""

M9 = P("Trong 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
B9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

TABLE = [  # row label, subject, unit, multiplier, cells (anchor, number)
    ("Số cơ sở được kiểm tra", "số cơ sở được kiểm tra", "cơ sở", 1,
     [("kiểm tra\n512", "512"), ("512\n587", "587"), ("587\n463", "463")]),
    ("Số cơ sở vi phạm", "số cơ sở vi phạm", "cơ sở", 1,
     [("vi phạm\n64", "64"), ("64\n71", "71"), ("71\n39", "39")]),
    ("Số cơ sở bị xử phạt", "số cơ sở bị xử phạt", "cơ sở", 1,
     [("xử phạt\n41", "41"), ("41\n52", "52"), ("52\n30", "30")]),
    ("Tiền phạt (triệu đồng)", "tiền phạt", "đồng", 1e6,
     [("đồng)\n178,5", "178,5"), ("178,5\n236", "236"), ("236\n154,2", "154,2")]),
]

FIGS = [
    F("tiếp nhận 426 hồ sơ", "426", 426, "count", "hồ sơ", "hồ sơ đề nghị cấp chứng chỉ hành nghề dược tiếp nhận", M9),
    F("cấp 398 chứng chỉ", "398", 398, "count", "chứng chỉ", "chứng chỉ hành nghề dược cấp", M9, percent=93.4),
    F("là 12 ngày", "12", 12, "measure", "ngày làm việc", "thời gian giải quyết trung bình", I(M9),
      change=C("decrease", 8, "ngày", "thời hạn quy định")),
    F("có 1.148 cơ sở", "1.148", 1148, "count", "cơ sở", "cơ sở bán lẻ thuốc"),
    F("đó 1.146 cơ sở", "1.146", 1146, "count", "cơ sở", "cơ sở bán lẻ thuốc đã kết nối liên thông dữ liệu", total=1148,
      percent=99.8),
]
for _label, subj, unit, mult, cells in TABLE:
    for (anchor, num), per, colname in zip(cells, (Y22, Y23, T9), ("năm 2022", "năm 2023", "9 tháng năm 2024")):
        kind = "money" if unit == "đồng" else "count"
        val = float(num.replace(",", ".")) * mult
        FIGS.append(F(anchor, num, val, kind, unit, f"{subj} {colname}", per))
FIGS += [
    F("tạm giữ 7.820 viên", "7.820", 7820, "count", "viên", "thuốc không rõ nguồn gốc bị tạm giữ", B9),
    F("chuyển 1 vụ", "1", 1, "count", "vụ việc", "vụ việc chuyển sang cơ quan điều tra", B9),
    F("ít nhất 50%", "50", 50, "percent", "%", "số cơ sở bán lẻ thuốc được kiểm tra", Y25, approx="at_least",
      status="target"),
    F("và 100% cơ sở", "100", 100, "percent", "%", "cơ sở có dấu hiệu vi phạm được kiểm tra", Y25, status="target"),
]

NOTES = [
    "Sở Y tế Sóc Trăng department site: no dateline (published absent), footer address, phones and 'Tổng lượt truy cập'.",
    "Table pasted one cell per line: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / 9 tháng năm 2024, then 4 rows of 1+3 cells.",
    "'Đơn vị tính: cơ sở' gives the unit of the count rows; the row label 'Tiền phạt (triệu đồng)' overrides it (178,5 = 178 500 000 đồng).",
    "Cell period from its column header; subject = row label + column. Not figures: 'Số 6 Châu Văn Tiếp', 'Phường 2', phone numbers,",
    "'1.285.406' (visit counter). '1.148 cơ sở' has no period phrase (none in its sentence); '12 ngày làm việc' carries the change",
    "'ngắn hơn 8 ngày so với thời hạn quy định' (decrease).",
]

write(7, TEXT, FIGS, NOTES, location="Sóc Trăng")
