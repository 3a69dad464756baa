"""p1307-3: formal report (Sở NN&PTNT Ninh Thuận): jujube 6 months 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 512/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ táo 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/6/2024, diện tích táo toàn tỉnh đạt 1.031 ha, bằng 98,2% kế hoạch năm; sản lượng 6 tháng ước đạt 17.640 tấn, giảm 3,4% so với cùng kỳ do nắng nóng kéo dài.

Bảng 1. Diện tích, sản lượng táo theo địa phương
Đơn vị tính: ha, tấn
Địa phương | Diện tích | Sản lượng 6 tháng | So với cùng kỳ (%)
Ninh Phước | 648 | 11.210 | 96,1
Ninh Hải | 182 | 3.150 | 97,8
Thuận Nam | 113 | 1.890 | 98,5
Phan Rang - Tháp Chàm | 88 | 1.390 | 95,9
Tổng số | 1.031 | 17.640 | 96,6

2. Tiêu thụ
Khoảng 70% sản lượng được tiêu thụ qua thương lái tại các tỉnh phía Bắc; 15% bán cho 4 doanh nghiệp có hợp đồng bao tiêu. Giá bán bình quân 11.500 đồng/kg, thấp hơn 1.500 đồng/kg so với cùng kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu sản lượng táo cả năm đạt 38.000 tấn; cấp mới 5 mã số vùng trồng.
2. Tiếp tục triển khai Quyết định số 1156/QĐ-UBND ngày 12/5/2023 của UBND tỉnh.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TT.

GIÁM ĐỐC
"""

ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

ROWS = [("Ninh Phước", ["648", "11.210", "96,1"]), ("Ninh Hải", ["182", "3.150", "97,8"]),
        ("Thuận Nam", ["113", "1.890", "98,5"]), ("Phan Rang - Tháp Chàm", ["88", "1.390", "95,9"]),
        ("Tổng số", ["1.031", "17.640", "96,6"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, (area, out, pct) in ROWS:
    loc = {} if label == "Tổng số" else {"location": label}
    pre = "tổng số " if label == "Tổng số" else ""
    CELLS += [
        fig(f"{label} | {area}", area, num(area), "measure", "ha", subject=pre + "diện tích táo",
            period=inh(ASOF), **loc),
        fig(f"| {out} |", out, num(out), "measure", "tấn", subject=pre + "sản lượng táo 6 tháng", period=H1, **loc),
        fig(f"| {pct}\n", pct, num(pct), "percent", "%", subject=pre + "sản lượng táo 6 tháng so với cùng kỳ",
            period=inh(H1), **loc),
    ]

FIGS = [
    fig("đạt 1.031 ha", "1.031", 1031, "measure", "ha", percent=98.2, subject="diện tích táo toàn tỉnh",
        period=ASOF),
    fig("ước đạt 17.640 tấn", "17.640", 17640, "measure", "tấn", status="estimate",
        change=chg("decrease", 3.4, "%", "cùng kỳ"), subject="sản lượng 6 tháng", period=H1),
] + CELLS + [
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản lượng được tiêu thụ qua thương lái tại các tỉnh phía Bắc", period=inh(H1)),
    fig("; 15% bán", "15", 15, "percent", "%", subject="sản lượng bán cho doanh nghiệp có hợp đồng bao tiêu",
        period=inh(H1)),
    fig("cho 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp có hợp đồng bao tiêu"),
    fig("bình quân 11.500", "11.500", 11500, "money", "đồng/kg",
        change=chg("decrease", 1500, "đồng/kg", "cùng kỳ"), subject="giá bán bình quân", period=inh(H1)),
    fig("đạt 38.000 tấn", "38.000", 38000, "measure", "tấn", status="target", subject="sản lượng táo cả năm",
        period=YEAR),
    fig("mới 5 mã số", "5", 5, "count", "mã số vùng trồng", status="target",
        subject="mã số vùng trồng cấp mới", period=inh(H2)),
]

NOTES = [
    "Formal report (Sở NN&PTNT Ninh Thuận): 'UBND TỈNH NINH THUẬN', 'Số: 512/BC-SNNPTNT', 'Ninh Thuận, ngày 08 tháng 7 năm 2024',",
    "sections I/II and 1., 2., 'Nơi nhận'. Distractors: the document number, the letterhead date, 'Bảng 1.', section numbers,",
    "Quyết định số 1156/QĐ-UBND ngày 12/5/2023, '(b/c)', 'Lưu: VT, TT'.",
    "Flattened '|' table with 'Đơn vị tính: ha, tấn': rows are districts (→ location; 'Tổng số' row keeps Ninh Thuận); subject =",
    "caption indicator + column label; period of 'Sản lượng 6 tháng' cells from the header (scored); the area column and the",
    "'So với cùng kỳ (%)' column have no period in their header (inherited, not scored). Table cells: status from the header only",
    "(no 'Ước' in any header → actual); no total.",
    "'Tính đến ngày 30/6/2024' is an as-of date for 1.031 ha; the second clause has its own '6 tháng' (estimate, change −3,4%).",
    "'Khoảng 70% ...; 15% bán cho 4 doanh nghiệp' → two percent figures and a count. '6 tháng cuối năm' section: 'Phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1307-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Ninh Thuận")
