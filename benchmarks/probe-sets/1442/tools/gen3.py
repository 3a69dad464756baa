"""p1442-3: formal report (UBND huyện Trà Cú, Trà Vinh), bánh tét Trà Cuôn, flattened '|' table by kind of cake."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN TRÀ CÚ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 46/BC-UBND
Trà Cú, ngày 26 tháng 02 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ bánh tét Trà Cuôn dịp Tết Nguyên đán Giáp Thìn

Thực hiện Kế hoạch số 112/KH-UBND ngày 15/11/2023 của UBND huyện, UBND huyện Trà Cú báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình sản xuất
Làng nghề bánh tét Trà Cuôn (ấp Trà Cuôn, xã Kim Sơn) hiện có 68 hộ sản xuất, tăng 6 hộ so với năm 2023, giải quyết việc làm cho khoảng 540 lao động, trong đó lao động nữ chiếm 72%. Dịp Tết Nguyên đán vừa qua, các hộ sản xuất được 265.000 đòn bánh tét, đạt 106% kế hoạch, tăng 12,3% so với cùng kỳ; doanh thu ước đạt 23,8 tỷ đồng.

2. Sản lượng theo loại bánh
Đơn vị tính: đòn
Loại bánh | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Bánh tét nhân mỡ đậu xanh | 148.500 | 162.000 | 109,1
Bánh tét nhân chuối | 52.300 | 61.000 | 116,6
Bánh tét lá cẩm | 35.200 | 42.000 | 119,3
Tổng cộng | 236.000 | 265.000 | 112,3

3. Tiêu thụ
Khoảng 65% sản lượng được tiêu thụ trong tỉnh; phần còn lại đưa đi TP Hồ Chí Minh, Cần Thơ, Bình Dương và gửi ra nước ngoài. Giá bán bình quân 85.000 đồng/đòn, cao hơn 5.000 đồng so với năm 2023.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu năm 2024 sản lượng bánh tét đạt 400.000 đòn, doanh thu trên 35 tỷ đồng.
2. Hỗ trợ ít nhất 10 hộ đầu tư máy hút chân không, tủ cấp đông; hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP 4 sao.

Nơi nhận:
- UBND tỉnh Trà Vinh;
- Sở Công Thương;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Thạch Sô Phol
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T24 = per("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Bánh tét nhân mỡ đậu xanh", ["148.500", "162.000", "109,1"]),
        ("Bánh tét nhân chuối", ["52.300", "61.000", "116,6"]),
        ("Bánh tét lá cẩm", ["35.200", "42.000", "119,3"]),
        ("Tổng cộng", ["236.000", "265.000", "112,3"])]
CELLS = []
for label, (a, b, c) in ROWS:
    row = label.lower()
    CELLS.append(fig(f"{label} | {a}", a, float(a.replace(".", "")), "count", "đòn",
                     subject=f"{row} năm 2023", period=C23))
    CELLS.append(fig(f"| {b} |", b, float(b.replace(".", "")), "count", "đòn",
                     subject=f"{row} năm 2024", period=C24))
    CELLS.append(fig(f"| {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{row} so với cùng kỳ"))

FIGS = [
    fig("có 68 hộ", "68", 68, "count", "hộ", change=chg("increase", 6, "hộ", "năm 2023"),
        subject="hộ sản xuất của làng nghề bánh tét Trà Cuôn"),
    fig("khoảng 540 lao động", "540", 540, "count", "lao động", approx="about", subject="lao động được giải quyết việc làm"),
    fig("chiếm 72%", "72", 72, "percent", "%", subject="lao động nữ"),
    fig("được 265.000 đòn", "265.000", 265000, "count", "đòn", percent=106,
        change=chg("increase", 12.3, "%", "cùng kỳ"), subject="bánh tét các hộ sản xuất được dịp Tết Nguyên đán"),
    fig("ước đạt 23,8 tỷ", "23,8", 23.8e9, "money", "đồng", status="estimate", subject="doanh thu"),
] + CELLS + [
    fig("Khoảng 65%", "65", 65, "percent", "%", approx="about", subject="sản lượng được tiêu thụ trong tỉnh"),
    fig("bình quân 85.000", "85.000", 85000, "money", "đồng/đòn", change=chg("increase", 5000, "đồng", "năm 2023"),
        subject="giá bán bình quân"),
    fig("đạt 400.000 đòn", "400.000", 400000, "count", "đòn", status="target", subject="sản lượng bánh tét", period=T24),
    fig("trên 35 tỷ", "35", 35e9, "money", "đồng", approx="over", status="target", subject="doanh thu", period=T24),
    fig("ít nhất 10 hộ", "10", 10, "count", "hộ", approx="at_least", status="target",
        subject="hộ được hỗ trợ đầu tư máy hút chân không, tủ cấp đông",
        period=inh(per("NĂM 2024", "2024-01-01", "2024-12-31"))),
]

NOTES = [
    "Formal report: 'UBND HUYỆN TRÀ CÚ', 'Số: 46/BC-UBND', 'Trà Cú, ngày 26 tháng 02 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 'Số: 46/BC-UBND', 'Kế hoạch số 112/KH-UBND ngày 15/11/2023', section numbers, 'OCOP 4 sao', 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: đòn'; rows are kinds of cake; period from the column headers 'Năm 2023' / 'Năm 2024' (scored);",
    "the 'So với cùng kỳ (%)' column is a percent figure per row (ratio to last year, value as written), no period, no total.",
    "'đạt 106% kế hoạch' → percent attribute of 265.000; 'tăng 12,3% so với cùng kỳ' → its change. 'Dịp Tết Nguyên đán vừa qua' gives no period.",
    "'trong đó lao động nữ chiếm 72%' is a percent figure of its own. Section II 'NHIỆM VỤ NĂM 2024' with 'Phấn đấu' → target;",
    "'ít nhất 10 hộ' takes the target status and the heading's year (inherited, not scored). Location: huyện Trà Cú for all.",
]

if __name__ == "__main__":
    write("p1442-3", TEXT, NOTES, FIGS, published="2024-02-26", location="Trà Cú")
