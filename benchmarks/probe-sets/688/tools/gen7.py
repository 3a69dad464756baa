from lib import F, P, I, CH, T, emit

ROWS = [("Thăm dò nước dưới đất", "12", "15", "6"),
        ("Khai thác nước dưới đất", "58", "64", "29"),
        ("Khai thác nước mặt", "17", "21", "9"),
        ("Xả nước thải vào nguồn nước", "96", "88", "41")]
HEAD = ["Loại giấy phép", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024"]
table = "\n".join(HEAD + [c for row in ROWS for c in row])

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BÌNH DƯƠNG
Trang chủ / Tài nguyên nước / Thông tin cấp phép

Kết quả cấp phép tài nguyên nước trên địa bàn tỉnh

Thời gian qua, công tác cấp phép tài nguyên nước trên địa bàn tỉnh Bình Dương được thực hiện chặt chẽ, đúng quy định. Tính đến ngày 30/6/2024, toàn tỉnh có 1.142 giấy phép tài nguyên nước còn hiệu lực, trong đó 618 giấy phép khai thác nước dưới đất với tổng lưu lượng 94.350 m3/ngày.đêm.

Số giấy phép do UBND tỉnh cấp theo loại hình
Đơn vị tính: giấy phép
""" + table + """

Năm 2023, Sở tiếp nhận 203 hồ sơ cấp phép, trong đó giải quyết đúng hạn 197 hồ sơ, đạt 97%. Khu vực hạn chế khai thác nước dưới đất đã được khoanh định với diện tích 312,5 km², chiếm 11,6% diện tích tự nhiên của tỉnh. Mức thu phí thẩm định đề án khai thác nước dưới đất từ 1,2 đến 3,6 triệu đồng/hồ sơ, tùy lưu lượng.

Tổ chức, cá nhân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, tầng 1, tháp B, Trung tâm Hành chính tập trung, phường Hòa Phú, TP. Thủ Dầu Một. Điện thoại: 0274.3822.369.

Lượt truy cập: 2.865.104
"""

AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLP = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023"),
        (P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), "6 tháng đầu năm 2024")]

FIGS = [
    F("có 1.142 giấy phép", "1.142", 1142, "count", "giấy phép", "giấy phép tài nguyên nước còn hiệu lực", AS),
    F("đó 618 giấy phép", "618", 618, "count", "giấy phép", "giấy phép khai thác nước dưới đất còn hiệu lực", AS,
      total=1142),
    F("lượng 94.350 m3", "94.350", 94350, "measure", "m3/ngày.đêm", "tổng lưu lượng khai thác nước dưới đất được cấp phép",
      AS),
]
for r, (label, *cells) in enumerate(ROWS):
    for i, cell in enumerate(cells):
        per, lab = COLP[i]
        if i == 0:
            anchor = f"{label}\n{cell}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n{cells[2]}\n"
        else:
            anchor = f"\n{cells[1]}\n{cell}\n"
        FIGS.append(F(anchor, cell, int(cell), "count", "giấy phép", f"giấy phép {label[0].lower() + label[1:]} {lab}",
                      per))

FIGS += [
    F("tiếp nhận 203 hồ sơ", "203", 203, "count", "hồ sơ", "hồ sơ cấp phép tiếp nhận", Y23),
    F("hạn 197 hồ sơ", "197", 197, "count", "hồ sơ", "hồ sơ giải quyết đúng hạn", Y23, total=203, percent=97),
    F("tích 312,5 km²", "312,5", 312.5, "measure", "km²",
      "diện tích khu vực hạn chế khai thác nước dưới đất đã khoanh định", percent=11.6),
    F("từ 1,2 đến 3,6 triệu", "1,2", 1200000, "money", "đồng/hồ sơ",
      "mức thu phí thẩm định đề án khai thác nước dưới đất", value_max=3600000),
]

COMMENTS = [
    "Sở TN&MT Bình Dương department site, breadcrumb, NO dateline (published null), visit counter 'Lượt truy cập: 2.865.104' in the footer.",
    "618 after 'trong đó' is part of 1.142 giấy phép (total); as-of 30/6/2024 for the three lead figures. 'm3/ngày.đêm' written with a plain 3:",
    "the unit is kept as written; the '3' of 'm3' is no figure.",
    "One-cell-per-line table with 'Đơn vị tính: giấy phép': every cell is a count; subject = row label + column; period from the column header",
    "(scored, as in shared h23); no totals (the table has no total row).",
    "'tiếp nhận 203 hồ sơ, trong đó giải quyết đúng hạn 197 hồ sơ, đạt 97%' -> total 203, percent 97. '312,5 km², chiếm 11,6%' -> percent.",
    "Fee range 'từ 1,2 đến 3,6 triệu đồng/hồ sơ' -> money, unit đồng/hồ sơ, value_max.",
    "Distractors: 'tầng 1, tháp B', 'phường Hòa Phú', phone '0274.3822.369', 'Lượt truy cập: 2.865.104', km² superscript.",
]

emit("p688-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")
