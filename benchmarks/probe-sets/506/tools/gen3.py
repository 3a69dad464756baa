"""p506-3: UBND tỉnh Vĩnh Phúc formal report — industry 9 months 2024, flattened | table of main products, KCN."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất công nghiệp 9 tháng, nhiệm vụ trọng tâm quý IV năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất công nghiệp
Chỉ số sản xuất công nghiệp (IIP) 9 tháng năm 2024 ước tăng 4,12% so với cùng kỳ; trong đó ngành chế biến, chế tạo tăng 4,35%, ngành sản xuất và phân phối điện tăng 9,8%. Giá trị sản xuất công nghiệp (giá so sánh) ước đạt 312.870 tỷ đồng, đạt 72,4% kế hoạch năm.

Bảng 1. Sản lượng một số sản phẩm công nghiệp chủ yếu
Sản phẩm | Đơn vị tính | 9 tháng năm 2023 | Ước 9 tháng năm 2024 | Ước 9 tháng 2024 so với cùng kỳ (%)
Ô tô | Chiếc | 31.250 | 28.940 | 92,6
Xe máy | Nghìn chiếc | 1.512,4 | 1.638,7 | 108,4
Linh kiện điện tử | Triệu sản phẩm | 412,8 | 465,3 | 112,7
Gạch ốp lát | Triệu m² | 38,6 | 35,1 | 90,9

2. Khu công nghiệp
Đến ngày 30/9/2024, toàn tỉnh có 19 khu công nghiệp được thành lập theo Quyết định số 1185/QĐ-UBND với tổng diện tích 5.726 ha, trong đó 12 KCN đã đi vào hoạt động; tỷ lệ lấp đầy các KCN đang hoạt động đạt 64,8%. Các doanh nghiệp trong KCN sử dụng 126.320 lao động, trong đó lao động nước ngoài 2.145 người.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu cả năm 2024 chỉ số IIP tăng 6-7%; thu hút thêm từ 5.000 đến 7.000 lao động vào làm việc tại các KCN.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, CN3.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
U24 = P("Ước 9 tháng năm 2024", "2024-01-01", "2024-09-30")
R24 = P("Ước 9 tháng 2024 so với cùng kỳ", "2024-01-01", "2024-09-30")
ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    # label, unit line, mult, kind, unit, (c23 anchor, number), (c24 anchor, number), (ratio anchor, number)
    ("Ô tô", 1, "count", "chiếc", ("| 31.250 |", "31.250"), ("| 28.940 |", "28.940"), ("| 92,6", "92,6")),
    ("Xe máy", 1e3, "count", "chiếc", ("| 1.512,4 |", "1.512,4"), ("| 1.638,7 |", "1.638,7"), ("| 108,4", "108,4")),
    ("Linh kiện điện tử", 1e6, "count", "sản phẩm", ("| 412,8 |", "412,8"), ("| 465,3 |", "465,3"), ("| 112,7", "112,7")),
    ("Gạch ốp lát", 1e6, "measure", "m²", ("| 38,6 |", "38,6"), ("| 35,1 |", "35,1"), ("| 90,9", "90,9")),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước tăng 4,12%", "4,12", 4.12, "percent", "%", "chỉ số sản xuất công nghiệp (IIP)", N24, status="estimate"),
    F("chế tạo tăng 4,35%", "4,35", 4.35, "percent", "%", "chỉ số sản xuất công nghiệp ngành chế biến, chế tạo", N24,
      status="estimate"),
    F("điện tăng 9,8%", "9,8", 9.8, "percent", "%", "chỉ số sản xuất công nghiệp ngành sản xuất và phân phối điện", N24,
      status="estimate"),
    F("ước đạt 312.870 tỷ đồng", "312.870", 312870e9, "money", "đồng", "giá trị sản xuất công nghiệp (giá so sánh)",
      INH(N24), percent=72.4, status="estimate"),
]
for label, mult, kind, unit, c23, c24, rat in ROWS:
    FIGS.append(F(c23[0], c23[1], num(c23[1]) * mult, kind, unit, f"{label} 9 tháng năm 2023", N23))
    FIGS.append(F(c24[0], c24[1], num(c24[1]) * mult, kind, unit, f"{label} ước 9 tháng năm 2024", U24,
                  status="estimate"))
    FIGS.append(F(rat[0], rat[1], num(rat[1]), "percent", "%", f"{label} ước 9 tháng 2024 so với cùng kỳ",
                  R24, status="estimate"))
FIGS += [
    F("có 19 khu công nghiệp", "19", 19, "count", "khu công nghiệp", "khu công nghiệp được thành lập", ASOF),
    F("diện tích 5.726 ha", "5.726", 5726, "measure", "ha", "tổng diện tích khu công nghiệp", ASOF),
    F("trong đó 12 KCN", "12", 12, "count", "KCN", "KCN đã đi vào hoạt động", ASOF, total=19),
    F("đạt 64,8%", "64,8", 64.8, "percent", "%", "tỷ lệ lấp đầy các KCN đang hoạt động", ASOF),
    F("sử dụng 126.320 lao động", "126.320", 126320, "count", "lao động", "lao động các doanh nghiệp trong KCN sử dụng",
      INH(ASOF)),
    F("nước ngoài 2.145 người", "2.145", 2145, "count", "người", "lao động nước ngoài", INH(ASOF), total=126320),
    F("tăng 6-7%", "6", 6, "percent", "%", "chỉ số IIP", Y24, value_max=7, status="target"),
    F("từ 5.000 đến 7.000 lao động", "5.000", 5000, "count", "lao động", "lao động thu hút thêm vào làm việc tại các KCN",
      Y24, value_max=7000, status="target"),
]

COMMENTS = [
    "UBND tỉnh Vĩnh Phúc, Báo cáo số 312/BC-UBND: sản xuất công nghiệp 9 tháng 2024; place-and-date line gives published.",
    "Flattened | table: every numeric cell is a figure; multiplier from the Đơn vị tính column (Nghìn chiếc, Triệu sản phẩm, Triệu m²);",
    "periods from the column headers (scored, as shared h23); 'Ước …' columns → estimate, including the ratio column whose header starts 'Ước'.",
    "Sector growth rates after 'trong đó' are percent figures of their own without total (as h14), estimate continuing 'ước tăng'.",
    "revised after first scoring: table subjects dropped the title word 'sản lượng' (FIGURES.md: row label + column label).",
    "Distractors: Số: 312/BC-UBND, Quyết định số 1185/QĐ-UBND, Bảng 1, section numbers I./1./2./II., quý IV heading, CN3.",
]

if __name__ == "__main__":
    emit("p506-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Vĩnh Phúc")
