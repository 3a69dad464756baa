"""p549-3: UBND tỉnh Điện Biên formal report, policy credit 9 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 3127/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện tín dụng chính sách xã hội 9 tháng năm 2024

Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư, UBND tỉnh Điện Biên báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Nguồn vốn
Đến 30/9/2024, tổng nguồn vốn tín dụng chính sách đạt 4.215,8 tỷ đồng, tăng 286,4 tỷ đồng so với 31/12/2023; trong đó nguồn vốn ủy thác từ ngân sách địa phương 198,5 tỷ đồng, chiếm 4,7% tổng nguồn vốn.

2. Cho vay, thu nợ và dư nợ
9 tháng năm 2024, doanh số cho vay đạt 1.032,6 tỷ đồng với 21.508 lượt hộ vay vốn; doanh số thu nợ 746,2 tỷ đồng. Tổng dư nợ đạt 4.187,2 tỷ đồng, bằng 98,6% kế hoạch giao, với 79.340 hộ còn dư nợ; nợ quá hạn 6,9 tỷ đồng, chiếm 0,16% tổng dư nợ.

Bảng 1. Dư nợ một số chương trình tín dụng chính sách
Chương trình | Dư nợ đến 31/12/2023 (tỷ đồng) | Dư nợ đến 30/9/2024 (tỷ đồng) | Hộ còn dư nợ (hộ)
Hộ nghèo | 1.026,4 | 1.089,7 | 18.452
Hộ cận nghèo | 742,1 | 801,5 | 12.906
Hộ mới thoát nghèo | 498,6 | 512,3 | 8.127
Giải quyết việc làm | 615,0 | 689,2 | 9.735

Các huyện có dư nợ lớn là Mường Ảng (512,4 tỷ đồng), Tuần Giáo (498,7 tỷ đồng), Mường Chà (476,1 tỷ đồng).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 tổng dư nợ đạt 4.250 tỷ đồng, tăng trưởng tín dụng đạt trên 6%, tỷ lệ nợ quá hạn dưới 0,2%.

Nơi nhận:
- Ngân hàng CSXH Việt Nam;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("Dư nợ đến 31/12/2023", None, "2023-12-31")
C24 = P("Dư nợ đến 30/9/2024", None, "2024-09-30")
TGT = P("đến 31/12/2024", None, "2024-12-31")
SRC = 4_215_800_000_000

ROWS = [
    # row label, subject word, (anchor, number, value) x3
    ("Hộ nghèo", [("Hộ nghèo | 1.026,4", "1.026,4", 1_026_400_000_000), ("| 1.089,7 |", "1.089,7", 1_089_700_000_000),
                  ("| 18.452", "18.452", 18452)]),
    ("Hộ cận nghèo", [("| 742,1", "742,1", 742_100_000_000), ("| 801,5", "801,5", 801_500_000_000),
                      ("| 12.906", "12.906", 12906)]),
    ("Hộ mới thoát nghèo", [("| 498,6", "498,6", 498_600_000_000), ("| 512,3", "512,3", 512_300_000_000),
                            ("| 8.127", "8.127", 8127)]),
    ("Giải quyết việc làm", [("| 615,0", "615,0", 615_000_000_000), ("| 689,2", "689,2", 689_200_000_000),
                             ("| 9.735", "9.735", 9735)]),
]

FIGS = [
    F("đạt 4.215,8 tỷ đồng", "4.215,8", SRC, "money", "đồng", "tổng nguồn vốn tín dụng chính sách", ASOF,
      change=CH("increase", 286_400_000_000, "đồng", "31/12/2023")),
    F("phương 198,5 tỷ đồng", "198,5", 198_500_000_000, "money", "đồng",
      "nguồn vốn ủy thác từ ngân sách địa phương", ASOF, total=SRC, percent=4.7),
    F("đạt 1.032,6 tỷ đồng", "1.032,6", 1_032_600_000_000, "money", "đồng", "doanh số cho vay", M9),
    F("với 21.508 lượt hộ", "21.508", 21508, "count", "lượt hộ", "lượt hộ vay vốn", M9),
    F("nợ 746,2 tỷ đồng", "746,2", 746_200_000_000, "money", "đồng", "doanh số thu nợ", M9),
    F("đạt 4.187,2 tỷ đồng", "4.187,2", 4_187_200_000_000, "money", "đồng", "tổng dư nợ", I(ASOF), percent=98.6),
    F("với 79.340 hộ", "79.340", 79340, "count", "hộ", "hộ còn dư nợ", I(ASOF)),
    F("hạn 6,9 tỷ đồng", "6,9", 6_900_000_000, "money", "đồng", "nợ quá hạn", I(ASOF), percent=0.16),
]
for label, cells in ROWS:
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    FIGS.append(F(a1, n1, v1, "money", "đồng", f"dư nợ {label} đến 31/12/2023", C23))
    FIGS.append(F(a2, n2, v2, "money", "đồng", f"dư nợ {label} đến 30/9/2024", C24))
    FIGS.append(F(a3, n3, v3, "count", "hộ", f"{label} hộ còn dư nợ", I(ASOF)))
FIGS += [
    F("Mường Ảng (512,4", "512,4", 512_400_000_000, "money", "đồng", "dư nợ", I(ASOF), location="Mường Ảng"),
    F("Tuần Giáo (498,7", "498,7", 498_700_000_000, "money", "đồng", "dư nợ", I(ASOF), location="Tuần Giáo"),
    F("Mường Chà (476,1", "476,1", 476_100_000_000, "money", "đồng", "dư nợ", I(ASOF), location="Mường Chà"),
    F("đạt 4.250 tỷ đồng", "4.250", 4_250_000_000_000, "money", "đồng", "tổng dư nợ", TGT, status="target"),
    F("trên 6%", "6", 6, "percent", "%", "tăng trưởng tín dụng", TGT, approx="over", status="target"),
    F("dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ nợ quá hạn", TGT, approx="under", status="target"),
]

COMMENTS = [
    "UBND tỉnh Điện Biên, Báo cáo số 3127/BC-UBND: kết quả tín dụng chính sách xã hội 9 tháng năm 2024 (invented, probe set 549).",
    "Place-and-date line 'Điện Biên, ngày 08 tháng 10 năm 2024' gives published. Not figures: 'Số: 3127/BC-UBND',",
    "'Chỉ thị số 40-CT/TW ngày 22/11/2014', section numbers I./1./2./II., 'Bảng 1', 'QUÝ IV/2024' heading.",
    "Flattened '|' table: every numeric cell is a figure, units from the column headers ((tỷ đồng) -> đồng x10^9, (hộ)),",
    "periods from the column headers (as-of, scored); the 'Hộ còn dư nợ' column has no date (report's as-of date, inherited).",
    "Row labels are programmes, not places (subject = column + row). '615,0' = 615. No total row, so no table totals.",
    "District list items: location = district, subject = the list's indicator 'dư nợ'. 'bằng 98,6% kế hoạch giao' -> percent.",
    "'Phấn đấu đến 31/12/2024 ...' governs all three clauses: status target, as-of period 2024-12-31.",
]

if __name__ == "__main__":
    emit("p549-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Điện Biên")
