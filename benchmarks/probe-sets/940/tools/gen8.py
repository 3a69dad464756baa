"""p940-8: provincial newspaper online (Báo Yên Bái, tag (YBĐT) -), headline figure; huyện Lục Yên."""
from lib import F, write, year, inh, period, change

TEXT = """
Báo Yên Bái điện tử
Kinh tế
Lục Yên thu hơn 26 tỷ đồng từ cây dẻ
Cập nhật lúc 16:40, Thứ hai, 20/11/2023

(YBĐT) - Từ đầu năm đến nay, huyện Lục Yên đã thu hoạch được 410 tấn hạt dẻ, đạt 102,5% kế hoạch năm, mang về cho người dân hơn 26 tỷ đồng. Cây dẻ đang trở thành cây giảm nghèo của nhiều xã vùng cao.

Năm 2023, toàn huyện có 1.150 ha dẻ, trong đó diện tích trồng tập trung 820 ha. Diện tích đã cho thu hoạch đạt 690 ha. Các xã có diện tích dẻ lớn là Tân Lĩnh, Khánh Hòa, Minh Chuẩn với diện tích lần lượt 265 ha, 210 ha và 184 ha.

Năng suất dẻ bình quân đạt 5,9 tạ/ha. Giá thu mua tại vườn dao động 58.000-68.000 đồng/kg, thương lái từ Thái Nguyên, Hà Nội lên tận nơi thu mua. Nhiều hộ ở xã Tân Lĩnh thu từ 80 đến 100 triệu đồng mỗi vụ. Gia đình ông Hoàng Văn Năm ở thôn 4, xã Khánh Hòa có 3 ha dẻ, năm nay thu 2,1 tấn hạt, lãi gần 120 triệu đồng.

Dọc Quốc lộ 70, nhiều điểm thu mua, sơ chế hạt dẻ hoạt động nhộn nhịp. Huyện hiện có 4 hợp tác xã chế biến hạt dẻ; sản phẩm "Hạt dẻ Lục Yên" đạt OCOP 3 sao và được giới thiệu tại Hội chợ nông sản lần thứ 2 của tỉnh.

Theo kế hoạch, năm 2024 huyện trồng mới 100 ha dẻ. Huyện phấn đấu đến năm 2025 nâng diện tích lên 1.300 ha, sản lượng hạt đạt 500 tấn, giá trị trên 35 tỷ đồng.

Thanh Tâm
"""

Y23 = year("Năm 2023", 2023)
NAY = year("năm nay", 2023)
T25 = period("đến năm 2025", None, "2025-12-31")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-20")

FIGS = [
    F("thu hơn 26 tỷ đồng", "26", 26_000_000_000, "money", "đồng", "tiền thu từ cây dẻ", approx="over"),
    F("được 410 tấn", "410", 410, "measure", "tấn", "sản lượng hạt dẻ thu hoạch", YTD, percent=102.5),
    F("dân hơn 26 tỷ đồng", "26", 26_000_000_000, "money", "đồng", "tiền mang về cho người dân từ hạt dẻ", YTD,
      approx="over"),
    F("có 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích dẻ", Y23),
    F("tập trung 820 ha", "820", 820, "measure", "ha", "diện tích dẻ trồng tập trung", Y23, total=1150),
    F("đạt 690 ha", "690", 690, "measure", "ha", "diện tích dẻ đã cho thu hoạch", inh(Y23)),
    F("lần lượt 265 ha", "265", 265, "measure", "ha", "diện tích dẻ xã Tân Lĩnh", inh(Y23)),
    F("265 ha, 210 ha", "210", 210, "measure", "ha", "diện tích dẻ xã Khánh Hòa", inh(Y23)),
    F("và 184 ha", "184", 184, "measure", "ha", "diện tích dẻ xã Minh Chuẩn", inh(Y23)),
    F("đạt 5,9 tạ/ha", "5,9", 5.9, "measure", "tạ/ha", "năng suất dẻ bình quân", inh(Y23)),
    F("dao động 58.000-68.000 đồng/kg", "58.000", 58000, "money", "đồng/kg", "giá thu mua hạt dẻ tại vườn",
      value_max=68000),
    F("từ 80 đến 100 triệu đồng", "80", 80_000_000, "money", "đồng/vụ", "thu nhập của hộ trồng dẻ xã Tân Lĩnh",
      value_max=100_000_000),
    F("có 3 ha", "3", 3, "measure", "ha", "diện tích dẻ của gia đình"),
    F("thu 2,1 tấn", "2,1", 2.1, "measure", "tấn", "sản lượng hạt dẻ của gia đình", NAY),
    F("gần 120 triệu đồng", "120", 120_000_000, "money", "đồng", "lãi của gia đình", NAY, approx="nearly"),
    F("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã chế biến hạt dẻ"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", None, optional=True),
    F("trồng mới 100 ha", "100", 100, "measure", "ha", "diện tích dẻ trồng mới", year("năm 2024", 2024),
      status="target"),
    F("lên 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích dẻ", T25, status="target"),
    F("đạt 500 tấn", "500", 500, "measure", "tấn", "sản lượng hạt dẻ", T25, status="target"),
    F("trên 35 tỷ đồng", "35", 35_000_000_000, "money", "đồng", "giá trị hạt dẻ", T25, status="target",
      approx="over"),
]

COMMENTS = [
    "Báo Yên Bái điện tử, tag '(YBĐT) -', 'Cập nhật lúc 16:40, Thứ hai, 20/11/2023': Lục Yên chestnut harvest; headline figure.",
    "Location: Lục Yên for every figure. 'Khánh Hòa' here is a commune of Lục Yên, not the province; 'Thái Nguyên, Hà Nội'",
    "are the traders' origins. Commune names go into the subject. Not figures: 'Quốc lộ 70', 'thôn 4', 'Hoàng Văn Năm' (a name),",
    "'lần thứ 2', the dateline. 'Từ đầu năm đến nay' ends at the dateline. The headline restates 26 tỷ (its own figure, no period).",
    "'Theo kế hoạch, năm 2024 … trồng mới 100 ha' is a target. 690 ha (new sentence, no cue) has no total.",
]

write(8, TEXT, FIGS, COMMENTS, published="2023-11-20", location="Lục Yên")
