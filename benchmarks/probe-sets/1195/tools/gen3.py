"""p1195-3: formal report (UBND tỉnh Kiên Giang) on anchovy catch and processing 2024, flattened | table by place."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH KIÊN GIANG
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tình hình khai thác, chế biến cá cơm năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khai thác
Năm 2024, toàn tỉnh có 1.034 tàu khai thác cá cơm (lưới mành, lưới vây), giảm 46 tàu so với năm 2023. Sản lượng cá cơm khai thác đạt 96.540 tấn, bằng 103,8% kế hoạch, tăng 4,6% so với năm 2023.

Sản lượng cá cơm khai thác theo địa phương:
Đơn vị tính: tấn
Địa phương | Năm 2023 | Năm 2024 | 2024/2023 (%)
TP Phú Quốc | 41.250 | 43.870 | 106,4
Huyện Kiên Hải | 28.600 | 29.150 | 101,9
TP Hà Tiên | 9.820 | 10.240 | 104,3
Các địa phương khác | 12.630 | 13.280 | 105,1
Tổng cộng | 92.300 | 96.540 | 104,6

2. Chế biến
Toàn tỉnh có 118 cơ sở chế biến nước mắm và 64 cơ sở hấp, sấy cá cơm. Năm 2024, sản lượng nước mắm đạt 31,5 triệu lít, trong đó TP Phú Quốc 18,2 triệu lít; cá cơm khô đạt 7.860 tấn. Giá trị xuất khẩu cá cơm khô ước đạt 14,3 triệu USD.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu sản lượng cá cơm khai thác 97.000 tấn; sản lượng nước mắm 33 triệu lít; 100% cơ sở chế biến đạt điều kiện an toàn thực phẩm.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
IND = "sản lượng cá cơm khai thác"


def cell(anchor, number, value, col, row=None, place=None):
    label = f"{IND} {row.lower()}" if row else IND
    kw = {"location": place} if place else {}
    if col == "2024/2023 (%)":
        return F(anchor, number, value, "percent", "%", subject=f"{label} 2024/2023", **kw)
    per = {"Năm 2023": Y23, "Năm 2024": Y24}[col]
    return F(anchor, number, value, "measure", "tấn", subject=f"{label} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 1.034 tàu", "1.034", 1034, "count", "tàu", change=C("decrease", 46, "tàu", "năm 2023"),
      subject="tàu khai thác cá cơm", period=Y24),
    F("đạt 96.540 tấn", "96.540", 96540, "measure", "tấn", percent=103.8,
      change=C("increase", 4.6, "%", "năm 2023"), subject=IND, period=I(Y24)),
    cell("Phú Quốc | 41.250", "41.250", 41250, "Năm 2023", place="Phú Quốc"),
    cell("41.250 | 43.870", "43.870", 43870, "Năm 2024", place="Phú Quốc"),
    cell("43.870 | 106,4", "106,4", 106.4, "2024/2023 (%)", place="Phú Quốc"),
    cell("Kiên Hải | 28.600", "28.600", 28600, "Năm 2023", place="Kiên Hải"),
    cell("28.600 | 29.150", "29.150", 29150, "Năm 2024", place="Kiên Hải"),
    cell("29.150 | 101,9", "101,9", 101.9, "2024/2023 (%)", place="Kiên Hải"),
    cell("Hà Tiên | 9.820", "9.820", 9820, "Năm 2023", place="Hà Tiên"),
    cell("9.820 | 10.240", "10.240", 10240, "Năm 2024", place="Hà Tiên"),
    cell("10.240 | 104,3", "104,3", 104.3, "2024/2023 (%)", place="Hà Tiên"),
    cell("khác | 12.630", "12.630", 12630, "Năm 2023", row="các địa phương khác"),
    cell("12.630 | 13.280", "13.280", 13280, "Năm 2024", row="các địa phương khác"),
    cell("13.280 | 105,1", "105,1", 105.1, "2024/2023 (%)", row="các địa phương khác"),
    cell("Tổng cộng | 92.300", "92.300", 92300, "Năm 2023", row="tổng cộng"),
    cell("92.300 | 96.540", "96.540", 96540, "Năm 2024", row="tổng cộng"),
    cell("96.540 | 104,6", "104,6", 104.6, "2024/2023 (%)", row="tổng cộng"),
    F("có 118 cơ sở", "118", 118, "count", "cơ sở", subject="cơ sở chế biến nước mắm"),
    F("và 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở hấp, sấy cá cơm"),
    F("đạt 31,5 triệu lít", "31,5", 31500000, "measure", "lít", subject="sản lượng nước mắm", period=Y24),
    F("Phú Quốc 18,2 triệu lít", "18,2", 18200000, "measure", "lít", total=31500000,
      subject="sản lượng nước mắm", period=Y24, location="Phú Quốc"),
    F("đạt 7.860 tấn", "7.860", 7860, "measure", "tấn", subject="sản lượng cá cơm khô", period=Y24),
    F("ước đạt 14,3 triệu USD", "14,3", 14300000, "money", "USD", status="estimate",
      subject="giá trị xuất khẩu cá cơm khô", period=I(Y24)),
    F("khai thác 97.000 tấn", "97.000", 97000, "measure", "tấn", status="target", subject=IND, period=Y25),
    F("nước mắm 33 triệu lít", "33", 33000000, "measure", "lít", status="target",
      subject="sản lượng nước mắm", period=Y25),
    F("100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ cơ sở chế biến đạt điều kiện an toàn thực phẩm", period=Y25),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH KIÊN GIANG', 'Số: 45/BC-UBND', 'Kiên Giang, ngày 20 tháng 01 năm 2025' (published), 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn', rows are places (-> location; subject = indicator + column label), 'Các địa phương khác' and",
    "'Tổng cộng' rows keep Kiên Giang and name the row in the subject. Column '2024/2023 (%)' overrides the unit: percent cells, no period.",
    "Year columns give scored periods. Table cells get no totals. Rows add up (92.300 / 96.540) and the ratios match the text's 'tăng 4,6%'.",
    "Distractors: 'Số: 45/BC-UBND', section numbers I./II./1./2., 'Lưu: VT, KT', '(b/c)'. 'giảm 46 tàu so với năm 2023' is a change in tàu.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the target period (inherited). 'Phấn đấu' governs the three ';'-joined targets.",
]

if __name__ == "__main__":
    write("p1195-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Kiên Giang")
