from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả chuyển đổi phương tiện giao thông sử dụng điện, năng lượng xanh 6 tháng đầu năm 2024

Thực hiện Quyết định số 876/QĐ-TTg ngày 22/7/2022 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng trạm sạc
Tính đến ngày 30/6/2024, toàn tỉnh có 94 trạm sạc xe điện công cộng, đạt 62,7% kế hoạch năm 2024, với tổng số 611 cổng sạc. Số trạm theo địa phương:

Đơn vị tính: trạm
STT | Địa phương | Trạm sạc ô tô | Trạm sạc xe máy | Tổng số
1 | TP Đà Lạt | 38 | 11 | 49
2 | TP Bảo Lộc | 14 | 5 | 19
3 | Huyện Đức Trọng | 9 | 3 | 12
4 | Các huyện còn lại | 10 | 4 | 14
 | Tổng cộng | 71 | 23 | 94

2. Phương tiện sử dụng điện
6 tháng đầu năm 2024, toàn tỉnh đăng ký mới 1.326 ô tô điện và 4.218 xe máy điện, lần lượt tăng 64% và 22% so với cùng kỳ năm 2023. Tính đến cuối tháng 6/2024, số ô tô điện đang lưu hành là 5.904 xe, chiếm 4,1% tổng số ô tô trên địa bàn tỉnh.
Từ tháng 3 đến hết tháng 6/2024, tuyến buýt điện số 9 Đà Lạt - Liên Khương với 12 xe đã vận chuyển 86.500 lượt hành khách, bình quân khoảng 21.600 lượt/tháng.

II. TỒN TẠI, HẠN CHẾ
Trạm sạc nhanh còn ít, chỉ 17 trạm; 4/12 huyện, thành phố chưa có trạm sạc công cộng.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu đến ngày 31/12/2024 toàn tỉnh có 150 trạm sạc công cộng. Dự kiến trong quý IV/2024 đưa thêm 20 xe buýt điện vào khai thác tuyến Đà Lạt - Bảo Lộc, tổng vốn khoảng 76 tỷ đồng.

Nơi nhận:
- Bộ Giao thông vận tải;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

def cell(anchor, number, value, col, row, loc=None):
    loc = loc or "Lâm Đồng"
    subj = col if row is None else f"{col} {row}"
    return F(anchor, number, value, "count", "trạm", subj, I(ASOF), location=loc)

FIGS = [
    F("có 94 trạm sạc", "94", 94, "count", "trạm sạc", "trạm sạc xe điện công cộng", ASOF, percent=62.7),
    F("tổng số 611 cổng sạc", "611", 611, "count", "cổng sạc", "cổng sạc", ASOF),
    cell("Đà Lạt | 38 |", "38", 38, "Trạm sạc ô tô", None, "Đà Lạt"),
    cell("| 38 | 11 |", "11", 11, "Trạm sạc xe máy", None, "Đà Lạt"),
    cell("| 11 | 49", "49", 49, "Tổng số trạm sạc", None, "Đà Lạt"),
    cell("Bảo Lộc | 14 |", "14", 14, "Trạm sạc ô tô", None, "Bảo Lộc"),
    cell("| 14 | 5 |", "5", 5, "Trạm sạc xe máy", None, "Bảo Lộc"),
    cell("| 5 | 19", "19", 19, "Tổng số trạm sạc", None, "Bảo Lộc"),
    cell("Đức Trọng | 9 |", "9", 9, "Trạm sạc ô tô", None, "Đức Trọng"),
    cell("| 9 | 3 |", "3", 3, "Trạm sạc xe máy", None, "Đức Trọng"),
    cell("| 3 | 12", "12", 12, "Tổng số trạm sạc", None, "Đức Trọng"),
    cell("còn lại | 10 |", "10", 10, "Trạm sạc ô tô", "các huyện còn lại"),
    cell("| 10 | 4 |", "4", 4, "Trạm sạc xe máy", "các huyện còn lại"),
    cell("| 4 | 14", "14", 14, "Tổng số trạm sạc", "các huyện còn lại"),
    cell("Tổng cộng | 71 |", "71", 71, "Trạm sạc ô tô", "tổng cộng"),
    cell("| 71 | 23 |", "23", 23, "Trạm sạc xe máy", "tổng cộng"),
    cell("| 23 | 94", "94", 94, "Tổng số trạm sạc", "tổng cộng"),
    F("mới 1.326 ô tô điện", "1.326", 1326, "count", "ô tô điện", "ô tô điện đăng ký mới", H1,
      change=C("increase", 64, "%", "cùng kỳ năm 2023")),
    F("4.218 xe máy điện", "4.218", 4218, "count", "xe máy điện", "xe máy điện đăng ký mới", H1,
      change=C("increase", 22, "%", "cùng kỳ năm 2023")),
    F("là 5.904 xe", "5.904", 5904, "count", "xe", "ô tô điện đang lưu hành",
      P("Tính đến cuối tháng 6/2024", None, "2024-06-30"), percent=4.1),
    F("với 12 xe", "12", 12, "count", "xe", "xe buýt điện tuyến Đà Lạt - Liên Khương",
      P("Từ tháng 3 đến hết tháng 6/2024", "2024-03-01", "2024-06-30")),
    F("chuyển 86.500 lượt hành khách", "86.500", 86500, "count", "lượt hành khách", "lượt hành khách tuyến buýt điện vận chuyển",
      P("Từ tháng 3 đến hết tháng 6/2024", "2024-03-01", "2024-06-30")),
    F("khoảng 21.600 lượt/tháng", "21.600", 21600, "measure", "lượt/tháng", "lượt hành khách bình quân mỗi tháng",
      P("Từ tháng 3 đến hết tháng 6/2024", "2024-03-01", "2024-06-30"), approx="about"),
    F("chỉ 17 trạm", "17", 17, "count", "trạm", "trạm sạc nhanh"),
    F("4/12 huyện", "4", 4, "count", "huyện, thành phố", "huyện, thành phố chưa có trạm sạc công cộng", total=12),
    F("có 150 trạm sạc công cộng", "150", 150, "count", "trạm sạc", "trạm sạc công cộng",
      P("đến ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("thêm 20 xe buýt điện", "20", 20, "count", "xe buýt điện", "xe buýt điện đưa thêm vào khai thác",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("vốn khoảng 76 tỷ đồng", "76", 76e9, "money", "đồng", "tổng vốn đầu tư xe buýt điện",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Formal report, UBND tỉnh Lâm Đồng, Số: 287/BC-UBND, 10/7/2024: green-transport conversion, H1/2024; flattened '|' table by locality.",
    "Table: unit from 'Đơn vị tính: trạm'; period from the sentence above ('Tính đến ngày 30/6/2024', inherited); STT not figures;",
    "a place row goes to location, 'Các huyện còn lại' and 'Tổng cộng' rows stay Lâm Đồng with the row label in the subject; cells get no totals.",
    "'đạt 62,7% kế hoạch năm 2024' is the percent of 94 trạm. 'lần lượt tăng 64% và 22%' distributes one change to each count.",
    "'4/12 huyện, thành phố' -> total 12. Section III: 'Phấn đấu' target; 'Dự kiến' forecast covers the capital of the same clause.",
    "Distractors: Số 287/BC-UBND, Quyết định số 876/QĐ-TTg ngày 22/7/2022, tuyến số 9, section numbers I-III, 1-2, STT column.",
]

write("p966-3", TEXT, NOTES, FIGS, published="2024-07-10", location="Lâm Đồng")
