"""p857-3: formal report of UBND tỉnh Khánh Hòa on tax of food-service households in 2023, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Số: 298/BC-UBND
Khánh Hòa, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý thuế đối với hộ kinh doanh dịch vụ ăn uống năm 2023

Thực hiện Công văn số 4127/BTC-TCT ngày 20/4/2023 của Bộ Tài chính, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/11/2023, toàn tỉnh có 9.176 hộ kinh doanh dịch vụ ăn uống đang hoạt động, tăng 7,4% so với cùng thời điểm năm 2022; trong đó có 3.842 hộ kinh doanh cà phê, giải khát và trà sữa. Số hộ nộp thuế theo phương pháp khoán là 8.305 hộ, chiếm 90,5%.

II. KẾT QUẢ THU THUẾ
1. Số hộ và số thuế khoán theo địa bàn
Đơn vị tính: hộ; triệu đồng
Địa bàn | Số hộ ăn uống | Trong đó: cà phê, trà sữa | Thuế khoán 11 tháng
Nha Trang | 5.412 | 2.236 | 38.640
Cam Ranh | 1.185 | 514 | 6.215
Ninh Hòa | 1.037 | 468 | 4.872
Diên Khánh | 894 | 371 | 3.906
Các huyện còn lại | 648 | 253 | 2.517
Tổng cộng | 9.176 | 3.842 | 56.150

2. Kết quả thu
Năm 2023, số thu thuế từ hộ kinh doanh dịch vụ ăn uống ước đạt 61.300 triệu đồng, đạt 108,4% dự toán, tăng 12,6% so với năm 2022. Số nợ thuế đến 30/11/2023 là 1.284 triệu đồng, giảm 18,3% so với đầu năm.

3. Kiểm tra, rà soát
Qua kiểm tra 426 cơ sở cà phê, trà sữa có doanh thu lớn, cơ quan thuế đã điều chỉnh doanh thu khoán đối với 137 hộ, mức điều chỉnh bình quân tăng 22%; truy thu và phạt 2.146 triệu đồng.

III. NHIỆM VỤ NĂM 2024
Phấn đấu thu thuế từ hộ kinh doanh ăn uống năm 2024 đạt 66.000 triệu đồng; 100% hộ có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Nơi nhận: Bộ Tài chính; Cục Thuế tỉnh; Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/11/2023", end="2023-11-30")
M11 = P("11 tháng", "2023-01-01", "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 9.176 hộ", "9.176", 9176, "count", "hộ", "hộ kinh doanh dịch vụ ăn uống đang hoạt động", ASOF,
      change=C("increase", 7.4, "%", "cùng thời điểm năm 2022")),
    F("có 3.842 hộ", "3.842", 3842, "count", "hộ", "hộ kinh doanh cà phê, giải khát và trà sữa", ASOF, total=9176),
    F("là 8.305 hộ", "8.305", 8305, "count", "hộ", "hộ nộp thuế theo phương pháp khoán", I(ASOF), percent=90.5),
]

ROWS = [("Nha Trang", "5.412", "2.236", "38.640", "Nha Trang"),
        ("Cam Ranh", "1.185", "514", "6.215", "Cam Ranh"),
        ("Ninh Hòa", "1.037", "468", "4.872", "Ninh Hòa"),
        ("Diên Khánh", "894", "371", "3.906", "Diên Khánh"),
        ("Các huyện còn lại", "648", "253", "2.517", None),
        ("Tổng cộng", "9.176", "3.842", "56.150", None)]


def num(s):
    return float(s.replace(".", ""))


for label, a, b, c, loc in ROWS:
    row = f"{label} | {a} | {b} | {c}"
    extra = "" if loc else " " + label.lower()
    kw = {"location": loc} if loc else {}
    FIGS.append(F(f"{label} | {a} |", a, num(a), "count", "hộ", "Số hộ ăn uống" + extra, I(ASOF), **kw))
    FIGS.append(F(f"| {a} | {b} |", b, num(b), "count", "hộ", "Số hộ ăn uống trong đó cà phê, trà sữa" + extra,
                  I(ASOF), total=num(a), **kw))
    FIGS.append(F(f"| {b} | {c}", c, num(c) * 1e6, "money", "đồng", "Thuế khoán 11 tháng" + extra, M11, **kw))

FIGS += [
    F("ước đạt 61.300 triệu", "61.300", 61.3e9, "money", "đồng", "số thu thuế từ hộ kinh doanh dịch vụ ăn uống", Y23,
      status="estimate", percent=108.4, change=C("increase", 12.6, "%", "năm 2022")),
    F("là 1.284 triệu", "1.284", 1.284e9, "money", "đồng", "số nợ thuế",
      P("đến 30/11/2023", end="2023-11-30"), change=C("decrease", 18.3, "%", "đầu năm")),
    F("kiểm tra 426 cơ sở", "426", 426, "count", "cơ sở", "cơ sở cà phê, trà sữa có doanh thu lớn được kiểm tra",
      I(Y23)),
    F("đối với 137 hộ", "137", 137, "count", "hộ", "hộ được điều chỉnh doanh thu khoán", I(Y23)),
    F("tăng 22%", "22", 22, "percent", "%", "mức điều chỉnh doanh thu khoán bình quân", I(Y23)),
    F("phạt 2.146 triệu", "2.146", 2.146e9, "money", "đồng", "truy thu và phạt", I(Y23)),
    F("đạt 66.000 triệu", "66.000", 66e9, "money", "đồng", "thu thuế từ hộ kinh doanh ăn uống", Y24, status="target"),
    F("từ 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm",
      "doanh thu của hộ phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", approx="at_least", optional=True),
    F("100% hộ", "100", 100, "percent", "%",
      "hộ có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", Y24,
      status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Khánh Hòa, Số: 298/BC-UBND, 18/12/2023) with a flattened '|' table by district.",
    "Table: 'Đơn vị tính: hộ; triệu đồng'; count columns take the as-of date of section I (inherited), the tax column",
    "its own header period '11 tháng' (2023, scored). The 'Trong đó: cà phê, trà sữa' column says its cells are parts of",
    "the row's 'Số hộ ăn uống' cell, so those cells carry that total. 'Các huyện còn lại' and 'Tổng cộng' are not places:",
    "subject keeps the row label, location stays Khánh Hòa. Section II.3 figures inherit 'năm 2023' (report title).",
    "Distractors: Số: 298/BC-UBND, Công văn số 4127/BTC-TCT ngày 20/4/2023, section numbers I.-III., 1.-3.",
]

build("p857-3", TEXT, FIGS, NOTES, published="2023-12-18", location="Khánh Hòa")
