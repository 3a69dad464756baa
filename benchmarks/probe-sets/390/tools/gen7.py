from lib import F, P, I, C, T, emit

ROWS = [
    ("Kon Plông", "9", 9, "4.820", 4820, "3.115", 3115, "64,6", 64.6),
    ("Tu Mơ Rông", "12", 12, "6.240", 6240, "4.308", 4308, "69,0", 69.0),
    ("Đăk Glei", "10", 10, "5.176", 5176, "3.261", 3261, "63,0", 63.0),
    ("Sa Thầy", "4", 4, "2.135", 2135, "1.102", 1102, "51,6", 51.6),
    ("Toàn tỉnh", "35", 35, "18.371", 18371, "11.786", 11786, "64,2", 64.2),
]

table = "Huyện\n\nSố trường\n\nSố học sinh\n\nHọc sinh bán trú\n\nTỷ lệ bán trú (%)\n\n"
for r in ROWS:
    table += "\n\n".join([r[0], r[1], r[3], r[5], r[7]]) + "\n\n"

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM
Kinh tế - Xã hội

Bảo đảm điều kiện ăn, ở cho học sinh bán trú vùng đồng bào dân tộc thiểu số
Ngày cập nhật: 25/11/2024

Năm 2024, UBND tỉnh phân bổ 126,8 tỷ đồng thực hiện chính sách hỗ trợ học sinh bán trú, tăng 9,3% so với năm 2023; trong đó hỗ trợ tiền ăn 98,4 tỷ đồng, chiếm 77,6%. Riêng quý III/2024, các huyện đã giải ngân 31,5 tỷ đồng. Mỗi trường PTDTBT có từ 150 đến 200 học sinh được bố trí 1 nhân viên nấu ăn theo định mức.

Quy mô trường PTDTBT năm học 2024-2025 tại 4 huyện có đông học sinh bán trú được thể hiện ở bảng sau:

""" + table + """Nguồn: Sở Giáo dục và Đào tạo tỉnh Kon Tum.

Nhờ chính sách hỗ trợ kịp thời, tỷ lệ học sinh bỏ học tại các trường PTDTBT giảm từ 1,2% năm học 2022-2023 xuống còn 0,45% năm học 2023-2024. Tuy nhiên, còn khoảng 2.300 học sinh bán trú phải ở phòng tạm, phòng mượn, tập trung ở huyện Tu Mơ Rông.

Năm 2025, tỉnh phấn đấu bảo đảm 100% học sinh bán trú có chỗ ở đạt chuẩn và hoàn thành xây dựng 46 phòng ở mới.

Trần Huy - Sở GD&ĐT
"""

N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NH = P("năm học 2024-2025", "2024-09-01", "2025-05-31", inh=True)

FIGS = [
    F("phân bổ 126,8 tỷ đồng", "126,8", 126.8e9, "money", "đồng", "kinh phí thực hiện chính sách hỗ trợ học sinh bán trú", N24,
      change=C("increase", 9.3, "%", "năm 2023")),
    F("ăn 98,4 tỷ đồng", "98,4", 98.4e9, "money", "đồng", "hỗ trợ tiền ăn", N24, total=126.8e9, percent=77.6),
    F("giải ngân 31,5 tỷ đồng", "31,5", 31.5e9, "money", "đồng", "kinh phí hỗ trợ học sinh bán trú giải ngân",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("từ 150 đến 200 học sinh", "150", 150, "count", "học sinh", "học sinh mỗi trường PTDTBT được bố trí 1 nhân viên nấu ăn",
      value_max=200, optional=True),
    F("bố trí 1 nhân viên", "1", 1, "count", "nhân viên nấu ăn", "nhân viên nấu ăn theo định mức", optional=True),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện có đông học sinh bán trú", optional=True),
]
for name, a, av, b, bv, c, cv, d, dv in ROWS:
    loc = "Kon Tum" if name == "Toàn tỉnh" else name
    FIGS += [
        F(f"{name}\n\n{a}\n", a, av, "count", "trường", "Số trường PTDTBT", NH, location=loc),
        F(f"\n{b}\n", b, bv, "count", "học sinh", "Số học sinh trường PTDTBT", NH, location=loc),
        F(f"\n{c}\n", c, cv, "count", "học sinh", "Học sinh bán trú", NH, location=loc),
        F(f"\n{d}\n", d, dv, "percent", "%", "Tỷ lệ bán trú", NH, location=loc),
    ]
FIGS += [
    F("từ 1,2%", "1,2", 1.2, "percent", "%", "tỷ lệ học sinh bỏ học tại các trường PTDTBT",
      P("năm học 2022-2023", "2022-09-01", "2023-05-31")),
    F("còn 0,45%", "0,45", 0.45, "percent", "%", "tỷ lệ học sinh bỏ học tại các trường PTDTBT",
      P("năm học 2023-2024", "2023-09-01", "2024-05-31")),
    F("khoảng 2.300 học sinh", "2.300", 2300, "count", "học sinh", "học sinh bán trú phải ở phòng tạm, phòng mượn",
      NH, approx="about"),
    F("100% học sinh", "100", 100, "percent", "%", "học sinh bán trú có chỗ ở đạt chuẩn",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("dựng 46 phòng", "46", 46, "count", "phòng", "phòng ở mới hoàn thành xây dựng",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Kon Tum (province portal): semi-boarding pupils' food and housing. 'Ngày cập nhật: 25/11/2024' without time; byline at the end.",
    "One-cell-per-line table (as h23): Huyện | Số trường | Số học sinh | Học sinh bán trú | Tỷ lệ bán trú (%). Every numeric cell is a figure;",
    "district row labels are locations, 'Toàn tỉnh' is Kon Tum; subject is the column label; period from the caption 'năm học 2024-2025' (inherited).",
    "'trong đó hỗ trợ tiền ăn 98,4 tỷ đồng, chiếm 77,6%': total 126,8 tỷ and share. 'giảm từ 1,2% … xuống còn 0,45%': two levels, no change stated.",
    "Staffing norm 'từ 150 đến 200 học sinh … 1 nhân viên' and '4 huyện' (table scope) are optional. 'khoảng 2.300 học sinh' (current year, inherited) is a province figure (only concentrated in Tu Mơ Rông): location Kon Tum.",
    "Distractors: 'Nguồn: Sở Giáo dục …', the dateline, 'quý III/2024' as a period, 'năm học 2022-2023' and '2023-2024' as periods.",
]

emit("p390-7", TEXT, COMMENTS, FIGS, published="2024-11-25", location="Kon Tum")
