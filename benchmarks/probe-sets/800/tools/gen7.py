"""p800-7: department site (Chi cục Trồng trọt và BVTV Lào Cai), no dateline, ginger 2022-2024, one-cell-per-line table."""
from lib import F, P, I, C, write_set

TEXT = """CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển vùng gừng hàng hóa gắn với liên kết tiêu thụ

Những năm gần đây, gừng đã trở thành cây trồng chủ lực trên đất dốc ở các huyện Văn Bàn, Bảo Yên và Bát Xát. Diện tích gừng toàn tỉnh tăng từ 1.180 ha năm 2022 lên khoảng 1.520 ha năm 2024; trong đó huyện Văn Bàn có 640 ha, Bảo Yên 410 ha, Bát Xát 285 ha.

Năm 2024, năng suất gừng bình quân ước đạt 17,5 tấn/ha, sản lượng khoảng 26.600 tấn. Tuy nhiên, giá gừng tươi liên tục giảm, từ mức 18.500 đồng/kg năm 2022 xuống còn khoảng 9.500 đồng/kg hiện nay, khiến thu nhập của người trồng giảm gần 50%.

Để giữ vững vùng nguyên liệu, tỉnh đã hỗ trợ xây dựng 5 chuỗi liên kết với 2 doanh nghiệp chế biến và 1.260 hộ; diện tích liên kết đạt 560 ha, bằng 36,8% tổng diện tích. Nhà máy chế biến gừng tại Khu công nghiệp Tằng Loỏng (huyện Bảo Thắng) có công suất 25 tấn gừng tươi/ngày, hiện mới vận hành khoảng 60% công suất.

Kết quả sản xuất gừng giai đoạn 2022 - 2024
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Ước năm 2024
Diện tích
ha
1.180
1.345
1.520
Năng suất
tấn/ha
16,2
17,0
17,5
Sản lượng
tấn
19.116
22.865
26.600
Giá bán bình quân
đồng/kg
18.500
11.000
9.500

Mục tiêu đến năm 2025, diện tích gừng toàn tỉnh ổn định 1.600 ha, diện tích liên kết đạt trên 50%.

Chi cục Trồng trọt và BVTV tỉnh Lào Cai
Địa chỉ: Số 286 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai
Điện thoại: 0214.3840.135
Tổng lượt truy cập: 1.204.387 | Đang trực tuyến: 23
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
COLP = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Ước năm 2024", "2024-01-01", "2024-12-31")]
ROWS = [("Diện tích", "ha", "measure", "diện tích gừng", ["1.180", "1.345", "1.520"]),
        ("Năng suất", "tấn/ha", "measure", "năng suất gừng", ["16,2", "17,0", "17,5"]),
        ("Sản lượng", "tấn", "measure", "sản lượng gừng", ["19.116", "22.865", "26.600"]),
        ("Giá bán bình quân", "đồng/kg", "money", "giá bán gừng bình quân", ["18.500", "11.000", "9.500"])]


def table_figs():
    out = []
    for label, unit, kind, subj, cells in ROWS:
        for j, cell in enumerate(cells):
            anchor = (f"{unit}\n{cell}\n" if j == 0 else f"\n{cells[j - 1]}\n{cell}\n")
            value = float(cell.replace(".", "").replace(",", "."))
            col = ["năm 2022", "năm 2023", "ước năm 2024"][j]
            extra = {"status": "estimate"} if j == 2 else {}
            out.append(F(anchor, cell, value, kind, unit, f"{subj} {col}", COLP[j], **extra))
    return out


FIGS = [
    F("từ 1.180 ha", "1.180", 1180, "measure", "ha", "diện tích gừng", Y22),
    F("khoảng 1.520 ha", "1.520", 1520, "measure", "ha", "diện tích gừng", Y24, approx="about"),
    F("Văn Bàn có 640 ha", "640", 640, "measure", "ha", "diện tích gừng", Y24, total=1520, location="Văn Bàn"),
    F("Bảo Yên 410 ha", "410", 410, "measure", "ha", "diện tích gừng", Y24, total=1520, location="Bảo Yên"),
    F("Bát Xát 285 ha", "285", 285, "measure", "ha", "diện tích gừng", Y24, total=1520, location="Bát Xát"),
    F("ước đạt 17,5 tấn/ha", "17,5", 17.5, "measure", "tấn/ha", "năng suất gừng bình quân", Y24b, status="estimate"),
    F("khoảng 26.600 tấn", "26.600", 26600, "measure", "tấn", "sản lượng gừng", Y24b,
      approx="about", status="estimate"),
    F("mức 18.500 đồng/kg", "18.500", 18500, "money", "đồng/kg", "giá gừng tươi", Y22),
    F("khoảng 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá gừng tươi", approx="about"),
    F("giảm gần 50%", "50", 50, "percent", "%", "mức giảm thu nhập của người trồng gừng", approx="nearly"),
    F("xây dựng 5 chuỗi", "5", 5, "count", "chuỗi liên kết", "chuỗi liên kết gừng"),
    F("với 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chế biến tham gia liên kết gừng"),
    F("và 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ tham gia liên kết gừng"),
    F("đạt 560 ha", "560", 560, "measure", "ha", "diện tích gừng liên kết", percent=36.8),
    F("công suất 25 tấn", "25", 25, "measure", "tấn/ngày", "công suất nhà máy chế biến gừng", location="Bảo Thắng"),
    F("khoảng 60% công suất", "60", 60, "percent", "%", "tỷ lệ công suất nhà máy chế biến gừng đang vận hành",
      approx="about", location="Bảo Thắng"),
] + table_figs() + [
    F("ổn định 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích gừng", T25, status="target"),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ diện tích gừng liên kết", T25, approx="over", status="target"),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Lào Cai), no dateline: ginger 2022-2024, linkage, plant, one-cell-per-line table.",
    "Distractors: menu bar, 'giai đoạn 2022 - 2024' caption, Số 286 đường Hoàng Liên, phone 0214.3840.135,",
    "'Tổng lượt truy cập: 1.204.387', 'Đang trực tuyến: 23'. No published date.",
    "'tăng từ 1.180 ha năm 2022 lên khoảng 1.520 ha năm 2024': two figures, each with its own year; no change value stated.",
    "'trong đó huyện Văn Bàn có 640 ha, ...' are parts of 1.520 ha (the figure the cue follows).",
    "'hiện nay' with no dateline gives no period. 'giảm gần 50%' (no base amount) is a percent figure.",
    "Table: four rows × three year columns; unit from the 'Đơn vị tính' column; period from column headers;",
    "'Ước năm 2024' column → estimate. The plant in huyện Bảo Thắng: location Bảo Thắng.",
]

if __name__ == "__main__":
    write_set(7, TEXT, FIGS, NOTES, published=None, location="Lào Cai")
