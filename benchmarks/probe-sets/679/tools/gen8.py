"""p679-8: Đà Nẵng city portal: rescues Q2/2024, visitors, licensed beach services, touting fines."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức > Kinh tế - Xã hội
Ngày cập nhật 12/07/2024

Đà Nẵng: Quý II/2024, cứu hộ thành công 58 trường hợp tại các bãi tắm

Theo Ban Quản lý bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng, trong quý II/2024, lực lượng cứu hộ tại 18 điểm cứu hộ trên tuyến biển từ Nam Ô đến giáp ranh Quảng Nam (dài khoảng 30 km) đã cứu hộ thành công 58 trường hợp, tăng 11 trường hợp so với quý I; hỗ trợ sơ cứu cho 326 lượt người bị sứa cắn, trầy xước.

Tổng lượt khách tắm biển quý II ước đạt 3,1 triệu lượt. Ngày cao điểm nhất là 15/6 với khoảng 112.000 lượt khách. Tính chung 6 tháng đầu năm, số vụ đuối nước tử vong tại bãi tắm là 2 vụ, giảm 60% so với cùng kỳ.

Thành phố hiện có 132 đơn vị được cấp phép kinh doanh dịch vụ trên bãi biển, gồm 57 điểm cho thuê dù, ghế; 41 điểm tắm nước ngọt, vệ sinh và 34 điểm kinh doanh dịch vụ thể thao biển. Tổng số tiền thu phí dịch vụ bãi biển 6 tháng đạt 14,6 tỷ đồng, đạt 61% kế hoạch năm.

Trong quý II, lực lượng chức năng đã xử phạt hành chính 27 trường hợp chèo kéo, bán hàng rong sai quy định, trong đó các quận Sơn Trà, Ngũ Hành Sơn và Liên Chiểu lần lượt 14, 8 và 5 trường hợp; tổng số tiền phạt 81,5 triệu đồng. Mức phạt đối với hành vi chèo kéo, đeo bám du khách từ 1 đến 3 triệu đồng.

Năm 2024, thành phố phấn đấu 100% bãi tắm có đủ nhân viên cứu hộ theo tiêu chuẩn, tối thiểu 4 nhân viên/1 km bãi tắm.

Mọi phản ánh về an ninh, trật tự trên bãi biển xin gọi đường dây nóng 1022 hoặc 0236.3.844.262.
"""

Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Q2b = P("quý II", "2024-04-01", "2024-06-30")
Q2c = P("Trong quý II", "2024-04-01", "2024-06-30")
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
K6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành công 58 trường hợp tại", "58", 58, "count", "trường hợp", "trường hợp cứu hộ thành công tại các bãi tắm", Q2),
    F("tại 18 điểm", "18", 18, "count", "điểm cứu hộ", "điểm cứu hộ trên tuyến biển", q2),
    F("khoảng 30 km", "30", 30, "measure", "km", "tuyến biển từ Nam Ô đến giáp ranh Quảng Nam", approx="about"),
    F("thành công 58 trường hợp, tăng", "58", 58, "count", "trường hợp", "trường hợp lực lượng cứu hộ cứu hộ thành công", q2,
      change=CH("increase", 11, "trường hợp", "quý I")),
    F("cho 326 lượt", "326", 326, "count", "lượt người", "lượt người bị sứa cắn, trầy xước được hỗ trợ sơ cứu", q2),
    F("ước đạt 3,1 triệu", "3,1", 3100000, "count", "lượt", "tổng lượt khách tắm biển", Q2b, status="estimate"),
    F("khoảng 112.000 lượt", "112.000", 112000, "count", "lượt khách", "lượt khách tắm biển ngày cao điểm nhất",
      P("15/6", "2024-06-15", "2024-06-15"), approx="about"),
    F("là 2 vụ", "2", 2, "count", "vụ", "số vụ đuối nước tử vong tại bãi tắm", H6,
      change=CH("decrease", 60, "%", "cùng kỳ")),
    F("có 132 đơn vị", "132", 132, "count", "đơn vị", "đơn vị được cấp phép kinh doanh dịch vụ trên bãi biển"),
    F("gồm 57 điểm", "57", 57, "count", "điểm", "điểm cho thuê dù, ghế", total=132),
    F("41 điểm", "41", 41, "count", "điểm", "điểm tắm nước ngọt, vệ sinh", total=132),
    F("34 điểm", "34", 34, "count", "điểm", "điểm kinh doanh dịch vụ thể thao biển", total=132),
    F("đạt 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "tổng số tiền thu phí dịch vụ bãi biển", K6,
      percent=61),
    F("phạt hành chính 27 trường hợp", "27", 27, "count", "trường hợp",
      "trường hợp chèo kéo, bán hàng rong sai quy định bị xử phạt hành chính", Q2c),
    F("lần lượt 14,", "14", 14, "count", "trường hợp", "trường hợp chèo kéo, bán hàng rong sai quy định bị xử phạt",
      Q2c, total=27, location="Sơn Trà"),
    F("14, 8 và", "8", 8, "count", "trường hợp", "trường hợp chèo kéo, bán hàng rong sai quy định bị xử phạt",
      Q2c, total=27, location="Ngũ Hành Sơn"),
    F("8 và 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp chèo kéo, bán hàng rong sai quy định bị xử phạt",
      Q2c, total=27, location="Liên Chiểu"),
    F("phạt 81,5 triệu đồng", "81,5", 81500000, "money", "đồng", "tổng số tiền phạt", Q2c),
    F("từ 1 đến 3 triệu đồng", "1", 1000000, "money", "đồng", "mức phạt đối với hành vi chèo kéo, đeo bám du khách",
      value_max=3000000),
    F("phấn đấu 100% bãi tắm", "100", 100, "percent", "%", "bãi tắm có đủ nhân viên cứu hộ theo tiêu chuẩn", Y24,
      status="target"),
    F("tối thiểu 4 nhân viên", "4", 4, "measure", "nhân viên/1 km bãi tắm", "nhân viên cứu hộ trên 1 km bãi tắm", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Đà Nẵng city portal, 'Ngày cập nhật 12/07/2024' (no time): rescues in Q2/2024, visitors, licensed beach services, touting fines.",
    "Not figures: hotline 1022 and 0236.3.844.262, '1 km' (rate denominator), dates 15/6; 'giáp ranh Quảng Nam' does not make Quảng Nam the place.",
    "'quý II', 'quý I', '6 tháng' without a year take 2024 from 'quý II/2024'. 'Ngày cao điểm nhất là 15/6 với ...' is a sentence of its own,",
    "so the peak-day count is actual (not under 'ước') and no part of the quarter total. Districts after 'trong đó ... lần lượt' -> totals 27, location.",
    "'tăng 11 trường hợp so với quý I' -> change of 58; 'giảm 60% so với cùng kỳ' -> change of 2 vụ; 'đạt 61% kế hoạch năm' -> percent of 14,6 tỷ.",
    "'từ 1 đến 3 triệu đồng' -> range, multiplier on both ends. 'tối thiểu 4 nhân viên/1 km' -> measure, at_least, target.",
]

if __name__ == "__main__":
    emit("p679-8", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Đà Nẵng")
