from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 06 tháng 10 năm 2023

BÁO CÁO
Tình hình chăn nuôi thủy cầm 9 tháng năm 2023, nhiệm vụ quý IV/2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Tính đến ngày 30/9/2023, tổng đàn thủy cầm toàn tỉnh có 3.426.800 con, giảm 2,7% so với cùng thời điểm năm 2022; trong đó đàn vịt 3.102.500 con, chiếm 90,5%, đàn ngan 324.300 con. Số hộ nuôi vịt chạy đồng là 1.865 hộ, giảm 112 hộ so với năm 2022 do diện tích lúa vụ Thu Đông mở rộng.

2. Kết quả sản xuất
Bảng 1. Kết quả chăn nuôi thủy cầm
Chỉ tiêu | Đơn vị | 9 tháng năm 2022 | 9 tháng năm 2023 | Kế hoạch năm 2023
Sản lượng thịt thủy cầm hơi | tấn | 9.850 | 10.320 | 14.000
Sản lượng trứng vịt | triệu quả | 142,6 | 151,3 | 200
Cơ sở ấp trứng | cơ sở | 19 | 21 | 24

Giá trị sản xuất chăn nuôi thủy cầm 9 tháng ước đạt 612,4 tỷ đồng, tăng 5,2% so với cùng kỳ, bằng 71,8% kế hoạch năm.

3. Công tác thú y
Đã tiêm phòng cúm gia cầm cho 2.960.000 con thủy cầm, đạt 86,4% tổng đàn; phát hiện 3 ổ dịch cúm A/H5N1 tại 2 xã của huyện Mỹ Xuyên, tiêu hủy 4.150 con vịt.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu đến cuối năm 2023 tổng đàn thủy cầm đạt 3,6 triệu con. Sản lượng trứng vịt năm 2023 phấn đấu đạt 200 triệu quả; tiếp tục thực hiện Quyết định số 1830/QĐ-UBND ngày 21/7/2022 về phát triển chăn nuôi an toàn sinh học.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
N22 = P("9 tháng năm 2022", "2022-01-01", "2022-09-30")
N23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
K23 = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
N9 = P("9 tháng", "2023-01-01", "2023-09-30")
E23 = P("đến cuối năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 3.426.800 con", "3.426.800", 3426800, "count", "con", "tổng đàn thủy cầm", ASOF,
      change=CH("decrease", 2.7, baseline="cùng thời điểm năm 2022")),
    F("đàn vịt 3.102.500 con", "3.102.500", 3102500, "count", "con", "đàn vịt", ASOF, total=3426800, percent=90.5),
    F("đàn ngan 324.300 con", "324.300", 324300, "count", "con", "đàn ngan", ASOF, total=3426800),
    F("là 1.865 hộ", "1.865", 1865, "count", "hộ", "hộ nuôi vịt chạy đồng",
      change=CH("decrease", 112, "hộ", baseline="năm 2022")),
    # table: row label + column label; unit from the Đơn vị column; period from the column header
    F("| 9.850 |", "9.850", 9850, "measure", "tấn", "Sản lượng thịt thủy cầm hơi 9 tháng năm 2022", N22),
    F("| 10.320 |", "10.320", 10320, "measure", "tấn", "Sản lượng thịt thủy cầm hơi 9 tháng năm 2023", N23),
    F("| 14.000\n", "14.000", 14000, "measure", "tấn", "Sản lượng thịt thủy cầm hơi kế hoạch năm 2023", K23,
      status="target"),
    F("| 142,6 |", "142,6", 142600000, "count", "quả", "Sản lượng trứng vịt 9 tháng năm 2022", N22),
    F("| 151,3 |", "151,3", 151300000, "count", "quả", "Sản lượng trứng vịt 9 tháng năm 2023", N23),
    F("| 200\n", "200", 200000000, "count", "quả", "Sản lượng trứng vịt kế hoạch năm 2023", K23, status="target"),
    F("| 19 |", "19", 19, "count", "cơ sở", "Cơ sở ấp trứng 9 tháng năm 2022", N22),
    F("| 21 |", "21", 21, "count", "cơ sở", "Cơ sở ấp trứng 9 tháng năm 2023", N23),
    F("| 24\n", "24", 24, "count", "cơ sở", "Cơ sở ấp trứng kế hoạch năm 2023", K23, status="target"),
    F("ước đạt 612,4 tỷ đồng", "612,4", 612400000000, "money", "đồng", "giá trị sản xuất chăn nuôi thủy cầm", N9,
      percent=71.8, change=CH("increase", 5.2, baseline="cùng kỳ"), status="estimate"),
    F("cho 2.960.000 con", "2.960.000", 2960000, "count", "con", "thủy cầm được tiêm phòng cúm gia cầm",
      I(N23), percent=86.4),
    F("phát hiện 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch cúm A/H5N1", I(N23), location="Mỹ Xuyên"),
    F("tại 2 xã", "2", 2, "count", "xã", "xã có ổ dịch cúm A/H5N1", I(N23), location="Mỹ Xuyên"),
    F("tiêu hủy 4.150 con", "4.150", 4150, "count", "con", "vịt bị tiêu hủy", I(N23), location="Mỹ Xuyên"),
    F("đạt 3,6 triệu con", "3,6", 3600000, "count", "con", "tổng đàn thủy cầm", E23, status="target"),
    F("phấn đấu đạt 200 triệu quả", "200", 200000000, "count", "quả", "sản lượng trứng vịt", Y23, status="target"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Sóc Trăng, Số: 287/BC-UBND, 'Sóc Trăng, ngày 06 tháng 10 năm 2023': thủy cầm 9 tháng năm 2023.",
    "Flattened '|' table (Chỉ tiêu | Đơn vị | 9 tháng năm 2022 | 9 tháng năm 2023 | Kế hoạch năm 2023): every cell a figure,",
    "period from the column header (scored, as shared h23), 'Kế hoạch' column status target; 'triệu quả' in the unit column multiplies.",
    "Trong đó parts 3.102.500 + 324.300 = 3.426.800 take that total; chiếm 90,5% is the percent of the duck flock.",
    "'2 xã của huyện Mỹ Xuyên': the outbreak figures describe Mỹ Xuyên. 'A/H5N1', document numbers, 'Bảng 1', 'I.', '1.', 'quý IV/2023' are not figures.",
]

if __name__ == "__main__":
    emit("p745-3", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Sóc Trăng")
