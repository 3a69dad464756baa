"""p1323-6: department site (Sở Du lịch Thừa Thiên Huế), no dateline; one-cell-per-line table of gift sales at tourist sites
(Năm 2023 / Ước thực hiện 2024 / Kế hoạch 2025; Tổng số row and 'Trong đó:' sub-rows)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH THỪA THIÊN HUẾ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Xúc tiến du lịch | Văn bản | Liên hệ

Quà tặng đặc trưng Huế: doanh thu tăng đều qua các năm

Thực hiện Đề án phát triển sản phẩm quà tặng du lịch giai đoạn 2021-2025, toàn tỉnh hiện có 286 cơ sở sản xuất, kinh doanh quà lưu niệm, trong đó 52 cơ sở tại các làng nghề truyền thống như nón lá Phú Cam, hoa giấy Thanh Tiên, đúc đồng Phường Đúc. Đến nay, 74 sản phẩm đã được chứng nhận "Quà tặng đặc trưng Huế".

Doanh thu bán quà tặng, lưu niệm tại các điểm du lịch
Đơn vị tính: tỷ đồng
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
412,6
468,0
520,0
Trong đó:
Quần thể di tích Cố đô Huế
156,3
181,5
200,0
Chợ Đông Ba
98,4
104,2
110,0
Làng nghề, du lịch cộng đồng
57,9
72,3
85,0

Nón lá bài thơ vẫn là món quà được du khách chọn nhiều nhất, giá phổ biến từ 80.000 đến 150.000 đồng/chiếc; mỗi năm các làng nghề cung ứng khoảng 1,2 triệu chiếc nón cho thị trường du lịch. Mè xửng và trà cung đình lần lượt đứng thứ hai và thứ ba về lượng tiêu thụ.

Năm 2025, Sở phấn đấu có thêm 20 sản phẩm được chứng nhận, nâng tỷ lệ cơ sở bán hàng niêm yết giá lên 95%.

Bài viết liên quan:
- Khai mạc Festival Nghề truyền thống Huế lần thứ 9
- Hướng dẫn thủ tục chứng nhận điểm dừng chân du lịch

SỞ DU LỊCH TỈNH THỪA THIÊN HUẾ
Địa chỉ: Số 31 Nguyễn Huệ, TP Huế
Điện thoại: 0234.3822.169
Lượt truy cập: 1.904.337 | Đang trực tuyến: 52
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tổng số", "tổng số", ["412,6", "468,0", "520,0"]),
        ("Quần thể di tích Cố đô Huế", "Quần thể di tích Cố đô Huế", ["156,3", "181,5", "200,0"]),
        ("Chợ Đông Ba", "Chợ Đông Ba", ["98,4", "104,2", "110,0"]),
        ("Làng nghề, du lịch cộng đồng", "làng nghề, du lịch cộng đồng", ["57,9", "72,3", "85,0"])]
TOTALS = [412.6e9, 468.0e9, 520.0e9]


def cells():
    out = []
    for i, (label, rowsubj, nums) in enumerate(ROWS):
        prev = label
        for j, ((col, p, st), n) in enumerate(zip(COLS, nums)):
            kw = {}
            if st:
                kw["status"] = st
            if i > 0:
                kw["total"] = TOTALS[j]
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e9, "money", "đồng",
                           subject=f"doanh thu bán quà tặng, lưu niệm {rowsubj} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 286 cơ sở", "286", 286, "count", "cơ sở", subject="cơ sở sản xuất, kinh doanh quà lưu niệm"),
    fig("trong đó 52 cơ sở", "52", 52, "count", "cơ sở", total=286,
        subject="cơ sở tại các làng nghề truyền thống"),
    fig("nay, 74 sản phẩm", "74", 74, "count", "sản phẩm",
        subject="sản phẩm được chứng nhận Quà tặng đặc trưng Huế"),
] + cells() + [
    fig("từ 80.000 đến 150.000", "80.000", 80000, "money", "đồng/chiếc", value_max=150000,
        subject="giá nón lá bài thơ"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "chiếc nón/năm", approx="about",
        subject="nón các làng nghề cung ứng cho thị trường du lịch mỗi năm"),
    fig("thứ hai và", "hai", 2, "rank", "hạng", subject="lượng tiêu thụ mè xửng"),
    fig("thứ ba về", "ba", 3, "rank", "hạng", subject="lượng tiêu thụ trà cung đình"),
    fig("thêm 20 sản phẩm", "20", 20, "count", "sản phẩm", status="target",
        subject="sản phẩm được chứng nhận thêm", period=Y25),
    fig("lên 95%", "95", 95, "percent", "%", status="target",
        subject="tỷ lệ cơ sở bán hàng niêm yết giá", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch Thừa Thiên Huế), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'giai đoạn 2021-2025', 'Phường Đúc' (a name), 'lần thứ 9', 'Số 31 Nguyễn Huệ', phone 0234.3822.169, counters 1.904.337 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' (×10^9); subject = caption indicator + row + column label; period from column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Rows after 'Trong đó:' are parts of the 'Tổng số' row of the same column:",
    "total = that Tổng số cell (the part-of rule of the spec; borderline for tables, where the shared gold has no such sub-row).",
    "'Đến nay, 74 sản phẩm' has no dated period. '286 cơ sở ..., trong đó 52 cơ sở' → total 286.",
    "'mỗi năm ... khoảng 1,2 triệu chiếc nón' is a yearly rate (measure, chiếc/năm). 'lần lượt đứng thứ hai và thứ ba' → two ranks (number words).",
    "revised after the first run: hat unit 'chiếc/năm' → 'chiếc nón/năm' (the unit names what is counted, 'chiếc' is a classifier).",
    "'Năm 2025, Sở phấn đấu ...' → target for both figures. No dateline: published is absent and no 'năm nay' needs it.",
]

if __name__ == "__main__":
    write("p1323-6", TEXT, NOTES, FIGS, location="Thừa Thiên Huế")
