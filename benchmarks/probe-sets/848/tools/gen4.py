"""p848-4: central agency (Cục Quản lý đê điều và PCTT, Bộ NN&PTNT): national dyke review of 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Quản lý đê điều và Phòng, chống thiên tai
Trang chủ > Tin hoạt động > Tin trong ngành
Ngày đăng: 20/01/2025 | 14:05

Tổng kết công tác quản lý đê điều năm 2024

Ngày 17/01/2025, tại Hà Nội, Cục Quản lý đê điều và Phòng, chống thiên tai tổ chức Hội nghị tổng kết công tác đê điều năm 2024 và triển khai nhiệm vụ năm 2025.

Theo báo cáo, cả nước hiện có khoảng 8.500 km đê, trong đó gần 2.900 km đê sông từ cấp III đến cấp đặc biệt, khoảng 3.000 km đê biển và hơn 2.600 km đê cửa sông, đê bao. Năm 2024, tổng kinh phí tu bổ, nâng cấp đê điều đạt 3.150 tỷ đồng, tăng 8,6% so với năm 2023.

Cả nước đã thống kê 1.012 điểm sạt lở bờ sông, bờ biển với tổng chiều dài khoảng 1.630 km; trong đó 312 điểm sạt lở đặc biệt nguy hiểm. Cà Mau dẫn đầu với 86 điểm, An Giang đứng thứ 2 với 54 điểm, tiếp đến là Đồng Tháp (41 điểm). Giai đoạn 2021-2024, Chính phủ đã bố trí khoảng 10.200 tỷ đồng để xử lý 218 điểm sạt lở, hoàn thành 146 công trình kè với tổng chiều dài hơn 420 km, suất đầu tư bình quân khoảng 24 tỷ đồng/km.

Năm 2024, các địa phương phát hiện 1.348 vụ vi phạm pháp luật về đê điều, giảm 15,2% so với năm 2023; đã xử lý dứt điểm 1.021 vụ, đạt 75,7%. Hà Nội tiếp tục là địa phương có nhiều vi phạm nhất với 287 vụ.

Năm 2025, Cục đặt mục tiêu giảm ít nhất 10% số vụ vi phạm mới, hoàn thành cắm mốc chỉ giới cho 100% tuyến đê từ cấp III trở lên; dự kiến nhu cầu vốn tu bổ đê điều khoảng 3.500 tỷ đồng.

Cục Quản lý đê điều và PCTT - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")

FIGS = [
    F("khoảng 8.500 km đê", "8.500", 8500, "measure", "km", "chiều dài đê cả nước", approx="about"),
    F("gần 2.900 km", "2.900", 2900, "measure", "km", "đê sông từ cấp III đến cấp đặc biệt",
      approx="nearly", total=8500),
    F("khoảng 3.000 km đê biển", "3.000", 3000, "measure", "km", "đê biển", approx="about",
      total=8500),
    F("hơn 2.600 km", "2.600", 2600, "measure", "km", "đê cửa sông, đê bao", approx="over",
      total=8500),
    F("đạt 3.150 tỷ đồng", "3.150", 3150e9, "money", "đồng", "tổng kinh phí tu bổ, nâng cấp đê điều",
      Y24, change=C("increase", 8.6, "%", "năm 2023")),
    F("thống kê 1.012 điểm", "1.012", 1012, "count", "điểm", "điểm sạt lở bờ sông, bờ biển"),
    F("khoảng 1.630 km", "1.630", 1630, "measure", "km", "tổng chiều dài sạt lở bờ sông, bờ biển",
      approx="about"),
    F("312 điểm sạt lở", "312", 312, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm", total=1012),
    F("với 86 điểm", "86", 86, "count", "điểm", "điểm sạt lở", location="Cà Mau"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số điểm sạt lở", location="An Giang"),
    F("với 54 điểm", "54", 54, "count", "điểm", "điểm sạt lở", location="An Giang"),
    F("(41 điểm)", "41", 41, "count", "điểm", "điểm sạt lở", location="Đồng Tháp"),
    F("khoảng 10.200 tỷ đồng", "10.200", 10200e9, "money", "đồng", "vốn bố trí xử lý sạt lở", GD,
      approx="about"),
    F("xử lý 218 điểm", "218", 218, "count", "điểm", "điểm sạt lở được xử lý", GD),
    F("hoàn thành 146 công trình", "146", 146, "count", "công trình", "công trình kè hoàn thành", GD),
    F("hơn 420 km", "420", 420, "measure", "km", "tổng chiều dài công trình kè", GD, approx="over"),
    F("khoảng 24 tỷ đồng/km", "24", 24e9, "money", "đồng/km", "suất đầu tư kè bình quân", GD,
      approx="about"),
    F("phát hiện 1.348 vụ", "1.348", 1348, "count", "vụ", "vụ vi phạm pháp luật về đê điều", Y24,
      change=C("decrease", 15.2, "%", "năm 2023")),
    F("dứt điểm 1.021 vụ", "1.021", 1021, "count", "vụ", "vụ vi phạm được xử lý dứt điểm", Y24,
      percent=75.7),
    F("với 287 vụ", "287", 287, "count", "vụ", "vụ vi phạm pháp luật về đê điều", I(Y24),
      location="Hà Nội"),
    F("ít nhất 10%", "10", 10, "percent", "%", "giảm số vụ vi phạm mới", Y25, approx="at_least",
      status="target"),
    F("cho 100% tuyến đê", "100", 100, "percent", "%",
      "tuyến đê từ cấp III trở lên được cắm mốc chỉ giới", Y25, status="target"),
    F("khoảng 3.500 tỷ đồng", "3.500", 3500e9, "money", "đồng", "nhu cầu vốn tu bổ đê điều", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Central agency site (Cục Quản lý đê điều và PCTT): national review of dyke management in 2024 and 2025 targets. Location Việt Nam.",
    "Province figures (Cà Mau, An Giang, Đồng Tháp, Hà Nội) carry their province; 'đứng thứ 2' is a rank of An Giang.",
    "The province list is a ranking that does not add up to 1.012: no total. 'giảm ít nhất 10% số vụ vi phạm mới' is a target percent (no base).",
    "'tăng 8,6%', 'giảm 15,2%' are changes of the figure before; 'đạt 75,7%' the percent of 1.021 (no part-of cue, no total).",
    "Distractors: Ngày 17/01/2025, 14:05, cấp III, Số 2 Ngọc Hà (address), Hội nghị held 'tại Hà Nội' (does not localise).",
]

if __name__ == "__main__":
    write("p848-4", TEXT, FIGS, NOTES, published="2025-01-20", location="Việt Nam")
