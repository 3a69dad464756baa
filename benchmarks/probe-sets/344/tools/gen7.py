from lib import *

text = """
UBND TỈNH NINH BÌNH
SỞ DU LỊCH
Số: 215/BC-SDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý cơ sở lưu trú du lịch năm 2024 và nhiệm vụ năm 2025

Căn cứ Luật Du lịch số 09/2017/QH14, Sở Du lịch báo cáo kết quả như sau:

I. TÌNH HÌNH CƠ SỞ LƯU TRÚ
Bảng 1. Số cơ sở lưu trú du lịch phân theo loại hình
Đơn vị tính: cơ sở
Loại hình | Năm 2023 | Năm 2024 | Tăng (%)
Khách sạn 4-5 sao | 6 | 8 | 33,3
Khách sạn 1-3 sao | 112 | 121 | 8,0
Nhà nghỉ du lịch | 398 | 405 | 1,8
Homestay | 286 | 347 | 21,3
Biệt thự, căn hộ du lịch | 24 | 31 | 29,2
Tổng cộng | 826 | 912 | 10,4

II. KẾT QUẢ HOẠT ĐỘNG
1. Năm 2024, các cơ sở lưu trú phục vụ 2,46 triệu lượt khách lưu trú, tăng 18,7% so với năm 2023; thời gian lưu trú bình quân đạt 1,35 ngày. Công suất sử dụng buồng bình quân ước đạt 48,6% (năm 2023 đạt 44,2%). Doanh thu dịch vụ lưu trú ước đạt 1.126 tỷ đồng, đạt 102,4% kế hoạch.
2. Sở đã chủ trì kiểm tra 64 cơ sở; thẩm định, công nhận hạng cho 11 khách sạn (02 khách sạn 4 sao, 09 khách sạn 1-3 sao); thu hồi quyết định công nhận hạng của 3 khách sạn không duy trì tiêu chuẩn.

III. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu đón 2,8 triệu lượt khách lưu trú, công suất sử dụng buồng bình quân đạt trên 50%; 100% cơ sở lưu trú thực hiện khai báo lưu trú trực tuyến.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLLT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

rows = [
    ("Khách sạn 4-5 sao", "4-5 sao | 6 |", "6", 6, "| 6 | 8 |", "8", 8, "| 8 | 33,3", "33,3", 33.3),
    ("Khách sạn 1-3 sao", "1-3 sao | 112", "112", 112, "| 112 | 121", "121", 121, "| 121 | 8,0", "8,0", 8.0),
    ("Nhà nghỉ du lịch", "| 398", "398", 398, "| 405", "405", 405, "| 1,8", "1,8", 1.8),
    ("Homestay", "| 286", "286", 286, "| 347", "347", 347, "| 21,3", "21,3", 21.3),
    ("Biệt thự, căn hộ du lịch", "| 24 |", "24", 24, "| 31 |", "31", 31, "| 29,2", "29,2", 29.2),
    ("Tổng cộng", "| 826", "826", 826, "| 912", "912", 912, "| 10,4", "10,4", 10.4),
]
figs = []
for label, a1, n1, v1, a2, n2, v2, a3, n3, v3 in rows:
    figs.append(F(a1, n1, v1, "count", "cơ sở", f"số cơ sở {label} năm 2023", Y23))
    figs.append(F(a2, n2, v2, "count", "cơ sở", f"số cơ sở {label} năm 2024", Y24))
    figs.append(F(a3, n3, v3, "percent", "%", f"tăng số cơ sở {label}", Y24i))

figs += [
    F("phục vụ 2,46 triệu lượt", "2,46", 2.46e6, "count", "lượt khách lưu trú", "lượt khách lưu trú được phục vụ", Y24,
      change=C("increase", 18.7, "%", "năm 2023")),
    F("đạt 1,35 ngày", "1,35", 1.35, "measure", "ngày", "thời gian lưu trú bình quân", Y24),
    F("ước đạt 48,6%", "48,6", 48.6, "percent", "%", "công suất sử dụng buồng bình quân", Y24i, status="estimate"),
    F("đạt 44,2%", "44,2", 44.2, "percent", "%", "công suất sử dụng buồng bình quân", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng", "doanh thu dịch vụ lưu trú", Y24i, status="estimate",
      percent=102.4),
    F("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở được kiểm tra", Y24i),
    F("cho 11 khách sạn", "11", 11, "count", "khách sạn", "khách sạn được thẩm định, công nhận hạng", Y24i),
    F("(02 khách sạn", "02", 2, "count", "khách sạn", "khách sạn 4 sao được công nhận hạng", Y24i, total=11),
    F("09 khách sạn", "09", 9, "count", "khách sạn", "khách sạn 1-3 sao được công nhận hạng", Y24i, total=11),
    F("của 3 khách sạn", "3", 3, "count", "khách sạn", "khách sạn không duy trì tiêu chuẩn bị thu hồi quyết định công nhận hạng", Y24i),
    F("đón 2,8 triệu lượt", "2,8", 2.8e6, "count", "lượt khách lưu trú", "lượt khách lưu trú đón", Y25, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "công suất sử dụng buồng bình quân", Y25, approx="over", status="target"),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở lưu trú thực hiện khai báo lưu trú trực tuyến", Y25, status="target"),
]

comments = [
    "Formal report with letterhead (Sở Du lịch Ninh Bình, 'Số: 215/BC-SDL', place-and-date line 18/12/2024 = published):",
    "flattened '|' table of establishments by type (Năm 2023 | Năm 2024 | Tăng (%)), 'Đơn vị tính: cơ sở', results 2024, tasks 2025.",
    "Distractors: document number, 'Luật Du lịch số 09/2017/QH14', section numbers (I., II., III., 1., 2., 'Bảng 1'), row labels with",
    "star classes ('Khách sạn 4-5 sao', 'Khách sạn 1-3 sao', not ranges), 'Lưu: VT, QLLT'.",
    "Table: every numeric cell is a figure; subject = row + column label; unit cơ sở from 'Đơn vị tính', '(%)' column is percent;",
    "period from the column header (scored, as in shared h23/h24); the 'Tăng (%)' column has no period in its header: 2024 inherited.",
    "'Tổng cộng' cells are figures; table cells get no total (FIGURES.md gives tables no part-of rule).",
    "'ước đạt 48,6% (năm 2023 đạt 44,2%)': the bracket has its own verb and year, actual 2023; 48,6% takes 2024 from the previous sentence.",
    "'(02 khách sạn 4 sao, 09 khách sạn 1-3 sao)' is a bracketed breakdown that adds up to 11: total 11. 'đạt 102,4% kế hoạch' = percent.",
    "Section III: 'Năm 2025, phấn đấu …' makes all three clauses targets with period 2025.",
    "revised after the first run: the subject of '3 khách sạn' keeps its defining clause 'không duy trì tiêu chuẩn' (as the sentence names it).",
]
build(7, text, figs, comments, published="2024-12-18", location="Ninh Bình")
