"""p1130-3: formal report (UBND tỉnh Lạng Sơn) on su su / highland vegetables 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LẠNG SƠN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển vùng su su, rau vùng cao năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, diện tích su su, rau vùng cao toàn tỉnh ước đạt 865 ha, bằng 102,4% kế hoạch; sản lượng ước đạt 12.600 tấn, tăng 8,5% so với năm 2022. Diện tích theo địa bàn như sau:

Đơn vị tính: ha
Huyện | Năm 2022 | Năm 2023 | Kế hoạch 2024
Lộc Bình | 310 | 335 | 350
Cao Lộc | 285 | 300 | 320
Đình Lập | 120 | 130 | 150
Văn Quan | 95 | 100 | 110
Tổng cộng | 810 | 865 | 930

2. Tiêu thụ, giá trị
Giá bán bình quân su su quả 4.500 đồng/kg, ngọn su su 9.000 đồng/kg; tổng giá trị ước đạt 96 tỷ đồng. Toàn tỉnh có 9 hợp tác xã và 27 tổ hợp tác liên kết tiêu thụ su su Mẫu Sơn. Riêng Công ty TNHH Nông sản Mẫu Sơn (huyện Lộc Bình) bao tiêu khoảng 1.800 tấn su su quả mỗi năm, giá thu mua không thấp hơn 3.000 đồng/kg.

3. Giảm nghèo
Có 1.240 hộ tham gia trồng su su, rau vùng cao, trong đó 427 hộ nghèo, hộ cận nghèo (chiếm 34,4%). Trong năm, 158 hộ đã thoát nghèo.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu diện tích đạt 930 ha, sản lượng trên 13.500 tấn; xây dựng thêm 2 sản phẩm OCOP từ su su Mẫu Sơn.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
DIR24 = I(P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31"))
REPORT_YEAR = I(P("năm 2023", "2023-01-01", "2023-12-31"))
IND = "diện tích su su, rau vùng cao"


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if row == "Tổng cộng":
        subject = f"{IND} tổng cộng {col.lower()}"
    else:
        subject = f"{IND} {col.lower()}"
        kw["location"] = row
    return F(anchor, number, value, "measure", "ha", subject=subject, period=per, **kw)


FIGS = [
    F("ước đạt 865 ha", "865", 865, "measure", "ha", percent=102.4, status="estimate", subject=IND, period=Y23),
    F("ước đạt 12.600 tấn", "12.600", 12600, "measure", "tấn", status="estimate",
      change=C("increase", 8.5, "%", "năm 2022"), subject="sản lượng su su, rau vùng cao", period=Y23),
    cell("Lộc Bình | 310", "310", 310, "Lộc Bình", "Năm 2022"),
    cell("310 | 335", "335", 335, "Lộc Bình", "Năm 2023"),
    cell("335 | 350", "350", 350, "Lộc Bình", "Kế hoạch 2024"),
    cell("Cao Lộc | 285", "285", 285, "Cao Lộc", "Năm 2022"),
    cell("285 | 300", "300", 300, "Cao Lộc", "Năm 2023"),
    cell("300 | 320", "320", 320, "Cao Lộc", "Kế hoạch 2024"),
    cell("Đình Lập | 120", "120", 120, "Đình Lập", "Năm 2022"),
    cell("120 | 130", "130", 130, "Đình Lập", "Năm 2023"),
    cell("130 | 150", "150", 150, "Đình Lập", "Kế hoạch 2024"),
    cell("Văn Quan | 95", "95", 95, "Văn Quan", "Năm 2022"),
    cell("95 | 100", "100", 100, "Văn Quan", "Năm 2023"),
    cell("100 | 110", "110", 110, "Văn Quan", "Kế hoạch 2024"),
    cell("Tổng cộng | 810", "810", 810, "Tổng cộng", "Năm 2022"),
    cell("810 | 865", "865", 865, "Tổng cộng", "Năm 2023"),
    cell("865 | 930", "930", 930, "Tổng cộng", "Kế hoạch 2024"),
    F("quả 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", subject="giá bán bình quân su su quả",
      period=REPORT_YEAR),
    F("ngọn su su 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", subject="giá bán bình quân ngọn su su",
      period=REPORT_YEAR),
    F("ước đạt 96 tỷ", "96", 96e9, "money", "đồng", status="estimate",
      subject="tổng giá trị su su, rau vùng cao", period=REPORT_YEAR),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", subject="hợp tác xã liên kết tiêu thụ su su Mẫu Sơn"),
    F("27 tổ hợp tác", "27", 27, "count", "tổ hợp tác", subject="tổ hợp tác liên kết tiêu thụ su su Mẫu Sơn"),
    F("khoảng 1.800 tấn", "1.800", 1800, "measure", "tấn/năm", approx="about",
      subject="su su quả Công ty TNHH Nông sản Mẫu Sơn bao tiêu mỗi năm", location="Lộc Bình"),
    F("không thấp hơn 3.000", "3.000", 3000, "money", "đồng/kg", approx="at_least",
      subject="giá thu mua su su quả của Công ty TNHH Nông sản Mẫu Sơn", location="Lộc Bình"),
    F("Có 1.240 hộ", "1.240", 1240, "count", "hộ", subject="hộ tham gia trồng su su, rau vùng cao"),
    F("427 hộ nghèo", "427", 427, "count", "hộ", total=1240, percent=34.4,
      subject="hộ nghèo, hộ cận nghèo tham gia trồng su su, rau vùng cao"),
    F("158 hộ", "158", 158, "count", "hộ", subject="hộ thoát nghèo", period=IN_YEAR),
    F("đạt 930 ha", "930", 930, "measure", "ha", status="target", subject=IND, period=DIR24),
    F("trên 13.500 tấn", "13.500", 13500, "measure", "tấn", approx="over", status="target",
      subject="sản lượng su su, rau vùng cao", period=DIR24),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm OCOP từ su su Mẫu Sơn xây dựng thêm", period=DIR24),
]

NOTES = [
    "Formal report under a letterhead (UBND tỉnh Lạng Sơn, Số: 318/BC-UBND, 'Lạng Sơn, ngày 20 tháng 12 năm 2023'), sections I/II, 1-3, Nơi nhận.",
    "Flattened '|' table, 'Đơn vị tính: ha'; rows are districts → location, subject = caption indicator + column label;",
    "periods from the column headers (scored), 'Kế hoạch 2024' → status target. Table cells take no total; the Tổng cộng row is its own figure (Lạng Sơn).",
    "'ước đạt … bằng 102,4% kế hoạch' → estimate with percent; the second clause has its own 'ước đạt'. 'Trong năm' in a yearly report = 2023.",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu' → target, continuing after ';'; the period stands in the heading (inherited).",
    "Company passage placed in huyện Lộc Bình → location Lộc Bình; 'không thấp hơn' = at_least (like 'không dưới').",
    "Distractors: Số: 318/BC-UBND, section numbers I./II./1./2./3., dateline, 'Lưu: VT, KT'. 427 of 1.240 after 'trong đó' (34,4% stated).",
]

if __name__ == "__main__":
    write("p1130-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Lạng Sơn")
