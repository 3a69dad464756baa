"""p1482-3: formal report (UBND huyện Thái Thụy, Thái Bình): rope and net making 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN THÁI THỤY
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Thụy, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất nghề se dây, đan lưới năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Toàn huyện có 4 làng nghề se dây, đan lưới được UBND tỉnh công nhận, với 1.240 hộ và 2.950 lao động. Giá trị sản xuất năm 2024 đạt 96,4 tỷ đồng, tăng 7,8% so với năm 2023, vượt 4,2% kế hoạch; thu nhập bình quân của lao động 5,6 triệu đồng/người/tháng.

2. Sản lượng theo sản phẩm
Đơn vị tính: tấn
Sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Dây thừng nilon (PP, PE) | 1.860 | 2.045 | 109,9 | 2.200
Dây chão neo tàu | 415 | 472 | 113,7 | 500
Chỉ se đan lưới | 238 | 251 | 105,5 | 270
Tổng cộng | 2.513 | 2.768 | 110,1 | 2.970

3. Tồn tại, hạn chế
Khoảng 30% số hộ còn dùng máy se cũ, sản xuất ngay trong khu dân cư; mới có 2/4 làng nghề có điểm thu gom rác thải nhựa.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất đạt 105 tỷ đồng; hỗ trợ ít nhất 50 hộ chuyển đổi sang máy se tự động; xây dựng 1 cụm công nghiệp làng nghề tại xã Thụy Hải với diện tích 12,5 ha.

Nơi nhận:
- UBND tỉnh Thái Bình (b/c);
- Sở Công Thương;
- Lưu: VT, KT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
H25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
ROWS = [("Dây thừng nilon (PP, PE)", ["1.860", "2.045", "109,9", "2.200"]),
        ("Dây chão neo tàu", ["415", "472", "113,7", "500"]),
        ("Chỉ se đan lưới", ["238", "251", "105,5", "270"]),
        ("Tổng cộng", ["2.513", "2.768", "110,1", "2.970"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        row = label.lower() if label != "Tổng cộng" else "tổng cộng"
        if col == "So với cùng kỳ (%)":
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"sản lượng {row} so với cùng kỳ",
                             period=inh(Y24)))
        elif col == "Kế hoạch 2025":
            CELLS.append(fig(anchor, n, num(n), "measure", "tấn", status="target",
                             subject=f"sản lượng {row} kế hoạch 2025", period=K25))
        else:
            CELLS.append(fig(anchor, n, num(n), "measure", "tấn", subject=f"sản lượng {row} {col.lower()}",
                             period=Y23 if col == "Năm 2023" else Y24))
        prev = n

FIGS = [
    fig("có 4 làng nghề", "4", 4, "count", "làng nghề",
        subject="làng nghề se dây, đan lưới được UBND tỉnh công nhận"),
    fig("với 1.240 hộ", "1.240", 1240, "count", "hộ", subject="hộ làng nghề se dây, đan lưới"),
    fig("2.950 lao động", "2.950", 2950, "count", "lao động", subject="lao động làng nghề se dây, đan lưới"),
    fig("đạt 96,4 tỷ", "96,4", 96.4e9, "money", "đồng", change=chg("increase", 7.8, "%", "năm 2023"),
        subject="giá trị sản xuất", period=Y24s),
    fig("vượt 4,2%", "4,2", 4.2, "percent", "%", subject="giá trị sản xuất vượt kế hoạch", period=Y24s,
        optional=True),
    fig("5,6 triệu", "5,6", 5.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động", period=Y24s),
] + CELLS + [
    fig("Khoảng 30%", "30", 30, "percent", "%", approx="about", subject="số hộ còn dùng máy se cũ"),
    fig("có 2/4 làng nghề", "2", 2, "count", "làng nghề", total=4,
        subject="làng nghề có điểm thu gom rác thải nhựa"),
    fig("đạt 105 tỷ", "105", 105e9, "money", "đồng", status="target", subject="giá trị sản xuất",
        period=inh(H25)),
    fig("ít nhất 50 hộ", "50", 50, "count", "hộ", approx="at_least", status="target",
        subject="hộ được hỗ trợ chuyển đổi sang máy se tự động", period=inh(H25)),
    fig("xây dựng 1 cụm", "1", 1, "count", "cụm công nghiệp", status="target",
        subject="cụm công nghiệp làng nghề xây dựng tại xã Thụy Hải", period=inh(H25)),
    fig("12,5 ha", "12,5", 12.5, "measure", "ha", status="target",
        subject="diện tích cụm công nghiệp làng nghề", period=inh(H25)),
]

NOTES = [
    "Formal report: 'UBND HUYỆN THÁI THỤY', 'Số: 09/BC-UBND', 'Thái Thụy, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, 'Lưu: VT, KT', '(PP, PE)'.",
    "Standing counts (4 làng nghề, 1.240 hộ, 2.950 lao động) have no period of their own (the section title names năm 2024).",
    "96,4 tỷ đồng: change 7,8% vs năm 2023 (first); 'vượt 4,2% kế hoạch' is a second change → its own percent figure, optional.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; every numeric cell is a figure: subject row + column, period from the column header;",
    "'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are growth ratios as the claim (percent, value as written, no change);",
    "their year 2024 comes from the neighbouring column, not their own header: marked inherited (not scored). Table cells get no total.",
    "'2/4 làng nghề' → total 4. Section II: 'Phấn đấu' governs all clauses after ';' (target); period from the section title (inherited).",
    "Location: the district Thái Thụy for all figures; xã Thụy Hải is a commune.",
]

if __name__ == "__main__":
    write("p1482-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Thái Thụy")
