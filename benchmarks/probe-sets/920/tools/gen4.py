"""p920-4: Bộ NN&PTNT (Cục Trồng trọt) site — national turmeric & lemongrass area, exports, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Trồng trọt
Ngày đăng: 05/03/2025 - 14:30

Phát triển nghệ, sả thành cây hàng hóa chủ lực

Theo số liệu của Cục Trồng trọt, năm 2024 diện tích nghệ cả nước đạt khoảng 9.800 ha, sản lượng trên 215.000 tấn củ tươi; diện tích sả đạt gần 6.500 ha. Các địa phương có diện tích nghệ lớn là Nghệ An (1.450 ha), Hòa Bình (1.180 ha), Hưng Yên (980 ha) và Quảng Ngãi (780 ha).

Hiện cả nước có 43 tỉnh, thành phố trồng nghệ, sả quy mô hàng hóa, trong đó 12 tỉnh có cơ sở chưng cất tinh dầu sả công suất từ 1 tấn lá/ngày trở lên.

Về xuất khẩu, năm 2024 Việt Nam xuất khẩu 1.320 tấn tinh dầu sả, kim ngạch đạt 19,6 triệu USD, tăng 14,8% so với năm 2023. Ấn Độ, Nhật Bản và Hoa Kỳ là ba thị trường lớn nhất, chiếm 68% tổng lượng tinh dầu sả xuất khẩu. Giá tinh bột nghệ xuất khẩu bình quân đạt 12,5 USD/kg, cao hơn 2,1 USD/kg so với năm trước.

Tại hội nghị ngày 28/2/2025, Thứ trưởng Hoàng Trung cho biết Bộ đã ban hành Quyết định số 1748/QĐ-BNN-TT về phát triển cây dược liệu, gia vị. Theo đó, mục tiêu đến năm 2030 diện tích nghệ cả nước đạt 15.000 ha, sả đạt 10.000 ha, trong đó ít nhất 30% diện tích được cấp mã số vùng trồng; giá trị xuất khẩu tinh dầu, tinh bột từ nghệ, sả đạt 50 triệu USD/năm.

Năm 2025, dự kiến diện tích sả tăng thêm khoảng 800 ha, chủ yếu tại các tỉnh Tây Nguyên và Duyên hải Nam Trung Bộ.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 9.800 ha", "9.800", 9800, "measure", "ha", "diện tích nghệ cả nước", Y24, approx="about"),
    F("trên 215.000 tấn", "215.000", 215000, "measure", "tấn", "sản lượng nghệ củ tươi", Y24, approx="over"),
    F("gần 6.500 ha", "6.500", 6500, "measure", "ha", "diện tích sả", Y24, approx="nearly"),
    F("Nghệ An (1.450 ha)", "1.450", 1450, "measure", "ha", "diện tích nghệ", I(Y24), location="Nghệ An"),
    F("Hòa Bình (1.180 ha)", "1.180", 1180, "measure", "ha", "diện tích nghệ", I(Y24), location="Hòa Bình"),
    F("Hưng Yên (980 ha)", "980", 980, "measure", "ha", "diện tích nghệ", I(Y24), location="Hưng Yên"),
    F("Quảng Ngãi (780 ha)", "780", 780, "measure", "ha", "diện tích nghệ", I(Y24), location="Quảng Ngãi"),
    F("có 43 tỉnh, thành phố", "43", 43, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng nghệ, sả quy mô hàng hóa"),
    F("trong đó 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có cơ sở chưng cất tinh dầu sả", total=43),
    F("từ 1 tấn lá/ngày", "1", 1, "measure", "tấn/ngày", "công suất cơ sở chưng cất", approx="at_least", optional=True),
    F("xuất khẩu 1.320 tấn", "1.320", 1320, "measure", "tấn", "tinh dầu sả xuất khẩu", Y24),
    F("đạt 19,6 triệu USD", "19,6", 19.6e6, "money", "USD", "kim ngạch xuất khẩu tinh dầu sả", Y24,
      change=C("increase", 14.8, "%", "năm 2023")),
    F("là ba thị trường", "ba", 3, "count", "thị trường", "thị trường lớn nhất", optional=True),
    F("chiếm 68%", "68", 68, "percent", "%", "tỷ trọng của Ấn Độ, Nhật Bản, Hoa Kỳ trong tổng lượng tinh dầu sả xuất khẩu", I(Y24)),
    F("đạt 12,5 USD/kg", "12,5", 12.5, "money", "USD/kg", "giá tinh bột nghệ xuất khẩu bình quân", I(Y24),
      change=C("increase", 2.1, "USD/kg", "năm trước")),
    F("đạt 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích nghệ cả nước", T30, status="target"),
    F("sả đạt 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích sả", T30, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "diện tích nghệ, sả được cấp mã số vùng trồng", T30,
      approx="at_least", status="target"),
    F("đạt 50 triệu USD/năm", "50", 50e6, "money", "USD/năm", "giá trị xuất khẩu tinh dầu, tinh bột từ nghệ, sả", T30,
      status="target"),
    F("khoảng 800 ha", "800", 800, "measure", "ha", "diện tích sả tăng thêm", Y25, approx="about", status="forecast"),
]

NOTES = [
    "Bộ NN&PTNT site, 05/03/2025: national turmeric/lemongrass area 2024, provinces in a bracketed list (each item takes its province),",
    "exports, 2030 targets from a decision. National figures: Việt Nam. 'trong đó 12 tỉnh' is part of the 43 provinces.",
    "'ba thị trường lớn nhất' names the markets (optional); 'chiếm 68%' after a list of markets, not after a figure: a percent figure of its own.",
    "'từ 1 tấn lá/ngày trở lên' is a category threshold (optional). Distractors: Quyết định số 1748/QĐ-BNN-TT, ngày 28/2/2025, address, phone, 14:30.",
]

write("p920-4", TEXT, NOTES, FIGS, published="2025-03-05", location="Việt Nam")
