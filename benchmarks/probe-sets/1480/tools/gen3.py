"""p1480-3: formal report (UBND tỉnh Hưng Yên, Số: 215/BC-UBND): tape and glue, first half of 2024; flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất băng keo, keo dán 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm

I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024
1. Tình hình chung
Toàn tỉnh có 19 doanh nghiệp sản xuất băng keo, keo dán đang hoạt động, tập trung tại các KCN Phố Nối A, Thăng Long II và Minh Đức. Giá trị sản xuất của ngành 6 tháng ước đạt 2.145 tỷ đồng, tăng 9,6% so với cùng kỳ, chiếm 1,8% giá trị sản xuất công nghiệp toàn tỉnh. 6 tháng, sản lượng keo dán các loại đạt 12.380 tấn, tăng 4,1% so với cùng kỳ.

2. Sản lượng băng keo
Đơn vị tính: triệu m2
Sản phẩm | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024 | So với cùng kỳ (%) | Kế hoạch năm 2024
Băng keo OPP | 96,4 | 104,5 | 108,4 | 215
Băng keo giấy | 31,2 | 34,6 | 110,9 | 70
Băng keo vải | 8,5 | 7,9 | 92,9 | 16
Băng keo hai mặt | 12,1 | 14,3 | 118,2 | 30
Tổng cộng | 148,2 | 161,3 | 108,8 | 331

3. Khó khăn
Giá hạt nhựa PP và keo acrylic nhập khẩu tăng 10-15% so với cuối năm 2023; 2 doanh nghiệp phải tạm dừng sản xuất từ 15 đến 20 ngày do thiếu đơn hàng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giá trị sản xuất cả năm đạt 4.500 tỷ đồng, tăng 10% so với năm 2023; sản lượng băng keo đạt 331 triệu m2; thu hút thêm ít nhất 2 dự án sản xuất keo dán công nghệ cao.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hào
"""

H1 = per("6 tháng", "2024-01-01", "2024-06-30")
H23 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H24 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)

COLS = ["6 tháng đầu năm 2023", "6 tháng đầu năm 2024", "So với cùng kỳ (%)", "Kế hoạch năm 2024"]
ROWS = [("Băng keo OPP", "OPP", ["96,4", "104,5", "108,4", "215"]),
        ("Băng keo giấy", "giấy", ["31,2", "34,6", "110,9", "70"]),
        ("Băng keo vải", "vải", ["8,5", "7,9", "92,9", "16"]),
        ("Băng keo hai mặt", "hai mặt", ["12,1", "14,3", "118,2", "30"]),
        ("Tổng cộng", "Tổng cộng", ["148,2", "161,3", "108,8", "331"])]


def table():
    out = []
    for label, lead, cells in ROWS:
        prev = lead
        row_subj = "tổng cộng sản lượng băng keo" if label == "Tổng cộng" else "sản lượng b" + label[1:]
        for col, num in zip(COLS, cells):
            anchor = f"{prev} | {num}"
            v = float(num.replace(",", "."))
            if col.startswith("So với"):
                out.append(fig(anchor, num, v, "percent", "%", subject=f"{row_subj} so với cùng kỳ",
                               period=inh(H24)))
            elif col.startswith("Kế hoạch"):
                out.append(fig(anchor, num, v * 1e6, "measure", "m2", status="target",
                               subject=f"{row_subj} kế hoạch năm 2024", period=K24))
            else:
                out.append(fig(anchor, num, v * 1e6, "measure", "m2", subject=f"{row_subj} {col}",
                               period=H23 if "2023" in col else H24))
            prev = num
    return out


FIGS = [
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất băng keo, keo dán đang hoạt động"),
    fig("ước đạt 2.145 tỷ", "2.145", 2145e9, "money", "đồng", status="estimate", percent=1.8,
        change=chg("increase", 9.6, "%", "cùng kỳ"), subject="giá trị sản xuất của ngành", period=H1),
    fig("đạt 12.380 tấn", "12.380", 12380, "measure", "tấn", change=chg("increase", 4.1, "%", "cùng kỳ"),
        subject="sản lượng keo dán các loại", period=H1),
] + table() + [
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá hạt nhựa PP và keo acrylic nhập khẩu"),
    fig("; 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", subject="doanh nghiệp phải tạm dừng sản xuất",
        period=inh(H24)),
    fig("từ 15 đến 20 ngày", "15", 15, "measure", "ngày", value_max=20, subject="thời gian tạm dừng sản xuất",
        period=inh(H24)),
    fig("đạt 4.500 tỷ", "4.500", 4500e9, "money", "đồng", status="target",
        change=chg("increase", 10, "%", "năm 2023"), subject="giá trị sản xuất cả năm", period=YR),
    fig("đạt 331 triệu", "331", 331e6, "measure", "m2", status="target", subject="sản lượng băng keo",
        period=YR),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất keo dán công nghệ cao thu hút thêm", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN', 'Số: 215/BC-UBND', 'Hưng Yên, ngày 15 tháng 7 năm 2024' (published), sections I/II and 1-3,",
    "'Nơi nhận', 'Lưu: VT, KT1', signature block. Location Hưng Yên throughout (the KCN names are not places of the figures).",
    "Flattened '|' table with 'Đơn vị tính: triệu m2': every numeric cell is a figure, subject = row label + column label;",
    "period from the column header (scored); 'Kế hoạch năm 2024' column -> target; 'So với cùng kỳ (%)' cells are percent figures",
    "(value as written, e.g. 92,9) whose header gives no period: the half-year is marked inherited (not scored). Cells get no total",
    "(the 'Tổng cộng' row stands after its parts: no cue). 'Băng keo hai mặt' is a product name, not a figure.",
    "Year-less '6 tháng' = first half of 2024 (dateline/heading). 'chiếm 1,8%' is the percent attribute of 2.145 tỷ.",
    "'tăng 10-15% so với cuối năm 2023' is a price rise as the claim: percent range, no change, no period.",
    "Section II: 'Phấn đấu' governs the ';'-chain (target); 'cả năm' = 2024. The 2 projects are the task of the half-year",
    "heading '6 tháng cuối năm 2024' or of 'cả năm': the period is marked inherited (not scored).",
]

if __name__ == "__main__":
    write("p1480-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Hưng Yên")
