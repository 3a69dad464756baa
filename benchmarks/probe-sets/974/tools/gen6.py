"""p974-6: national newspaper (VnExpress style), sachi bust in Điện Biên, new đinh lăng model; 14/3/2024."""
from lib import F, P, I, CH, T, write

TEXT = """Thời sự > Nông nghiệp
Thứ năm, 14/3/2024, 06:30 (GMT+7)

Nông dân vùng cao chặt bỏ sachi

Từ hơn 1.200 ha năm 2018, diện tích sachi ở Điện Biên hiện chỉ còn khoảng 180 ha, nhiều hộ chặt bỏ để trồng cà phê, mắc ca.

Ông Lò Văn Tám, 52 tuổi, ở bản Hua Ca, xã Quài Tở, huyện Tuần Giáo, cho biết năm 2017 gia đình vay 60 triệu đồng trồng 1,5 ha sachi theo lời hứa bao tiêu của một công ty. Khi cây cho quả, giá hạt từ 90.000 đồng/kg rơi xuống còn 12.000 đồng/kg, rồi doanh nghiệp ngừng thu mua. "Tôi chặt gần hết, giờ chỉ giữ lại 2 sào làm giàn cho bò", ông nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Điện Biên, giai đoạn 2016-2019 toàn tỉnh có 14 doanh nghiệp đăng ký đầu tư trồng sachi, nhưng đến nay chỉ còn 2 đơn vị duy trì thu mua. Khoảng 3.400 hộ từng trồng sachi, trong đó hơn 70% là hộ nghèo ở các huyện Tuần Giáo, Mường Ảng, Điện Biên Đông. Cả nước từng có gần 10.000 ha sachi, nay còn chưa đến 2.500 ha, theo Cục Trồng trọt.

Rút kinh nghiệm, năm 2023 tỉnh thí điểm mô hình liên kết trồng đinh lăng dưới tán rừng tại huyện Mường Ảng với quy mô 25 ha, 86 hộ tham gia; doanh nghiệp cam kết thu mua củ với giá sàn 60.000 đồng/kg. Mục tiêu giai đoạn 2024-2026, mô hình được nhân rộng ra toàn tỉnh với quy mô 300 ha, mỗi năm ngân sách tỉnh hỗ trợ 2 tỷ đồng.

Quang Hưng
"""

NOW = P("đến nay", None, "2024-03-14")
Y17 = P("năm 2017", "2017-01-01", "2017-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G2426 = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")

FIGS = [
    F("hơn 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích sachi", P("năm 2018", "2018-01-01", "2018-12-31"),
      approx="over"),
    F("khoảng 180 ha", "180", 180, "measure", "ha", "diện tích sachi", approx="about"),
    F("52 tuổi", "52", 52, "measure", "tuổi", "tuổi ông Lò Văn Tám", location="Tuần Giáo", optional=True),
    F("vay 60 triệu đồng", "60", 60000000, "money", "đồng", "tiền gia đình vay trồng sachi", Y17,
      location="Tuần Giáo"),
    F("trồng 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích sachi gia đình trồng", Y17, location="Tuần Giáo"),
    F("từ 90.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá hạt sachi", location="Tuần Giáo"),
    F("còn 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá hạt sachi", location="Tuần Giáo"),
    F("lại 2 sào", "2", 2, "measure", "sào", "diện tích sachi giữ lại", location="Tuần Giáo"),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp đăng ký đầu tư trồng sachi",
      P("giai đoạn 2016-2019", "2016-01-01", "2019-12-31")),
    F("còn 2 đơn vị", "2", 2, "count", "đơn vị", "đơn vị duy trì thu mua sachi", NOW),
    F("Khoảng 3.400 hộ", "3.400", 3400, "count", "hộ", "hộ từng trồng sachi", approx="about"),
    F("hơn 70% là", "70", 70, "percent", "%", "hộ nghèo trong số hộ từng trồng sachi", approx="over"),
    F("gần 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích sachi cả nước từng có", approx="nearly",
      location="Việt Nam"),
    F("chưa đến 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích sachi cả nước", approx="under",
      location="Việt Nam"),
    F("quy mô 25 ha", "25", 25, "measure", "ha", "quy mô mô hình trồng đinh lăng dưới tán rừng", Y23,
      location="Mường Ảng"),
    F("86 hộ", "86", 86, "count", "hộ", "hộ tham gia mô hình", Y23, location="Mường Ảng"),
    F("giá sàn 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá sàn thu mua củ đinh lăng", Y23,
      location="Mường Ảng"),
    F("quy mô 300 ha", "300", 300, "measure", "ha", "quy mô mô hình nhân rộng", G2426, status="target"),
    F("hỗ trợ 2 tỷ đồng", "2", 2000000000, "money", "đồng", "ngân sách tỉnh hỗ trợ mỗi năm", G2426,
      status="target"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ năm, 14/3/2024, 06:30 (GMT+7)': sachi bust in Điện Biên and a new đinh lăng model.",
    "Location: Điện Biên by default; ông Tám's figures (his household, the price he saw) are Tuần Giáo; the pilot model is Mường Ảng;",
    "the expansion 'ra toàn tỉnh' is Điện Biên; the two 'Cả nước' figures are Việt Nam. The districts listed after 'hộ nghèo ở các huyện' do not localise 70%.",
    "'giá hạt từ 90.000 đồng/kg rơi xuống còn 12.000 đồng/kg' is two prices (before/after), not a range. 'hiện', 'nay' give no period; 'đến nay' does.",
    "'52 tuổi' (a person's age) is optional. 'mỗi năm ... 2 tỷ đồng': unit đồng (per year in the subject).",
    "Distractors: 'ông Lò Văn Tám', 'Thứ năm', 06:30 (GMT+7), 'bản Hua Ca'.",
]

write(6, TEXT, FIGS, published="2024-03-14", location="Điện Biên", notes=NOTES)
