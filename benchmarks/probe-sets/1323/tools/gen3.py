"""p1323-3: formal report (UBND tỉnh Ninh Bình, Số: 312/BC-UBND): souvenir and specialty sales at tourist sites 2024,
flattened '|' table by locality (place column, Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%), Tổng cộng row)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH BÌNH
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển sản phẩm quà tặng, lưu niệm phục vụ khách du lịch năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống điểm bán
Thực hiện Kế hoạch số 87/KH-UBND ngày 15/3/2024, đến ngày 30/11/2024 toàn tỉnh có 214 cửa hàng, quầy bán quà lưu niệm, đặc sản tại các khu, điểm du lịch, tăng 26 cửa hàng so với năm 2023; trong đó 38 cửa hàng đạt tiêu chuẩn phục vụ khách du lịch.

2. Doanh thu
Ước cả năm 2024, doanh thu bán hàng lưu niệm, đặc sản tại các khu, điểm du lịch đạt 286,4 tỷ đồng, tăng 21,3% so với năm 2023, bằng 104,1% kế hoạch.

Đơn vị tính: tỷ đồng
Địa phương | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)
Huyện Hoa Lư | 128,5 | 158,2 | 123,1
TP Ninh Bình | 41,7 | 47,9 | 114,9
Huyện Gia Viễn | 30,2 | 36,8 | 121,9
Huyện Nho Quan | 18,9 | 22,1 | 116,9
Các địa phương khác | 16,8 | 21,4 | 127,4
Tổng cộng | 236,1 | 286,4 | 121,3

3. Sản phẩm
Toàn tỉnh có 126 sản phẩm OCOP, trong đó khoảng 70 sản phẩm được chọn làm quà tặng du lịch như thịt dê, cơm cháy, rượu Kim Sơn, chiếu cói, thêu ren Văn Lâm. Tỷ lệ sản phẩm có tem truy xuất nguồn gốc đạt 85%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 doanh thu bán hàng lưu niệm tại các khu, điểm du lịch đạt trên 320 tỷ đồng; 100% điểm bán tại Tràng An, Tam Cốc - Bích Động niêm yết giá công khai.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VP4.
"""

ASOF = per("đến ngày 30/11/2024", None, "2024-11-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)"]
ROWS = [("Huyện Hoa Lư", "Hoa Lư", None, ["128,5", "158,2", "123,1"]),
        ("TP Ninh Bình", "TP Ninh Bình", None, ["41,7", "47,9", "114,9"]),
        ("Huyện Gia Viễn", "Gia Viễn", None, ["30,2", "36,8", "121,9"]),
        ("Huyện Nho Quan", "Nho Quan", None, ["18,9", "22,1", "116,9"]),
        ("Các địa phương khác", "Ninh Bình", "các địa phương khác", ["16,8", "21,4", "127,4"]),
        ("Tổng cộng", "Ninh Bình", "tổng cộng", ["236,1", "286,4", "121,3"])]


def cells():
    out = []
    for label, loc, rowsubj, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            head = "doanh thu bán hàng lưu niệm, đặc sản" + (f" {rowsubj}" if rowsubj else "")
            v = float(n.replace(",", "."))
            if col == "Năm 2023":
                f = fig(anchor, n, v * 1e9, "money", "đồng", subject=f"{head} năm 2023", period=C23, location=loc)
            elif col == "Ước thực hiện 2024":
                f = fig(anchor, n, v * 1e9, "money", "đồng", status="estimate",
                        subject=f"{head} ước thực hiện 2024", period=E24, location=loc)
            else:
                f = fig(anchor, n, v, "percent", "%", subject=f"{head} so với cùng kỳ", location=loc)
            out.append(f)
            prev = n
    return out


FIGS = [
    fig("có 214 cửa hàng", "214", 214, "count", "cửa hàng",
        change=chg("increase", 26, "cửa hàng", "năm 2023"),
        subject="cửa hàng, quầy bán quà lưu niệm, đặc sản tại các khu, điểm du lịch", period=ASOF),
    fig("trong đó 38 cửa hàng", "38", 38, "count", "cửa hàng", total=214,
        subject="cửa hàng đạt tiêu chuẩn phục vụ khách du lịch", period=ASOF),
    fig("đạt 286,4 tỷ", "286,4", 286.4e9, "money", "đồng", status="estimate", percent=104.1,
        change=chg("increase", 21.3, "%", "năm 2023"),
        subject="doanh thu bán hàng lưu niệm, đặc sản tại các khu, điểm du lịch", period=Y24),
] + cells() + [
    fig("có 126 sản phẩm", "126", 126, "count", "sản phẩm", subject="sản phẩm OCOP"),
    fig("khoảng 70 sản phẩm", "70", 70, "count", "sản phẩm", approx="about", total=126,
        subject="sản phẩm được chọn làm quà tặng du lịch"),
    fig("đạt 85%", "85", 85, "percent", "%", subject="tỷ lệ sản phẩm có tem truy xuất nguồn gốc"),
    fig("trên 320 tỷ", "320", 320e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu bán hàng lưu niệm tại các khu, điểm du lịch", period=Y25),
    fig("100% điểm bán", "100", 100, "percent", "%", status="target",
        subject="điểm bán tại Tràng An, Tam Cốc - Bích Động niêm yết giá công khai", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Ninh Bình, Số: 312/BC-UBND, 'Ninh Bình, ngày 18 tháng 12 năm 2024'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 312/BC-UBND, Kế hoạch số 87/KH-UBND ngày 15/3/2024, the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, VP4'.",
    "'đến ngày 30/11/2024' is an as-of date (start null); 'tăng 26 cửa hàng so với năm 2023' is the change of 214; 38 after '; trong đó' → total 214.",
    "'Ước cả năm 2024 ... đạt 286,4 tỷ đồng, tăng 21,3% ..., bằng 104,1% kế hoạch' → estimate, change 21,3%, percent 104,1.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng': the row label is a place → location (district), subject = caption indicator + column;",
    "'Các địa phương khác' and 'Tổng cộng' stay in Ninh Bình with the row label in the subject. Money cells ×10^9. Table cells get no total.",
    "Column 'Ước thực hiện 2024' → estimate, period 2024; column 'So với cùng kỳ (%)' cells are percent figures (every numeric cell is a figure);",
    "its header gives neither a period nor a status cue, so they carry no period and status actual (borderline: they compare an estimate).",
    "'khoảng 70 sản phẩm' follows 'trong đó' after 126 products → total 126. Section II: 'Phấn đấu năm 2025' governs both clauses (target, 2025).",
]

if __name__ == "__main__":
    write("p1323-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Ninh Bình")
