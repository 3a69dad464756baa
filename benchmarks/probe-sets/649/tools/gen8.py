"""p649-8: commune portal (xã Phúc Sơn, huyện Chiêm Hóa, Tuyên Quang) - beekeeping co-operative, H1/2024 output and revenue, OCOP honey."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚC SƠN - HUYỆN CHIÊM HÓA - TỈNH TUYÊN QUANG
Tin hoạt động > Kinh tế - Nông nghiệp
HTX Ong mật Phúc Sơn: doanh thu 6 tháng đạt 2,85 tỷ đồng
Ngày đăng: 09/07/2024 | Người đăng: Quản trị viên

Hợp tác xã Ong mật Phúc Sơn được thành lập năm 2018 với 7 thành viên sáng lập. Đến nay, HTX đã có 42 thành viên, quản lý 3.150 đàn ong, trong đó 2.600 đàn ong ngoại (ong Ý) và 550 đàn ong nội.

6 tháng đầu năm 2024, HTX thu hoạch được 38,5 tấn mật, tăng 15% so với cùng kỳ; doanh thu đạt 2,85 tỷ đồng, bằng 57% kế hoạch năm; thu nhập bình quân của thành viên khoảng 6,2 triệu đồng/người/tháng. Sản phẩm mật ong Phúc Sơn được công nhận OCOP 4 sao năm 2022, giá bán lẻ 220.000 đồng/lít, hiện có mặt tại 25 cửa hàng, siêu thị ở Tuyên Quang, Hà Nội và Thái Nguyên.

Toàn xã hiện có 186 hộ nuôi ong với tổng đàn khoảng 5.200 đàn, chiếm gần 40% tổng đàn ong của huyện Chiêm Hóa. Ông Ma Văn Thắng, Giám đốc HTX cho biết: năm 2024, HTX phấn đấu đưa tổng đàn lên 4.000 đàn; dự kiến đầu tư 1,5 tỷ đồng xây dựng xưởng sơ chế, đóng chai công suất 100 tấn/năm, tạo việc làm cho khoảng 20 lao động địa phương.

Thực hiện Nghị quyết số 09-NQ/ĐU của Đảng ủy xã, UBND xã phối hợp Ngân hàng Chính sách xã hội huyện giải ngân 1,8 tỷ đồng vốn vay ưu đãi cho 36 hộ phát triển nuôi ong.

UBND xã Phúc Sơn. Địa chỉ: thôn Phúc Sơn 2, xã Phúc Sơn, huyện Chiêm Hóa. Điện thoại: 0207.3853.115
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-09")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("doanh thu 6 tháng đạt 2,85 tỷ đồng", "2,85", 2.85e9, "money", "đồng", "doanh thu HTX Ong mật Phúc Sơn",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("với 7 thành viên", "7", 7, "count", "thành viên", "thành viên sáng lập",
      P("năm 2018", "2018-01-01", "2018-12-31")),
    F("có 42 thành viên", "42", 42, "count", "thành viên", "thành viên HTX", NOW),
    F("quản lý 3.150 đàn ong", "3.150", 3150, "count", "đàn ong", "đàn ong HTX quản lý", NOW),
    F("2.600 đàn ong ngoại", "2.600", 2600, "count", "đàn", "đàn ong ngoại (ong Ý)", NOW, total=3150),
    F("550 đàn ong nội", "550", 550, "count", "đàn", "đàn ong nội", NOW, total=3150),
    F("được 38,5 tấn", "38,5", 38.5, "measure", "tấn", "mật thu hoạch", H1,
      change=CH("increase", 15, baseline="cùng kỳ")),
    F("doanh thu đạt 2,85 tỷ đồng,", "2,85", 2.85e9, "money", "đồng", "doanh thu", H1, percent=57),
    F("khoảng 6,2 triệu đồng/người/tháng", "6,2", 6.2e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của thành viên", H1, approx="about"),
    F("220.000 đồng/lít", "220.000", 220000, "money", "đồng/lít", "giá bán lẻ mật ong Phúc Sơn"),
    F("tại 25 cửa hàng", "25", 25, "count", "cửa hàng", "cửa hàng, siêu thị có sản phẩm mật ong Phúc Sơn"),
    F("có 186 hộ", "186", 186, "count", "hộ", "hộ nuôi ong"),
    F("khoảng 5.200 đàn", "5.200", 5200, "count", "đàn", "tổng đàn ong của xã", approx="about", percent=40),
    F("lên 4.000 đàn", "4.000", 4000, "count", "đàn", "tổng đàn HTX", Y24, status="target"),
    F("đầu tư 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "vốn đầu tư xây dựng xưởng sơ chế, đóng chai", Y24,
      status="forecast"),
    F("100 tấn/năm", "100", 100, "measure", "tấn/năm", "công suất xưởng sơ chế, đóng chai", Y24, status="forecast"),
    F("khoảng 20 lao động", "20", 20, "count", "lao động", "lao động địa phương có việc làm", Y24,
      approx="about", status="forecast"),
    F("ngân 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "vốn vay ưu đãi giải ngân cho hộ phát triển nuôi ong"),
    F("cho 36 hộ", "36", 36, "count", "hộ", "hộ được vay vốn phát triển nuôi ong"),
]

COMMENTS = [
    "Commune portal (xã Phúc Sơn, huyện Chiêm Hóa, Tuyên Quang; 'Ngày đăng: 09/07/2024'): a beekeeping co-operative, H1/2024 output and revenue, OCOP.",
    "Location: FIGURES.md names province, city or district as places; a commune's figures take its district, Chiêm Hóa (place() would also",
    "accept 'Phúc Sơn', not the province). Shops in Tuyên Quang, Hà Nội, Thái Nguyên are outlets, not the figure's place.",
    "Headline '6 tháng' takes the year of the dateline (2024). 'Đến nay' = as-of the dateline. 'trong đó' parts total the 3.150 đàn.",
    "'bằng 57% kế hoạch năm' is the percent of 2,85 tỷ; 'chiếm gần 40% tổng đàn ong của huyện' is the percent of 5.200 đàn.",
    "'năm 2024, HTX phấn đấu … ; dự kiến …' - target, then forecast for the investment, capacity and jobs.",
    "Not figures: 'năm 2018' as founding date, 'OCOP 4 sao', Nghị quyết số 09-NQ/ĐU, thôn Phúc Sơn 2, phone.",
]

if __name__ == "__main__":
    emit("p649-8", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Chiêm Hóa")
