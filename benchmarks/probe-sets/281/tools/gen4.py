from lib import F, P, Y, build

TEXT = """BÁO TUYÊN QUANG ĐIỆN TỬ
Kinh tế - Nông nghiệp

Nâng cao chất lượng cây giống lâm nghiệp

Thu Phương | 12/10/2024 08:30

(BTQ) - Toàn tỉnh hiện có 47 cơ sở sản xuất, kinh doanh cây giống lâm nghiệp, trong đó 31 cơ sở đã được công nhận nguồn giống theo Thông tư số 22/2021/TT-BNNPTNT. Tính đến 30/9/2024, các vườn ươm trên địa bàn đã sản xuất được 16,8 triệu cây giống các loại, đạt 84% kế hoạch năm. Cây keo lai nuôi cấy mô chiếm 62% số cây giống sản xuất.

Riêng quý III/2024, các cơ sở xuất vườn khoảng 5,4 triệu cây, tăng 11% so với quý III/2023. Lũy kế 9 tháng, huyện Yên Sơn có sản lượng cây giống lớn nhất với 5,2 triệu cây, tiếp đến là Sơn Dương 4,1 triệu cây, Hàm Yên 3,6 triệu cây và Chiêm Hóa 2,3 triệu cây.

Tại vườn ươm của Công ty Lâm nghiệp Tuyên Bình ở Km 9, Quốc lộ 2, mỗi năm đơn vị cung ứng hơn 2 triệu cây giống cho người trồng rừng trong và ngoài tỉnh. Ông Nguyễn Văn Hùng, Giám đốc công ty cho biết, giá cây keo lai mô xuất vườn hiện từ 1.200 đến 1.500 đồng/cây, cao hơn keo hạt khoảng 400 đồng/cây nhưng sinh trưởng nhanh, cho năng suất gỗ 120-150 m3/ha sau 7 năm.

Theo Chi cục Kiểm lâm, năm 2023 toàn tỉnh trồng mới 11.850 ha rừng tập trung. Tỷ lệ diện tích trồng rừng sử dụng giống được kiểm soát chất lượng năm 2023 đạt 98,2%, tăng 3,5 điểm phần trăm so với năm 2021.

Năm 2025, tỉnh phấn đấu sản xuất trên 20 triệu cây giống lâm nghiệp; cây giống nuôi cấy mô chiếm khoảng 70%. Ngành chức năng tiếp tục kiểm tra các vườn ươm, xử lý nghiêm cơ sở kinh doanh giống không rõ nguồn gốc.
"""

TD = P("Tính đến 30/9/2024", None, "2024-09-30")
TDi = dict(TD, inherited=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("hiện có 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở sản xuất, kinh doanh cây giống lâm nghiệp"),
    F("trong đó 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở đã được công nhận nguồn giống", total=47),
    F("16,8 triệu cây", "16,8", 16800000, "count", "cây giống", "cây giống các loại vườn ươm sản xuất", percent=84,
      period=TD),
    F("chiếm 62%", "62", 62, "percent", "%", "Cây keo lai nuôi cấy mô trong số cây giống sản xuất", period=TDi),
    F("khoảng 5,4 triệu cây", "5,4", 5400000, "count", "cây", "cây giống xuất vườn", approx="about",
      change={"direction": "increase", "value": 11, "unit": "%", "baseline": "quý III/2023"}, period=Q3),
    F("với 5,2 triệu cây", "5,2", 5200000, "count", "cây", "sản lượng cây giống", location="Yên Sơn", period=N9),
    F("Sơn Dương 4,1 triệu cây", "4,1", 4100000, "count", "cây", "sản lượng cây giống", location="Sơn Dương", period=N9),
    F("Hàm Yên 3,6 triệu cây", "3,6", 3600000, "count", "cây", "sản lượng cây giống", location="Hàm Yên", period=N9),
    F("Chiêm Hóa 2,3 triệu cây", "2,3", 2300000, "count", "cây", "sản lượng cây giống", location="Chiêm Hóa", period=N9),
    F("hơn 2 triệu cây", "2", 2000000, "count", "cây giống", "cây giống Công ty Lâm nghiệp Tuyên Bình cung ứng mỗi năm",
      approx="over"),
    F("từ 1.200 đến 1.500 đồng/cây", "1.200", 1200, "money", "đồng/cây", "giá cây keo lai mô xuất vườn", value_max=1500,
      change={"direction": "increase", "value": 400, "unit": "đồng/cây", "approx": "about", "baseline": "keo hạt"}),
    F("120-150 m3/ha", "120", 120, "measure", "m3/ha", "năng suất gỗ", value_max=150),
    F("sau 7 năm", "7", 7, "measure", "năm", None, optional=True),
    F("trồng mới 11.850 ha", "11.850", 11850, "measure", "ha", "rừng tập trung trồng mới", period=Y(2023)),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "Tỷ lệ diện tích trồng rừng sử dụng giống được kiểm soát chất lượng",
      change={"direction": "increase", "value": 3.5, "unit": "điểm phần trăm", "baseline": "năm 2021"}, period=Y(2023)),
    F("trên 20 triệu cây", "20", 20000000, "count", "cây giống", "cây giống lâm nghiệp sản xuất", approx="over",
      status="target", period=Y25),
    F("khoảng 70%", "70", 70, "percent", "%", "cây giống nuôi cấy mô", approx="about", status="target", period=Y25),
]

COMMENTS = [
    "Báo Tuyên Quang (Party newspaper): forestry seedling nurseries, to 30/9/2024 and Q3/2024; byline + bare 'dd/mm/yyyy hh:mm' dateline.",
    "Distractors: 'Thông tư số 22/2021/TT-BNNPTNT', 'Km 9, Quốc lộ 2' (address), '(BTQ)' tag, a person's name, 'quý III/2023' (baseline).",
    "'đạt 84% kế hoạch năm' is the percent of 16,8 triệu cây. 'chiếm 62%' stands in its own sentence with no base amount: a percent figure.",
    "District list: 'Lũy kế 9 tháng' (year from the earlier 30/9/2024) = 2024-01-01..2024-09-30 for every item. 'cao hơn keo hạt khoảng",
    "400 đồng/cây' is the change of the price range. '98,2%, tăng 3,5 điểm phần trăm' keeps the change (the rate is the claim, but the change",
    "is in points, not a growth rate). 'sau 7 năm' (rotation age) is optional. The 2025 targets share 'phấn đấu' (status target).",
]
build("p281-4", TEXT, FIGS, COMMENTS, published="2024-10-12", location="Tuyên Quang")
