from lib import *

TEXT = """ỦY BAN NHÂN DÂN TỈNH TÂY NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 312/BC-UBND
Tây Ninh, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển cây mãng cầu 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, toàn tỉnh có 6.214 ha mãng cầu ta, đạt 103,6% kế hoạch năm, tăng 186 ha so với cuối năm 2023. Sản lượng thu hoạch 9 tháng đạt 71.350 tấn, bằng 78,4% kế hoạch năm.

Bảng 1. Diện tích, sản lượng mãng cầu theo địa bàn (tính đến 30/9/2024)
Đơn vị tính: ha, tấn
Địa bàn | Diện tích | Trong đó cho trái | Sản lượng 9 tháng
TP. Tây Ninh | 1.245 | 1.120 | 15.680
Hòa Thành | 862 | 790 | 10.270
Dương Minh Châu | 1.538 | 1.402 | 17.525
Tân Châu | 1.970 | 1.655 | 20.690
Các huyện còn lại | 599 | 451 | 7.185

2. Giá bán, giá trị
Giá mãng cầu ta loại 1 tại vườn bình quân 9 tháng đạt 38.500 đồng/kg, tăng 12,4% so với cùng kỳ; giá trị sản xuất ước đạt 2.146 tỷ đồng. Lợi nhuận bình quân khoảng 280 triệu đồng/ha.

3. Chỉ dẫn địa lý, liên kết sản xuất
Chỉ dẫn địa lý "Bà Đen" cho sản phẩm mãng cầu ta (Quyết định số 4081/QĐ-SHTT ngày 24/12/2019) hiện được 1.350 hộ với 2.640 ha sử dụng. Toàn tỉnh có 23 hợp tác xã sản xuất mãng cầu, trong đó 8 hợp tác xã có sản phẩm OCOP; 57 mã số vùng trồng với 2.083 ha phục vụ xuất khẩu.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu sản lượng năm 2024 đạt 91.000 tấn; cấp mới ít nhất 10 mã số vùng trồng; hỗ trợ 3 hợp tác xã xây dựng kho lạnh, kinh phí dự kiến 4,5 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
TAB = per("tính đến 30/9/2024", None, "2024-09-30", inherited=True)
TAB9 = per("Sản lượng 9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [
    ("TP. Tây Ninh", "TP. Tây Ninh | 1.245", "1.245", 1245, "| 1.120", "1.120", 1120, "| 15.680", "15.680", 15680),
    ("Hòa Thành", "Hòa Thành | 862", "862", 862, "| 790", "790", 790, "| 10.270", "10.270", 10270),
    ("Dương Minh Châu", "Dương Minh Châu | 1.538", "1.538", 1538, "| 1.402", "1.402", 1402, "| 17.525", "17.525", 17525),
    ("Tân Châu", "Tân Châu | 1.970", "1.970", 1970, "| 1.655", "1.655", 1655, "| 20.690", "20.690", 20690),
    ("Tây Ninh", "còn lại | 599", "599", 599, "| 451", "451", 451, "| 7.185", "7.185", 7185),
]

TABLE = []
for loc, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    # revised after the first run: the row label "Các huyện còn lại" is not a place, so per FIGURES.md (tables:
    # subject = row label + column label, a place label goes to location) it belongs in the subject.
    rest = " các huyện còn lại" if loc == "Tây Ninh" else ""
    TABLE += [
        fig(a1, n1, v1, "measure", "ha", "Diện tích mãng cầu" + rest, TAB, location=loc),
        fig(a2, n2, v2, "measure", "ha", "Diện tích mãng cầu cho trái" + rest, TAB, location=loc),
        fig(a3, n3, v3, "measure", "tấn", "Sản lượng mãng cầu 9 tháng" + rest, TAB9, location=loc),
    ]

FIGS = [
    fig("có 6.214 ha mãng cầu ta", "6.214", 6214, "measure", "ha", "diện tích mãng cầu ta", ASOF, percent=103.6,
        change=chg("increase", 186, "ha", "cuối năm 2023")),
    fig("đạt 71.350 tấn", "71.350", 71350, "measure", "tấn", "sản lượng mãng cầu thu hoạch", M9, percent=78.4),
] + TABLE + [
    fig("đạt 38.500 đồng/kg", "38.500", 38500, "money", "đồng/kg", "giá mãng cầu ta loại 1 tại vườn bình quân",
        M9, change=chg("increase", 12.4, "%", "cùng kỳ")),
    fig("ước đạt 2.146 tỷ đồng", "2.146", 2.146e12, "money", "đồng", "giá trị sản xuất mãng cầu", inh(M9),
        status="estimate"),
    fig("khoảng 280 triệu đồng/ha", "280", 280e6, "money", "đồng/ha", "lợi nhuận bình quân trồng mãng cầu", approx="about"),
    fig("được 1.350 hộ", "1.350", 1350, "count", "hộ", "hộ sử dụng chỉ dẫn địa lý Bà Đen"),
    fig("với 2.640 ha", "2.640", 2640, "measure", "ha", "diện tích sử dụng chỉ dẫn địa lý Bà Đen"),
    fig("có 23 hợp tác xã", "23", 23, "count", "hợp tác xã", "hợp tác xã sản xuất mãng cầu"),
    fig("trong đó 8 hợp tác xã", "8", 8, "count", "hợp tác xã", "hợp tác xã có sản phẩm OCOP", total=23),
    fig("57 mã số vùng trồng", "57", 57, "count", "mã số vùng trồng", "mã số vùng trồng mãng cầu phục vụ xuất khẩu"),
    fig("với 2.083 ha", "2.083", 2083, "measure", "ha", "diện tích mã số vùng trồng phục vụ xuất khẩu"),
    fig("đạt 91.000 tấn", "91.000", 91000, "measure", "tấn", "sản lượng mãng cầu", Y24, status="target"),
    fig("ít nhất 10 mã số", "10", 10, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", inh(Q4),
        approx="at_least", status="target"),
    fig("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã được hỗ trợ xây dựng kho lạnh", inh(Q4),
        status="target"),
    fig("dự kiến 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí hỗ trợ xây dựng kho lạnh", inh(Q4),
        status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Tây Ninh formal report (letterhead, Số: 312/BC-UBND, place-and-date line): mãng cầu 9 tháng 2024 with a",
    "flattened '|' table (Đơn vị tính: ha, tấn; columns Diện tích | Trong đó cho trái | Sản lượng 9 tháng). Table cells are actual",
    "(no Ước column); periods: area columns take the as-of date of the table title (another line: inherited), the",
    "'Sản lượng 9 tháng' column header gives Jan-Sep 2024 (scored, like h23 column headers). 'Các huyện còn lại' -> Tây Ninh.",
    "revised: the row label 'Các huyện còn lại' (not a place) added to the subject of its three cells (spec: row label + column).",
    "Table cells carry no total (rows are not introduced by a cue; 'Trong đó cho trái' column not treated as a part-of cue).",
    "Distractors: Số 312/BC-UBND; ngày 07 tháng 10 năm 2024; I., II., 1., 2., 3.; Bảng 1; quý IV/2024; Quyết định số",
    "4081/QĐ-SHTT ngày 24/12/2019; 'loại 1'; Nơi nhận list.",
]

if __name__ == "__main__":
    emit("p743-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Tây Ninh")
