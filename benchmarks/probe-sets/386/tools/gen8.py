from lib import F, P, CH, TG, emit

TEXT = """Bắc Kạn: một số chỉ tiêu phát triển giáo dục mầm non

Những năm gần đây, giáo dục mầm non tỉnh Bắc Kạn có nhiều chuyển biến. Năm 2023, toàn tỉnh có 122 trường mầm non với 21.380 trẻ; số trẻ được ăn bán trú tại trường chiếm 99,2%. Mức chi cho bữa ăn bán trú bình quân 15.000 đồng/trẻ/ngày, thấp hơn khoảng 5.000 đồng so với mức bình quân khu vực miền núi phía Bắc.

Đội ngũ có 1.528 giáo viên mầm non, bình quân 1,9 giáo viên/lớp, vẫn thiếu 174 giáo viên so với định mức; trẻ em dân tộc thiểu số chiếm trên 85% tổng số trẻ ra lớp.

Bảng 2. Một số chỉ tiêu giáo dục mầm non tỉnh Bắc Kạn
Đơn vị tính: %

Chỉ tiêu

Năm 2022

Năm 2023

Ước năm 2024

Kế hoạch năm 2025

Tỷ lệ huy động trẻ nhà trẻ

28,5

30,1

31,0

33,0

Tỷ lệ huy động trẻ mẫu giáo

96,4

97,2

97,5

98,0

Tỷ lệ phòng học kiên cố

70,8

74,6

77,2

80,0

Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo

82,3

85,9

88,4

90,0

Theo Sở GD&ĐT, đến hết năm 2024 toàn tỉnh ước còn 87 phòng học tạm, học nhờ ở bậc mầm non. Giai đoạn 2021-2025, tỉnh đã bố trí khoảng 215 tỷ đồng xây dựng trường lớp mầm non, đạt 71,7% kế hoạch vốn.

Thông tin chi tiết liên hệ: Phòng Giáo dục Mầm non, Sở GD&ĐT Bắc Kạn, số 8 đường Trường Chinh, phường Đức Xuân; điện thoại 0209.3870.255.

Thu Hà - 05/6/2024
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("ước năm 2024", Y24, "estimate"),
        ("kế hoạch năm 2025", Y25, "target")]


def row(label, cells, prev):
    """cells: four numbers as written; anchors use the line before each cell."""
    out = []
    before = prev
    for (col, per, st), num in zip(COLS, cells):
        anchor = f"{before}\n\n{num}"
        kw = {"status": st} if st else {}
        out.append(F(anchor, num, float(num.replace(",", ".")), "percent", "%", f"{label} {col}", per, **kw))
        before = num
    return out


FIGS = [
    F("có 122 trường", "122", 122, "count", "trường", "trường mầm non", Y23),
    F("với 21.380 trẻ", "21.380", 21380, "count", "trẻ", "trẻ", Y23),
    F("chiếm 99,2%", "99,2", 99.2, "percent", "%", "số trẻ được ăn bán trú tại trường", Y23),
    F("bình quân 15.000 đồng", "15.000", 15000, "money", "đồng/trẻ/ngày", "mức chi cho bữa ăn bán trú bình quân",
      P("Năm 2023", "2023-01-01", "2023-12-31", inh=True),
      change=CH("decrease", 5000, "đồng", "mức bình quân khu vực miền núi phía Bắc", approx="about")),
]
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
FIGS += [
    F("có 1.528 giáo viên", "1.528", 1528, "count", "giáo viên", "giáo viên mầm non", Y23i),
    F("bình quân 1,9 giáo viên/lớp", "1,9", 1.9, "measure", "giáo viên/lớp", "giáo viên bình quân mỗi lớp", Y23i),
    F("thiếu 174 giáo viên", "174", 174, "count", "giáo viên", "giáo viên còn thiếu so với định mức", Y23i),
    F("trên 85%", "85", 85, "percent", "%", "trẻ em dân tộc thiểu số trong tổng số trẻ ra lớp", Y23i, approx="over"),
]
FIGS += row("Tỷ lệ huy động trẻ nhà trẻ", ["28,5", "30,1", "31,0", "33,0"], "Tỷ lệ huy động trẻ nhà trẻ")
FIGS += row("Tỷ lệ huy động trẻ mẫu giáo", ["96,4", "97,2", "97,5", "98,0"], "Tỷ lệ huy động trẻ mẫu giáo")
FIGS += row("Tỷ lệ phòng học kiên cố", ["70,8", "74,6", "77,2", "80,0"], "Tỷ lệ phòng học kiên cố")
FIGS += row("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", ["82,3", "85,9", "88,4", "90,0"],
            "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo")
FIGS += [
    F("ước còn 87 phòng học", "87", 87, "count", "phòng học", "phòng học tạm, học nhờ ở bậc mầm non",
      P("đến hết năm 2024", None, "2024-12-31"), status="estimate"),
    F("khoảng 215 tỷ đồng", "215", 215000000000, "money", "đồng", "vốn bố trí xây dựng trường lớp mầm non",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", percent=71.7),
]

COMMENTS = [
    "Bắc Kạn provincial portal page, no dateline at the top; byline with a bare date at the end 'Thu Hà - 05/6/2024' (taken as published).",
    "One-cell-per-line table (as h23): 'Đơn vị tính: %', columns Năm 2022 | Năm 2023 | Ước năm 2024 | Kế hoạch năm 2025, four indicator rows.",
    "Every cell is a percent figure; subject = row label + column label; period from the column header (scored, as in h23/h24);",
    "'Ước năm 2024' → estimate, 'Kế hoạch năm 2025' → target. 'Bảng 2' is a table number, not a figure.",
    "'thấp hơn khoảng 5.000 đồng so với mức bình quân khu vực …' is the change of 15.000 đồng/trẻ/ngày. 'đạt 71,7% kế hoạch vốn' → percent of 215 tỷ.",
    "'đến hết năm 2024 toàn tỉnh ước còn 87 phòng học' → estimate, end 2024-12-31. Distractors: address 'số 8 đường Trường Chinh', phone 0209.3870.255.",
]

if __name__ == "__main__":
    emit("p386-8", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Bắc Kạn")
