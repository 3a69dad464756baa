"""p1179-2: Lai Vung district portal (Đồng Tháp), quýt hồng for Tết Ất Tỵ 2025."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN LAI VUNG
Cổng thông tin điện tử
Tin tức > Kinh tế - Nông nghiệp

Nhà vườn quýt hồng Lai Vung vào vụ Tết

06/01/2025 - 15:20 | Người viết: Minh Tâm | In bài

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện hiện có khoảng 1.050 ha quýt hồng, tập trung ở các xã Long Hậu, Tân Phước và Tân Thành. Vụ Tết Ất Tỵ 2025, diện tích cho trái khoảng 780 ha, sản lượng dự kiến đạt 23.400 tấn, tăng khoảng 1.500 tấn so với vụ Tết năm trước.

Trong tháng 12/2024, thương lái thu mua quýt hồng loại 1 tại vườn với giá từ 22.000 đến 25.000 đồng/kg, cao hơn 3.000 đồng/kg so với cùng kỳ; quýt loại 2 khoảng 15.000 đồng/kg. Riêng quýt hồng nguyên cây trồng chậu chưng Tết có giá từ 1,5 đến 3 triệu đồng/chậu.

Gia đình bà Lê Thị Hạnh ở ấp Long Thành, xã Long Hậu có 1,2 ha quýt hồng hơn 15 năm tuổi. Vụ này vườn đạt khoảng 40 tấn trái, trong đó gần 60% được bán cho các vựa trái cây ở TP Hồ Chí Minh. Trừ chi phí, bà lãi khoảng 350 triệu đồng.

Năm 2024, toàn huyện có 4 hợp tác xã và 12 tổ hợp tác trồng quýt hồng với 326 thành viên; 120 ha quýt hồng được cấp mã số vùng trồng phục vụ xuất khẩu. Quýt hồng Lai Vung là một trong những sản phẩm chủ lực của Chương trình Mỗi xã một sản phẩm (OCOP) của huyện.

Năm 2025, huyện phấn đấu nâng diện tích quýt hồng đạt chuẩn VietGAP lên 200 ha, đồng thời phát triển du lịch miệt vườn, dự kiến đón khoảng 30.000 lượt khách đến tham quan các vườn quýt dọc Quốc lộ 80.

Tin cùng chuyên mục:
- Ra quân lần thứ 2 dọn kênh, tu bổ đê bao ở xã Tân Thành
- Đường dây nóng Phòng Nông nghiệp: 0277.3847.226
"""

TET = P("Vụ Tết Ất Tỵ 2025", "2025-01-01", "2025-12-31")
DEC = P("Trong tháng 12/2024", "2024-12-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 1.050 ha", "1.050", 1050, "measure", "ha", approx="about", subject="diện tích quýt hồng"),
    F("khoảng 780 ha", "780", 780, "measure", "ha", approx="about", subject="diện tích quýt hồng cho trái", period=TET),
    F("đạt 23.400 tấn", "23.400", 23400, "measure", "tấn", status="forecast",
      change=C("increase", 1500, "tấn", "vụ Tết năm trước", approx="about"), subject="sản lượng quýt hồng", period=TET),
    F("từ 22.000 đến 25.000", "22.000", 22000, "money", "đồng/kg", value_max=25000,
      change=C("increase", 3000, "đồng/kg", "cùng kỳ"), subject="giá thương lái thu mua quýt hồng loại 1 tại vườn",
      period=DEC),
    F("khoảng 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", approx="about",
      subject="giá thu mua quýt loại 2", period=DEC),
    F("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/chậu", value_max=3e6,
      subject="giá quýt hồng nguyên cây trồng chậu chưng Tết", period=I(DEC)),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích quýt hồng của gia đình bà Lê Thị Hạnh"),
    F("hơn 15 năm", "15", 15, "measure", "năm tuổi", approx="over", optional=True,
      subject="tuổi vườn quýt hồng"),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about", subject="sản lượng trái vườn quýt của bà Hạnh"),
    F("gần 60%", "60", 60, "percent", "%", approx="nearly",
      subject="tỷ lệ trái bán cho các vựa trái cây ở TP Hồ Chí Minh"),
    F("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about", subject="tiền lãi của bà Hạnh"),
    F("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", subject="hợp tác xã trồng quýt hồng", period=Y24),
    F("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", subject="tổ hợp tác trồng quýt hồng", period=Y24),
    F("với 326 thành viên", "326", 326, "count", "thành viên",
      subject="thành viên hợp tác xã, tổ hợp tác trồng quýt hồng", period=Y24),
    F("120 ha quýt", "120", 120, "measure", "ha",
      subject="diện tích quýt hồng được cấp mã số vùng trồng phục vụ xuất khẩu", period=Y24),
    F("lên 200 ha", "200", 200, "measure", "ha", status="target",
      subject="diện tích quýt hồng đạt chuẩn VietGAP", period=Y25),
    F("khoảng 30.000 lượt", "30.000", 30000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách tham quan các vườn quýt", period=Y25),
]

NOTES = [
    "District portal (UBND huyện Lai Vung, Đồng Tháp): '06/01/2025 - 15:20 | Người viết: …'. Default location Lai Vung.",
    "Distractors: time 15:20, 'Tết Ất Tỵ' (year name), 'ấp Long Thành', 'một trong những' and 'Mỗi xã một sản phẩm' (number word in",
    "an idiom and a programme name), 'Quốc lộ 80', 'lần thứ 2', hotline 0277.3847.226, 'TP Hồ Chí Minh' (buyers' place, not the figure's).",
    "'Vụ Tết Ất Tỵ 2025' → year 2025. 'tăng khoảng 1.500 tấn so với vụ Tết năm trước' → change in tấn of the forecast output.",
    "'cao hơn 3.000 đồng/kg so với cùng kỳ' → change of the price range. The potted-tree price sentence starts 'Riêng': period inherited.",
    "'hơn 15 năm tuổi' = orchard age (optional). 'gần 60%' after 'trong đó' is a percent figure of its own. The Hạnh farm has no period",
    "('Vụ này'). 'dự kiến' → forecast; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1179-2", TEXT, NOTES, FIGS, published="2025-01-06", location="Lai Vung")
