"""p1298-7: department site (Sở NN&PTNT Lâm Đồng), no dateline: papaya in huyện Đạ Tẻh, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Đạ Tẻh: Đu đủ ruột đỏ trở thành cây trồng chủ lực

Sau nhiều năm thực hiện đề án chuyển đổi cây trồng, diện tích đu đủ của huyện Đạ Tẻh đã tăng gấp hơn 2 lần; đu đủ trở thành cây ăn quả chủ lực của huyện với 8 hợp tác xã, tổ hợp tác tham gia liên kết sản xuất.

Kết quả sản xuất đu đủ huyện Đạ Tẻh
Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Diện tích trồng
ha
410
486
560
650
Trong đó: diện tích cho thu hoạch
ha
320
395
450
520
Năng suất
tấn/ha
58,2
60,5
62,0
65,0
Sản lượng
tấn
18.624
23.898
27.900
33.800
Giá trị sản xuất
tỷ đồng
102,4
131,4
156,2
190,0

Theo UBND huyện, thu nhập bình quân trên mỗi ha đu đủ đạt 180-200 triệu đồng/năm, cao gấp 4 lần trồng lúa. Huyện xếp thứ 2 toàn tỉnh về diện tích đu đủ, sau huyện Đạ Huoai. Giá đu đủ ruột đỏ tại vườn năm 2024 dao động từ 5.500 đến 7.000 đồng/kg, chủ yếu do thương lái thu mua đưa đi TP Hồ Chí Minh.

Tin liên quan:
- Hội thảo đầu bờ mô hình đu đủ lần thứ 2 tại xã Quốc Oai
- Hướng dẫn quy trình VietGAP cho cây ăn quả

Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt
Điện thoại: 0263.3822.143
Lượt truy cập: 1.204.553 | Đang online: 26
"""

COLS = [
    ("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
    ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("Ước thực hiện 2024", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    ("Kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
]
# row label, unit line, kind, unit, multiplier, cells
ROWS = [
    ("Diện tích trồng", "ha", "measure", "ha", 1, ["410", "486", "560", "650"]),
    ("Trong đó: diện tích cho thu hoạch", "ha", "measure", "ha", 1, ["320", "395", "450", "520"]),
    ("Năng suất", "tấn/ha", "measure", "tấn/ha", 1, ["58,2", "60,5", "62,0", "65,0"]),
    ("Sản lượng", "tấn", "measure", "tấn", 1, ["18.624", "23.898", "27.900", "33.800"]),
    ("Giá trị sản xuất", "tỷ đồng", "money", "đồng", 1e9, ["102,4", "131,4", "156,2", "190,0"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
whole = {}
for label, uline, kind, unit, mult, nums in ROWS:
    prev = uline
    for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        name = label.replace("Trong đó: ", "").lower()
        if label.startswith("Trong đó"):
            kw["total"] = whole[i]
        if label == "Diện tích trồng":
            whole[i] = num(n)
        CELLS.append(F(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=f"{name} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("gấp hơn 2 lần", "2", 2, "multiple", "lần", approx="over", subject="diện tích đu đủ của huyện"),
    F("với 8 hợp tác xã", "8", 8, "count", "hợp tác xã, tổ hợp tác",
      subject="hợp tác xã, tổ hợp tác tham gia liên kết sản xuất"),
] + CELLS + [
    F("đạt 180-200 triệu", "180", 180e6, "money", "đồng/năm", value_max=200e6,
      change=C("increase", 4, "lần", "trồng lúa"), subject="thu nhập bình quân trên mỗi ha đu đủ"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="diện tích đu đủ"),
    F("từ 5.500 đến 7.000", "5.500", 5500, "money", "đồng/kg", value_max=7000,
      subject="giá đu đủ ruột đỏ tại vườn", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Sở NN&PTNT Lâm Đồng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'lần thứ 2', 'Số 36 Trần Phú', 'Phường 4', phone 0263.3822.143, counters 1.204.553 and 26.",
    "Location Đạ Tẻh (the district of the whole article).",
    "'tăng gấp hơn 2 lần' with no amount is the claim itself: kind multiple, approx over.",
    "One-cell-per-line table with a unit column (no 'Đơn vị tính:' line): unit and multiplier from the row's unit cell",
    "('tỷ đồng' → money ×10⁹). Period and status from the column headers ('Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target).",
    "The 'Trong đó: diện tích cho thu hoạch' sub-row is a part of 'Diện tích trồng' in the same column (same unit, same period):",
    "total = the cell above. Other cells get no total.",
    "'đạt 180-200 triệu đồng/năm, cao gấp 4 lần trồng lúa': the multiple follows an amount, so it is the change of that amount",
    "(increase 4 lần). 'xếp thứ 2 toàn tỉnh' = rank 2 of the district.",
]

if __name__ == "__main__":
    write("p1298-7", TEXT, NOTES, FIGS, location="Đạ Tẻh")
