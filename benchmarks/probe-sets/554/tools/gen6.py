"""p554-6: national press (VnExpress style): industrial land rents in the North, FDI first half of 2024."""
from lib import *

TEXT = """Kinh doanh › Vĩ mô
Thứ tư, 10/7/2024, 06:45 (GMT+7)

Giá thuê đất khu công nghiệp miền Bắc tăng 6%

Giá thuê đất công nghiệp tại các tỉnh phía Bắc lên bình quân 135 USD mỗi m2, tăng 6% so với cùng kỳ, khi dòng vốn FDI tiếp tục đổ vào lĩnh vực điện tử.

Theo báo cáo của CBRE Việt Nam công bố ngày 9/7, trong quý II/2024, giá thuê đất bình quân tại các KCN thuộc những tỉnh, thành trọng điểm phía Bắc đạt 134,6 USD/m²/chu kỳ thuê, tăng 6,1% so với cùng kỳ năm trước. Tỷ lệ lấp đầy trung bình đạt 80%, trong khi tại thị trường phía Nam là 90%. Riêng tại Hải Phòng, giá thuê ở các KCN như DEEP C, VSIP Hải Phòng dao động 140-160 USD/m².

Số liệu của Cục Đầu tư nước ngoài cho thấy, 6 tháng đầu năm, tổng vốn FDI đăng ký vào Việt Nam đạt gần 15,2 tỷ USD, tăng 13,1% so với cùng kỳ. Trong đó, công nghiệp chế biến, chế tạo thu hút 10,04 tỷ USD, chiếm 66,1%; kinh doanh bất động sản 2,4 tỷ USD, chiếm 15,8%. Vốn giải ngân ước đạt 10,84 tỷ USD, tăng 8,2%, cao nhất trong 5 năm qua.

Singapore dẫn đầu với hơn 5,1 tỷ USD, tiếp theo là Nhật Bản (1,9 tỷ USD), Hồng Kông (1,4 tỷ USD) và Trung Quốc (1,3 tỷ USD). Đáng chú ý, số dự án mới của nhà đầu tư Trung Quốc chiếm khoảng 29% tổng số dự án cấp mới, cao nhất trong các đối tác.

Theo bà Trang Bùi, Giám đốc cấp cao CBRE Việt Nam, nhu cầu thuê đất của doanh nghiệp điện tử, bán dẫn vẫn lớn. Dự kiến đến năm 2026, Bắc Ninh sẽ có thêm khoảng 700 ha đất công nghiệp mới đi vào hoạt động, chủ yếu tại KCN Yên Phong II-A và Quế Võ III.

Anh Minh
"""

Q2 = P("trong quý II/2024", "2024-04-01", "2024-06-30")
H = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("miền Bắc tăng 6%", "6", 6, "percent", "%", "giá thuê đất khu công nghiệp miền Bắc"),
    F("bình quân 135 USD", "135", 135, "money", "USD/m2", "giá thuê đất công nghiệp tại các tỉnh phía Bắc",
      change=CH("increase", 6, baseline="cùng kỳ")),
    F("đạt 134,6 USD", "134,6", 134.6, "money", "USD/m²/chu kỳ thuê", "giá thuê đất bình quân tại các KCN phía Bắc", Q2,
      change=CH("increase", 6.1, baseline="cùng kỳ năm trước")),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ lấp đầy trung bình", I(Q2)),
    F("là 90%", "90", 90, "percent", "%", "tỷ lệ lấp đầy thị trường phía Nam", I(Q2)),
    F("140-160 USD", "140", 140, "money", "USD/m²", "giá thuê ở các KCN như DEEP C, VSIP Hải Phòng", I(Q2),
      value_max=160, location="Hải Phòng"),
    F("gần 15,2 tỷ USD", "15,2", 15.2e9, "money", "USD", "tổng vốn FDI đăng ký vào Việt Nam", H,
      approx="nearly", change=CH("increase", 13.1, baseline="cùng kỳ")),
    F("thu hút 10,04 tỷ USD", "10,04", 10.04e9, "money", "USD", "vốn FDI công nghiệp chế biến, chế tạo", I(H),
      total=15.2e9, percent=66.1),
    F("sản 2,4 tỷ USD", "2,4", 2.4e9, "money", "USD", "vốn FDI kinh doanh bất động sản", I(H),
      total=15.2e9, percent=15.8),
    F("ước đạt 10,84 tỷ USD", "10,84", 10.84e9, "money", "USD", "vốn FDI giải ngân", I(H),
      change=CH("increase", 8.2), status="estimate"),
    F("hơn 5,1 tỷ USD", "5,1", 5.1e9, "money", "USD", "vốn FDI đăng ký của Singapore", I(H), approx="over"),
    F("(1,9 tỷ USD)", "1,9", 1.9e9, "money", "USD", "vốn FDI đăng ký của Nhật Bản", I(H)),
    F("(1,4 tỷ USD)", "1,4", 1.4e9, "money", "USD", "vốn FDI đăng ký của Hồng Kông", I(H)),
    F("(1,3 tỷ USD)", "1,3", 1.3e9, "money", "USD", "vốn FDI đăng ký của Trung Quốc", I(H)),
    F("khoảng 29%", "29", 29, "percent", "%", "số dự án mới của nhà đầu tư Trung Quốc trong tổng số dự án cấp mới", I(H),
      approx="about"),
    F("khoảng 700 ha", "700", 700, "measure", "ha", "đất công nghiệp mới đi vào hoạt động", T26,
      approx="about", status="forecast", location="Bắc Ninh"),
]

COMMENTS = [
    "National press (VnExpress style, Thứ tư, 10/7/2024, 06:45 (GMT+7)): CBRE industrial land rents Q2/2024 and FDI 6 tháng đầu năm 2024.",
    "Regional figures (miền Bắc, phía Nam) are national-level for location: Việt Nam (a region is not a province); Hải Phòng and Bắc Ninh items are theirs.",
    "The headline 'tăng 6%' is a growth rate that is the claim (percent, no change); in the sapo the same 6% is the change of 135 USD mỗi m2.",
    "Rents are money with the area in the unit (USD/m2, USD/m²/chu kỳ thuê); the range 140-160 USD/m² has value_max.",
    "'Trong đó' sector parts after the 15,2 tỷ sentence get total 15,2e9 and their 'chiếm' shares. Investors stay in the subject (h26).",
    "'6 tháng đầu năm' takes 2024 from the dateline; 'Dự kiến đến năm 2026' → forecast ending 2026-12-31.",
    "Distractors: (GMT+7), ngày 9/7, quý II/2024 as period, DEEP C, VSIP, Yên Phong II-A, Quế Võ III, '5 năm qua'.",
]

emit("p554-6", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Việt Nam")
