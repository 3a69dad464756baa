from lib import F, P, build

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế > Nông - Lâm nghiệp

Gia Lai: Vi phạm lâm luật giảm, nhưng "điểm nóng" phá rừng vẫn còn

ĐỨC THỤY
15/01/2024 10:25

(GLO)- Năm 2023, lực lượng kiểm lâm và các đơn vị chức năng trên địa bàn tỉnh đã phát hiện, xử lý 412 vụ vi phạm Luật Lâm nghiệp, giảm 86 vụ (17,3%) so với năm 2022. Trong đó, hơn 60% số vụ xảy ra ở các huyện phía Đông của tỉnh.

Các địa phương có nhiều vụ vi phạm nhất là Kbang 58 vụ, Mang Yang 47 vụ, Đak Đoa 39 vụ. Diện tích rừng bị phá trái pháp luật trong năm là 42,3 ha, giảm mạnh so với năm trước; riêng vụ phá rừng tại tiểu khu 245 thuộc xã Sơn Lang (huyện Kbang) làm thiệt hại 6,8 ha rừng tự nhiên.

Qua xử lý, cơ quan chức năng đã tịch thu 396,5 m³ gỗ các loại, 64 phương tiện vi phạm; thu nộp ngân sách nhà nước hơn 4,2 tỷ đồng. Công an các địa phương đã khởi tố 21 vụ án hình sự với 37 bị can về các tội vi phạm quy định về khai thác, bảo vệ rừng và lâm sản.

Ông Nguyễn Ngọc Tuấn, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh, cho biết: năm qua, lực lượng kiểm lâm đã chủ trì, phối hợp tổ chức gần 1.500 lượt tuần tra, truy quét; lập 3 chốt liên ngành dọc Quốc lộ 19 và đường Trường Sơn Đông để kiểm soát lâm sản. Theo Nghị định số 35/2019/NĐ-CP, mức phạt tối đa với hành vi phá rừng trái pháp luật đối với tổ chức là 1 tỷ đồng.

Năm 2024, ngành phấn đấu giảm từ 10-15% số vụ vi phạm, tỷ lệ che phủ rừng đạt 47,6%. Đến nay, toàn tỉnh có 715.842 ha rừng, trong đó diện tích đã giao cho cộng đồng, hộ gia đình quản lý là 98.410 ha, chiếm 13,7%.

Lượt xem: 1.906 | Bình luận: 0
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-01-15")

FIGS = [
    F("xử lý 412 vụ", "412", 412, "count", "vụ", "vụ vi phạm Luật Lâm nghiệp",
      change=dict(direction="decrease", value=86, unit="vụ", baseline="năm 2022"), period=Y23),
    F("(17,3%)", "17,3", 17.3, "percent", "%", "mức giảm số vụ vi phạm Luật Lâm nghiệp", period=Y23, optional=True),
    F("hơn 60% số vụ", "60", 60, "percent", "%", "số vụ vi phạm xảy ra ở các huyện phía Đông", approx="over", period=Y23i),
    F("Kbang 58 vụ", "58", 58, "count", "vụ", "vụ vi phạm Luật Lâm nghiệp", period=Y23i, location="Kbang"),
    F("Mang Yang 47 vụ", "47", 47, "count", "vụ", "vụ vi phạm Luật Lâm nghiệp", period=Y23i, location="Mang Yang"),
    F("Đak Đoa 39 vụ", "39", 39, "count", "vụ", "vụ vi phạm Luật Lâm nghiệp", period=Y23i, location="Đak Đoa"),
    F("trong năm là 42,3 ha", "42,3", 42.3, "measure", "ha", "diện tích rừng bị phá trái pháp luật",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("thiệt hại 6,8 ha", "6,8", 6.8, "measure", "ha", "diện tích rừng tự nhiên bị thiệt hại do vụ phá rừng tại tiểu khu 245",
      location="Kbang", period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("tịch thu 396,5 m³", "396,5", 396.5, "measure", "m³", "gỗ các loại bị tịch thu", period=Y23i),
    F("64 phương tiện", "64", 64, "count", "phương tiện", "phương tiện vi phạm bị tịch thu", period=Y23i),
    F("hơn 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "thu nộp ngân sách nhà nước", approx="over", period=Y23i),
    F("khởi tố 21 vụ án", "21", 21, "count", "vụ án", "vụ án hình sự khởi tố", period=Y23i),
    F("với 37 bị can", "37", 37, "count", "bị can", "bị can bị khởi tố", period=Y23i),
    F("gần 1.500 lượt", "1.500", 1500, "count", "lượt", "lượt tuần tra, truy quét", approx="nearly",
      period=P("năm qua", "2023-01-01", "2023-12-31")),
    F("lập 3 chốt", "3", 3, "count", "chốt", "chốt liên ngành kiểm soát lâm sản",
      period=P("năm qua", "2023-01-01", "2023-12-31")),
    F("là 1 tỷ đồng", "1", 1e9, "money", "đồng", "mức phạt tối đa với hành vi phá rừng trái pháp luật đối với tổ chức",
      approx="at_most", optional=True),
    F("từ 10-15%", "10", 10, "percent", "%", "mức giảm số vụ vi phạm", value_max=15, status="target", period=Y24),
    F("đạt 47,6%", "47,6", 47.6, "percent", "%", "tỷ lệ che phủ rừng", status="target", period=Y24),
    F("có 715.842 ha", "715.842", 715842, "measure", "ha", "diện tích rừng", period=NOW),
    F("là 98.410 ha", "98.410", 98410, "measure", "ha", "diện tích rừng đã giao cho cộng đồng, hộ gia đình quản lý",
      total=715842, percent=13.7, period=NOW),
]

build("p292-4", TEXT, FIGS, [
    "Party newspaper (Báo Gia Lai điện tử, '(GLO)-' tag), byline then bare 'dd/mm/yyyy hh:mm' dateline; view/comment counters at the end.",
    "'giảm 86 vụ (17,3%) so với năm 2022': the first change (86 vụ) is the attribute, the bracketed rate a further change → optional percent figure.",
    "'hơn 60% số vụ' a share standing alone: percent figure. District list without brackets shares 'vụ vi phạm'; districts → location.",
    "'trong năm' (same sentence) = 2023 for 42,3 ha and 6,8 ha; 'năm qua' in a January 2024 article = 2023. '6,8 ha' at tiểu khu 245, xã Sơn Lang (huyện Kbang) → location Kbang.",
    "'mức phạt tối đa … là 1 tỷ đồng' is a legal ceiling, not a fact about the year: optional (approx at_most).",
    "'Năm 2024, ngành phấn đấu …' targets: range 10-15% and 47,6%. 'Đến nay' ends at the dateline 2024-01-15.",
    "'98.410 ha' is part of 715.842 ha ('trong đó') with share 13,7%.",
    "Distractors: 'tiểu khu 245', 'Quốc lộ 19', Nghị định số 35/2019/NĐ-CP, 'Lượt xem: 1.906', 'Bình luận: 0', dateline, '(GLO)'.",
], published="2024-01-15", location="Gia Lai")
