"""p952-4: Cục Lâm nghiệp (Bộ NN&PTNT) — national cassia area, top provinces, organic area, exports, distilleries, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC LÂM NGHIỆP
Tin hoạt động > Lâm sản ngoài gỗ
Ngày đăng: 22/02/2024 | 15:40

Phát triển bền vững vùng nguyên liệu quế

Theo Cục Lâm nghiệp, năm 2023 diện tích quế cả nước đạt khoảng 180.000 ha, tăng 4,2% so với năm 2022, phân bố tại 19 tỉnh. Bốn địa phương có diện tích lớn nhất lần lượt là Yên Bái (86.500 ha), Lào Cai (49.100 ha), Quảng Nam (10.200 ha) và Thanh Hóa (8.600 ha).

Diện tích quế được cấp chứng nhận hữu cơ đạt 21.500 ha, trong đó Yên Bái 6.230 ha.

Năm 2023, xuất khẩu quế của Việt Nam đạt 98.400 tấn, trị giá 265,3 triệu USD, giảm 3,4% về lượng nhưng tăng 5,8% về giá trị so với năm 2022. Việt Nam hiện xếp thứ 2 thế giới về kim ngạch xuất khẩu quế, sau Indonesia. Ấn Độ là thị trường lớn nhất, chiếm 32,6% lượng quế xuất khẩu; tiếp đến là Mỹ (14,2%) và Bangladesh (9,8%). Giá xuất khẩu bình quân đạt 2.696 USD/tấn.

Cả nước có khoảng 350 cơ sở chưng cất tinh dầu quế, tổng công suất gần 2.500 tấn/năm; năm 2023 xuất khẩu 1.860 tấn tinh dầu quế, tăng 11% so với năm trước.

Theo Quyết định số 523/QĐ-TTg, đến năm 2030, diện tích quế cả nước ổn định ở mức 200.000 ha; kim ngạch xuất khẩu quế và sản phẩm từ quế đạt 500 triệu USD/năm.

Cục Lâm nghiệp - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8792
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
TOP = "diện tích quế"
SHARE = "tỷ trọng lượng quế xuất khẩu sang"

FIGS = [
    F("khoảng 180.000 ha", "180.000", 180000, "measure", "ha", "diện tích quế cả nước", Y23,
      approx="about", change=C("increase", 4.2, "%", "năm 2022")),
    F("tại 19 tỉnh", "19", 19, "count", "tỉnh", "tỉnh có quế phân bố", Y23),
    F("Bốn địa phương", "Bốn", 4, "count", "địa phương", "địa phương có diện tích quế lớn nhất", optional=True),
    F("Yên Bái (86.500 ha)", "86.500", 86500, "measure", "ha", TOP, I(Y23), location="Yên Bái"),
    F("Lào Cai (49.100 ha)", "49.100", 49100, "measure", "ha", TOP, I(Y23), location="Lào Cai"),
    F("Quảng Nam (10.200 ha)", "10.200", 10200, "measure", "ha", TOP, I(Y23), location="Quảng Nam"),
    F("Thanh Hóa (8.600 ha)", "8.600", 8600, "measure", "ha", TOP, I(Y23), location="Thanh Hóa"),
    F("đạt 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ"),
    F("Yên Bái 6.230 ha", "6.230", 6230, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ",
      total=21500, location="Yên Bái"),
    F("đạt 98.400 tấn", "98.400", 98400, "measure", "tấn", "lượng quế xuất khẩu", Y23b,
      change=C("decrease", 3.4, "%", "năm 2022")),
    F("trị giá 265,3 triệu USD", "265,3", 265.3e6, "money", "USD", "trị giá xuất khẩu quế", Y23b,
      change=C("increase", 5.8, "%", "năm 2022")),
    F("xếp thứ 2 thế giới", "2", 2, "rank", "hạng", "kim ngạch xuất khẩu quế thế giới"),
    F("chiếm 32,6%", "32,6", 32.6, "percent", "%", SHARE + " Ấn Độ", I(Y23b)),
    F("Mỹ (14,2%)", "14,2", 14.2, "percent", "%", SHARE + " Mỹ", I(Y23b)),
    F("Bangladesh (9,8%)", "9,8", 9.8, "percent", "%", SHARE + " Bangladesh", I(Y23b)),
    F("đạt 2.696 USD/tấn", "2.696", 2696, "money", "USD/tấn", "giá xuất khẩu quế bình quân", I(Y23b)),
    F("khoảng 350 cơ sở", "350", 350, "count", "cơ sở", "cơ sở chưng cất tinh dầu quế", approx="about"),
    F("gần 2.500 tấn/năm", "2.500", 2500, "measure", "tấn/năm", "tổng công suất chưng cất tinh dầu quế", approx="nearly"),
    F("xuất khẩu 1.860 tấn", "1.860", 1860, "measure", "tấn", "tinh dầu quế xuất khẩu", Y23,
      change=C("increase", 11, "%", "năm trước")),
    F("mức 200.000 ha", "200.000", 200000, "measure", "ha", "diện tích quế cả nước", T30, status="target"),
    F("đạt 500 triệu USD/năm", "500", 500e6, "money", "USD/năm", "kim ngạch xuất khẩu quế và sản phẩm từ quế", T30,
      status="target"),
]

NOTES = [
    "Cục Lâm nghiệp (Bộ NN&PTNT): national cassia area 2023, top provinces, organic area, exports by volume/value and market, 2030 targets.",
    "'Ngày đăng: 22/02/2024 | 15:40' is the dateline. Not figures: 'Quyết định số 523/QĐ-TTg', 'Số 2 Ngọc Hà', phone 024.3843.8792.",
    "'giảm 3,4% về lượng nhưng tăng 5,8% về giá trị': the volume change goes to 98.400 tấn, the value change to 265,3 triệu USD.",
    "Gold revision: 265,3 triệu USD subject 'kim ngạch xuất khẩu quế' → 'trị giá xuất khẩu quế' (the sentence names it 'trị giá').",
    "Export markets are trade partners: location Việt Nam, partner in the subject. 'Bốn địa phương' is the label of the ranking (optional).",
    "'trong đó Yên Bái 6.230 ha' is a part of the national organic area: total 21.500, location Yên Bái.",
]

write("p952-4", TEXT, NOTES, FIGS, published="2024-02-22", location="Việt Nam")
