"""p849-3: formal report, UBND tỉnh Đắk Lắk, H1/2024, flattened '|' table by district (05/7/2024)."""
from lib import F, P, I, C, T, main

TEXT = """
UBND TỈNH ĐẮK LẮK
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển phong trào cầu lông, pickleball và thiết chế thể thao cơ sở 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thiết chế thể thao
Tính đến ngày 30/6/2024, toàn tỉnh có 1.742 sân cầu lông, 214 sân pickleball và 156 nhà tập luyện đa năng; 168/184 xã, phường, thị trấn có thiết chế văn hóa - thể thao đạt chuẩn, đạt 91,3%.

Số câu lạc bộ, sân pickleball theo địa bàn (tính đến 30/6/2024)
Đơn vị tính: câu lạc bộ, sân
Địa bàn | CLB cầu lông | CLB pickleball | Sân pickleball
TP. Buôn Ma Thuột | 96 | 24 | 88
Thị xã Buôn Hồ | 18 | 5 | 16
Huyện Cư M'gar | 21 | 3 | 12
Huyện Krông Pắc | 25 | 4 | 15
Các huyện còn lại | 158 | 9 | 83
Tổng cộng | 318 | 45 | 214

2. Phong trào tập luyện
6 tháng đầu năm, toàn tỉnh có 1.265 câu lạc bộ thể dục thể thao cơ sở, tăng 47 câu lạc bộ so với cùng kỳ; tỷ lệ người tập luyện thường xuyên ước đạt 33,8%. Các cấp đã tổ chức 312 giải thi đấu cấp xã và 41 giải cấp huyện; kinh phí xã hội hóa đạt 26,4 tỷ đồng, bằng 132% cùng kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu đến ngày 31/12/2024 có 100% xã, phường, thị trấn có thiết chế thể thao đạt chuẩn.
2. Dự kiến đưa vào sử dụng thêm 30 sân pickleball, nâng tổng số lên khoảng 245 sân.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

NOTES = [
    "Formal report (UBND tỉnh Đắk Lắk, Số: 214/BC-UBND): courts and clubs as of 30/6/2024, flattened '|' table by district, H1 movement, H2 tasks.",
    "Distractors: 'Số: 214/BC-UBND', 'ngày 05 tháng 7 năm 2024', section numbers I., II., 1., 2., 'Cư M'gar'.",
    "Table: place rows go to location ('Các huyện còn lại' and 'Tổng cộng' stay Đắk Lắk, the label in the subject); unit per column",
    "(câu lạc bộ / sân); the period comes from the caption line above the table (another line: inherited). Cells carry no totals.",
    "'168/184 …, đạt 91,3%' → total 184, percent 91.3. 'bằng 132% cùng kỳ' after the money is its percent.",
    "Section II figures take '6 tháng cuối năm' from the heading (inherited); 'Phấn đấu đến ngày 31/12/2024' is as-of.",
]

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
TAB = P("tính đến 30/6/2024", None, "2024-06-30", inherited=True)
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)

FIGS = [
    F("có 1.742 sân cầu lông", "1.742", 1742, "count", "sân", "sân cầu lông", ASOF),
    F("1.742 sân cầu lông, 214 sân", "214", 214, "count", "sân", "sân pickleball", ASOF),
    F("và 156 nhà tập luyện", "156", 156, "count", "nhà tập luyện đa năng", "nhà tập luyện đa năng", ASOF),
    F("168/184 xã", "168", 168, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn có thiết chế văn hóa - thể thao đạt chuẩn", ASOF, total=184, percent=91.3),
]

ROWS = [("TP. Buôn Ma Thuột", "Buôn Ma Thuột", ("96", "24", "88")),
        ("Thị xã Buôn Hồ", "Buôn Hồ", ("18", "5", "16")),
        ("Huyện Cư M'gar", "Cư M'gar", ("21", "3", "12")),
        ("Huyện Krông Pắc", "Krông Pắc", ("25", "4", "15")),
        ("Các huyện còn lại", "Đắk Lắk", ("158", "9", "83")),
        ("Tổng cộng", "Đắk Lắk", ("318", "45", "214"))]
COLS = [("câu lạc bộ", "câu lạc bộ cầu lông"), ("câu lạc bộ", "câu lạc bộ pickleball"), ("sân", "sân pickleball")]
for label, loc, cells in ROWS:
    prev = label
    for (unit, subj), cell in zip(COLS, cells):
        if label == "Các huyện còn lại":
            subj = subj + " các huyện còn lại"
        elif label == "Tổng cộng":
            subj = "tổng cộng " + subj
        FIGS.append(F(f"{prev} | {cell}", cell, int(cell), "count", unit, subj, TAB, location=loc))
        prev = cell

FIGS += [
    F("có 1.265 câu lạc bộ", "1.265", 1265, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở", H1,
      change=C("increase", 47, "câu lạc bộ", "cùng kỳ")),
    F("ước đạt 33,8%", "33,8", 33.8, "percent", "%", "tỷ lệ người tập luyện thường xuyên", H1, status="estimate"),
    F("chức 312 giải", "312", 312, "count", "giải", "giải thi đấu cấp xã", I(H1)),
    F("và 41 giải", "41", 41, "count", "giải", "giải thi đấu cấp huyện", I(H1)),
    F("đạt 26,4 tỷ đồng", "26,4", 26.4e9, "money", "đồng", "kinh phí xã hội hóa", I(H1), percent=132),
    F("có 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có thiết chế thể thao đạt chuẩn",
      P("đến ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("thêm 30 sân", "30", 30, "count", "sân", "sân pickleball đưa vào sử dụng thêm", H2, status="forecast"),
    F("khoảng 245 sân", "245", 245, "count", "sân", "tổng số sân pickleball", H2, approx="about",
      status="forecast"),
]

if __name__ == "__main__":
    main("p849-3", TEXT, NOTES, FIGS, published="2024-07-05", location="Đắk Lắk")
