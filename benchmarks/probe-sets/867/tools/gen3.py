from lib import F, P, I, C, T, build

TEXT = """
UBND TỈNH LÀO CAI
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý sản xuất, kinh doanh rượu thủ công 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình sản xuất
Trên địa bàn tỉnh hiện có 1.846 hộ, cơ sở sản xuất rượu thủ công, tập trung tại các huyện Bắc Hà, Bát Xát, Mường Khương, Si Ma Cai. 9 tháng đầu năm 2024, sản lượng rượu thủ công ước đạt 4,12 triệu lít, bằng 74,9% kế hoạch năm, tăng 6,3% so với cùng kỳ năm 2023. Kết quả tại các huyện như sau:

Đơn vị tính: hộ; nghìn lít
Huyện | Số hộ sản xuất | Số hộ có giấy phép | Sản lượng 9 tháng (nghìn lít)
Bắc Hà | 612 | 148 | 1.380
Bát Xát | 455 | 97 | 1.025
Mường Khương | 398 | 72 | 864
Si Ma Cai | 381 | 55 | 851
Tổng cộng | 1.846 | 372 | 4.120

2. Công tác cấp phép
Lũy kế đến 30/9/2024, các cơ quan có thẩm quyền đã cấp 372 giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh, chiếm 20,2% tổng số hộ sản xuất; trong 9 tháng cấp mới 64 giấy phép. Có 215 hộ đăng ký bán rượu cho doanh nghiệp có giấy phép để chế biến lại.

3. Công tác kiểm tra, kiểm soát
Lực lượng chức năng đã kiểm tra 142 cơ sở, phát hiện và xử lý 27 vụ vi phạm (18 vụ kinh doanh rượu không có giấy phép, 9 vụ vi phạm về nhãn hàng hóa), phạt tiền 154,5 triệu đồng; tịch thu, tiêu hủy 2.350 lít rượu.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 sản lượng rượu thủ công đạt 5,5 triệu lít; cấp mới ít nhất 80 giấy phép.
2. Tiếp tục triển khai Nghị định số 105/2017/NĐ-CP và Nghị định số 17/2020/NĐ-CP của Chính phủ.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KT.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TBL = P("9 tháng", "2024-01-01", "2024-09-30")
SEP = P("Lũy kế đến 30/9/2024", None, "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.846 hộ", "1.846", 1846, "count", "hộ", "hộ, cơ sở sản xuất rượu thủ công"),
    F("ước đạt 4,12 triệu lít", "4,12", 4.12e6, "measure", "lít", "sản lượng rượu thủ công", M9,
      status="estimate", percent=74.9, change=C("increase", 6.3, "%", "cùng kỳ năm 2023")),
]
ROWS = [("Bắc Hà", "612", "148", "1.380"), ("Bát Xát", "455", "97", "1.025"),
        ("Mường Khương", "398", "72", "864"), ("Si Ma Cai", "381", "55", "851"),
        ("Tổng cộng", "1.846", "372", "4.120")]
for place, a, b, c in ROWS:
    loc = "Lào Cai" if place == "Tổng cộng" else place
    FIGS += [
        F(f"{place} | {a}", a, int(a.replace(".", "")), "count", "hộ", "số hộ sản xuất", location=loc),
        F(f"{a} | {b}", b, int(b.replace(".", "")), "count", "hộ", "số hộ có giấy phép", location=loc),
        F(f"{b} | {c}", c, int(c.replace(".", "")) * 1000, "measure", "lít", "sản lượng 9 tháng", TBL, location=loc),
    ]
FIGS += [
    F("cấp 372 giấy phép", "372", 372, "count", "giấy phép",
      "giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh đã cấp", SEP, percent=20.2),
    F("cấp mới 64 giấy phép", "64", 64, "count", "giấy phép", "giấy phép cấp mới",
      P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("Có 215 hộ", "215", 215, "count", "hộ", "hộ đăng ký bán rượu cho doanh nghiệp có giấy phép để chế biến lại", I(SEP)),
    F("kiểm tra 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở được kiểm tra", I(M9)),
    F("xử lý 27 vụ vi phạm", "27", 27, "count", "vụ vi phạm", "vụ vi phạm phát hiện và xử lý", I(M9)),
    F("(18 vụ", "18", 18, "count", "vụ", "vụ kinh doanh rượu không có giấy phép", I(M9), total=27),
    F("9 vụ vi phạm về nhãn", "9", 9, "count", "vụ", "vụ vi phạm về nhãn hàng hóa", I(M9), total=27),
    F("phạt tiền 154,5 triệu đồng", "154,5", 154.5e6, "money", "đồng", "phạt tiền", I(M9)),
    F("tiêu hủy 2.350 lít rượu", "2.350", 2350, "measure", "lít", "rượu bị tịch thu, tiêu hủy", I(M9)),
    F("đạt 5,5 triệu lít", "5,5", 5.5e6, "measure", "lít", "sản lượng rượu thủ công", Y24, status="target"),
    F("ít nhất 80 giấy phép", "80", 80, "count", "giấy phép", "giấy phép cấp mới", Y24,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Lào Cai số 287/BC-UBND ngày 15/10/2024: rượu thủ công 9 tháng đầu năm 2024; the date line gives `published`.",
    "Flattened '|' table by district (Đơn vị tính: hộ; nghìn lít): every numeric cell is a figure; district = location, column = subject;",
    "the 'Sản lượng 9 tháng' column header gives the period (year from the title); 'Tổng cộng' row is Lào Cai. Table cells carry no totals.",
    "Bracketed breakdown (18 + 9 = 27) gets total 27. Section numbers I., II., 1.-3., Số: 287/BC-UBND, Nghị định numbers, QUÝ IV/2024 are not figures.",
    "Paragraph 3 has no period phrase of its own: inherits '9 tháng đầu năm 2024' (report title / section 1).",
]

build("p867-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Lào Cai")
