"""p1394-7: department site (Sở Xây dựng Hải Phòng), no dateline, one-cell-per-line table of ash use by sector."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ HẢI PHÒNG
Giới thiệu | Tin tức - Sự kiện | Quy hoạch - Kiến trúc | Vật liệu xây dựng | Thủ tục hành chính

Hải Phòng: tro xỉ nhiệt điện được tiêu thụ trên 90%

Trên địa bàn thành phố có 3 nhà máy nhiệt điện than với tổng công suất 1.800 MW, mỗi năm phát sinh khoảng 1,8-1,9 triệu tấn tro xỉ. Năm 2024, lượng tro xỉ tiêu thụ ước đạt 1,72 triệu tấn, tăng 6,2% so với năm 2023, chiếm 91,5% lượng phát sinh, đứng thứ ba cả nước về tỷ lệ tiêu thụ.

Lượng tro xỉ tiêu thụ theo lĩnh vực
Đơn vị tính: nghìn tấn
Lĩnh vực
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Sản xuất xi măng
905
948
1.000
Gạch, bê tông không nung
212
236
280
San lấp, làm đường
503
536
570
Tổng số
1.620
1.720
1.850

Hiện tro xỉ tồn tại 4 bãi chứa của các nhà máy còn khoảng 5,3 triệu tấn. Thành phố đã đưa tro xỉ vào san lấp tại 7 dự án, trong đó lớn nhất là dự án đường ven biển đoạn qua quận Đồ Sơn với khối lượng gần 600.000 m3. Giá tro xỉ san lấp tại bãi khoảng 20.000 đồng/m3, chỉ bằng khoảng 30% giá cát san lấp.

Văn bản mới:
- Quyết định số 1875/QĐ-UBND về công bố giá vật liệu xây dựng quý IV/2024

Liên kết website | Sơ đồ cổng
SỞ XÂY DỰNG HẢI PHÒNG
Địa chỉ: Số 1 Lê Đại Hành, quận Hồng Bàng, TP Hải Phòng
Điện thoại: 0225.3842.563
Lượt truy cập: 1.204.377 | Trực tuyến: 29
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Sản xuất xi măng", "sản xuất xi măng", ["905", "948", "1.000"]),
        ("Gạch, bê tông không nung", "gạch, bê tông không nung", ["212", "236", "280"]),
        ("San lấp, làm đường", "san lấp, làm đường", ["503", "536", "570"]),
        ("Tổng số", "tổng số", ["1.620", "1.720", "1.850"])]


def cells():
    out = []
    for label, row, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "measure", "tấn",
                           subject=f"lượng tro xỉ tiêu thụ {row} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("tiêu thụ trên 90%", "90", 90, "percent", "%", approx="over",
        subject="tro xỉ nhiệt điện được tiêu thụ"),
    fig("có 3 nhà máy", "3", 3, "count", "nhà máy", subject="nhà máy nhiệt điện than"),
    fig("công suất 1.800 MW", "1.800", 1800, "measure", "MW", subject="tổng công suất các nhà máy nhiệt điện than"),
    fig("khoảng 1,8-1,9", "1,8", 1.8e6, "measure", "tấn/năm", approx="about", value_max=1.9e6,
        subject="tro xỉ phát sinh mỗi năm"),
    fig("ước đạt 1,72 triệu", "1,72", 1.72e6, "measure", "tấn", status="estimate", percent=91.5,
        change=chg("increase", 6.2, "%", "năm 2023"), subject="lượng tro xỉ tiêu thụ", period=Y24),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", status="estimate",
        subject="tỷ lệ tiêu thụ tro xỉ", period=Y24),
] + cells() + [
    fig("tại 4 bãi", "4", 4, "count", "bãi chứa", subject="bãi chứa tro xỉ của các nhà máy"),
    fig("khoảng 5,3 triệu", "5,3", 5.3e6, "measure", "tấn", approx="about",
        subject="tro xỉ tồn tại các bãi chứa"),
    fig("tại 7 dự án", "7", 7, "count", "dự án", subject="dự án đưa tro xỉ vào san lấp"),
    fig("gần 600.000 m3", "600.000", 600000, "measure", "m3", approx="nearly",
        subject="khối lượng tro xỉ san lấp dự án đường ven biển", location="Đồ Sơn"),
    fig("khoảng 20.000 đồng/m3", "20.000", 20000, "money", "đồng/m3", approx="about", percent=30,
        subject="giá tro xỉ san lấp tại bãi"),
]

NOTES = [
    "Department site (Sở Xây dựng Hải Phòng), no dateline: menu, 'Văn bản mới', footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Quyết định số 1875/QĐ-UBND', 'quý IV/2024' in a link title, 'Số 1 Lê Đại Hành', phone 0225.3842.563,",
    "counters 1.204.377 and 29, baseline 'năm 2023'.",
    "Headline 'trên 90%' -> percent, over, no period. 'mỗi năm ... khoảng 1,8-1,9 triệu tấn' -> range, rate tấn/năm.",
    "'ước đạt 1,72 triệu tấn, tăng 6,2% ..., chiếm 91,5% ..., đứng thứ ba cả nước' -> the rank continues the 'ước đạt' clause: estimate, 2024;",
    "the rank is the city's (location Hải Phòng).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn'; rows are uses; subject = caption indicator + row + column label;",
    "period from column headers (scored); 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target; cells get no total.",
    "'tồn tại 4 bãi chứa' is a count. '7 dự án, trong đó lớn nhất là ... gần 600.000 m3' -> m3 is not a part of 7 projects (no total);",
    "that project stands in quận Đồ Sơn -> location Đồ Sơn. 'chỉ bằng khoảng 30% giá cát san lấp' -> percent 30 of the price.",
]

if __name__ == "__main__":
    write("p1394-7", TEXT, NOTES, FIGS, location="Hải Phòng")
