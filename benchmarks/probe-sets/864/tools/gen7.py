"""p864-7: Sở VHTTDL TP Cần Thơ site (no dateline), public sports facilities' use, one-cell-per-line table."""
from lib import F, write, period, year, asof, change, target

ROWS = [("Sân vận động Cần Thơ", ["182.400", "215.600", "230.000"]),
        ("Nhà thi đấu đa năng", ["264.300", "311.800", "330.000"]),
        ("Hồ bơi Trung tâm", ["398.700", "472.500", "500.000"]),
        ("Tổng cộng", ["845.400", "999.900", "1.060.000"])]
COLS = ["Năm 2022", "Năm 2023", "Kế hoạch 2024"]
num = lambda s: int(s.replace(".", ""))
for j in range(3):
    assert sum(num(r[1][j]) for r in ROWS[:-1]) == num(ROWS[-1][1][j])
TABLE = "\n".join(["Đơn vị tính: lượt người", "Công trình"] + COLS
                  + [line for name, cells in ROWS for line in [name] + cells])

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Trang chủ › Thể dục thể thao › Tin hoạt động

Công trình thể thao công lập phục vụ hơn 1,3 triệu lượt người

Năm 2023, các công trình thể thao do Trung tâm Huấn luyện và Thi đấu thể dục thể thao thành phố quản lý đã phục vụ hơn 1,3 triệu lượt người tập luyện, thi đấu, tăng 17,5% so với năm 2022. Tổng thu từ hoạt động cho thuê sân bãi, dịch vụ đạt 14,6 tỷ đồng, vượt 12% kế hoạch.

Kết quả khai thác một số công trình chính như sau:
""" + TABLE + """

Hiện thành phố có 9/9 quận, huyện có sân vận động; 7 quận, huyện có nhà thi đấu đa năng; tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 35,8%. Năm 2024, Sở phấn đấu đưa tỷ lệ này lên 37% và thu hút khoảng 1,4 triệu lượt người đến tập luyện tại các công trình công lập. Giá vé bơi tại Hồ bơi Trung tâm được giữ ở mức 20.000 đồng/lượt đối với người lớn và 10.000 đồng/lượt đối với trẻ em cao dưới 1,4 m.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 32 Ngô Văn Sở, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.156 - Fax: 0292.3821.334
Tổng lượt truy cập: 3.275.418 | Đang trực tuyến: 27
"""

Y = {2022: year("Năm 2022", 2022), 2023: year("Năm 2023", 2023), 2024: year("Kế hoạch 2024", 2024)}
Y24 = year("Năm 2024", 2024)

FIGS = [
    F("công lập phục vụ hơn 1,3 triệu", "1,3", 1.3e6, "count", "lượt người", "lượt người được các công trình thể thao công lập phục vụ",
      approx="over"),
    F("đã phục vụ hơn 1,3 triệu", "1,3", 1.3e6, "count", "lượt người", "lượt người tập luyện, thi đấu được phục vụ", approx="over",
      change=change("increase", 17.5, "%", "năm 2022"), period=Y[2023]),
    F("đạt 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "tổng thu từ hoạt động cho thuê sân bãi, dịch vụ",
      change=change("increase", 12, "%", "kế hoạch"), period={**Y[2023], "inherited": True}),
]
for name, cells in ROWS:
    prev = name
    for j, cell in enumerate(cells):
        anchor = prev + "\n" + cell
        prev = cell
        kw = {"status": "target"} if j == 2 else {}
        FIGS.append(F(anchor, cell, num(cell), "count", "lượt người", f"{name} {COLS[j].lower()}", period=Y[[2022, 2023, 2024][j]], **kw))

FIGS += [
    F("có 9/9 quận", "9", 9, "count", "quận, huyện", "quận, huyện có sân vận động", total=9),
    F("; 7 quận", "7", 7, "count", "quận, huyện", "quận, huyện có nhà thi đấu đa năng"),
    F("đạt 35,8%", "35,8", 35.8, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên"),
    F("lên 37%", "37", 37, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", status="target", period=Y24),
    F("khoảng 1,4 triệu", "1,4", 1.4e6, "count", "lượt người", "lượt người đến tập luyện tại các công trình công lập",
      approx="about", status="target", period=Y24),
    F("mức 20.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "giá vé bơi đối với người lớn"),
    F("và 10.000 đồng/lượt", "10.000", 10000, "money", "đồng/lượt", "giá vé bơi đối với trẻ em"),
    F("dưới 1,4 m", "1,4", 1.4, "measure", "m", "chiều cao trẻ em", approx="under", optional=True),
]

COMMENTS = [
    "Sở VHTTDL TP Cần Thơ site, no dateline: use of the public sports facilities in 2023, revenue vs plan, one-cell-per-line table",
    "(Đơn vị tính: lượt người; columns Năm 2022 / Năm 2023 / Kế hoạch 2024; rows three facilities + Tổng cộng), 2024 targets, ticket prices.",
    "Table cells: subject = row label + column label, period from the column header (scored), 'Kế hoạch 2024' column = target.",
    "'vượt 12% kế hoạch' is a change against plan (baseline kế hoạch). 9/9 gives total 9; the 7 districts with an arena get none (no cue).",
    "'trẻ em cao dưới 1,4 m' is a category threshold: optional. Location Cần Thơ throughout.",
    "Not figures: footer address 'Số 32 Ngô Văn Sở', phones '0292.3820.156', '0292.3821.334', 'Tổng lượt truy cập: 3.275.418', 'Đang trực tuyến: 27'.",
]

write("p864-7", TEXT, FIGS, COMMENTS, published=None, location="Cần Thơ")
