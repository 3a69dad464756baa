"""p830-4: ministry site (Bộ Y tế), national malaria figures for World Malaria Day 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin hoạt động / Phòng chống bệnh truyền nhiễm
Ngày đăng: 25/04/2024 | Lượt xem: 2.417

46 tỉnh, thành phố đã được công nhận loại trừ bệnh sốt rét

Sáng 25/4, tại Hà Nội, Bộ Y tế tổ chức mít tinh hưởng ứng Ngày Thế giới phòng chống sốt rét lần thứ 17 với chủ đề "Đẩy nhanh cuộc chiến chống sốt rét vì một thế giới công bằng hơn".

Theo báo cáo của Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương, năm 2023 cả nước ghi nhận 2.621 ca mắc sốt rét, không có tử vong; số ca có ký sinh trùng sốt rét là 1.873 ca, giảm 12,4% so với năm 2022. Các tỉnh có số ca mắc cao nhất lần lượt là Gia Lai (842 ca), Đắk Nông (311 ca), Khánh Hòa (276 ca) và Bình Phước (204 ca); bốn tỉnh này chiếm 62,3% số ca mắc toàn quốc.

Đến hết năm 2023, đã có 46/63 tỉnh, thành phố được công nhận loại trừ bệnh sốt rét, tăng 6 tỉnh so với năm 2022. Trong năm, toàn quốc đã xét nghiệm hơn 1,9 triệu lam máu và test chẩn đoán nhanh, cấp phát khoảng 1,2 triệu màn tẩm hóa chất tồn lưu lâu. Việt Nam hiện xếp thứ 2 trong khu vực Tiểu vùng sông Mê Công mở rộng về mức giảm số ca mắc sốt rét.

Nguồn viện trợ của Quỹ Toàn cầu hiện chiếm gần 60% tổng kinh phí phòng chống sốt rét. Năm 2024, kinh phí cho chương trình ước khoảng 85 tỷ đồng, trong khi nhu cầu thực tế cần trên 120 tỷ đồng.

Theo Chiến lược quốc gia phòng chống và loại trừ bệnh sốt rét giai đoạn 2021-2030 ban hành kèm theo Quyết định số 1978/QĐ-TTg, đến năm 2025 có ít nhất 50 tỉnh, thành phố được công nhận loại trừ sốt rét; đến năm 2030 loại trừ bệnh sốt rét trên toàn quốc.

Cổng Thông tin điện tử Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
END23 = P("Đến hết năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CASES = "ca mắc sốt rét"

FIGS = [
    F("46 tỉnh, thành phố đã", "46", 46, "count", "tỉnh, thành phố", "tỉnh, thành phố được công nhận loại trừ bệnh sốt rét"),
    F("ghi nhận 2.621 ca", "2.621", 2621, "count", "ca", CASES, Y23),
    F("là 1.873 ca", "1.873", 1873, "count", "ca", "ca có ký sinh trùng sốt rét", Y23,
      change=C("decrease", 12.4, "%", "năm 2022")),
    F("Gia Lai (842 ca)", "842", 842, "count", "ca", CASES, I(Y23), location="Gia Lai"),
    F("Đắk Nông (311 ca)", "311", 311, "count", "ca", CASES, I(Y23), location="Đắk Nông"),
    F("Khánh Hòa (276 ca)", "276", 276, "count", "ca", CASES, I(Y23), location="Khánh Hòa"),
    F("Bình Phước (204 ca)", "204", 204, "count", "ca", CASES, I(Y23), location="Bình Phước"),
    F("bốn tỉnh này", "bốn", 4, "count", "tỉnh", "tỉnh có số ca mắc cao nhất", I(Y23), optional=True),
    F("chiếm 62,3%", "62,3", 62.3, "percent", "%", "bốn tỉnh chiếm số ca mắc toàn quốc", I(Y23)),
    F("có 46/63 tỉnh", "46", 46, "count", "tỉnh, thành phố", "tỉnh, thành phố được công nhận loại trừ bệnh sốt rét", END23,
      total=63, change=C("increase", 6, "tỉnh", "năm 2022")),
    F("hơn 1,9 triệu lam", "1,9", 1.9e6, "count", "lam máu và test chẩn đoán nhanh", "lam máu và test chẩn đoán nhanh xét nghiệm",
      P("Trong năm", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 1,2 triệu màn", "1,2", 1.2e6, "count", "màn", "màn tẩm hóa chất tồn lưu lâu cấp phát",
      P("Trong năm", "2023-01-01", "2023-12-31"), approx="about"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "mức giảm số ca mắc sốt rét trong khu vực Tiểu vùng sông Mê Công mở rộng"),
    F("gần 60%", "60", 60, "percent", "%", "nguồn viện trợ của Quỹ Toàn cầu trong tổng kinh phí phòng chống sốt rét",
      approx="nearly"),
    F("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", "kinh phí cho chương trình", Y24, approx="about", status="estimate"),
    F("trên 120 tỷ đồng", "120", 120e9, "money", "đồng", "nhu cầu kinh phí thực tế", Y24, approx="over"),
    F("ít nhất 50 tỉnh", "50", 50, "count", "tỉnh, thành phố", "tỉnh, thành phố được công nhận loại trừ sốt rét", T25,
      approx="at_least", status="target"),
]

write("p830-4", TEXT, FIGS, published="2024-04-25", location="Việt Nam", comments=[
    "Bộ Y tế portal, World Malaria Day 25/4/2024: national malaria figures for 2023, provinces certified, budget, 2025 target.",
    "Provinces in the ranking list are the locations of their items; the share of the four provinces in national cases stays Việt Nam.",
    "The year-less headline '46 tỉnh, thành phố' has no period phrase (a standing count); 'bốn tỉnh này' refers back (optional).",
    "Year-less 'Trong năm' takes 2023 from 'Đến hết năm 2023' just before (stated in its sentence, scored). 'hiện chiếm gần 60%' has no period.",
    "'ước khoảng 85 tỷ đồng' = about + estimate; 'nhu cầu thực tế cần trên 120 tỷ đồng' stands in its own clause (actual).",
    "Distractors: Lượt xem 2.417, 'Sáng 25/4', 'lần thứ 17', giai đoạn 2021-2030, Quyết định số 1978/QĐ-TTg, 138A Giảng Võ.",
])
