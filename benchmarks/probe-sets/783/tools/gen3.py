"""p783-3: formal report, UBND tỉnh Bến Tre, coconut sector 9 months 2024, flattened '|' table."""
from lib import F, P, CH, TG, emit, inh

TEXT = """UBND TỈNH BẾN TRE
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 389/BC-UBND
Bến Tre, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển ngành hàng dừa 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Vùng nguyên liệu
Tính đến ngày 30/9/2024, diện tích dừa toàn tỉnh là 80.120 ha, tăng 470 ha so với cuối năm 2023; trong đó diện tích dừa cho trái 71.350 ha. Sản lượng dừa 9 tháng ước đạt 523,4 triệu trái, đạt 74,8% kế hoạch năm.

Bảng 1. Diện tích, sản lượng dừa một số địa phương
Địa phương | Diện tích (ha) | Sản lượng 9 tháng (triệu trái) | Cơ sở chế biến (cơ sở)
Mỏ Cày Nam | 15.240 | 102,6 | 412
Giồng Trôm | 13.870 | 91,3 | 286
Mỏ Cày Bắc | 11.560 | 78,5 | 198
Thạnh Phú | 9.930 | 62,1 | 143

2. Chế biến, xuất khẩu
Toàn tỉnh có 89 doanh nghiệp và 2.134 cơ sở chế biến dừa. Kim ngạch xuất khẩu sản phẩm dừa 9 tháng ước đạt 368,2 triệu USD, tăng 10,7% so với cùng kỳ, đạt 73,6% kế hoạch năm (500 triệu USD). Riêng kẹo dừa, sản lượng 9 tháng đạt 5.870 tấn, giá trị khoảng 410 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Quý IV/2024, phấn đấu hỗ trợ 15 cơ sở kẹo dừa ứng dụng thương mại điện tử; trồng mới, tái canh 600 ha dừa; kim ngạch xuất khẩu sản phẩm dừa cả năm đạt trên 500 triệu USD.

Nơi nhận:
- Bộ Công Thương;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [("Mỏ Cày Nam", "15.240", "102,6", "412"),
        ("Giồng Trôm", "13.870", "91,3", "286"),
        ("Mỏ Cày Bắc", "11.560", "78,5", "198"),
        ("Thạnh Phú", "9.930", "62,1", "143")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("là 80.120 ha", "80.120", 80120, "measure", "ha", "diện tích dừa toàn tỉnh", ASOF,
      change=CH("increase", 470, "ha", baseline="cuối năm 2023")),
    F("cho trái 71.350 ha", "71.350", 71350, "measure", "ha", "diện tích dừa cho trái", ASOF, total=80120),
    F("ước đạt 523,4 triệu trái", "523,4", 523.4e6, "count", "trái", "sản lượng dừa", M9,
      percent=74.8, status="estimate"),
]
for place, area, out, proc in ROWS:
    FIGS.append(F(f"{place} | {area}", area, num(area), "measure", "ha", "diện tích dừa", location=place))
    FIGS.append(F(f"{area} | {out}", out, num(out) * 1e6, "count", "trái", "sản lượng dừa 9 tháng", M9,
                  location=place))
    FIGS.append(F(f"{out} | {proc}", proc, num(proc), "count", "cơ sở", "cơ sở chế biến dừa", location=place))
FIGS += [
    F("có 89 doanh nghiệp", "89", 89, "count", "doanh nghiệp", "doanh nghiệp chế biến dừa"),
    F("và 2.134 cơ sở", "2.134", 2134, "count", "cơ sở", "cơ sở chế biến dừa"),
    F("ước đạt 368,2 triệu USD", "368,2", 368.2e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm dừa", M9,
      percent=73.6, change=CH("increase", 10.7, baseline="cùng kỳ"), target=TG(500e6, "USD"), status="estimate"),
    F("đạt 5.870 tấn", "5.870", 5870, "measure", "tấn", "sản lượng kẹo dừa", M9),
    F("khoảng 410 tỷ đồng", "410", 410e9, "money", "đồng", "giá trị kẹo dừa", M9, approx="about"),
    F("hỗ trợ 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở kẹo dừa được hỗ trợ ứng dụng thương mại điện tử", Q4,
      status="target"),
    F("tái canh 600 ha", "600", 600, "measure", "ha", "diện tích dừa trồng mới, tái canh", Q4, status="target"),
    F("trên 500 triệu USD", "500", 500e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm dừa cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Bến Tre, Số: 389/BC-UBND, place-and-date line): coconut sector 9 months 2024.",
    "Flattened '|' table by district, units in column headers (ha, triệu trái, cơ sở); district rows go to location,",
    "subject = column label; only the 'Sản lượng 9 tháng' column states a period (scored, as shared h23); no 'Ước' column: actual.",
    "'đạt 73,6% kế hoạch năm (500 triệu USD)': percent 73.6 and target 500 triệu USD on the export figure.",
    "Section II: 'Quý IV/2024, phấn đấu …' governs the three clauses (target); 'cả năm' = year 2024.",
    "Distractors: Số: 389/BC-UBND, date line, Bảng 1, section numbers I./1./2./II., 'Lưu: VT'.",
]

if __name__ == "__main__":
    emit("p783-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bến Tre")
