"""p1003-3: UBND tỉnh Phú Yên formal report, first half of 2024, flattened '|' table by district."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH PHÚ YÊN
Số: 213/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách tín dụng đối với học sinh, sinh viên 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cho vay, thu nợ
Trong 6 tháng đầu năm 2024, doanh số cho vay đạt 64,3 tỷ đồng, đạt 52,7% kế hoạch năm, với 1.472 lượt học sinh, sinh viên được vay; riêng quý II/2024 cho vay 41,2 tỷ đồng. Doanh số thu nợ đạt 71,9 tỷ đồng, tăng 8,4% so với cùng kỳ năm 2023.
2. Dư nợ, chất lượng tín dụng
Tính đến ngày 30/6/2024, tổng dư nợ đạt 412,5 tỷ đồng, giảm 7,6 tỷ đồng so với đầu năm; nợ quá hạn 1,04 tỷ đồng, chiếm 0,25% tổng dư nợ. Chi tiết theo địa bàn:
Đơn vị tính: triệu đồng
Địa bàn | Số HSSV còn dư nợ (người) | Dư nợ | Nợ quá hạn
TP. Tuy Hòa | 2.184 | 86.420 | 215
Thị xã Đông Hòa | 1.652 | 63.870 | 184
Huyện Tuy An | 1.418 | 55.310 | 163
Huyện Sơn Hòa | 1.207 | 46.950 | 238
Các huyện còn lại | 4.126 | 159.950 | 240
Tổng cộng | 10.587 | 412.500 | 1.040

II. TỒN TẠI, HẠN CHẾ
Tỷ lệ nợ quá hạn tại huyện Sơn Hòa là 0,51%, cao gấp 2 lần bình quân chung của tỉnh. Toàn tỉnh còn 43 khách hàng đã chuyển khỏi nơi cư trú nhưng chưa liên hệ trả nợ.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu doanh số cho vay cả năm đạt 122 tỷ đồng; tỷ lệ nợ quá hạn dưới 0,2%.
2. Tiếp tục thực hiện Quyết định số 157/2007/QĐ-TTg ngày 27/9/2007 của Thủ tướng Chính phủ; tổ chức Hội nghị tổng kết lần thứ 2 vào tháng 11/2024.
"""

NOTES = [
    "Formal report UBND tỉnh Phú Yên, Số: 213/BC-UBND, 'Phú Yên, ngày 15 tháng 7 năm 2024': student loans, first half of 2024.",
    "Distractors: document numbers, letterhead date, section numbers I.-III. and 1.-2., 'Quyết định số 157/2007/QĐ-TTg ngày 27/9/2007',",
    "'Hội nghị tổng kết lần thứ 2', 'tháng 11/2024' (an event date), the title's '6 tháng đầu năm 2024'.",
    "Table: 'Đơn vị tính: triệu đồng' applies to Dư nợ and Nợ quá hạn; the HSSV column says '(người)'. Period of the table from",
    "'Tính đến ngày 30/6/2024' in the sentence above (inherited). Place rows go to location; 'Các huyện còn lại' and 'Tổng cộng' are Phú Yên.",
    "Table cells get no totals (the Tổng cộng row is its own figure). 'riêng quý II/2024' is another period than the half-year: no total.",
    "'cao gấp 2 lần bình quân chung của tỉnh' is the change of 0,51% (increase, 2 lần); 0,51/0,25 ≈ 2.",
    "'52,7% kế hoạch năm' is the percent of 64,3 tỷ (64,3/122). Section III targets: status target, 'cả năm' = 2024.",
]

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
TA = I(ASOF)
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 64,3 tỷ đồng", "64,3", 64.3e9, "money", "đồng", "doanh số cho vay", H1, percent=52.7),
    F("với 1.472 lượt", "1.472", 1472, "count", "lượt học sinh, sinh viên", "lượt học sinh, sinh viên được vay", H1),
    F("cho vay 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", "doanh số cho vay quý II",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("đạt 71,9 tỷ đồng", "71,9", 71.9e9, "money", "đồng", "doanh số thu nợ", I(H1),
      change=C("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("đạt 412,5 tỷ đồng", "412,5", 412.5e9, "money", "đồng", "tổng dư nợ", ASOF,
      change=C("decrease", 7.6e9, "đồng", "đầu năm")),
    F("nợ quá hạn 1,04 tỷ đồng", "1,04", 1.04e9, "money", "đồng", "nợ quá hạn", ASOF, percent=0.25),
    # table rows
    F("TP. Tuy Hòa | 2.184", "2.184", 2184, "count", "người", "Số HSSV còn dư nợ", TA, location="Tuy Hòa"),
    F("2.184 | 86.420", "86.420", 86420e6, "money", "đồng", "Dư nợ", TA, location="Tuy Hòa"),
    F("86.420 | 215", "215", 215e6, "money", "đồng", "Nợ quá hạn", TA, location="Tuy Hòa"),
    F("Đông Hòa | 1.652", "1.652", 1652, "count", "người", "Số HSSV còn dư nợ", TA, location="Đông Hòa"),
    F("1.652 | 63.870", "63.870", 63870e6, "money", "đồng", "Dư nợ", TA, location="Đông Hòa"),
    F("63.870 | 184", "184", 184e6, "money", "đồng", "Nợ quá hạn", TA, location="Đông Hòa"),
    F("Tuy An | 1.418", "1.418", 1418, "count", "người", "Số HSSV còn dư nợ", TA, location="Tuy An"),
    F("1.418 | 55.310", "55.310", 55310e6, "money", "đồng", "Dư nợ", TA, location="Tuy An"),
    F("55.310 | 163", "163", 163e6, "money", "đồng", "Nợ quá hạn", TA, location="Tuy An"),
    F("Huyện Sơn Hòa | 1.207", "1.207", 1207, "count", "người", "Số HSSV còn dư nợ", TA, location="Sơn Hòa"),
    F("1.207 | 46.950", "46.950", 46950e6, "money", "đồng", "Dư nợ", TA, location="Sơn Hòa"),
    F("46.950 | 238", "238", 238e6, "money", "đồng", "Nợ quá hạn", TA, location="Sơn Hòa"),
    F("còn lại | 4.126", "4.126", 4126, "count", "người", "Số HSSV còn dư nợ các huyện còn lại", TA),
    F("4.126 | 159.950", "159.950", 159950e6, "money", "đồng", "Dư nợ các huyện còn lại", TA),
    F("159.950 | 240", "240", 240e6, "money", "đồng", "Nợ quá hạn các huyện còn lại", TA),
    F("Tổng cộng | 10.587", "10.587", 10587, "count", "người", "Tổng cộng số HSSV còn dư nợ", TA),
    F("10.587 | 412.500", "412.500", 412500e6, "money", "đồng", "Tổng cộng dư nợ", TA),
    F("412.500 | 1.040", "1.040", 1040e6, "money", "đồng", "Tổng cộng nợ quá hạn", TA),
    # section II, III
    F("Sơn Hòa là 0,51%", "0,51", 0.51, "percent", "%", "tỷ lệ nợ quá hạn", TA, location="Sơn Hòa",
      change=C("increase", 2, "lần", "bình quân chung của tỉnh")),
    F("còn 43 khách hàng", "43", 43, "count", "khách hàng",
      "khách hàng đã chuyển khỏi nơi cư trú nhưng chưa liên hệ trả nợ"),
    F("đạt 122 tỷ đồng", "122", 122e9, "money", "đồng", "doanh số cho vay", YEAR, status="target"),
    F("dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ nợ quá hạn", YEAR, approx="under", status="target"),
]

write("p1003-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Phú Yên")
