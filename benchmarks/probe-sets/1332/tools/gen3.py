"""p1332-3: formal report (UBND tỉnh Hưng Yên, Số: 215/BC-UBND): electricity supply and use 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình cung ứng, sử dụng điện năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản lượng điện thương phẩm
Năm 2024, sản lượng điện thương phẩm toàn tỉnh ước đạt 6.742 triệu kWh, tăng 11,8% so với năm 2023, vượt 2,1% kế hoạch. Công suất cực đại (Pmax) đạt 1.236 MW, tăng 9,5%.

Đơn vị tính: triệu kWh
Thành phần phụ tải | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Công nghiệp - Xây dựng | 4.718 | 5.305 | 5.890 | 112,4
Thương mại - Dịch vụ | 142 | 158 | 172 | 111,3
Quản lý và tiêu dùng dân cư | 1.048 | 1.155 | 1.260 | 110,2
Nông, lâm nghiệp, thủy sản và khác | 122 | 124 | 128 | 101,6
Tổng cộng | 6.030 | 6.742 | 7.450 | 111,8

2. Giá bán và tiền điện
Giá bán điện bình quân năm 2024 ước đạt 1.948 đồng/kWh. Tổng doanh thu tiền điện ước khoảng 13.130 tỷ đồng. Tiền điện sinh hoạt bình quân của hộ gia đình khoảng 312.000 đồng/tháng, tăng 8,6% so với năm 2023. Tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt đạt 96,4%.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng điện thương phẩm năm 2025 đạt 7.450 triệu kWh, tăng 10,5% so với năm 2024; tỷ lệ tổn thất điện năng không quá 3,2%; đầu tư 46 công trình lưới điện với tổng vốn khoảng 1.280 tỷ đồng.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Công nghiệp - Xây dựng", ["4.718", "5.305", "5.890", "112,4"]),
        ("Thương mại - Dịch vụ", ["142", "158", "172", "111,3"]),
        ("Quản lý và tiêu dùng dân cư", ["1.048", "1.155", "1.260", "110,2"]),
        ("Nông, lâm nghiệp, thủy sản và khác", ["122", "124", "128", "101,6"]),
        ("Tổng cộng", ["6.030", "6.742", "7.450", "111,8"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        kw = {"status": st} if st else {}
        subj = f"sản lượng điện thương phẩm {label.lower()} {col}"
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(anchor, n, num(n) * 1e6, "measure", "kWh", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 6.742 triệu", "6.742", 6742e6, "measure", "kWh", status="estimate",
        change=chg("increase", 11.8, "%", "năm 2023"),
        subject="sản lượng điện thương phẩm toàn tỉnh", period=Y24),
    fig("vượt 2,1%", "2,1", 2.1, "percent", "%", status="estimate", optional=True,
        subject="sản lượng điện thương phẩm vượt kế hoạch", period=Y24),
    fig("đạt 1.236 MW", "1.236", 1236, "measure", "MW", change=chg("increase", 9.5, "%"),
        subject="công suất cực đại (Pmax)", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 1.948 đồng", "1.948", 1948, "money", "đồng/kWh", status="estimate",
        subject="giá bán điện bình quân", period=Y24b),
    fig("khoảng 13.130 tỷ", "13.130", 13130e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng doanh thu tiền điện", period=inh(Y24b)),
    fig("khoảng 312.000 đồng", "312.000", 312000, "money", "đồng/tháng", approx="about",
        change=chg("increase", 8.6, "%", "năm 2023"),
        subject="tiền điện sinh hoạt bình quân của hộ gia đình", period=inh(Y24b)),
    fig("đạt 96,4%", "96,4", 96.4, "percent", "%",
        subject="tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt", period=inh(Y24b)),
    fig("đạt 7.450 triệu", "7.450", 7450e6, "measure", "kWh", status="target",
        change=chg("increase", 10.5, "%", "năm 2024"),
        subject="sản lượng điện thương phẩm", period=Y25),
    fig("không quá 3,2%", "3,2", 3.2, "percent", "%", approx="at_most", status="target",
        subject="tỷ lệ tổn thất điện năng", period=Y25),
    fig("đầu tư 46 công", "46", 46, "count", "công trình", status="target",
        subject="công trình lưới điện đầu tư", period=Y25),
    fig("khoảng 1.280 tỷ", "1.280", 1280e9, "money", "đồng", approx="about", status="target",
        subject="tổng vốn đầu tư công trình lưới điện", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Hưng Yên, 'Số: 215/BC-UBND', 'Hưng Yên, ngày 18 tháng 12 năm 2024', sections I/II, 1-2, 'Nơi nhận').",
    "Distractors: 215/BC-UBND, letterhead date, section numbers I./II./1./2., years in the title, 'Lưu: VT, KTN'.",
    "'vượt 2,1% kế hoạch' is a second change of 6.742 triệu kWh (first: tăng 11,8%): a percent figure of its own, optional.",
    "'Công suất cực đại (Pmax) đạt 1.236 MW, tăng 9,5%': the change of 1.236 MW (no baseline stated); period inherited from 'Năm 2024'.",
    "Flattened '|' table, 'Đơn vị tính: triệu kWh': rows are load components; subject = indicator + row + column label; period from the",
    "column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures",
    "(index vs same period, value as written) with no period or status cue in their header: actual, no period. Cells get no total.",
    "Section 2: 'năm 2024' stands in the first sentence only; the other sentences inherit it. 'ước khoảng' → estimate + about.",
    "Section II 'Phấn đấu' governs the whole ';' chain (target), 'không quá 3,2%' → at_most.",
]

if __name__ == "__main__":
    write("p1332-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Hưng Yên")
