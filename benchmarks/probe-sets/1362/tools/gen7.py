"""p1362-7: department site (Sở Tài nguyên và Môi trường TP Hồ Chí Minh), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TP HỒ CHÍ MINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả thực hiện lộ trình giảm khai thác nước dưới đất

Thực hiện Quyết định số 1392/QĐ-UBND của UBND Thành phố về lộ trình giảm khai thác nước dưới đất, đến hết năm 2023 tổng lượng nước dưới đất khai thác trên địa bàn thành phố còn khoảng 318.000 m3/ngày đêm, giảm 14,6% so với năm 2022.

Lượng nước dưới đất khai thác theo nhóm đối tượng
Đơn vị tính: nghìn m3/ngày đêm
Nhóm đối tượng
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Doanh nghiệp, cơ sở sản xuất
142,6
121,3
98,7
75,0
Hộ gia đình
188,4
162,5
143,1
125,0
Cấp nước tập trung
41,2
34,2
22,6
10,0
Tổng cộng
372,2
318,0
264,4
210,0

Từ năm 2016 đến nay, thành phố đã trám lấp 3.128 giếng khoan của các cơ sở sản xuất; hơn 1,2 triệu hộ dân được chuyển sang dùng nước sạch. Tốc độ lún tại các quận, huyện phía tây như Bình Tân, Bình Chánh hiện ở mức 2-4 cm/năm, giảm so với giai đoạn 2010-2015.

Bài viết liên quan:
- Hướng dẫn cấp giấy phép khai thác nước dưới đất theo Nghị định số 54/2024/NĐ-CP
- Hội thảo khoa học về sụt lún đô thị lần thứ 3

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TP HỒ CHÍ MINH
Địa chỉ: 63 Lý Tự Trọng, phường Bến Nghé, Quận 1
Điện thoại: (028) 3829.3008
Lượt truy cập: 4.512.907 | Đang truy cập: 52
"""

ASOF = per("đến hết năm 2023", None, "2023-12-31")
SINCE = per("Từ năm 2016 đến nay", "2016-01-01")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]


def row(label, subject, nums):
    out = []
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "measure", "m3/ngày đêm",
                       subject=f"{subject} {col}", period=p, **kw))
        prev = n
    return out


CELLS = (row("Doanh nghiệp, cơ sở sản xuất",
             "lượng nước dưới đất khai thác doanh nghiệp, cơ sở sản xuất", ["142,6", "121,3", "98,7", "75,0"])
         + row("Hộ gia đình", "lượng nước dưới đất khai thác hộ gia đình", ["188,4", "162,5", "143,1", "125,0"])
         + row("Cấp nước tập trung", "lượng nước dưới đất khai thác cấp nước tập trung",
               ["41,2", "34,2", "22,6", "10,0"])
         + row("Tổng cộng", "tổng cộng lượng nước dưới đất khai thác", ["372,2", "318,0", "264,4", "210,0"]))

FIGS = [
    fig("còn khoảng 318.000", "318.000", 318000, "measure", "m3/ngày đêm", approx="about",
        change=chg("decrease", 14.6, "%", "năm 2022"),
        subject="tổng lượng nước dưới đất khai thác trên địa bàn thành phố", period=ASOF),
] + CELLS + [
    fig("trám lấp 3.128 giếng", "3.128", 3128, "count", "giếng khoan",
        subject="giếng khoan của các cơ sở sản xuất trám lấp", period=SINCE),
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "hộ dân", approx="over",
        subject="hộ dân được chuyển sang dùng nước sạch", period=SINCE),
    fig("mức 2-4 cm/năm", "2", 2, "measure", "cm/năm", value_max=4,
        subject="tốc độ lún tại các quận, huyện phía tây"),
]

NOTES = [
    "Department site (Sở TN&MT TP Hồ Chí Minh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'Quyết định số 1392/QĐ-UBND', 'Nghị định số 54/2024/NĐ-CP', 'lần thứ 3', '63 Lý Tự Trọng', 'Quận 1',",
    "phone '(028) 3829.3008', counters 4.512.907 and 52, 'giai đoạn 2010-2015' (a baseline).",
    "'đến hết năm 2023 ... còn khoảng 318.000 ..., giảm 14,6% so với năm 2022' → as-of 2023-12-31, change decrease 14,6%.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn m3/ngày đêm' (×1000, unit m3/ngày đêm); subject = caption indicator + row;",
    "revised after the first run: the column label is added to every cell's subject (FIGURES.md: 'Its subject is the row label",
    "and the column label'; the shared gold h23 does the same); 'của' dropped (not in the table).",
    "period from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Từ năm 2016 đến nay' with no dateline: start 2016-01-01, end null (FIGURES.md: published, else null); it covers both clauses.",
    "'Bình Tân, Bình Chánh' are examples of the western districts: the 2-4 cm/năm describes the group, location stays TP Hồ Chí Minh.",
]

if __name__ == "__main__":
    write("p1362-7", TEXT, NOTES, FIGS, location="TP Hồ Chí Minh")
