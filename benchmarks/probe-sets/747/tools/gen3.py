"""p747-3: UBND tỉnh Khánh Hòa formal report, rong biển 9 tháng đầu năm 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Khánh Hòa, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nuôi trồng, chế biến rong biển 9 tháng đầu năm 2024 và nhiệm vụ quý IV năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Nuôi trồng
Tính đến ngày 30/9/2024, toàn tỉnh có 486,5 ha nuôi trồng rong biển, tăng 38,2 ha so với cuối năm 2023, đạt 88,5% kế hoạch năm; trong đó rong nho 142,5 ha, rong sụn 344 ha. Sản lượng 9 tháng ước đạt 5.870 tấn tươi, tăng 11,3% so với cùng kỳ.

Bảng 1. Diện tích nuôi trồng rong biển phân theo địa phương (đến 30/9/2024)
Đơn vị tính: ha
TT | Địa phương | Rong nho | Rong sụn | Cộng
1 | Thị xã Ninh Hòa | 58,0 | 96,5 | 154,5
2 | TP. Cam Ranh | 61,5 | 182,0 | 243,5
3 | Huyện Vạn Ninh | 15,0 | 48,5 | 63,5
4 | Huyện Cam Lâm | 8,0 | 17,0 | 25,0
 | Toàn tỉnh | 142,5 | 344,0 | 486,5

2. Chế biến, tiêu thụ
Toàn tỉnh có 14 cơ sở chế biến rong nho, tổng công suất khoảng 1.200 tấn sản phẩm/năm. 9 tháng, các cơ sở đã xuất khẩu 186 tấn rong nho tách nước sang Nhật Bản, Hàn Quốc; kim ngạch ước đạt 2,4 triệu USD, bằng 71% cùng kỳ.

3. Tồn tại, hạn chế
Đợt nắng nóng tháng 6/2024 làm khoảng 35 ha rong sụn tại Cam Ranh bị chết, thiệt hại ước tính 2,1 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 đạt 550 ha nuôi trồng rong biển, sản lượng năm 2024 đạt 8.000 tấn tươi. Dự kiến hỗ trợ 20 hộ chuyển đổi từ nuôi tôm hùm sang nuôi rong theo Quyết định số 1690/QĐ-UBND ngày 15/7/2024 của UBND tỉnh.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TAB = I(P("đến 30/9/2024", None, "2024-09-30"))
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
JUN = P("tháng 6/2024", "2024-06-01", "2024-06-30")
DEC = P("đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

NHO, SUN, CONG = "diện tích nuôi trồng rong nho", "diện tích nuôi trồng rong sụn", "tổng diện tích nuôi trồng rong biển (cộng)"
ROWS = [("Ninh Hòa", ("Ninh Hòa | 58,0", "58,0"), ("58,0 | 96,5", "96,5"), ("96,5 | 154,5", "154,5")),
        ("Cam Ranh", ("Cam Ranh | 61,5", "61,5"), ("61,5 | 182,0", "182,0"), ("182,0 | 243,5", "243,5")),
        ("Vạn Ninh", ("Vạn Ninh | 15,0", "15,0"), ("15,0 | 48,5", "48,5"), ("48,5 | 63,5", "63,5")),
        ("Cam Lâm", ("Cam Lâm | 8,0", "8,0"), ("8,0 | 17,0", "17,0"), ("17,0 | 25,0", "25,0")),
        ("Khánh Hòa", ("Toàn tỉnh | 142,5", "142,5"), ("142,5 | 344,0", "344,0"), ("344,0 | 486,5", "486,5"))]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for place, *cells in ROWS:
    for (anchor, n), subj in zip(cells, (NHO, SUN, CONG)):
        TABLE.append(F(anchor, n, num(n), "measure", "ha", subj, TAB, location=place))

FIGS = [
    F("có 486,5 ha", "486,5", 486.5, "measure", "ha", "diện tích nuôi trồng rong biển", ASOF,
      percent=88.5, change=CH("increase", 38.2, "ha", baseline="cuối năm 2023")),
    F("rong nho 142,5 ha", "142,5", 142.5, "measure", "ha", "diện tích nuôi trồng rong nho", ASOF, total=486.5),
    F("rong sụn 344 ha", "344", 344, "measure", "ha", "diện tích nuôi trồng rong sụn", ASOF, total=486.5),
    F("ước đạt 5.870 tấn", "5.870", 5870, "measure", "tấn", "sản lượng rong biển", M9,
      change=CH("increase", 11.3, baseline="cùng kỳ"), status="estimate"),
] + TABLE + [
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở chế biến rong nho"),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn sản phẩm/năm", "tổng công suất cơ sở chế biến rong nho", approx="about"),
    F("xuất khẩu 186 tấn", "186", 186, "measure", "tấn", "rong nho tách nước xuất khẩu", M9),
    F("ước đạt 2,4 triệu USD", "2,4", 2.4e6, "money", "USD", "kim ngạch xuất khẩu rong nho tách nước", M9,
      percent=71, status="estimate"),
    F("khoảng 35 ha", "35", 35, "measure", "ha", "diện tích rong sụn bị chết do nắng nóng", JUN, approx="about", location="Cam Ranh"),
    F("ước tính 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "thiệt hại do nắng nóng", JUN, status="estimate", location="Cam Ranh"),
    F("đạt 550 ha", "550", 550, "measure", "ha", "diện tích nuôi trồng rong biển", DEC, status="target"),
    F("đạt 8.000 tấn", "8.000", 8000, "measure", "tấn", "sản lượng rong biển", Y24, status="target"),
    F("hỗ trợ 20 hộ", "20", 20, "count", "hộ", "hộ được hỗ trợ chuyển đổi từ nuôi tôm hùm sang nuôi rong", Q4, status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Khánh Hòa số 318/BC-UBND (07/10/2024): nuôi trồng, chế biến rong biển 9 tháng 2024; flattened '|' table with 'Đơn vị tính: ha'.",
    "Distractors: letterhead, 'Số: 318/BC-UBND', place-and-date line, section numbers 'I.', '1.', '2.', 'Bảng 1', table row numbers 1-4,",
    "'Quyết định số 1690/QĐ-UBND ngày 15/7/2024', 'Nơi nhận' list. '9 tháng' takes the year of the as-of date before it (2024).",
    "Table: every numeric cell is a figure, unit from 'Đơn vị tính: ha', places to location, 'Toàn tỉnh' row = Khánh Hòa; period from the",
    "table title '(đến 30/9/2024)' is inherited (not a column header). No 'Ước'/'Kế hoạch' column, so cells are actual; no totals inside the table.",
    "'bằng 71% cùng kỳ' after a money figure is its percent. 'Dự kiến' → forecast; its period comes from the section heading (inherited).",
]

if __name__ == "__main__":
    emit("p747-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Khánh Hòa")
