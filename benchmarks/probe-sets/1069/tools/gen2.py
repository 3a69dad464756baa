"""p1069-2: huyện Krông Pắc (Đắk Lắk) district portal, non-burn autoclave system at the district health centre, Q1/2023."""
from lib import fig, write, P, inh, CH, TG

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội
Đăng ngày: 22/05/2023 15:40

Trung tâm Y tế huyện vận hành hệ thống xử lý chất thải y tế không đốt

Từ tháng 3/2023, Trung tâm Y tế huyện Krông Pắc chính thức đưa vào vận hành hệ thống hấp ướt kết hợp nghiền cắt chất thải lây nhiễm công suất 120 kg/mẻ, mỗi ngày vận hành từ 2 đến 3 mẻ. Hệ thống được đầu tư từ nguồn sự nghiệp môi trường của tỉnh với kinh phí gần 3,2 tỷ đồng, thay thế lò đốt thủ công đã hoạt động hơn 12 năm.

Hệ thống tiếp nhận chất thải lây nhiễm của Trung tâm và 16 trạm y tế xã, thị trấn. Quý I/2023, đơn vị đã thu gom, xử lý 9.460 kg chất thải lây nhiễm, bình quân khoảng 105 kg/ngày; trong đó chất thải sắc nhọn chiếm khoảng 12%. Các trạm y tế được cấp thùng lưu chứa chuyên dụng loại 20 lít; xe của Trung tâm thu gom định kỳ 2 lần/tuần theo tuyến dọc Quốc lộ 26 và Tỉnh lộ 9.

Theo bác sĩ Y Thuận Niê, Giám đốc Trung tâm Y tế huyện, chi phí xử lý đã giảm từ 14.000 đồng/kg xuống còn khoảng 8.500 đồng/kg, giúp tiết kiệm gần 160 triệu đồng mỗi năm. Hiện 100% trạm y tế đã phân loại chất thải tại nguồn theo Thông tư số 20/2021/TT-BYT.

Năm 2023, Trung tâm phấn đấu xử lý khoảng 40 tấn chất thải lây nhiễm và tiếp nhận thêm chất thải của 5 phòng khám tư nhân tại thị trấn Phước An. Dịp này, UBND huyện cũng đề nghị 4 xã Ea Kly, Ea Kênh, Hòa An, Ea Phê bố trí điểm tập kết chất thải tạm thời trước ngày 30/6/2023.

Minh Thư - Trung tâm VH-TT&TT huyện
"""

Q1 = P("Quý I/2023", "2023-01-01", "2023-03-31")
FIGS = [
    fig("công suất 120 kg/mẻ", "120", "measure", "kg/mẻ", "công suất hệ thống hấp ướt kết hợp nghiền cắt chất thải lây nhiễm"),
    fig("từ 2 đến 3 mẻ", "2", "count", "mẻ", "mẻ vận hành mỗi ngày", value_max=3),
    fig("gần 3,2 tỷ đồng", "3,2", "money", "đồng", "kinh phí đầu tư hệ thống", mult=1e9, approx="nearly"),
    fig("hơn 12 năm", "12", "measure", "năm", "thời gian hoạt động của lò đốt thủ công", approx="over", optional=True),
    fig("và 16 trạm y tế", "16", "count", "trạm y tế", "trạm y tế xã, thị trấn gửi chất thải lây nhiễm về hệ thống"),
    fig("xử lý 9.460 kg", "9.460", "measure", "kg", "chất thải lây nhiễm được thu gom, xử lý", Q1),
    fig("khoảng 105 kg/ngày", "105", "measure", "kg/ngày", "chất thải lây nhiễm xử lý bình quân", Q1, approx="about"),
    fig("chiếm khoảng 12%", "12", "percent", "%", "chất thải sắc nhọn trong chất thải lây nhiễm", Q1, approx="about"),
    fig("loại 20 lít", "20", "measure", "lít", "dung tích thùng lưu chứa chuyên dụng", optional=True),
    fig("2 lần/tuần", "2", "measure", "lần/tuần", "tần suất thu gom chất thải của xe Trung tâm"),
    fig("từ 14.000 đồng/kg", "14.000", "money", "đồng/kg", "chi phí xử lý trước đây"),
    fig("khoảng 8.500 đồng/kg", "8.500", "money", "đồng/kg", "chi phí xử lý", approx="about"),
    fig("gần 160 triệu đồng", "160", "money", "đồng/năm", "kinh phí tiết kiệm mỗi năm", mult=1e6, approx="nearly"),
    fig("Hiện 100% trạm y tế", "100", "percent", "%", "trạm y tế phân loại chất thải tại nguồn"),
    fig("khoảng 40 tấn", "40", "measure", "tấn", "chất thải lây nhiễm xử lý",
        P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="target"),
    fig("của 5 phòng khám tư nhân", "5", "count", "phòng khám tư nhân", "phòng khám tư nhân được tiếp nhận thêm chất thải",
        P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    fig("đề nghị 4 xã", "4", "count", "xã", "xã bố trí điểm tập kết chất thải tạm thời", optional=True),
]
NOTES = [
    "District portal of huyện Krông Pắc (Đắk Lắk): non-burn autoclave for infectious waste, Q1/2023 (invented).",
    "Not figures: Quốc lộ 26, Tỉnh lộ 9, Thông tư số 20/2021/TT-BYT, tháng 3/2023 (start date), trước ngày 30/6/2023, dateline.",
    "'giảm từ 14.000 đồng/kg xuống còn khoảng 8.500 đồng/kg': two level figures, no change attribute (no gap amount is written).",
    "Optional: kiln age 'hơn 12 năm', bin size 'loại 20 lít' (specification), '4 xã' (a count that only introduces a name list).",
    "Location: the district (Krông Pắc) for all figures; thị trấn Phước An lies in it.",
]
write("p1069-2", TEXT, FIGS, NOTES, published="2023-05-22", location="Krông Pắc")
