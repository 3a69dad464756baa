"""p1528-7: department site (Sở Tài nguyên và Môi trường Bắc Ninh), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả chuyển đổi bếp than tổ ong trên địa bàn tỉnh

Thực hiện Kế hoạch số 210/KH-UBND của UBND tỉnh, các địa phương đã tuyên truyền, vận động người dân chuyển đổi bếp than tổ ong sang bếp gas, bếp điện. Năm 2023, toàn tỉnh chuyển đổi 1.146 bếp, bằng 114,6% kế hoạch. Riêng quý III/2024, các địa phương chuyển đổi thêm 268 bếp.

Số bếp than tổ ong được chuyển đổi
Đơn vị tính: bếp
Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
982
1.146
870
600
Trong đó: Hộ gia đình
615
702
530
350
Cơ sở kinh doanh ăn uống
367
444
340
250

Năm 2024, Sở phối hợp với UBND các huyện, thị xã, thành phố kiểm tra 35 cơ sở sản xuất than tổ ong, trong đó 9 cơ sở chưa có giấy phép môi trường. Toàn tỉnh hiện còn khoảng 1.050 bếp than tổ ong, tập trung ở thành phố Bắc Ninh (khoảng 420 bếp) và thành phố Từ Sơn (khoảng 310 bếp).

Mục tiêu đến hết năm 2025, 100% bếp than tổ ong tại các đô thị trên địa bàn tỉnh được loại bỏ.

Bài viết liên quan:
- Bắc Ninh công bố hiện trạng môi trường giai đoạn 2016-2020
- Hướng dẫn cấp giấy phép môi trường theo Nghị định số 08/2022/NĐ-CP

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC NINH
Địa chỉ: Số 11 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.456
Lượt truy cập: 1.204.377 | Trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến hết năm 2025", None, "2025-12-31")

COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Tổng số", "tổng số", ["982", "1.146", "870", "600"]),
        ("Trong đó: Hộ gia đình", "hộ gia đình", ["615", "702", "530", "350"]),
        ("Cơ sở kinh doanh ăn uống", "cơ sở kinh doanh ăn uống", ["367", "444", "340", "250"])]
TOTALS = [982, 1146, 870, 600]

CELLS = []
for i, (label, rowsubj, nums) in enumerate(ROWS):
    prev = label
    for j, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if i > 0:
            kw["total"] = TOTALS[j]
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev}\n{n}", n, v, "count", "bếp",
                         subject=f"bếp than tổ ong được chuyển đổi {rowsubj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("đổi 1.146 bếp", "1.146", 1146, "count", "bếp", percent=114.6,
        subject="bếp chuyển đổi", period=Y23),
    fig("thêm 268 bếp", "268", 268, "count", "bếp", subject="bếp chuyển đổi thêm", period=Q3),
] + CELLS + [
    fig("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở",
        subject="cơ sở sản xuất than tổ ong được kiểm tra", period=Y24),
    fig("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", total=35,
        subject="cơ sở chưa có giấy phép môi trường", period=Y24),
    fig("khoảng 1.050 bếp", "1.050", 1050, "count", "bếp", approx="about",
        subject="bếp than tổ ong"),
    fig("khoảng 420 bếp", "420", 420, "count", "bếp", approx="about",
        subject="bếp than tổ ong", location="Bắc Ninh"),
    fig("khoảng 310 bếp", "310", 310, "count", "bếp", approx="about",
        subject="bếp than tổ ong", location="Từ Sơn"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="bếp than tổ ong tại các đô thị được loại bỏ", period=TO25),
]

NOTES = [
    "Department site (Sở Tài nguyên và Môi trường Bắc Ninh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Kế hoạch số 210/KH-UBND', 'giai đoạn 2016-2020', 'Nghị định số 08/2022/NĐ-CP', 'Số 11', phone 0222.3822.456, counters 1.204.377 and 52.",
    "'bằng 114,6% kế hoạch' → percent attribute of 1.146 bếp. 'Riêng quý III/2024 … 268 bếp': 'riêng' is no part-of cue, no total.",
    "One-cell-per-line table 'Đơn vị tính: bếp'; subject = caption + row + column; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The rows under 'Trong đó:' (Hộ gia đình, Cơ sở kinh doanh ăn uống)",
    "follow the 'Tổng số' row and add up to it column by column: each part cell takes the Tổng số cell of its column as total (a choice; see REPORT).",
    "'trong đó 9 cơ sở' → total 35. 'thành phố Bắc Ninh (khoảng 420 bếp)' → location Bắc Ninh (city = province name); Từ Sơn likewise; no total",
    "('tập trung ở' is no cue and the two do not add up to 1.050). 'Mục tiêu đến hết năm 2025, 100% …' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1528-7", TEXT, NOTES, FIGS, location="Bắc Ninh")
