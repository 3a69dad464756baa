"""p649-7: department site (Sở NN&PTNT Sơn La), no dateline - colonies by district in a one-cell-per-line table, yields, price, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Trang chủ / Chăn nuôi - Thú y / Tin chuyên ngành

Phát triển nuôi ong lấy mật gắn với bảo vệ rừng

Nuôi ong lấy mật đang trở thành sinh kế bền vững của đồng bào vùng cao Sơn La. Năm 2023, tổng đàn ong toàn tỉnh đạt 38.620 đàn, tăng 2.140 đàn so với năm 2022; sản lượng mật đạt 412,6 tấn. Số đàn ong tại các huyện trọng điểm như sau:

Bảng 2. Số đàn ong tại các huyện trọng điểm
Đơn vị tính: đàn
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Mộc Châu
8.150
8.930
9.500
Vân Hồ
6.420
7.105
7.600
Sông Mã
5.380
5.690
6.000
Bắc Yên
3.270
3.815
4.200

Năng suất mật bình quân đạt 10 - 12 kg/đàn/năm; với giá bán 250.000 - 300.000 đồng/lít, thu nhập từ nuôi ong gấp 3 lần trồng ngô trên cùng diện tích đất. Tại các bản dọc Quốc lộ 6 thuộc huyện Mộc Châu, 126 hộ nuôi ong đã nhận khoán bảo vệ gần 1.850 ha rừng, được chi trả dịch vụ môi trường rừng khoảng 600.000 đồng/ha/năm.

Toàn tỉnh hiện có 14 hợp tác xã nuôi ong và 5 sản phẩm mật ong đạt OCOP 3 sao. Theo kế hoạch, năm 2024 toàn tỉnh phát triển thêm 3.500 đàn ong; hỗ trợ 70% kinh phí mua thùng, đàn giống cho hộ nghèo, tối đa 15 triệu đồng/hộ.

Sở Nông nghiệp và PTNT tỉnh Sơn La - Số 8, đường Chu Văn Thịnh, TP Sơn La. ĐT: 0212.3852.142
Số lượt truy cập: 2.468.133
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Mộc Châu", ("8.150", 8150), ("8.930", 8930), ("9.500", 9500)),
    ("Vân Hồ", ("6.420", 6420), ("7.105", 7105), ("7.600", 7600)),
    ("Sông Mã", ("5.380", 5380), ("5.690", 5690), ("6.000", 6000)),
    ("Bắc Yên", ("3.270", 3270), ("3.815", 3815), ("4.200", 4200)),
]

FIGS = [
    F("đạt 38.620 đàn", "38.620", 38620, "count", "đàn", "tổng đàn ong", Y23,
      change=CH("increase", 2140, "đàn", baseline="năm 2022")),
    F("412,6 tấn", "412,6", 412.6, "measure", "tấn", "sản lượng mật", Y23),
]
for name, c22, c23, c24 in ROWS:
    FIGS.append(F(f"{name}\n{c22[0]}", c22[0], c22[1], "count", "đàn", "Số đàn ong năm 2022", C22, location=name))
    FIGS.append(F(f"{c22[0]}\n{c23[0]}", c23[0], c23[1], "count", "đàn", "Số đàn ong năm 2023", C23, location=name))
    FIGS.append(F(f"{c23[0]}\n{c24[0]}", c24[0], c24[1], "count", "đàn", "Số đàn ong kế hoạch 2024", C24,
                  status="target", location=name))
FIGS += [
    F("10 - 12 kg/đàn/năm", "10", 10, "measure", "kg/đàn/năm", "năng suất mật bình quân", value_max=12),
    F("250.000 - 300.000 đồng/lít", "250.000", 250000, "money", "đồng/lít", "giá bán mật ong", value_max=300000),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ nuôi ong so với trồng ngô"),
    F("126 hộ", "126", 126, "count", "hộ", "hộ nuôi ong nhận khoán bảo vệ rừng", location="Mộc Châu"),
    F("gần 1.850 ha", "1.850", 1850, "measure", "ha", "rừng nhận khoán bảo vệ", approx="nearly", location="Mộc Châu"),
    F("khoảng 600.000 đồng/ha/năm", "600.000", 600000, "money", "đồng/ha/năm", "tiền chi trả dịch vụ môi trường rừng",
      approx="about", location="Mộc Châu"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã nuôi ong"),
    F("và 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm mật ong đạt OCOP 3 sao"),
    F("thêm 3.500 đàn", "3.500", 3500, "count", "đàn ong", "đàn ong phát triển thêm", Y24, status="target"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "mức hỗ trợ kinh phí mua thùng, đàn giống cho hộ nghèo", Y24,
      status="target"),
    F("tối đa 15 triệu đồng/hộ", "15", 15e6, "money", "đồng/hộ", "mức hỗ trợ tối đa cho hộ nghèo", Y24,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Sơn La), no dateline; footer visit counter. One-cell-per-line table with 'Đơn vị tính: đàn'.",
    "Table cells: subject = indicator + column, district row label -> location, period from the column header (scored, as shared h23),",
    "'Kế hoạch 2024' column -> status target. 'gấp 3 lần trồng ngô' stands as its own clause: a multiple.",
    "'Theo kế hoạch, năm 2024 …; hỗ trợ …, tối đa …' - target continues through the sentence.",
    "'Tại các bản dọc Quốc lộ 6 thuộc huyện Mộc Châu' makes the forest figures Mộc Châu's. Not figures: Quốc lộ 6, Bảng 2, 'OCOP 3 sao', Số 8 đường Chu Văn Thịnh, phone, 'Số lượt truy cập: 2.468.133'. No published date.",
]

if __name__ == "__main__":
    emit("p649-7", TEXT, COMMENTS, FIGS, published=None, location="Sơn La")
