"""p683-3: UBND tỉnh Kon Tum formal report — medicinal herbs 9 months 2024, flattened | table by district."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Kon Tum, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển dược liệu 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Thực hiện Nghị quyết số 04-NQ/TU ngày 20/6/2021 của Tỉnh ủy, 9 tháng năm 2024 toàn tỉnh trồng mới 612 ha dược liệu, đạt 76,5% kế hoạch năm; tổng diện tích dược liệu ước đạt 5.437,1 ha, tăng 12,7% so với cùng kỳ, trong đó sâm Ngọc Linh 1.062,1 ha.

Bảng 1. Diện tích, sản lượng dược liệu theo huyện (tính đến 30/9/2024)
Huyện | Sâm Ngọc Linh (ha) | Dược liệu khác (ha) | Sản lượng 9 tháng (tấn)
Tu Mơ Rông | 610,4 | 1.245 | 2.310
Đăk Glei | 415,2 | 980 | 1.705
Kon Plông | 36,5 | 2.150 | 4.820
Tổng cộng | 1.062,1 | 4.375 | 8.835

2. Liên kết, chứng nhận
Toàn tỉnh có 9 doanh nghiệp ký hợp đồng liên kết tiêu thụ dược liệu với 1.480 hộ, diện tích liên kết 1.320 ha, chiếm 24,3% tổng diện tích. Giá trị sản xuất dược liệu 9 tháng ước đạt 1.356,8 tỷ đồng. Có hai vùng trồng với 46 ha đạt chứng nhận GACP-WHO; 12 sản phẩm dược liệu đạt OCOP 3 sao trở lên.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trồng mới thêm 188 ha để hoàn thành kế hoạch 800 ha năm 2024; hoàn thiện hồ sơ cấp mã số cho 15 vườn ươm.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KTN.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TAB = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
TOUT = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

FIGS = [
    F("trồng mới 612 ha", "612", 612, "measure", "ha", "diện tích dược liệu trồng mới", M9, percent=76.5),
    F("ước đạt 5.437,1 ha", "5.437,1", 5437.1, "measure", "ha", "tổng diện tích dược liệu", M9,
      change=CH("increase", 12.7, "%", "cùng kỳ"), status="estimate"),
    F("sâm Ngọc Linh 1.062,1 ha", "1.062,1", 1062.1, "measure", "ha", "diện tích sâm Ngọc Linh", M9,
      total=5437.1, status="estimate"),
    # table: rows are districts (location), columns give subject, unit and (output column) period
    F("Tu Mơ Rông | 610,4", "610,4", 610.4, "measure", "ha", "diện tích sâm Ngọc Linh", TAB, location="Tu Mơ Rông"),
    F("610,4 | 1.245", "1.245", 1245, "measure", "ha", "diện tích dược liệu khác", TAB, location="Tu Mơ Rông"),
    F("1.245 | 2.310", "2.310", 2310, "measure", "tấn", "sản lượng dược liệu 9 tháng", TOUT, location="Tu Mơ Rông"),
    F("Đăk Glei | 415,2", "415,2", 415.2, "measure", "ha", "diện tích sâm Ngọc Linh", TAB, location="Đăk Glei"),
    F("415,2 | 980", "980", 980, "measure", "ha", "diện tích dược liệu khác", TAB, location="Đăk Glei"),
    F("980 | 1.705", "1.705", 1705, "measure", "tấn", "sản lượng dược liệu 9 tháng", TOUT, location="Đăk Glei"),
    F("Kon Plông | 36,5", "36,5", 36.5, "measure", "ha", "diện tích sâm Ngọc Linh", TAB, location="Kon Plông"),
    F("36,5 | 2.150", "2.150", 2150, "measure", "ha", "diện tích dược liệu khác", TAB, location="Kon Plông"),
    F("2.150 | 4.820", "4.820", 4820, "measure", "tấn", "sản lượng dược liệu 9 tháng", TOUT, location="Kon Plông"),
    F("Tổng cộng | 1.062,1", "1.062,1", 1062.1, "measure", "ha", "diện tích sâm Ngọc Linh tổng cộng", TAB),
    F("1.062,1 | 4.375", "4.375", 4375, "measure", "ha", "diện tích dược liệu khác tổng cộng", TAB),
    F("4.375 | 8.835", "8.835", 8835, "measure", "tấn", "sản lượng dược liệu 9 tháng tổng cộng", TOUT),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng liên kết tiêu thụ dược liệu"),
    F("với 1.480 hộ", "1.480", 1480, "count", "hộ", "hộ liên kết tiêu thụ dược liệu"),
    F("liên kết 1.320 ha", "1.320", 1320, "measure", "ha", "diện tích liên kết", percent=24.3),
    F("ước đạt 1.356,8 tỷ đồng", "1.356,8", 1356.8e9, "money", "đồng", "giá trị sản xuất dược liệu",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("Có hai vùng trồng", "hai", 2, "count", "vùng trồng", "vùng trồng đạt chứng nhận GACP-WHO"),
    F("với 46 ha", "46", 46, "measure", "ha", "diện tích vùng trồng đạt chứng nhận GACP-WHO"),
    F("12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm dược liệu đạt OCOP 3 sao trở lên"),
    F("thêm 188 ha", "188", 188, "measure", "ha", "diện tích dược liệu trồng mới thêm", Q4, status="target"),
    F("kế hoạch 800 ha", "800", 800, "measure", "ha", "kế hoạch trồng mới dược liệu",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("cho 15 vườn ươm", "15", 15, "count", "vườn ươm", "vườn ươm hoàn thiện hồ sơ cấp mã số", Q4, status="target"),
]

COMMENTS = [
    "UBND tỉnh Kon Tum formal report (letterhead, Số: 287/BC-UBND, place-and-date line): dược liệu 9 tháng 2024 with a flattened | table by district.",
    "Table: district rows go to location; 'Tổng cộng' row stays Kon Tum; area columns take the title's as-of date (inherited), the output column its header '9 tháng' (scored).",
    "No 'Ước' column, so table cells are actual. 'ước đạt … trong đó sâm Ngọc Linh' keeps estimate in the trong-đó clause.",
    "'OCOP 3 sao' is a rating level (like 'mức độ 3'), not a figure. 'kế hoạch 800 ha' is a plan figure of its own (target status), not a target attribute of 188 ha.",
    "Distractors: Số 287/BC-UBND, Nghị quyết số 04-NQ/TU ngày 20/6/2021, Bảng 1, section numbers I./1./2./II., Nơi nhận.",
]

if __name__ == "__main__":
    emit("p683-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Kon Tum")
