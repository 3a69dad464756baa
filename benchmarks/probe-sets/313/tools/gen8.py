from lib import *

text = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Kinh tế - Xã hội

Bình Định nâng cao chất lượng đàn bò thịt

Những năm qua, Bình Định là một trong những địa phương đi đầu cả nước về lai tạo bò thịt. Nhờ chương trình Zebu hóa và lai tạo bò chuyên thịt (3B, Red Angus, Wagyu), tầm vóc đàn bò của tỉnh tăng rõ rệt. Một số chỉ tiêu chăn nuôi bò giai đoạn 2022 - 9 tháng năm 2024 như sau:

Đơn vị tính: nghìn con

Chỉ tiêu

Năm 2022

Năm 2023

9 tháng năm 2024

Tổng đàn bò

293,5

298,2

301,4

Bò lai

180,3

188,6

193,5

Bò đực giống lai

1,42

1,51

1,55

Tỷ lệ bò lai (%)

61,4

63,2

64,2

(Nguồn: Sở Nông nghiệp và Phát triển nông thôn)

Trong 9 tháng năm 2024, toàn tỉnh thụ tinh nhân tạo cho 38.650 con bò cái, đạt 77,3% kế hoạch năm; số bê lai sinh ra ước đạt 27.400 con. Các địa phương có tỷ lệ bò lai cao là Tây Sơn (78,5%), Phù Cát (74,1%) và thị xã An Nhơn (72,6%). Bò lai 3B nuôi vỗ béo đạt trọng lượng xuất chuồng bình quân 450-500 kg/con, giá bán hiện khoảng 75.000-80.000 đồng/kg hơi, cao hơn khoảng 20% so với bò địa phương.

Diện tích trồng cỏ thâm canh toàn tỉnh đạt trên 6.200 ha. Tỉnh phấn đấu đến năm 2025 tỷ lệ bò lai đạt 70%, trọng lượng xuất chuồng bình quân trên 250 kg/con; tổng đàn bò ổn định ở mức 310 nghìn con.

Lượt truy cập: 4.582.190
"""

cols = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("9 tháng năm 2024", "2024-01-01", "2024-09-30")]
rows = [
    ("Tổng đàn bò", "count", "con", 1000, [("293,5", 293.5), ("298,2", 298.2), ("301,4", 301.4)]),
    ("Bò lai", "count", "con", 1000, [("180,3", 180.3), ("188,6", 188.6), ("193,5", 193.5)]),
    ("Bò đực giống lai", "count", "con", 1000, [("1,42", 1.42), ("1,51", 1.51), ("1,55", 1.55)]),
    ("Tỷ lệ bò lai", "percent", "%", 1, [("61,4", 61.4), ("63,2", 63.2), ("64,2", 64.2)]),
]
figs = []
for label, kind, unit, mult, cells in rows:
    for (num, v), per in zip(cells, cols):
        val = round(v * mult, 6)
        if val == int(val):
            val = int(val)
        figs.append(F(f"\n{num}\n", num, val, kind, unit, f"{label} {per['text']}", period=per))

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y25 = P("đến năm 2025", None, "2025-12-31")
figs += [
    F("cho 38.650 con", "38.650", 38650, "count", "con", "bò cái được thụ tinh nhân tạo", percent=77.3, period=M9),
    F("ước đạt 27.400 con", "27.400", 27400, "count", "con", "bê lai sinh ra", status="estimate", period=M9),
    F("Tây Sơn (78,5%)", "78,5", 78.5, "percent", "%", "tỷ lệ bò lai", location="Tây Sơn", period=M9i),
    F("Phù Cát (74,1%)", "74,1", 74.1, "percent", "%", "tỷ lệ bò lai", location="Phù Cát", period=M9i),
    F("An Nhơn (72,6%)", "72,6", 72.6, "percent", "%", "tỷ lệ bò lai", location="An Nhơn", period=M9i),
    F("450-500 kg/con", "450", 450, "measure", "kg/con", "trọng lượng xuất chuồng bình quân bò lai 3B nuôi vỗ béo", value_max=500),
    F("khoảng 75.000-80.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", "giá bán bò lai 3B", approx="about",
      value_max=80000, change=C("increase", 20, "%", "bò địa phương", approx="about")),
    F("trên 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích trồng cỏ thâm canh toàn tỉnh", approx="over"),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ bò lai", status="target", period=Y25),
    F("trên 250 kg/con", "250", 250, "measure", "kg/con", "trọng lượng xuất chuồng bình quân", approx="over",
      status="target", period=Y25),
    F("310 nghìn con", "310", 310000, "count", "con", "tổng đàn bò", status="target", period=Y25),
]

build("p313-8", [
    "Cổng TTĐT tỉnh Bình Định (province portal), no dateline at all (published null): beef-cattle crossbreeding; one-cell-per-line table",
    "(Chỉ tiêu | Năm 2022 | Năm 2023 | 9 tháng năm 2024) under 'Đơn vị tính: nghìn con' (×1000 applied); the row 'Tỷ lệ bò lai (%)' is percent.",
    "Subject = row label + column label; period from the column header. Then AI breeding, calves, districts' crossbred shares, 3B weights and",
    "price, grass area, 2025 targets. Distractors: '3B' (breed name), 'giai đoạn 2022 - 9 tháng năm 2024' heading, 'Lượt truy cập: 4.582.190'.",
    "'đạt 77,3% kế hoạch năm' → percent attribute of 38.650. 'cao hơn khoảng 20% so với bò địa phương' → change on the 75.000-80.000 price range.",
    "District items (Tây Sơn, Phù Cát, thị xã An Nhơn) → location; subject = the list's indicator 'tỷ lệ bò lai'.",
], text, figs, location="Bình Định")
