"""p517-3: UBND tỉnh Đắk Nông formal report, forest management 9 months 2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH ĐẮK NÔNG
Số: 248/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý, bảo vệ và phát triển rừng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình vi phạm pháp luật về lâm nghiệp
Trong 9 tháng năm 2024, các lực lượng chức năng đã phát hiện, lập biên bản 312 vụ vi phạm, giảm 14,3% so với cùng kỳ năm 2023; diện tích rừng bị phá là 46,82 ha; tịch thu 238,6 m³ gỗ tròn, gỗ xẻ các loại. Số vụ vi phạm theo hành vi như sau (đơn vị tính: vụ):

Hành vi vi phạm | 9 tháng 2023 | 9 tháng 2024
Phá rừng trái pháp luật | 118 | 97
Khai thác rừng trái pháp luật | 64 | 52
Vận chuyển, mua bán lâm sản trái phép | 105 | 88
Vi phạm quy định về PCCCR | 9 | 11
Vi phạm khác | 68 | 64
Tổng cộng | 364 | 312

2. Công tác phòng cháy, chữa cháy rừng
Các chủ rừng đã xây dựng 286 phương án PCCCR, đạt 100% số chủ rừng phải lập phương án. Trong kỳ xảy ra 5 vụ cháy rừng, diện tích thiệt hại 12,4 ha (cùng kỳ năm 2023 xảy ra 3 vụ, 4,1 ha).

3. Công tác phát triển rừng
Đến ngày 30/9/2024, toàn tỉnh trồng được 3.275,5 ha rừng, đạt 81,9% kế hoạch (kế hoạch 4.000 ha); trong đó trồng rừng tập trung 2.940 ha, trồng cây phân tán quy đổi 335,5 ha. Tỷ lệ che phủ rừng ước đạt 38,12%.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành trồng 724,5 ha rừng còn lại; giảm ít nhất 10% số vụ vi phạm so với năm 2023; duy trì hoạt động 45 chốt, trạm bảo vệ rừng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
CK = P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)

ROWS = [
    ("Phá rừng trái pháp luật", "118", "97"),
    ("Khai thác rừng trái pháp luật", "64", "52"),
    ("Vận chuyển, mua bán lâm sản trái phép", "105", "88"),
    ("Vi phạm quy định về PCCCR", "9", "11"),
    ("Vi phạm khác", "68", "64"),
    ("Tổng cộng", "364", "312"),
]

FIGS = [
    F("biên bản 312 vụ", "312", 312, "count", "vụ", "vụ vi phạm", M9,
      change=CH("decrease", 14.3, "%", "cùng kỳ năm 2023")),
    F("bị phá là 46,82 ha", "46,82", 46.82, "measure", "ha", "diện tích rừng bị phá", M9),
    F("tịch thu 238,6 m³", "238,6", 238.6, "measure", "m³", "gỗ tròn, gỗ xẻ tịch thu", M9),
]
for label, a, b in ROWS:
    subj = "số vụ vi phạm " + label if label == "Tổng cộng" else "số vụ " + label
    FIGS.append(F(f"{label} | {a} |", a, int(a), "count", "vụ", f"{subj} 9 tháng 2023", C23))
    FIGS.append(F(f"| {a} | {b}", b, int(b), "count", "vụ", f"{subj} 9 tháng 2024", C24))

FIGS += [
    F("xây dựng 286 phương án", "286", 286, "count", "phương án", "phương án PCCCR của chủ rừng", I(M9), percent=100),
    F("xảy ra 5 vụ", "5", 5, "count", "vụ", "vụ cháy rừng", I(M9)),
    F("thiệt hại 12,4 ha", "12,4", 12.4, "measure", "ha", "diện tích rừng bị cháy thiệt hại", I(M9)),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", "vụ cháy rừng", CK),
    F("3 vụ, 4,1 ha", "4,1", 4.1, "measure", "ha", "diện tích rừng bị cháy thiệt hại", CK),
    F("được 3.275,5 ha", "3.275,5", 3275.5, "measure", "ha", "diện tích trồng rừng", ASOF,
      percent=81.9, target=TG(4000, "ha")),
    F("tập trung 2.940 ha", "2.940", 2940, "measure", "ha", "diện tích trồng rừng tập trung", ASOF, total=3275.5),
    F("quy đổi 335,5 ha", "335,5", 335.5, "measure", "ha", "diện tích trồng cây phân tán quy đổi", ASOF, total=3275.5),
    F("ước đạt 38,12%", "38,12", 38.12, "percent", "%", "tỷ lệ che phủ rừng", status="estimate"),
    F("trồng 724,5 ha", "724,5", 724.5, "measure", "ha", "diện tích rừng còn lại phải trồng", Q4, status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ vi phạm so với năm 2023", Q4,
      approx="at_least", status="target"),
    F("động 45 chốt", "45", 45, "count", "chốt, trạm", "chốt, trạm bảo vệ rừng", Q4, status="target"),
]

COMMENTS = [
    "UBND tỉnh Đắk Nông, Báo cáo số 248/BC-UBND ngày 08/10/2024: quản lý, bảo vệ và phát triển rừng 9 tháng năm 2024.",
    "Flattened '|' table (đơn vị tính: vụ): every cell is a figure, subject = row + column, period from the column header (scored,",
    "as in shared h23). The 'Tổng cộng' row is a figure of its own; the rows above it get no total (no textual part-of cue, h23 style).",
    "'(cùng kỳ năm 2023 xảy ra 3 vụ, 4,1 ha)' are figures of their own (no tăng/giảm), period = the same 9 months of 2023.",
    "'đạt 81,9% kế hoạch (kế hoạch 4.000 ha)': percent 81.9 and target 4.000 ha (not met). 'Trong kỳ' = report period (inherited).",
    "Section II: 'Phấn đấu' governs the three clauses (target), period quý IV/2024 from the heading (inherited).",
    "Distractors: Số: 248/BC-UBND, section numbers I./II./1./2./3., the place-and-date line.",
]

if __name__ == "__main__":
    emit("p517-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đắk Nông")
