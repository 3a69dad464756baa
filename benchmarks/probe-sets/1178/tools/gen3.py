"""p1178-3: formal report (UBND tỉnh Hòa Bình, 2023) on medicinal crops and herbal tea processing; flattened | table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÒA BÌNH
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình phát triển cây dược liệu và chế biến trà thảo mộc năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, diện tích cây dược liệu toàn tỉnh ước đạt 2.480 ha, bằng 103,3% kế hoạch, tăng 215 ha so với năm 2022; sản lượng dược liệu khô ước đạt 3.150 tấn.

2. Diện tích cây dược liệu theo địa bàn
Đơn vị tính: ha
Huyện | Năm 2022 | Ước thực hiện 2023 | Kế hoạch 2024
Đà Bắc | 640 | 705 | 760
Mai Châu | 395 | 430 | 470
Tân Lạc | 520 | 548 | 590
Lạc Sơn | 410 | 452 | 480
Các huyện còn lại | 300 | 345 | 400
Tổng cộng | 2.265 | 2.480 | 2.700

3. Chế biến, tiêu thụ
Đến hết tháng 11/2023, toàn tỉnh có 14 cơ sở chế biến trà thảo mộc, dược liệu sấy khô với tổng công suất khoảng 4.200 tấn/năm, trong đó 5 cơ sở đạt tiêu chuẩn GMP. Các cơ sở tạo việc làm cho 380 lao động, thu nhập bình quân 5,8 triệu đồng/người/tháng. Sản phẩm chủ lực là trà giảo cổ lam, trà xạ đen túi lọc với sản lượng tiêu thụ khoảng 95 tấn, doanh thu 38,5 tỷ đồng, tăng 12% so với năm 2022.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu diện tích cây dược liệu đạt 2.700 ha; sản lượng dược liệu khô trên 3.400 tấn; có thêm từ 3 đến 5 sản phẩm trà thảo mộc đạt OCOP 4 sao.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Đến hết tháng 11/2023", None, "2023-11-30")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {
    "Năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    "Ước thực hiện 2023": (per("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), "estimate"),
    "Kế hoạch 2024": (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
}
ROWS = [("Đà Bắc", "640", "705", "760"), ("Mai Châu", "395", "430", "470"), ("Tân Lạc", "520", "548", "590"),
        ("Lạc Sơn", "410", "452", "480"), ("Các huyện còn lại", "300", "345", "400"),
        ("Tổng cộng", "2.265", "2.480", "2.700")]


def table():
    out = []
    names = list(COLS)
    for label, *cells in ROWS:
        left = label
        for col, num in zip(names, cells):
            p, st = COLS[col]
            kw = {} if st == "actual" else {"status": st}
            if label in ("Các huyện còn lại", "Tổng cộng"):
                subj = f"{label.lower()} diện tích cây dược liệu {col.lower()}"
            else:
                subj = f"diện tích cây dược liệu {col.lower()}"
                kw["location"] = label
            out.append(fig(f"{left} | {num}", num, float(num.replace(".", "")), "measure", "ha",
                           subject=subj, period=p, **kw))
            left = num
    return out


FIGS = [
    fig("ước đạt 2.480 ha", "2.480", 2480, "measure", "ha", percent=103.3, status="estimate",
        change=chg("increase", 215, "ha", "năm 2022"), subject="diện tích cây dược liệu", period=Y23),
    fig("ước đạt 3.150 tấn", "3.150", 3150, "measure", "tấn", status="estimate",
        subject="sản lượng dược liệu khô", period=Y23),
    *table(),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở chế biến trà thảo mộc, dược liệu sấy khô",
        period=ASOF),
    fig("khoảng 4.200 tấn/năm", "4.200", 4200, "measure", "tấn/năm", approx="about",
        subject="tổng công suất cơ sở chế biến", period=ASOF),
    fig("5 cơ sở", "5", 5, "count", "cơ sở", total=14, subject="cơ sở chế biến đạt tiêu chuẩn GMP", period=ASOF),
    fig("cho 380 lao động", "380", 380, "count", "lao động", subject="lao động các cơ sở chế biến tạo việc làm",
        period=inh(ASOF)),
    fig("5,8 triệu", "5,8", 5800000, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động",
        period=inh(ASOF)),
    fig("khoảng 95 tấn", "95", 95, "measure", "tấn", approx="about",
        subject="sản lượng tiêu thụ trà giảo cổ lam, trà xạ đen túi lọc", period=inh(Y23)),
    fig("38,5 tỷ", "38,5", 38500000000, "money", "đồng", change=chg("increase", 12, "%", "năm 2022"),
        subject="doanh thu trà giảo cổ lam, trà xạ đen túi lọc", period=inh(Y23)),
    fig("đạt 2.700 ha", "2.700", 2700, "measure", "ha", status="target", subject="diện tích cây dược liệu",
        period=Y24),
    fig("trên 3.400 tấn", "3.400", 3400, "measure", "tấn", approx="over", status="target",
        subject="sản lượng dược liệu khô", period=Y24),
    fig("từ 3 đến 5 sản phẩm", "3", 3, "count", "sản phẩm", value_max=5, status="target",
        subject="sản phẩm trà thảo mộc đạt OCOP 4 sao có thêm", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÒA BÌNH', 'Số: 386/BC-UBND', 'Hòa Bình, ngày 18 tháng 12 năm 2023' (published); sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: ha': district rows go to location, subject = indicator + column label; the column",
    "header gives the period (scored) and the status ('Ước thực hiện' → estimate, 'Kế hoạch' → target). 'Các huyện còn lại' is not one",
    "place (subject, location Hòa Bình). Table cells get no totals. 'Đến hết tháng 11/2023' is an as-of date (end 2023-11-30).",
    "'… khoảng 4.200 tấn/năm, trong đó 5 cơ sở …': the whole of 5 cơ sở is 14 cơ sở (same thing counted), not the capacity.",
    "Section II targets inherit 2024 from the heading. Distractors: document number, section numbers, 'OCOP 4 sao', 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1178-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Hòa Bình")
