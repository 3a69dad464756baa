"""p709-5: Party newspaper (Báo Đồng Nai style), nắng nóng và tiêu thụ điện sinh hoạt tháng 4/2024."""
from lib import F, P, CH, emit, inh

TEXT = """Nắng nóng đẩy tiêu thụ điện sinh hoạt tăng mạnh

Theo Công ty TNHH MTV Điện lực Đồng Nai, trong tháng 4/2024, sản lượng điện tiêu thụ bình quân toàn tỉnh đạt 54,6 triệu kWh/ngày, tăng 13,2% so với cùng kỳ năm 2023; riêng điện sinh hoạt đạt 10,8 triệu kWh/ngày, tăng tới 27,5%.

Ngày 26/4, công suất cực đại (Pmax) của hệ thống điện tỉnh lập đỉnh mới ở mức 2.690 MW, cao hơn 9,6% so với Pmax năm 2023.

Nhiều hộ gia đình phản ánh hóa đơn tiền điện kỳ tháng 4 tăng từ 30 đến 50% so với tháng 3. Có hộ dùng điều hòa gần như cả ngày, lượng điện tiêu thụ gấp 2 lần tháng trước.

Tính chung 4 tháng đầu năm, điện thương phẩm toàn tỉnh đạt 6.152 triệu kWh, đứng thứ 2 trong 21 tỉnh, thành phố do Tổng công ty Điện lực miền Nam quản lý. Toàn tỉnh hiện có hơn 1,12 triệu khách hàng sử dụng điện, trong đó khách hàng sinh hoạt chiếm gần 92%.

Ông Trần Minh Quang, Phó Giám đốc Công ty cho biết: "Phấn đấu năm 2024, tỉnh tiết kiệm tối thiểu 2,5% tổng điện năng tiêu thụ, tương đương khoảng 500 triệu kWh". Ngành điện khuyến cáo người dân cài đặt điều hòa ở mức từ 26 đến 28 độ C, hạn chế dùng thiết bị công suất lớn trong giờ cao điểm từ 13 giờ đến 15 giờ và từ 21 giờ đến 23 giờ.

Mọi thông tin xin liên hệ Tổng đài 19001006 hoặc Trung tâm Chăm sóc khách hàng tại số 48 đường 30 Tháng 4, phường Thanh Bình, TP Biên Hòa.

HẢI YẾN
14/5/2024
"""

M4 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
M4B = P("kỳ tháng 4", "2024-04-01", "2024-04-30")
F4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 54,6 triệu kWh/ngày", "54,6", 54.6e6, "measure", "kWh/ngày", "sản lượng điện tiêu thụ bình quân toàn tỉnh",
      M4, change=CH("increase", 13.2, baseline="cùng kỳ năm 2023")),
    F("đạt 10,8 triệu kWh/ngày", "10,8", 10.8e6, "measure", "kWh/ngày", "điện sinh hoạt", M4,
      change=CH("increase", 27.5)),
    F("mức 2.690 MW", "2.690", 2690, "measure", "MW", "công suất cực đại (Pmax) của hệ thống điện tỉnh",
      change=CH("increase", 9.6, baseline="Pmax năm 2023")),
    F("từ 30 đến 50%", "30", 30, "percent", "%", "hóa đơn tiền điện kỳ tháng 4 tăng", M4B, value_max=50),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "lượng điện tiêu thụ của hộ dùng điều hòa so với tháng trước"),
    F("đạt 6.152 triệu kWh", "6.152", 6152e6, "measure", "kWh", "điện thương phẩm toàn tỉnh", F4),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "điện thương phẩm", F4, total=21),
    F("hơn 1,12 triệu khách hàng", "1,12", 1.12e6, "count", "khách hàng", "khách hàng sử dụng điện", approx="over"),
    F("gần 92%", "92", 92, "percent", "%", "tỷ trọng khách hàng sinh hoạt", approx="nearly"),
    F("tối thiểu 2,5%", "2,5", 2.5, "percent", "%", "tiết kiệm tổng điện năng tiêu thụ", Y24, approx="at_least",
      status="target"),
    F("khoảng 500 triệu kWh", "500", 500e6, "measure", "kWh", "điện năng tiết kiệm", Y24, approx="about",
      status="target"),
    F("từ 26 đến 28 độ C", "26", 26, "measure", "độ C", "nhiệt độ cài đặt điều hòa khuyến cáo", value_max=28,
      optional=True),
]

COMMENTS = [
    "Party newspaper (Đồng Nai), byline and bare date at the end: nắng nóng, điện tiêu thụ tháng 4/2024, Pmax, hóa đơn, tiết kiệm.",
    "'riêng điện sinh hoạt' is not a part-of cue (not trong đó/gồm/:), so 10,8 triệu kWh/ngày has no total; its change has no baseline.",
    "'đứng thứ 2 trong 21 tỉnh, thành phố' is a rank with total 21 ('trong số N'), 21 is no figure of its own.",
    "'gấp 2 lần tháng trước' stands alone as the claim: multiple. 'tăng từ 30 đến 50% so với tháng 3' is a rate that is the claim.",
    "'tương đương khoảng 500 triệu kWh' is an equivalent amount: its own figure, target like the 2,5% it restates.",
    "Recommended thermostat '26 đến 28 độ C' optional; times of day (13 giờ, 21 giờ), 'đường 30 Tháng 4', phone, date 26/4 are not figures.",
]

if __name__ == "__main__":
    emit("p709-5", TEXT, COMMENTS, FIGS, published="2024-05-14", location="Đồng Nai")
