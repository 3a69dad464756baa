from lib import *

T = """CÔNG AN TỈNH HÒA BÌNH
Trang thông tin điện tử

Hòa Bình: 47 xã, phường, thị trấn không có ma túy năm 2024
Ngày đăng: 18/11/2024 | Lượt xem: 1.147

Thực hiện Thông tư số 124/2021/TT-BCA của Bộ Công an, năm 2024 Công an tỉnh đã chủ trì rà soát, phân loại 151 xã, phường, thị trấn. Kết quả: 47 đơn vị không có ma túy, chiếm 31,1%, tăng 9 đơn vị so với năm 2023; 82 đơn vị loại I, 19 đơn vị loại II và 3 đơn vị loại III (phức tạp về ma túy).

Bảng: Kết quả phân loại xã, phường, thị trấn theo địa bàn năm 2024
Đơn vị tính: xã, phường, thị trấn
Huyện, thành phố | Tổng số | Không có ma túy | Loại III | Tỷ lệ không có ma túy (%)
Thành phố Hòa Bình | 19 | 4 | 1 | 21,1
Huyện Mai Châu | 15 | 7 | 0 | 46,7
Huyện Lạc Sơn | 24 | 9 | 1 | 37,5
Huyện Đà Bắc | 17 | 5 | 1 | 29,4
Huyện Tân Lạc | 16 | 8 | 0 | 50,0

Theo Thượng tá Bùi Văn Thắng, Trưởng Phòng PC04, từ đầu năm đến nay lực lượng Công an tỉnh đã tổ chức 126 buổi tuyên truyền cho hơn 15.000 lượt người; lập hồ sơ đưa 214 người vào cơ sở cai nghiện bắt buộc, gấp 1,5 lần cùng kỳ năm 2023.

Tỉnh phấn đấu đến năm 2025 có ít nhất 40% xã, phường, thị trấn không có ma túy và không còn đơn vị loại III. Tin báo về tội phạm ma túy xin gửi về Phòng PC04, số 2 đường Trần Hưng Đạo, thành phố Hòa Bình; điện thoại 0218.3852.220.
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-18")
figs = [
    F("Hòa Bình: 47 xã", "47", 47, "count", "xã, phường, thị trấn", "xã, phường, thị trấn không có ma túy",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("phân loại 151 xã", "151", 151, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được rà soát, phân loại", Y),
    F("Kết quả: 47 đơn vị", "47", 47, "count", "đơn vị", "đơn vị không có ma túy", Yi,
      total=151, percent=31.1, change=ch("increase", 9, "đơn vị", "năm 2023")),
    F("82 đơn vị", "82", 82, "count", "đơn vị", "đơn vị loại I", Yi, total=151),
    F("19 đơn vị", "19", 19, "count", "đơn vị", "đơn vị loại II", Yi, total=151),
    F("3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị loại III", Yi, total=151),
]
cols = [("Tổng số", "count", "xã, phường, thị trấn"), ("Không có ma túy", "count", "xã, phường, thị trấn"),
        ("Loại III", "count", "xã, phường, thị trấn"), ("Tỷ lệ không có ma túy", "percent", "%")]
rows = [("Thành phố Hòa Bình", "thành phố Hòa Bình", ["19", "4", "1", "21,1"]),
        ("Huyện Mai Châu", "Mai Châu", ["15", "7", "0", "46,7"]),
        ("Huyện Lạc Sơn", "Lạc Sơn", ["24", "9", "1", "37,5"]),
        ("Huyện Đà Bắc", "Đà Bắc", ["17", "5", "1", "29,4"]),
        ("Huyện Tân Lạc", "Tân Lạc", ["16", "8", "0", "50,0"])]
for label, loc, cells in rows:
    for i, (col, kind, unit) in enumerate(cols):
        anchor = label + " | " + " | ".join(cells[: i + 1])
        v = float(cells[i].replace(",", ".")) if "," in cells[i] else int(cells[i])
        figs.append(F(anchor, cells[i], v, kind, unit, col, Yi, location=loc))
figs += [
    F("126 buổi", "126", 126, "count", "buổi", "buổi tuyên truyền", YTD),
    F("hơn 15.000 lượt", "15.000", 15000, "count", "lượt người", "lượt người được tuyên truyền", YTD, approx="over"),
    F("đưa 214 người", "214", 214, "count", "người", "người được lập hồ sơ đưa vào cơ sở cai nghiện bắt buộc", YTD,
      change=ch("increase", 1.5, "lần", "cùng kỳ năm 2023")),
    F("ít nhất 40%", "40", 40, "percent", "%", "xã, phường, thị trấn không có ma túy",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]
build(5, T, [
    "Trang TTĐT Công an tỉnh Hòa Bình (department site): classification of communes by drug situation, 2024. 'Ngày đăng: ... | Lượt xem: 1.147'.",
    "Flattened '|' table by district with 'Đơn vị tính: xã, phường, thị trấn' and a '(%)' column: every cell a figure, zeros included;",
    "row label (a district / city) → location, column label → subject, period from the caption 'năm 2024' (another line: inherited).",
    "Title figure '47 xã ... năm 2024' annotated. 'Kết quả: 47 ..., 82 ..., 19 ..., 3 ...' (parts after ':' that add up to 151) → total 151.",
    "'loại I/II/III' are labels. 'gấp 1,5 lần cùng kỳ năm 2023' after 214 → its change (1,5 lần). 'không còn đơn vị loại III' has no number.",
    "Distractors: 'Thông tư số 124/2021/TT-BCA', 'Phòng PC04', 'số 2 đường Trần Hưng Đạo', phone 0218.3852.220, 'Thượng tá' name.",
], figs, published="2024-11-18", location="Hòa Bình")
