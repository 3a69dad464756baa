from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH GIA LAI
Trang chủ » Tin hoạt động ngành » Trồng trọt

Thuốc lá vàng sấy - cây trồng chủ lực vùng Đông Nam tỉnh

Năm 2023, diện tích thuốc lá toàn tỉnh đạt 2.540 ha, sản lượng 6.350 tấn lá khô, giá trị thu được hơn 318 tỷ đồng. Cây thuốc lá tập trung ở thị xã Ayun Pa và các huyện Phú Thiện, Ia Pa, Krông Pa, nơi có đất đai, khí hậu phù hợp.

Bảng 2. Diện tích, sản lượng thuốc lá theo địa phương
Địa phương
Diện tích 2023 (ha)
Sản lượng 2023 (tấn)
Kế hoạch 2024 (ha)
Phú Thiện
980
2.450
1.000
Ia Pa
720
1.800
750
Ayun Pa
510
1.275
520
Krông Pa
330
825
350

Hai doanh nghiệp đang đầu tư, bao tiêu thuốc lá trên địa bàn là Công ty Cổ phần Hòa Việt và Công ty TNHH Thuốc lá Bến Thành, với 2.160 hộ tham gia, tổng vốn ứng trước năm 2023 là 52 tỷ đồng. Giá thu mua bình quân đạt 51.000 đồng/kg. Năng suất bình quân của tỉnh đạt 25 tạ/ha, cao hơn bình quân cả nước 2,1 tạ/ha.

Năm 2024, toàn tỉnh phấn đấu trồng 2.620 ha, trong đó 1.500 ha áp dụng tưới nhỏ giọt kết hợp bón phân. Sở khuyến cáo nông dân không trồng thuốc lá trên chân ruộng lúa 2 vụ, bố trí thời vụ trồng xong trước ngày 15/12 để tránh mưa cuối vụ.

Địa chỉ: 20 Trần Hưng Đạo, TP. Pleiku. Điện thoại: 0269.3824.166
Lượt truy cập: 285.410
"""

Y23 = Y("Năm 2023", 2023)
C23 = Y("2023", 2023)
K24 = Y("Kế hoạch 2024", 2024)
Y24 = Y("Năm 2024", 2024)


def row(loc, a, s, k):
    return [
        F(a[0], a[1], a[2], "measure", "ha", "Diện tích thuốc lá năm 2023", C23, location=loc),
        F(s[0], s[1], s[2], "measure", "tấn", "Sản lượng thuốc lá năm 2023", C23, location=loc),
        F(k[0], k[1], k[2], "measure", "ha", "Kế hoạch diện tích thuốc lá năm 2024", K24, status="target", location=loc),
    ]


FIGS = [
    F("đạt 2.540 ha", "2.540", 2540, "measure", "ha", "diện tích thuốc lá toàn tỉnh", Y23),
    F("sản lượng 6.350 tấn", "6.350", 6350, "measure", "tấn", "sản lượng thuốc lá", Y23),
    F("hơn 318 tỷ đồng", "318", 318e9, "money", "đồng", "giá trị thu được", Y23, approx="over"),
]
FIGS += row("Phú Thiện", ("Phú Thiện\n980", "980", 980), ("980\n2.450", "2.450", 2450), ("2.450\n1.000", "1.000", 1000))
FIGS += row("Ia Pa", ("Ia Pa\n720", "720", 720), ("720\n1.800", "1.800", 1800), ("1.800\n750", "750", 750))
FIGS += row("Ayun Pa", ("Ayun Pa\n510", "510", 510), ("510\n1.275", "1.275", 1275), ("1.275\n520", "520", 520))
FIGS += row("Krông Pa", ("Krông Pa\n330", "330", 330), ("330\n825", "825", 825), ("825\n350", "350", 350))
FIGS += [
    F("Hai doanh nghiệp", "Hai", 2, "count", "doanh nghiệp", "doanh nghiệp đang đầu tư, bao tiêu thuốc lá"),
    F("với 2.160 hộ", "2.160", 2160, "count", "hộ", "hộ tham gia", I(Y23)),
    F("là 52 tỷ đồng", "52", 52e9, "money", "đồng", "tổng vốn ứng trước", Y("năm 2023", 2023)),
    F("đạt 51.000 đồng/kg", "51.000", 51000, "money", "đồng/kg", "giá thu mua bình quân", I(Y23)),
    F("đạt 25 tạ/ha", "25", 25, "measure", "tạ/ha", "năng suất bình quân của tỉnh", I(Y23),
      change=CH("increase", 2.1, "tạ/ha", "bình quân cả nước")),
    F("lúa 2 vụ", "2", 2, "count", "vụ", "chân ruộng lúa 2 vụ", optional=True),
    F("trồng 2.620 ha", "2.620", 2620, "measure", "ha", "diện tích trồng thuốc lá", Y24, status="target"),
    F("1.500 ha", "1.500", 1500, "measure", "ha", "diện tích áp dụng tưới nhỏ giọt kết hợp bón phân", Y24,
      total=2620, status="target"),
]

emit("p741-7", TEXT, [
    "Department site (Sở NN&PTNT Gia Lai), no dateline: tobacco area/output 2023 with a one-cell-per-line table (units in column headers),",
    "investors, price, yield, 2024 plan. Table cells: period from the column header (2023 / Kế hoạch 2024, scored as in shared h23),",
    "'Kế hoạch' column → target; district/town rows → location. The table has no part-of cue: no total.",
    "'Hai doanh nghiệp' is a count written as a word. 'cao hơn bình quân cả nước 2,1 tạ/ha' → change of the yield.",
    "Distractors: 'Bảng 2', 'ngày 15/12', address, phone, visit counter.",
    "revised: 'chân ruộng lúa 2 vụ' (a qualifier inside a noun phrase) made optional, as shared gold treats 'dưới 5 tuổi', 'tối thiểu 1 nền tảng số'.",
], FIGS, published=None, location="Gia Lai")
