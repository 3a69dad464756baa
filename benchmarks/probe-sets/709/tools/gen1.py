"""p709-1: Thanh Hóa province portal, điện thương phẩm 6 tháng đầu năm 2024."""
from lib import F, P, CH, emit, inh

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thanh Hóa: Điện thương phẩm 6 tháng đầu năm đạt hơn 4,1 tỷ kWh
Cập nhật: 08/07/2024 14:20
Lượt xem: 1.874

Theo Công ty Điện lực Thanh Hóa, 6 tháng đầu năm 2024, sản lượng điện thương phẩm toàn tỉnh đạt 4.126,8 triệu kWh, tăng 11,4% so với cùng kỳ năm 2023, bằng 51,2% kế hoạch năm. Trong đó, điện cho quản lý và tiêu dùng dân cư đạt 1.385,6 triệu kWh, chiếm 33,6% tổng sản lượng, tăng 14,7% so với cùng kỳ.

Do nắng nóng kéo dài, công suất cực đại (Pmax) của hệ thống điện tỉnh đạt 1.312 MW, cao hơn 186 MW so với mức cao nhất năm 2023; có ngày sản lượng tiêu thụ lên tới gần 29 triệu kWh. Để giảm tải cho lưới điện khu vực phía Nam tỉnh, ngành điện đã đóng điện Trạm biến áp 110 kV Nông Cống 2. Các địa phương có điện sinh hoạt tăng cao gồm: thành phố Thanh Hóa (18,2%), thị xã Nghi Sơn (16,5%), huyện Quảng Xương (15,1%) và huyện Hoằng Hóa (14,8%).

Tính đến 30/6/2024, toàn tỉnh có 1.192.450 khách hàng sử dụng điện, trong đó 1.098.760 khách hàng sinh hoạt; 100% số xã có điện lưới quốc gia, tỷ lệ hộ dân sử dụng điện đạt 99,92%.

Về tiết kiệm điện, trong 6 tháng đầu năm toàn tỉnh tiết kiệm được khoảng 52,3 triệu kWh, bằng 1,27% tổng điện thương phẩm. Phấn đấu cả năm 2024 tiết kiệm tối thiểu 2,5% tổng điện năng tiêu thụ theo yêu cầu tại Chỉ thị số 20/CT-TTg ngày 8/5/2023 của Thủ tướng Chính phủ.

Khách hàng cần hỗ trợ xin liên hệ Tổng đài chăm sóc khách hàng 19006769 hoặc trụ sở Công ty Điện lực Thanh Hóa, số 98 Triệu Quốc Đạt, TP Thanh Hóa.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 4,1 tỷ kWh", "4,1", 4.1e9, "measure", "kWh", "điện thương phẩm", H1, approx="over"),
    F("đạt 4.126,8 triệu kWh", "4.126,8", 4126.8e6, "measure", "kWh", "sản lượng điện thương phẩm toàn tỉnh", H1Y,
      percent=51.2, change=CH("increase", 11.4, baseline="cùng kỳ năm 2023")),
    F("đạt 1.385,6 triệu kWh", "1.385,6", 1385.6e6, "measure", "kWh", "điện cho quản lý và tiêu dùng dân cư", inh(H1Y),
      total=4126.8e6, percent=33.6, change=CH("increase", 14.7, baseline="cùng kỳ")),
    F("đạt 1.312 MW", "1.312", 1312, "measure", "MW", "công suất cực đại (Pmax) của hệ thống điện tỉnh",
      change=CH("increase", 186, "MW", baseline="mức cao nhất năm 2023")),
    F("gần 29 triệu kWh", "29", 29e6, "measure", "kWh", "sản lượng tiêu thụ điện trong ngày", approx="nearly"),
    F("Thanh Hóa (18,2%)", "18,2", 18.2, "percent", "%", "điện sinh hoạt tăng", inh(H1Y), location="Thanh Hóa"),
    F("Nghi Sơn (16,5%)", "16,5", 16.5, "percent", "%", "điện sinh hoạt tăng", inh(H1Y), location="Nghi Sơn"),
    F("Quảng Xương (15,1%)", "15,1", 15.1, "percent", "%", "điện sinh hoạt tăng", inh(H1Y), location="Quảng Xương"),
    F("Hoằng Hóa (14,8%)", "14,8", 14.8, "percent", "%", "điện sinh hoạt tăng", inh(H1Y), location="Hoằng Hóa"),
    F("có 1.192.450 khách hàng", "1.192.450", 1192450, "count", "khách hàng", "khách hàng sử dụng điện", ASOF),
    F("1.098.760 khách hàng", "1.098.760", 1098760, "count", "khách hàng", "khách hàng sinh hoạt", ASOF, total=1192450),
    F("100% số xã", "100", 100, "percent", "%", "số xã có điện lưới quốc gia", ASOF),
    F("đạt 99,92%", "99,92", 99.92, "percent", "%", "tỷ lệ hộ dân sử dụng điện", ASOF),
    F("khoảng 52,3 triệu kWh", "52,3", 52.3e6, "measure", "kWh", "điện tiết kiệm được", H1, approx="about", percent=1.27),
    F("tối thiểu 2,5%", "2,5", 2.5, "percent", "%", "tiết kiệm tổng điện năng tiêu thụ", Y24, approx="at_least",
      status="target"),
]

COMMENTS = [
    "Thanh Hóa province portal: điện thương phẩm, Pmax, khách hàng, tiết kiệm điện 6 tháng đầu năm 2024.",
    "Headline '6 tháng đầu năm' has no year: published (2024). District growth list after 'gồm:' follows no whole figure: no total.",
    "'Trạm biến áp 110 kV Nông Cống 2', 'Chỉ thị số 20/CT-TTg', phone 19006769, 'số 98', 'Lượt xem: 1.874' are not figures.",
    "Pmax sentence has no period phrase ('năm 2023' is the baseline): no period.",
]

if __name__ == "__main__":
    emit("p709-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Thanh Hóa")
