"""p650-7: department site (Chi cục CN&TY Thái Nguyên), no dateline — rabies funding of veterinary stations, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH THÁI NGUYÊN
Trang chủ > Tin chuyên ngành > Thú y

Tăng kinh phí cho các Trạm Chăn nuôi và Thú y phòng, chống bệnh dại

Năm 2023, toàn tỉnh Thái Nguyên đã tiêm phòng dại cho 168.420 con chó, mèo, đạt 72,8% tổng đàn thuộc diện tiêm. Riêng quý I/2024, các Trạm Chăn nuôi và Thú y đã tiêm cho 21.350 con.

Tổng kinh phí ngân sách tỉnh cấp cho công tác phòng, chống bệnh dại năm 2024 là 2,45 tỷ đồng, tăng 18,4% so với năm 2023; trong đó mua vắc xin 1,62 tỷ đồng, hỗ trợ công tiêm cho thú y viên cấp xã 830 triệu đồng. Mức hỗ trợ công tiêm là 5.000 đồng/con.

Năm 2024, Chi cục đặt mục tiêu tiêm phòng dại cho trên 175.000 con chó, mèo, đạt tỷ lệ trên 75% tổng đàn; đồng thời xây dựng thêm 12 xã an toàn dịch bệnh dại.

Kinh phí phân bổ cho một số Trạm Chăn nuôi và Thú y như sau:

Bảng 2. Kinh phí phòng, chống bệnh dại của các Trạm Chăn nuôi và Thú y
Đơn vị tính: triệu đồng
Huyện, thành phố
Năm 2023
Kế hoạch năm 2024
TP. Thái Nguyên
412,5
450
Đại Từ
286
320
Phú Bình
198,6
240
Võ Nhai
154
185

Theo Chi cục, hiện 9/9 huyện, thành phố đã thành lập Trạm Chăn nuôi và Thú y với tổng số 64 viên chức, tuy nhiên vẫn còn 37 xã chưa có thú y viên.

Địa chỉ: Số 12, đường Hoàng Văn Thụ, TP. Thái Nguyên | Điện thoại: 0208.3855.627
Tổng số lượt truy cập: 1.204.559
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
S23 = "kinh phí phòng, chống bệnh dại của Trạm Chăn nuôi và Thú y năm 2023"
S24 = "kinh phí phòng, chống bệnh dại của Trạm Chăn nuôi và Thú y kế hoạch năm 2024"

ROWS = [
    ("Thái Nguyên", "Nguyên\n412,5", "412,5", 412.5e6, "412,5\n450", "450", 450e6),
    ("Đại Từ", "Đại Từ\n286", "286", 286e6, "286\n320", "320", 320e6),
    ("Phú Bình", "Bình\n198,6", "198,6", 198.6e6, "198,6\n240", "240", 240e6),
    ("Võ Nhai", "Nhai\n154", "154", 154e6, "154\n185", "185", 185e6),
]

FIGS = [
    F("cho 168.420 con", "168.420", 168420, "count", "con", "chó, mèo được tiêm phòng dại", C23, percent=72.8),
    F("cho 21.350 con", "21.350", 21350, "count", "con", "chó, mèo được các Trạm Chăn nuôi và Thú y tiêm phòng dại",
      P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("là 2,45 tỷ đồng", "2,45", 2.45e9, "money", "đồng", "tổng kinh phí ngân sách tỉnh cấp cho công tác phòng, chống bệnh dại",
      Y24, change=CH("increase", 18.4, "%", "năm 2023")),
    F("vắc xin 1,62 tỷ đồng", "1,62", 1.62e9, "money", "đồng", "kinh phí mua vắc xin", Y24, total=2.45e9),
    F("830 triệu đồng", "830", 830e6, "money", "đồng", "kinh phí hỗ trợ công tiêm cho thú y viên cấp xã", Y24, total=2.45e9),
    F("5.000 đồng/con", "5.000", 5000, "money", "đồng/con", "mức hỗ trợ công tiêm"),
    F("trên 175.000 con", "175.000", 175000, "count", "con", "chó, mèo được tiêm phòng dại",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", percent=75, status="target"),
    F("thêm 12 xã", "12", 12, "count", "xã", "xã an toàn dịch bệnh dại xây dựng thêm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]
for place, a1, n1, v1, a2, n2, v2 in ROWS:
    FIGS += [
        F(a1, n1, v1, "money", "đồng", S23, C23, location=place),
        F(a2, n2, v2, "money", "đồng", S24, C24, status="target", location=place),
    ]
FIGS += [
    F("9/9 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố đã thành lập Trạm Chăn nuôi và Thú y", total=9),
    F("64 viên chức", "64", 64, "count", "viên chức", "viên chức Trạm Chăn nuôi và Thú y"),
    F("37 xã", "37", 37, "count", "xã", "xã chưa có thú y viên"),
]

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y Thái Nguyên (department site, no dateline): tiêm phòng dại 2023 and Q1/2024; rabies budget 2024 and its split;",
    "one-cell-per-line table 'Bảng 2' with 'Đơn vị tính: triệu đồng' (cells × 10^6 đồng), columns 'Năm 2023' / 'Kế hoạch năm 2024' (periods from the",
    "headers, scored as in shared h23/h24; plan column = target); row labels are districts/city: location. 'Bảng 2', 'Số 12, đường Hoàng Văn Thụ',",
    "the phone and 'Tổng số lượt truy cập: 1.204.559' are not figures. 'trong đó' parts 1,62 tỷ + 830 triệu = 2,45 tỷ: total. '9/9 huyện' total 9.",
    "'đạt 72,8% tổng đàn' is the percent of 168.420; 'đạt tỷ lệ trên 75%' is the percent of the target 175.000 ('mục tiêu' governs",
    "the sentence and its 'đồng thời' clause). 'hiện' sentence: no period.",
]

if __name__ == "__main__":
    emit("p650-7", TEXT, COMMENTS, FIGS, published=None, location="Thái Nguyên")
