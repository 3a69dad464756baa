"""p1193-2: huyện Tri Tôn (An Giang) district portal, palm sugar (đường thốt nốt) season 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRI TÔN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Đường thốt nốt Tri Tôn vào vụ chính

Thứ Ba, 16/04/2024 - 15:10

Hiện toàn huyện có khoảng 1.350 hộ đồng bào Khmer leo cây lấy nước và nấu đường thốt nốt, tập trung ở các xã Lê Trì, Châu Lăng, Ô Lâm. Theo Phòng Nông nghiệp và PTNT huyện, trên địa bàn có hơn 18.500 cây thốt nốt đang cho nước, chiếm gần 30% số cây thốt nốt của tỉnh.

Bình quân mỗi cây cho từ 3 đến 5 lít nước mỗi ngày; cứ khoảng 7 lít nước thốt nốt nấu được 1 kg đường. Quý I, các hộ đã nấu khoảng 410 tấn đường, tăng 8% so với cùng kỳ. Giá đường thốt nốt dạng bánh hiện 45.000-55.000 đồng/kg, đường cát thốt nốt khoảng 65.000 đồng/kg; mỗi hộ có thu nhập bình quân 4-6 triệu đồng/tháng trong mùa vụ.

Hợp tác xã Thốt nốt Tri Tôn ở xã Châu Lăng hiện có 42 thành viên, liên kết bao tiêu với 260 hộ. Năm 2023, HTX thu mua, chế biến 210 tấn đường thốt nốt, doanh thu đạt 9,8 tỷ đồng, tăng 1,4 tỷ đồng so với năm 2022; lợi nhuận hơn 1,1 tỷ đồng. Sản phẩm của HTX đạt OCOP 4 sao, đang bán tại hai hệ thống siêu thị.

Năm 2024, huyện dự kiến hỗ trợ 150 hộ chuyển sang bếp nấu tiết kiệm củi, mỗi bếp 3 triệu đồng; phấn đấu đến cuối năm có 100% hộ nấu đường tham gia tổ hợp tác hoặc HTX.

Thanh Phong (Trung tâm VH-TT&TT huyện Tri Tôn)

Địa chỉ: Tỉnh lộ 941, thị trấn Tri Tôn, An Giang - ĐT: 0296.3874.236
"""

Q1 = P("Quý I", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
EOY = P("đến cuối năm", None, "2024-12-31")

FIGS = [
    F("khoảng 1.350 hộ", "1.350", 1350, "count", "hộ", approx="about",
      subject="hộ đồng bào Khmer leo cây lấy nước và nấu đường thốt nốt"),
    F("hơn 18.500 cây", "18.500", 18500, "count", "cây thốt nốt", approx="over", percent=30,
      subject="cây thốt nốt đang cho nước"),
    F("từ 3 đến 5 lít", "3", 3, "measure", "lít/ngày", value_max=5,
      subject="lượng nước mỗi cây thốt nốt cho mỗi ngày"),
    F("khoảng 7 lít", "7", 7, "measure", "lít", approx="about",
      subject="lượng nước thốt nốt nấu được 1 kg đường"),
    F("được 1 kg", "1", 1, "measure", "kg", optional=True, subject="đường"),
    F("khoảng 410 tấn", "410", 410, "measure", "tấn", approx="about",
      change=C("increase", 8, "%", "cùng kỳ"), subject="đường thốt nốt các hộ đã nấu", period=Q1),
    F("hiện 45.000-55.000", "45.000", 45000, "money", "đồng/kg", value_max=55000,
      subject="giá đường thốt nốt dạng bánh"),
    F("khoảng 65.000", "65.000", 65000, "money", "đồng/kg", approx="about",
      subject="giá đường cát thốt nốt"),
    F("bình quân 4-6 triệu", "4", 4e6, "money", "đồng/tháng", value_max=6e6,
      subject="thu nhập bình quân mỗi hộ trong mùa vụ"),
    F("có 42 thành viên", "42", 42, "count", "thành viên",
      subject="thành viên Hợp tác xã Thốt nốt Tri Tôn"),
    F("với 260 hộ", "260", 260, "count", "hộ",
      subject="hộ liên kết bao tiêu với Hợp tác xã Thốt nốt Tri Tôn"),
    F("chế biến 210 tấn", "210", 210, "measure", "tấn",
      subject="đường thốt nốt HTX thu mua, chế biến", period=Y23),
    F("đạt 9,8 tỷ", "9,8", 9.8e9, "money", "đồng",
      change=C("increase", 1.4e9, "đồng", "năm 2022"), subject="doanh thu HTX", period=Y23),
    F("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over",
      subject="lợi nhuận HTX", period=Y23),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP"),
    F("tại hai hệ thống", "hai", 2, "count", "hệ thống siêu thị",
      subject="hệ thống siêu thị bán sản phẩm của HTX"),
    F("hỗ trợ 150 hộ", "150", 150, "count", "hộ", status="forecast",
      subject="hộ được hỗ trợ chuyển sang bếp nấu tiết kiệm củi", period=Y24),
    F("mỗi bếp 3 triệu", "3", 3e6, "money", "đồng/bếp", status="forecast",
      subject="mức hỗ trợ mỗi bếp nấu tiết kiệm củi", period=Y24),
    F("có 100% hộ", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ hộ nấu đường tham gia tổ hợp tác hoặc HTX", period=EOY),
]

NOTES = [
    "District portal (huyện Tri Tôn, An Giang): palm sugar season. Dateline 'Thứ Ba, 16/04/2024 - 15:10', byline, address footer.",
    "Distractors: time 15:10, Tỉnh lộ 941, phone 0296.3874.236, 'VH-TT&TT'. Default location is the district (Tri Tôn); 'của tỉnh' is the base of the share only.",
    "'chiếm gần 30%' is the share of the 18.500 trees (percent attribute). '1 kg' is the unit base of the conversion rate (optional); 'OCOP 4 sao' optional.",
    "Year-less 'Quý I' takes 2024 from the dateline. 'đến cuối năm' is an as-of end 2024-12-31. 'mỗi bếp 3 triệu' continues the 'dự kiến' clause: forecast.",
]

if __name__ == "__main__":
    write("p1193-2", TEXT, NOTES, FIGS, published="2024-04-16", location="Tri Tôn")
