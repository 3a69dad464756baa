"""p706-6: national press — private nursing homes full in TP Hồ Chí Minh and Hà Nội."""
from lib import F, P, inh, CH, TG, emit

TEXT = """Thời sự › Dân sinh

Viện dưỡng lão tư nhân kín chỗ dù giá đến 25 triệu đồng mỗi tháng

Thứ bảy, 12/10/2024, 06:30 (GMT+7)

TP HCM có 32 cơ sở chăm sóc người cao tuổi ngoài công lập với khoảng 2.800 giường, nhiều nơi tỷ lệ lấp đầy trên 90%.

Theo Sở Lao động - Thương binh và Xã hội, TP Hồ Chí Minh hiện có hơn 1,2 triệu người cao tuổi, chiếm 12,5% dân số. Năm 2019, thành phố mới có 19 cơ sở dưỡng lão tư nhân.

Mức phí phổ biến từ 8 đến 15 triệu đồng mỗi tháng cho phòng 4-6 người; phòng riêng có giá 20-25 triệu đồng/tháng. Một cơ sở ở quận Gò Vấp có 120 giường nhưng danh sách chờ lên tới 45 người.

Tại Hà Nội, khoảng 20 cơ sở dưỡng lão tư nhân đang chăm sóc gần 1.500 người; giá dịch vụ bình quân 12,6 triệu đồng/người/tháng, tăng 8% so với năm 2023.

Bà Trần Thị Hoa, giám đốc một viện dưỡng lão tư nhân, cho biết mỗi điều dưỡng viên phụ trách 6-8 cụ, lương từ 7 đến 9 triệu đồng/tháng. "Tuyển người rất khó, năm nay chúng tôi mới tuyển được 12/20 nhân sự theo kế hoạch", bà nói.

Thông tin được đưa ra tại hội thảo "Chăm sóc người cao tuổi dựa vào cộng đồng" tổ chức ngày 11/10 tại Hội trường số 159 đường 3/2. Theo Cục Bảo trợ xã hội, cả nước cần khoảng 1.000 cơ sở chăm sóc người cao tuổi đến năm 2030, trong khi hiện chỉ có 78 cơ sở chuyên biệt.

Lê Tuyết
"""

HCM = "TP Hồ Chí Minh"

FIGS = [
    F("đến 25 triệu đồng", "25", 25e6, "money", "đồng/tháng", "giá viện dưỡng lão tư nhân", approx="at_most"),
    F("có 32 cơ sở", "32", 32, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập"),
    F("khoảng 2.800 giường", "2.800", 2800, "count", "giường", "giường của cơ sở chăm sóc người cao tuổi ngoài công lập",
      approx="about"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ lấp đầy", approx="over"),
    F("hơn 1,2 triệu người", "1,2", 1.2e6, "count", "người cao tuổi", "người cao tuổi", approx="over", percent=12.5),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở dưỡng lão tư nhân", P("Năm 2019", "2019-01-01", "2019-12-31")),
    F("từ 8 đến 15 triệu đồng", "8", 8e6, "money", "đồng/tháng", "mức phí phổ biến cho phòng 4-6 người",
      value_max=15e6),
    F("phòng 4-6 người", "4", 4, "count", "người", value_max=6, optional=True),
    F("giá 20-25 triệu", "20", 20e6, "money", "đồng/tháng", "giá phòng riêng", value_max=25e6),
    F("có 120 giường", "120", 120, "count", "giường", "giường của một cơ sở dưỡng lão", location="Gò Vấp"),
    F("tới 45 người", "45", 45, "count", "người", "người trong danh sách chờ", location="Gò Vấp"),
    F("khoảng 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở dưỡng lão tư nhân", approx="about", location="Hà Nội"),
    F("gần 1.500 người", "1.500", 1500, "count", "người", "người được cơ sở dưỡng lão tư nhân chăm sóc",
      approx="nearly", location="Hà Nội"),
    F("bình quân 12,6 triệu", "12,6", 12.6e6, "money", "đồng/người/tháng", "giá dịch vụ bình quân",
      change=CH("increase", 8, baseline="năm 2023"), location="Hà Nội"),
    F("phụ trách 6-8 cụ", "6", 6, "count", "cụ", "cụ mỗi điều dưỡng viên phụ trách", value_max=8),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/tháng", "lương điều dưỡng viên", value_max=9e6),
    F("được 12/20 nhân sự", "12", 12, "count", "nhân sự", "nhân sự tuyển được",
      P("năm nay", "2024-01-01", "2024-12-31"), target=TG(20, "nhân sự", met=False)),
    F("khoảng 1.000 cơ sở", "1.000", 1000, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi cả nước cần",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target", location="Việt Nam"),
    F("có 78 cơ sở", "78", 78, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi chuyên biệt", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ bảy, 12/10/2024, 06:30 (GMT+7)', byline at the end): private nursing homes in TP HCM and Hà Nội.",
    "Default location TP Hồ Chí Minh (written 'TP HCM' in the lead); Hà Nội paragraph and the quận Gò Vấp facility override; Cục Bảo trợ xã hội's national need is Việt Nam.",
    "Prices: ranges 'từ 8 đến 15 triệu đồng mỗi tháng', '20-25 triệu đồng/tháng' → money with value_max, unit đồng/tháng; headline 'giá đến 25 triệu' → at_most.",
    "'tuyển được 12/20 nhân sự theo kế hoạch' → the second number is the plan: target 20 (spec 'đạt 324/320 … kế hoạch'); 'năm nay' = 2024.",
    "'phòng 4-6 người' describes a room type: optional. 'tăng 8% so với năm 2023' is the change of 12,6 triệu.",
    "Not figures: (GMT+7), 11/10, Hội trường số 159 đường 3/2.",
]

if __name__ == "__main__":
    emit("p706-6", TEXT, COMMENTS, FIGS, published="2024-10-12", location=HCM)
