"""p1462-6: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, write

TABLE = [("TP Biên Hòa", "Biên Hòa", ["14", "1.860", "9.200"]),
         ("Huyện Nhơn Trạch", "Nhơn Trạch", ["6", "2.450", "12.800"]),
         ("Huyện Long Thành", "Long Thành", ["5", "980", "4.350"]),
         ("Huyện Trảng Bom", "Trảng Bom", ["4", "640", "2.900"]),
         ("Tổng số", None, ["29", "5.930", "29.250"])]

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển công nghiệp hỗ trợ cho ngành thang nhôm, giàn giáo

Đồng Nai hiện có 29 cơ sở sản xuất thang nhôm, giàn giáo, cốp pha với tổng vốn đầu tư khoảng 3.400 tỷ đồng, trong đó 12 cơ sở có vốn đầu tư nước ngoài với tổng vốn 186 triệu USD. Năm 2024, sản lượng toàn ngành đạt 29.250 tấn, tăng 7,6% so với năm 2023; giá trị xuất khẩu đạt 94 triệu USD, chiếm 62% doanh thu.

Cơ sở sản xuất thang nhôm, giàn giáo theo địa bàn
Địa bàn
Số cơ sở
Lao động (người)
Sản lượng năm 2024 (tấn)
""" + "".join(f"{label}\n" + "".join(f"{c}\n" for c in cells) for label, _, cells in TABLE) + """
Bình quân mỗi lao động trong ngành làm ra khoảng 4,9 tấn sản phẩm mỗi năm.

Khó khăn lớn nhất của doanh nghiệp là nguồn nguyên liệu: khoảng 70% phôi nhôm phải nhập khẩu. Giai đoạn 2025-2030, tỉnh phấn đấu thu hút thêm 5-7 dự án công nghiệp hỗ trợ, nâng tỷ lệ nội địa hóa của ngành lên 50%.

Tin liên quan:
- Kết nối doanh nghiệp công nghiệp hỗ trợ với doanh nghiệp FDI
- Hội thảo chuyển đổi số trong doanh nghiệp cơ khí

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2, đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.574
Lượt truy cập: 1.204.337
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C24 = per("Sản lượng năm 2024 (tấn)", "2024-01-01", "2024-12-31")
G = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

CELLS = []
for label, place, cells in TABLE:
    prev = label
    for i, c in enumerate(cells):
        anchor = f"{prev}\n{c}\n"
        prev = c
        v = float(c.replace(".", ""))
        kw = {"location": place} if place else {}
        sub = ["số cơ sở", "lao động", "sản lượng năm 2024"][i]
        if not place:
            sub = ["tổng số cơ sở", "tổng số lao động", "tổng sản lượng năm 2024"][i]
        if i == 0:
            CELLS.append(fig(anchor, c, v, "count", "cơ sở", subject=sub, **kw))
        elif i == 1:
            CELLS.append(fig(anchor, c, v, "count", "người", subject=sub, **kw))
        else:
            CELLS.append(fig(anchor, c, v, "measure", "tấn", subject=sub, period=C24, **kw))

FIGS = [
    fig("có 29 cơ sở", "29", 29, "count", "cơ sở", subject="cơ sở sản xuất thang nhôm, giàn giáo, cốp pha"),
    fig("khoảng 3.400 tỷ", "3.400", 3400e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư"),
    fig("đó 12 cơ sở", "12", 12, "count", "cơ sở", total=29, subject="cơ sở có vốn đầu tư nước ngoài"),
    fig("vốn 186 triệu", "186", 186e6, "money", "USD", subject="tổng vốn của cơ sở có vốn đầu tư nước ngoài"),
    fig("đạt 29.250 tấn", "29.250", 29250, "measure", "tấn", change=chg("increase", 7.6, "%", "năm 2023"),
        subject="sản lượng toàn ngành", period=Y24),
    fig("đạt 94 triệu", "94", 94e6, "money", "USD", percent=62, subject="giá trị xuất khẩu", period=Y24),
] + CELLS + [
    fig("khoảng 4,9 tấn", "4,9", 4.9, "measure", "tấn/lao động/năm", approx="about",
        subject="sản phẩm bình quân mỗi lao động làm ra mỗi năm"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="phôi nhôm phải nhập khẩu"),
    fig("thêm 5-7 dự án", "5", 5, "count", "dự án", value_max=7, status="target",
        subject="dự án công nghiệp hỗ trợ thu hút thêm", period=G),
    fig("lên 50%", "50", 50, "percent", "%", status="target", subject="tỷ lệ nội địa hóa của ngành", period=G),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Số 2, đường Nguyễn Văn Trị', phone 0251.3822.574, 'Lượt truy cập: 1.204.337', 'Giai đoạn 2025-2030' (a period).",
    "One-cell-per-line table with a place column: a district row label goes to location (Biên Hòa, Nhơn Trạch, Long Thành, Trảng Bom);",
    "the Tổng số row keeps the province. Units from the headers: 'Số cơ sở' → cơ sở, 'Lao động (người)' → người, '(tấn)' → tấn.",
    "Only the 'Sản lượng năm 2024' column carries a period. Table cells get no total (the district rows are not cued as parts).",
    "'29 cơ sở ... trong đó 12 cơ sở có vốn đầu tư nước ngoài' → total 29; the 186 triệu USD is not a part of 3.400 tỷ đồng by any cue.",
    "'Bình quân mỗi lao động ... khoảng 4,9 tấn sản phẩm mỗi năm' is a rate: unit 'tấn/lao động/năm', no period.",
    "'giá trị xuất khẩu đạt 94 triệu USD, chiếm 62% doanh thu' → percent 62. 'phấn đấu ... 5-7 dự án ..., nâng ... lên 50%' → both target.",
]

if __name__ == "__main__":
    write("p1462-6", TEXT, NOTES, FIGS, location="Đồng Nai")
