from lib import *

text = """UỶ BAN NHÂN DÂN
HUYỆN ĐỨC HÒA
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đức Hòa, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển ngành dệt may, da giày năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
Năm 2024, dệt may, da giày tiếp tục là ngành công nghiệp chủ lực của huyện, chiếm 34,2% giá trị sản xuất công nghiệp toàn huyện. Các chỉ tiêu chủ yếu như sau:

TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | Ước TH 2024 so với năm 2023 (%)
1 | Giá trị sản xuất | tỷ đồng | 14.250 | 15.500 | 15.870 | 111,4
2 | Kim ngạch xuất khẩu | triệu USD | 612,5 | 650 | 668,3 | 109,1
3 | Số doanh nghiệp hoạt động | doanh nghiệp | 186 | 195 | 201 | 108,1
4 | Số lao động | người | 41.200 | 43.000 | 42.650 | 103,5
5 | Thu nhập bình quân | triệu đồng/người/tháng | 7,9 | 8,3 | 8,4 | 106,3

Trong năm, có 17 dự án dệt may, da giày mới đi vào hoạt động tại cụm công nghiệp Đức Hòa 1 (Hạnh Phúc) và cụm công nghiệp Tân Mỹ, tổng vốn đăng ký khoảng 1.350 tỷ đồng. Tuy nhiên, 9 doanh nghiệp phải thu hẹp sản xuất do thiếu đơn hàng từ thị trường EU, cắt giảm 1.120 lao động.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025, giá trị sản xuất ngành đạt 17.000 tỷ đồng, tăng 7,1% so với ước thực hiện năm 2024; kim ngạch xuất khẩu đạt từ 700 đến 720 triệu USD; giải quyết việc làm mới cho 2.500 lao động.

Nơi nhận:
- UBND tỉnh Long An;
- Sở Công Thương;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
rows = [
    # label, unit, mult, kind, cells (as written), anchors
    ("Giá trị sản xuất ngành dệt may, da giày", "đồng", 1e9, "money",
     [("| 14.250 |", "14.250"), ("| 15.500 |", "15.500"), ("| 15.870 |", "15.870"), ("| 111,4", "111,4")]),
    ("Kim ngạch xuất khẩu", "USD", 1e6, "money",
     [("| 612,5 |", "612,5"), ("| 650 |", "650"), ("| 668,3 |", "668,3"), ("| 109,1", "109,1")]),
    ("Số doanh nghiệp hoạt động", "doanh nghiệp", 1, "count",
     [("| 186 |", "186"), ("| 195 |", "195"), ("| 201 |", "201"), ("| 108,1", "108,1")]),
    ("Số lao động", "người", 1, "count",
     [("| 41.200 |", "41.200"), ("| 43.000 |", "43.000"), ("| 42.650 |", "42.650"), ("| 103,5", "103,5")]),
    ("Thu nhập bình quân", "đồng/người/tháng", 1e6, "money",
     [("| 7,9 |", "7,9"), ("| 8,3 |", "8,3"), ("| 8,4 |", "8,4"), ("| 106,3", "106,3")]),
]
cols = [("thực hiện năm 2023", Y23, "actual"), ("kế hoạch năm 2024", per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target"),
        ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate")]
figs = [
    fig("chiếm 34,2%", "34,2", 34.2, "percent", "%",
        "tỷ trọng ngành dệt may, da giày trong giá trị sản xuất công nghiệp toàn huyện", per("Năm 2024", "2024-01-01", "2024-12-31")),
]
for label, unit, mult, kind, cells in rows:
    for i, (anchor, number) in enumerate(cells):
        if i < 3:
            colname, period, status = cols[i]
            kw = {} if status == "actual" else {"status": status}
            figs.append(fig(anchor, number, round(num(number) * mult, 6), kind, unit, f"{label} {colname}", period, **kw))
        else:
            figs.append(fig(anchor, number, num(number), "percent", "%", f"{label} ước TH 2024 so với năm 2023",
                            per("Ước TH 2024 so với năm 2023", "2024-01-01", "2024-12-31"), status="estimate"))
# the first row label in the table is only "Giá trị sản xuất"; keep the table's own words
figs[1:5] = [dict(f, subject=f["subject"].replace("Giá trị sản xuất ngành dệt may, da giày", "Giá trị sản xuất")) for f in figs[1:5]]
TN = per("Trong năm", "2024-01-01", "2024-12-31")
figs += [
    fig("có 17 dự án", "17", 17, "count", "dự án", "dự án dệt may, da giày mới đi vào hoạt động", TN),
    fig("khoảng 1.350 tỷ đồng", "1.350", 1.35e12, "money", "đồng", "tổng vốn đăng ký", TN, approx="about"),
    fig("9 doanh nghiệp phải", "9", 9, "count", "doanh nghiệp", "doanh nghiệp phải thu hẹp sản xuất",
        per("Trong năm", "2024-01-01", "2024-12-31", inh=True)),
    fig("cắt giảm 1.120 lao động", "1.120", 1120, "count", "lao động", "lao động bị cắt giảm",
        per("Trong năm", "2024-01-01", "2024-12-31", inh=True)),
    fig("đạt 17.000 tỷ đồng", "17.000", 17e12, "money", "đồng", "giá trị sản xuất ngành", Y25,
        change=chg("increase", 7.1, baseline="ước thực hiện năm 2024"), status="target"),
    fig("từ 700 đến 720 triệu USD", "700", 700e6, "money", "USD", "kim ngạch xuất khẩu", Y25,
        value_max=720e6, status="target"),
    fig("cho 2.500 lao động", "2.500", 2500, "count", "lao động", "lao động được giải quyết việc làm mới", Y25,
        status="target"),
]
emit("p243-3", text, [
    "Formal report of UBND huyện Đức Hòa (Long An), letterhead 'Số: 287/BC-UBND', place-and-date line: textiles and footwear 2024, plan 2025.",
    "Flattened '|' table: every numeric cell is a figure; unit and multiplier from the 'Đơn vị tính' column; period and status from column",
    "headers (Thực hiện = actual, Kế hoạch = target, Ước thực hiện / Ước TH = estimate). Row numbers 1-5 are not figures; no totals for cells.",
    "Distractors: 'Số: 287/BC-UBND', 'ngày 12 tháng 12 năm 2024', 'cụm công nghiệp Đức Hòa 1', 'I.', 'II.', 'UBND tỉnh Long An' in Nơi nhận.",
    "'Trong năm' in an annual report is that year (2024). 'tăng 7,1% so với ước thực hiện năm 2024' is the change of the 2025 target.",
], figs, published="2024-12-12", location="Đức Hòa")
