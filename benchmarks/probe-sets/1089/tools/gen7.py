"""p1089-7: department site (Sở NN&PTNT Tây Ninh), sugarcane mechanisation; no dateline; one-cell-per-line table; footer."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Đẩy mạnh cơ giới hóa trong sản xuất mía

Năm 2023, diện tích mía toàn tỉnh Tây Ninh đạt 16.850 ha, năng suất bình quân 78,5 tấn/ha, tăng 4,2 tấn/ha so với năm 2022. Toàn tỉnh có 3.420 máy kéo các loại (trong đó 1.150 máy trên 50 mã lực), 48 máy thu hoạch mía liên hợp và 35 máy trồng mía.

Giá thuê máy thu hoạch mía từ 110.000 đến 130.000 đồng/tấn, thấp hơn thu hoạch thủ công 70.000 đồng/tấn; mỗi máy thay thế 80-100 lao động. Mức độ cơ giới hóa các khâu như sau:

Mức độ cơ giới hóa trong sản xuất mía
Đơn vị tính: %
Khâu
Năm 2022
Năm 2023
Mục tiêu năm 2025
Làm đất
97,5
99
100
Trồng
58
64
80
Chăm sóc
76
83
90
Thu hoạch
22
31
50

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu có 70 máy thu hoạch mía liên hợp, diện tích mía thu hoạch bằng máy đạt 8.000 ha. Các nhà máy đường trên địa bàn cho nông dân vay không lãi suất tối đa 2 tỷ đồng/máy để mua máy thu hoạch; riêng Công ty CP Đường Biên Hòa - Tây Ninh 2 đã giải ngân 14,6 tỷ đồng cho 9 máy.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TÂY NINH
Địa chỉ: Số 22 đường 30/4, Phường 3, TP Tây Ninh, tỉnh Tây Ninh
Điện thoại: 0276.3822.438 - Fax: 0276.3822.117
Tổng lượt truy cập: 1.482.097
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C25 = P("Mục tiêu năm 2025", "2025-01-01", "2025-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 16.850 ha", "16.850", 16850, "measure", "ha", "diện tích mía", period=Y23),
    F("bình quân 78,5 tấn/ha", "78,5", 78.5, "measure", "tấn/ha", "năng suất mía bình quân",
      change=C("increase", 4.2, "tấn/ha", "năm 2022"), period=Y23),
    F("có 3.420 máy kéo", "3.420", 3420, "count", "máy kéo", "máy kéo các loại", period=I(Y23)),
    F("1.150 máy trên", "1.150", 1150, "count", "máy", "máy kéo trên 50 mã lực", total=3420, period=I(Y23)),
    F("trên 50 mã lực", "50", 50, "measure", "mã lực", "công suất máy kéo", approx="over", optional=True),
    F("48 máy thu hoạch", "48", 48, "count", "máy thu hoạch mía liên hợp", "máy thu hoạch mía liên hợp", period=I(Y23)),
    F("35 máy trồng mía", "35", 35, "count", "máy trồng mía", "máy trồng mía", period=I(Y23)),
    F("từ 110.000 đến", "110.000", 110000, "money", "đồng/tấn", "giá thuê máy thu hoạch mía", value_max=130000,
      change=C("decrease", 70000, "đồng/tấn", "thu hoạch thủ công")),
    F("thay thế 80-100 lao động", "80", 80, "count", "lao động", "lao động mỗi máy thu hoạch mía thay thế", value_max=100),
]

CELLS = [  # row, anchor, number, value, column period, status
    ("làm đất", "Làm đất\n97,5", "97,5", 97.5, C22, None),
    ("làm đất", "97,5\n99", "99", 99, C23, None),
    ("làm đất", "\n100\nTrồng", "100", 100, C25, "target"),
    ("trồng", "Trồng\n58", "58", 58, C22, None),
    ("trồng", "58\n64", "64", 64, C23, None),
    ("trồng", "64\n80", "80", 80, C25, "target"),
    ("chăm sóc", "Chăm sóc\n76", "76", 76, C22, None),
    ("chăm sóc", "76\n83", "83", 83, C23, None),
    ("chăm sóc", "83\n90", "90", 90, C25, "target"),
    ("thu hoạch", "Thu hoạch\n22", "22", 22, C22, None),
    ("thu hoạch", "22\n31", "31", 31, C23, None),
    ("thu hoạch", "31\n50", "50", 50, C25, "target"),
]
for row, anchor, num, v, per, st in CELLS:
    label = {"2022-01-01": "năm 2022", "2023-01-01": "năm 2023", "2025-01-01": "mục tiêu năm 2025"}[per["start"]]
    kw = {"status": st} if st else {}
    FIGS.append(F(anchor, num, v, "percent", "%", f"mức độ cơ giới hóa khâu {row} trong sản xuất mía {label}",
                  period=per, **kw))

FIGS += [
    F("có 70 máy", "70", 70, "count", "máy thu hoạch mía liên hợp", "máy thu hoạch mía liên hợp", status="target", period=TO25),
    F("đạt 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích mía thu hoạch bằng máy", status="target", period=TO25),
    F("tối đa 2 tỷ", "2", 2e9, "money", "đồng/máy", "mức cho vay không lãi suất mua máy thu hoạch mía", approx="at_most"),
    F("giải ngân 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", "vốn Công ty CP Đường Biên Hòa - Tây Ninh giải ngân cho vay mua máy"),
    F("cho 9 máy", "9", 9, "count", "máy", "máy thu hoạch mía được Công ty CP Đường Biên Hòa - Tây Ninh cho vay mua"),
]

NOTES = [
    "Sở NN&PTNT Tây Ninh site: sugarcane mechanisation. No dateline (published absent); footer address, phone, fax and visit counter.",
    "Table pasted one cell per line: header cells Khâu / Năm 2022 / Năm 2023 / Mục tiêu năm 2025, unit from 'Đơn vị tính: %'.",
    "Cell subject = indicator + row label + column label; period from the column header; 'Mục tiêu năm 2025' column → status target, period the year 2025.",
    "The fleet sentence after 'Năm 2023, ...' inherits that year. '1.150 máy trên 50 mã lực' in the bracket after 'trong đó' → total 3.420; '50 mã lực' optional (threshold).",
    "'thấp hơn thu hoạch thủ công 70.000 đồng/tấn' → change of the price range. 'riêng ... giải ngân 14,6 tỷ đồng' is not a part of 'tối đa 2 tỷ đồng/máy' (a per-machine cap): no total.",
    "Distractors: đường 30/4, Phường 3, 0276.3822.438, 0276.3822.117, Tổng lượt truy cập 1.482.097, 'Tây Ninh 2' in a company name.",
]

if __name__ == "__main__":
    write("p1089-7", TEXT, FIGS, NOTES, published=None, location="Tây Ninh")
