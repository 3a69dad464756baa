"""p894-4: ministry site (Bộ Xây dựng), national apartment stock, maintenance funds, disputes, fires, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Quản lý nhà và thị trường bất động sản

Tăng cường quản lý kinh phí bảo trì phần sở hữu chung nhà chung cư
Ngày đăng: 20/03/2025 | Lượt xem: 1.147

Theo tổng hợp của Cục Quản lý nhà và thị trường bất động sản, tính đến hết năm 2024, cả nước có khoảng 5.200 tòa nhà chung cư với gần 1,2 triệu căn hộ, trong đó Hà Nội khoảng 2.100 tòa, TP Hồ Chí Minh khoảng 1.650 tòa. Trong số các tòa nhà đã đưa vào sử dụng, có 3.780 tòa đã tổ chức hội nghị nhà chung cư và thành lập Ban quản trị, đạt khoảng 72,7%.

Về kinh phí bảo trì, tổng số tiền chủ đầu tư phải bàn giao ước khoảng 28.400 tỷ đồng; đến nay mới bàn giao được khoảng 19.900 tỷ đồng, bằng 70%. Cả nước còn 1.136 tòa nhà có tranh chấp, khiếu nại liên quan đến quỹ bảo trì, trong đó TP Hồ Chí Minh 412 tòa, Hà Nội 376 tòa. Năm 2024, các địa phương đã ban hành quyết định cưỡng chế bàn giao kinh phí bảo trì đối với 47 dự án với số tiền hơn 1.530 tỷ đồng, tăng 2,3 lần so với năm 2023.

Về an toàn cháy nổ, theo Cục Cảnh sát PCCC và CNCH (C07, Bộ Công an), năm 2024 cả nước xảy ra 183 vụ cháy tại nhà chung cư, làm chết 9 người, bị thương 27 người; thiệt hại về tài sản ước tính 46 tỷ đồng.

Thực hiện Luật Nhà ở số 27/2023/QH15 và Nghị định số 95/2024/NĐ-CP, Bộ Xây dựng đặt mục tiêu đến năm 2030, 100% nhà chung cư được bàn giao đầy đủ kinh phí bảo trì và cải tạo, xây dựng lại ít nhất 500 chung cư cũ trên toàn quốc.

Bộ Xây dựng đề nghị UBND 63 tỉnh, thành phố rà soát, cưỡng chế đối với các chủ đầu tư chây ỳ.

BỘ XÂY DỰNG
Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
"""

END24 = P("tính đến hết năm 2024", end="2024-12-31")
NOW = P("đến nay", end="2025-03-20")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("khoảng 5.200 tòa", "5.200", 5200, "count", "tòa nhà", "tòa nhà chung cư", END24, approx="about"),
    F("gần 1,2 triệu căn hộ", "1,2", 1.2e6, "count", "căn hộ", "căn hộ chung cư", END24, approx="nearly"),
    F("khoảng 2.100 tòa", "2.100", 2100, "count", "tòa", "tòa nhà chung cư", END24, approx="about", total=5200,
      location="Hà Nội"),
    F("khoảng 1.650 tòa", "1.650", 1650, "count", "tòa", "tòa nhà chung cư", END24, approx="about", total=5200,
      location="TP Hồ Chí Minh"),
    F("có 3.780 tòa", "3.780", 3780, "count", "tòa", "tòa nhà đã tổ chức hội nghị nhà chung cư và thành lập Ban quản trị",
      I(END24), total=5200, percent=72.7),
    F("ước khoảng 28.400 tỷ đồng", "28.400", 28.4e12, "money", "đồng", "tổng kinh phí bảo trì chủ đầu tư phải bàn giao",
      approx="about", status="estimate"),
    F("được khoảng 19.900 tỷ đồng", "19.900", 19.9e12, "money", "đồng", "kinh phí bảo trì đã bàn giao", NOW,
      approx="about", percent=70),
    F("còn 1.136 tòa", "1.136", 1136, "count", "tòa nhà", "tòa nhà có tranh chấp, khiếu nại liên quan đến quỹ bảo trì",
      I(NOW)),
    F("Minh 412 tòa", "412", 412, "count", "tòa", "tòa nhà có tranh chấp, khiếu nại liên quan đến quỹ bảo trì",
      I(NOW), total=1136, location="TP Hồ Chí Minh"),
    F("Nội 376 tòa", "376", 376, "count", "tòa", "tòa nhà có tranh chấp, khiếu nại liên quan đến quỹ bảo trì",
      I(NOW), total=1136, location="Hà Nội"),
    F("đối với 47 dự án", "47", 47, "count", "dự án", "dự án bị cưỡng chế bàn giao kinh phí bảo trì", Y24),
    F("hơn 1.530 tỷ đồng", "1.530", 1.53e12, "money", "đồng", "kinh phí bảo trì cưỡng chế bàn giao", Y24,
      approx="over", change=C("increase", 2.3, "lần", "năm 2023")),
    F("ra 183 vụ cháy", "183", 183, "count", "vụ cháy", "vụ cháy tại nhà chung cư", Y24b),
    F("làm chết 9 người", "9", 9, "count", "người", "người chết do cháy nhà chung cư", Y24b),
    F("bị thương 27 người", "27", 27, "count", "người", "người bị thương do cháy nhà chung cư", Y24b),
    F("ước tính 46 tỷ đồng", "46", 46e9, "money", "đồng", "thiệt hại về tài sản do cháy nhà chung cư", Y24b,
      status="estimate"),
    F("2030, 100% nhà chung cư", "100", 100, "percent", "%", "nhà chung cư được bàn giao đầy đủ kinh phí bảo trì", T30,
      status="target"),
    F("ít nhất 500 chung cư cũ", "500", 500, "count", "chung cư cũ", "chung cư cũ được cải tạo, xây dựng lại", T30,
      approx="at_least", status="target"),
    F("UBND 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được đề nghị rà soát, cưỡng chế",
      optional=True),
]

write("p894-4", TEXT, FIGS, published="2025-03-20", location="Việt Nam", notes=[
    "Ministry site (Bộ Xây dựng): national apartment stock, management boards, maintenance funds, disputes, fires, 2030 targets.",
    "Hà Nội / TP Hồ Chí Minh after 'trong đó' are parts of the national whole (total, own location).",
    "'Trong số các tòa nhà đã đưa vào sử dụng, có 3.780 tòa' -> total 5.200. 'ước khoảng' -> estimate + about.",
    "'UBND 63 tỉnh, thành phố' is the set of all provinces named as addressees: optional. C07, law/decree numbers, address: distractors.",
])
