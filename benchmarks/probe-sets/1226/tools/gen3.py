"""p1226-3: formal report (UBND tỉnh Hưng Yên) on consumer paper and diapers in 2024, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 22 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất giấy tiêu dùng và tã giấy năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Giá trị sản xuất
Năm 2024, giá trị sản xuất nhóm sản phẩm giấy tiêu dùng và tã giấy trên địa bàn tỉnh ước đạt 6.820 tỷ đồng, tăng 8,4% so với năm 2023, chiếm 3,1% giá trị sản xuất công nghiệp toàn tỉnh.

2. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: tấn
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Giấy vệ sinh cuộn | 48.600 | 52.300 | 56.000
Khăn giấy các loại | 17.200 | 19.100 | 21.000
Giấy lụa nguyên liệu | 35.400 | 37.800 | 40.000
Tổng cộng | 101.200 | 109.200 | 117.000
Sản lượng tã giấy các loại ước đạt 386 triệu miếng, bằng 103,5% kế hoạch; băng vệ sinh khoảng 95 triệu miếng.

3. Doanh nghiệp, lao động
Tính đến ngày 31/12/2024, toàn tỉnh có 19 doanh nghiệp sản xuất giấy tiêu dùng, tã giấy đang hoạt động (tăng 2 doanh nghiệp so với cuối năm 2023), trong đó 6 doanh nghiệp FDI. Các doanh nghiệp sử dụng khoảng 5.400 lao động; tổng vốn đăng ký trên 9.300 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu giá trị sản xuất nhóm ngành đạt 7.400 tỷ đồng, tăng khoảng 8,5%; 100% doanh nghiệp có hệ thống xử lý nước thải đạt quy chuẩn; thu hút từ 2 đến 3 dự án sản xuất tã giấy công nghệ cao theo Quyết định số 1247/QĐ-UBND.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Năm 2023": (Y23, "actual"), "Ước thực hiện 2024": (E24, "estimate"), "Kế hoạch 2025": (K25, "target")}


def cell(anchor, number, value, row, col):
    p, st = COLS[col]
    kw = {} if st == "actual" else {"status": st}
    return fig(anchor, number, value, "measure", "tấn", subject=f"{row} {col.lower()}", period=p, **kw)


ROWS = [("Giấy vệ sinh cuộn", "cuộn", ["48.600", "52.300", "56.000"]),
        ("Khăn giấy các loại", "loại", ["17.200", "19.100", "21.000"]),
        ("Giấy lụa nguyên liệu", "liệu", ["35.400", "37.800", "40.000"]),
        ("Tổng cộng", "Tổng cộng", ["101.200", "109.200", "117.000"])]

TABLE = []
for label, tail, vals in ROWS:
    prev = tail
    for col, v in zip(COLS, vals):
        TABLE.append(cell(f"{prev} | {v}", v, int(v.replace(".", "")), label.lower(), col))
        prev = v

FIGS = [
    fig("ước đạt 6.820 tỷ đồng", "6.820", 6820000000000, "money", "đồng", percent=3.1, status="estimate",
        change=chg("increase", 8.4, "%", "năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm giấy tiêu dùng và tã giấy", period=Y24),
] + TABLE + [
    fig("ước đạt 386 triệu miếng", "386", 386000000, "count", "miếng", percent=103.5, status="estimate",
        subject="sản lượng tã giấy các loại", period=inh(Y24)),
    fig("khoảng 95 triệu miếng", "95", 95000000, "count", "miếng", approx="about", status="estimate",
        subject="sản lượng băng vệ sinh", period=inh(Y24)),
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        change=chg("increase", 2, "doanh nghiệp", "cuối năm 2023"),
        subject="doanh nghiệp sản xuất giấy tiêu dùng, tã giấy đang hoạt động", period=ASOF),
    fig("6 doanh nghiệp FDI", "6", 6, "count", "doanh nghiệp", total=19,
        subject="doanh nghiệp FDI sản xuất giấy tiêu dùng, tã giấy", period=ASOF),
    fig("khoảng 5.400 lao động", "5.400", 5400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp giấy tiêu dùng, tã giấy", period=inh(ASOF)),
    fig("trên 9.300 tỷ đồng", "9.300", 9300000000000, "money", "đồng", approx="over",
        subject="tổng vốn đăng ký", period=inh(ASOF)),
    fig("đạt 7.400 tỷ đồng", "7.400", 7400000000000, "money", "đồng", status="target",
        change=chg("increase", 8.5, "%", approx="about"),
        subject="giá trị sản xuất nhóm ngành giấy tiêu dùng và tã giấy", period=N25),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp có hệ thống xử lý nước thải đạt quy chuẩn", period=N25),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất tã giấy công nghệ cao thu hút", period=N25),
]

NOTES = [
    "Formal report (UBND tỉnh Hưng Yên, 'Số: 21/BC-UBND', 'Hưng Yên, ngày 22 tháng 01 năm 2025'), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn': every cell a measure in tấn; period from the column header (scored); 'Ước thực hiện 2024'",
    "-> estimate, 'Kế hoạch 2025' -> target. Subject = row label + column label. Table cells get no totals ('Tổng cộng' row is its own figure).",
    "Distractors: 'Số: 21/BC-UBND', 'Quyết định số 1247/QĐ-UBND', section numbers I., II., 1.-3., 'Lưu: VT, KT.'.",
    "'tăng 2 doanh nghiệp so với cuối năm 2023' in brackets is the change of 19; '6 doanh nghiệp FDI' after 'trong đó' has total 19.",
    "'bằng 103,5% kế hoạch' -> percent of 386 triệu miếng. 'băng vệ sinh khoảng 95 triệu miếng' continues the 'ước đạt' clause: estimate.",
    "Section II targets take 'NĂM 2025' from the heading (inherited). '7.400 tỷ ... tăng khoảng 8,5%' -> change of the target.",
]

if __name__ == "__main__":
    write("p1226-3", TEXT, NOTES, FIGS, published="2025-01-22", location="Hưng Yên")
