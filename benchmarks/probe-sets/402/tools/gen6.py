from lib import *

TEXT = """
Thời sự › Môi trường
Thứ sáu, 14/6/2024, 07:30 (GMT+7)

Làng sơn mài 'ngạt' trong mùi dung môi

Hà Nội - Hơn 70% hộ dân ở làng sơn mài Hạ Thái, huyện Thường Tín làm nghề, song phần lớn xưởng nằm ngay trong khu dân cư, không có hệ thống xử lý khí thải.

Làng Hạ Thái (xã Duyên Thái) có khoảng 1.200 hộ, trong đó gần 850 hộ làm sơn mài, cùng khoảng 40 doanh nghiệp, hợp tác xã. Mỗi năm làng xuất khẩu hàng triệu sản phẩm sang hơn 20 quốc gia. Doanh thu năm 2023 đạt trên 400 tỷ đồng.

Kết quả quan trắc do Trung tâm Quan trắc môi trường miền Bắc thực hiện tháng 4/2024 tại 12 xưởng cho thấy nồng độ hơi dung môi toluen trong không khí vượt quy chuẩn từ 1,5 đến 2,3 lần; độ ồn tại khu vực phun sơn đo được 82-88 dBA. Khảo sát 300 người lao động, có 129 người mắc các bệnh về da và hô hấp, chiếm 43%.

Bà Nguyễn Thị Hạnh, 56 tuổi, làm nghề mài vóc hơn 30 năm, cho biết nhiều người trong xóm bị ho kéo dài. "Nhà tôi 3 đời làm sơn, giờ con cháu không ai muốn theo", bà nói.

Theo UBND huyện Thường Tín, giai đoạn 2021-2023, huyện đã đầu tư 18,5 tỷ đồng xây dựng hệ thống thu gom nước thải cho 4 làng nghề.

Hiện nay, tỷ lệ nước thải làng nghề được xử lý mới đạt 35%, thấp hơn nhiều so với mục tiêu 60% mà huyện đặt ra cho năm 2025.

Toàn huyện Thường Tín có 126 làng có nghề, trong đó 46 làng nghề được thành phố công nhận, nhiều nhất Hà Nội.

Hoàng Giang
"""

A4 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
FIGS = [
    F("Hơn 70% hộ dân", "70", 70, "percent", "%", "hộ dân ở làng sơn mài Hạ Thái làm nghề", approx="over"),
    F("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ làng Hạ Thái", approx="about"),
    F("gần 850 hộ", "850", 850, "count", "hộ", "hộ làm sơn mài", approx="nearly", total=1200),
    F("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã",
      approx="about"),
    F("hàng triệu sản phẩm", "triệu", 1e6, "count", "sản phẩm", "sản phẩm xuất khẩu mỗi năm", approx="about",
      optional=True),
    F("hơn 20 quốc gia", "20", 20, "count", "quốc gia", "quốc gia nhập khẩu sản phẩm của làng", approx="over"),
    F("trên 400 tỷ đồng", "400", 400e9, "money", "đồng", "doanh thu", approx="over",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 12 xưởng", "12", 12, "count", "xưởng", "xưởng được quan trắc", period=A4),
    F("từ 1,5 đến 2,3 lần", "1,5", 1.5, "multiple", "lần",
      "nồng độ hơi dung môi toluen trong không khí vượt quy chuẩn", value_max=2.3, period=A4),
    F("82-88 dBA", "82", 82, "measure", "dBA", "độ ồn tại khu vực phun sơn", value_max=88, period=A4),
    F("Khảo sát 300 người", "300", 300, "count", "người lao động", "người lao động được khảo sát",
      period=P("tháng 4/2024", "2024-04-01", "2024-04-30", inherited=True)),
    F("có 129 người", "129", 129, "count", "người", "người mắc các bệnh về da và hô hấp", total=300, percent=43,
      period=P("tháng 4/2024", "2024-04-01", "2024-04-30", inherited=True)),
    F("56 tuổi", "56", 56, "measure", "tuổi", optional=True),
    F("hơn 30 năm", "30", 30, "measure", "năm", approx="over", optional=True),
    F("3 đời", "3", 3, "count", "đời", optional=True),
    F("đầu tư 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "vốn đầu tư xây dựng hệ thống thu gom nước thải",
      period=P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("cho 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề được xây dựng hệ thống thu gom nước thải",
      period=P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("mới đạt 35%", "35", 35, "percent", "%", "tỷ lệ nước thải làng nghề được xử lý",
      target=TG(60, "%")),
    F("có 126 làng có nghề", "126", 126, "count", "làng có nghề", "làng có nghề"),
    F("46 làng nghề", "46", 46, "count", "làng nghề", "làng nghề được thành phố công nhận", total=126),
]

COMMENTS = [
    "National online press (VnExpress style): lacquer village Hạ Thái (xã Duyên Thái, huyện Thường Tín, Hà Nội) — solvent pollution, health.",
    "Dateline 'Thứ sáu, 14/6/2024, 07:30 (GMT+7)'. Distractors: '(GMT+7)', 07:30, the 'Hà Nội -' dateline tag, 'năm 2025' (the target's year).",
    "Location: Thường Tín (the district) for every figure; 'nhiều nhất Hà Nội' names the city as a comparison scope only.",
    "'trong đó gần 850 hộ' total 1.200; '40 doanh nghiệp, hợp tác xã' counts another thing → no total. 'hàng triệu' optional (vague).",
    "'vượt quy chuẩn từ 1,5 đến 2,3 lần' has no base value → standalone multiple with value_max. '82-88 dBA' measure range.",
    "'Khảo sát 300 …, có 129 người …, chiếm 43%': 129 total 300 and percent 43; period inherited from 'tháng 4/2024'.",
    "Personal details of the interviewee (56 tuổi, hơn 30 năm, 3 đời) are optional.",
    "'mới đạt 35%, thấp hơn nhiều so với mục tiêu 60% … cho năm 2025': target 60; its own paragraph starts 'Hiện nay' and 'năm 2025'",
    "is the target's year, so the 35% has no period. '126 làng có nghề, trong đó 46 …' total 126, no period.",
]

write("p402-6", TEXT, FIGS, COMMENTS, published="2024-06-14", location="Thường Tín")
