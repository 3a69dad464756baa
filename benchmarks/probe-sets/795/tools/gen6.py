"""p795-6: national newspaper, chợ bò Thạch Trụ (Mộ Đức, Quảng Ngãi) before Tết, January 2025."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 12/1/2025, 07:30 (GMT+7)
Giá bò tăng mạnh, chợ Thạch Trụ tấp nập trước Tết

Thương lái nhiều tỉnh đổ về chợ bò Thạch Trụ (huyện Mộ Đức, Quảng Ngãi), giá bò hơi tăng 8.000-10.000 đồng mỗi kg so với tháng trước.

Phiên chợ sáng 11/1, chợ bò Thạch Trụ có hơn 2.300 con bò, đông nhất từ đầu mùa. Ông Trần Văn Sáu, Trưởng ban quản lý chợ, cho biết từ đầu tháng 12/2024 đến nay mỗi phiên có 1.800-2.100 con, trong đó khoảng 70% được bán ngay trong phiên.

Giá bò thịt loại tốt lên 88.000-92.000 đồng/kg hơi, cao nhất trong hai năm qua. Một con bò lai 3B nặng khoảng 500 kg được trả gần 46 triệu đồng, cao hơn 5 triệu đồng so với hồi tháng 10. Bê lai 6 tháng tuổi có giá 15-18 triệu đồng một con.

Chợ Thạch Trụ họp vào các ngày 1, 3, 6, 8 âm lịch hằng tháng. Năm 2024, chợ đón khoảng 168.000 lượt bò, ban quản lý thu phí hơn 2,5 tỷ đồng, tăng 12% so với năm 2023. Mức phí hiện là 15.000 đồng/con. UBND tỉnh đã phê duyệt dự án nâng cấp chợ với tổng vốn 32 tỷ đồng; dự kiến khởi công trong quý II/2025, sức chứa tăng lên 3.500 con.

Theo Cục Chăn nuôi, năm 2024 cả nước có khoảng 6,4 triệu con bò, sản lượng thịt bò hơi xuất chuồng đạt 550.000 tấn, tăng 3,4% so với năm trước. Giá bò hơi bình quân cả nước tháng 12/2024 khoảng 77.000 đồng/kg.

Phạm Linh
"""

DAY = P("sáng 11/1", "2025-01-11", "2025-01-11")
DEC = P("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
M12 = P("tháng 12/2024", "2024-12-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    F("tăng 8.000-10.000", "8.000", 8000, "money", "đồng/kg", "mức tăng giá bò hơi so với tháng trước", value_max=10000),
    F("hơn 2.300 con", "2.300", 2300, "count", "con", "bò về chợ phiên sáng 11/1", DAY, approx="over"),
    F("có 1.800-2.100 con", "1.800", 1800, "count", "con", "bò về chợ mỗi phiên", DEC, value_max=2100),
    F("khoảng 70%", "70", 70, "percent", "%", "bò được bán ngay trong phiên", DEC, approx="about"),
    F("lên 88.000-92.000", "88.000", 88000, "money", "đồng/kg", "giá bò thịt loại tốt", value_max=92000),
    F("khoảng 500 kg", "500", 500, "measure", "kg", "trọng lượng bò lai 3B", approx="about", optional=True),
    F("gần 46 triệu", "46", 46000000, "money", "đồng", "giá bò lai 3B nặng khoảng 500 kg", approx="nearly",
      change=C("increase", 5000000, "đồng", "hồi tháng 10")),
    F("lai 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", "tuổi bê lai", optional=True),
    F("giá 15-18 triệu", "15", 15000000, "money", "đồng/con", "giá bê lai 6 tháng tuổi", value_max=18000000),
    F("khoảng 168.000 lượt", "168.000", 168000, "count", "lượt", "lượt bò chợ đón", Y24, approx="about"),
    F("hơn 2,5 tỷ", "2,5", 2500000000, "money", "đồng", "phí ban quản lý chợ thu", Y24, approx="over",
      change=C("increase", 12, baseline="năm 2023")),
    F("15.000 đồng/con", "15.000", 15000, "money", "đồng/con", "mức phí vào chợ"),
    F("tổng vốn 32 tỷ", "32", 32000000000, "money", "đồng", "tổng vốn dự án nâng cấp chợ"),
    F("lên 3.500 con", "3.500", 3500, "count", "con", "sức chứa của chợ sau nâng cấp", status="forecast"),
    F("khoảng 6,4 triệu", "6,4", 6400000, "count", "con", "đàn bò cả nước", Y24b, approx="about", location=VN),
    F("550.000 tấn", "550.000", 550000, "measure", "tấn", "sản lượng thịt bò hơi xuất chuồng", Y24b, location=VN,
      change=C("increase", 3.4, baseline="năm trước")),
    F("khoảng 77.000", "77.000", 77000, "money", "đồng/kg", "giá bò hơi bình quân cả nước", M12, approx="about",
      location=VN),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Chủ nhật, 12/1/2025, 07:30 (GMT+7)'): chợ bò Thạch Trụ, huyện Mộ Đức (Quảng Ngãi) before Tết.",
    "Market figures: location Mộ Đức. The last paragraph (Cục Chăn nuôi, cả nước) is Việt Nam.",
    "'tăng 8.000-10.000 đồng mỗi kg so với tháng trước' has no base amount: the rise itself is the figure (money, đồng/kg), no change object.",
    "'sáng 11/1' is a one-day period (2025, from the dateline). 'trong đó khoảng 70%' is a share with no base amount of its own: percent figure.",
    "Example specs (khoảng 500 kg, 6 tháng tuổi) optional. 'dự kiến khởi công trong quý II/2025' makes the capacity 3.500 con a forecast; quý II/2025 is a start date, no period.",
    "Distractors: 07:30 (GMT+7), 'trong hai năm qua', 'bò lai 3B', ngày 1, 3, 6, 8 âm lịch, Ông Trần Văn Sáu, hồi tháng 10 (baseline).",
]

write("p795-6", TEXT, FIGS, COMMENTS, published="2025-01-12", location="Mộ Đức")
