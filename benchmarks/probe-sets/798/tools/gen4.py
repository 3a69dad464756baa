"""p798-4: ministry site (Bộ TT&TT), national stamp issue plan 2025, 2024 results, commune post network."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Bưu chính
Ngày đăng: 26/12/2024 | Lượt xem: 1.024

Phê duyệt kế hoạch phát hành tem bưu chính năm 2025

Ngày 24/12/2024, Bộ trưởng Bộ Thông tin và Truyền thông đã ký Quyết định số 2718/QĐ-BTTTT phê duyệt kế hoạch phát hành tem bưu chính năm 2025. Theo đó, năm 2025 dự kiến phát hành 15 bộ tem với 38 mẫu tem và 2 blốc, trong đó có 9 bộ tem kỷ niệm và 6 bộ tem chuyên đề. Nhiều bộ tem gắn với các sự kiện lớn của đất nước như “Kỷ niệm 50 năm Giải phóng miền Nam, thống nhất đất nước (1975-2025)”, “Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (1890-2025)”.

Năm 2024, Tổng công ty Bưu điện Việt Nam đã phát hành 13 bộ tem gồm 34 mẫu tem, tổng số lượng in khoảng 4,2 triệu con tem; các mẫu tem có giá mặt từ 4.000 đến 25.000 đồng. Doanh thu tem sưu tập năm 2024 ước đạt 46 tỷ đồng, tăng 7% so với năm 2023. Triển lãm tem bưu chính Việt Nam lần thứ 3 tổ chức tại Hà Nội đã thu hút hơn 12.000 lượt khách tham quan.

Về mạng lưới bưu chính công ích, tính đến ngày 30/11/2024, cả nước có 8.012 điểm bưu điện văn hóa xã (BĐVHX), trong đó hơn 7.500 điểm đã kết nối internet. Mạng lưới bưu điện hiện chi trả lương hưu, trợ cấp BHXH hằng tháng cho khoảng 3,2 triệu người, chiếm khoảng 63% tổng số người hưởng cả nước. Dịch vụ tiếp nhận hồ sơ và trả kết quả thủ tục hành chính qua bưu chính công ích đã triển khai tại 63/63 tỉnh, thành phố, với sản lượng năm 2024 ước đạt hơn 18,6 triệu bưu gửi.

Năm 2025, Bộ đặt mục tiêu 100% điểm BĐVHX được kết nối internet và trở thành điểm hỗ trợ chuyển đổi số cho người dân; tỷ lệ người hưởng nhận lương hưu không dùng tiền mặt đạt trên 40%.

Vụ Bưu chính - Bộ Thông tin và Truyền thông, 18 Nguyễn Du, Hà Nội.
"""

Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = period("tính đến ngày 30/11/2024", None, "2024-11-30")

FIGS = [
    F("phát hành 15 bộ tem", "15", 15, "count", "bộ tem", status="forecast",
      subject="bộ tem bưu chính phát hành", period=Y25),
    F("với 38 mẫu tem", "38", 38, "count", "mẫu tem", status="forecast", subject="mẫu tem", period=Y25),
    F("và 2 blốc", "2", 2, "count", "blốc", status="forecast", subject="blốc tem", period=Y25),
    F("có 9 bộ tem", "9", 9, "count", "bộ tem", total=15, status="forecast", subject="bộ tem kỷ niệm",
      period=Y25),
    F("và 6 bộ tem", "6", 6, "count", "bộ tem", total=15, status="forecast", subject="bộ tem chuyên đề",
      period=Y25),
    F("phát hành 13 bộ tem", "13", 13, "count", "bộ tem", subject="bộ tem đã phát hành", period=Y24),
    F("gồm 34 mẫu tem", "34", 34, "count", "mẫu tem", subject="mẫu tem đã phát hành", period=Y24),
    F("khoảng 4,2 triệu con tem", "4,2", 4.2e6, "count", "con tem", approx="about",
      subject="tổng số lượng tem in", period=Y24),
    F("từ 4.000 đến 25.000 đồng", "4.000", 4000, "money", "đồng", value_max=25000,
      subject="giá mặt các mẫu tem", period=Y24),
    F("ước đạt 46 tỷ đồng", "46", 46e9, "money", "đồng", status="estimate",
      change=change("increase", 7, "%", "năm 2023"), subject="doanh thu tem sưu tập",
      period=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", approx="over",
      subject="lượt khách tham quan triển lãm tem bưu chính", location="Hà Nội", period=inherit(Y24)),
    F("có 8.012 điểm", "8.012", 8012, "count", "điểm", subject="điểm bưu điện văn hóa xã", period=ASOF),
    F("hơn 7.500 điểm", "7.500", 7500, "count", "điểm", approx="over", total=8012,
      subject="điểm BĐVHX đã kết nối internet", period=ASOF),
    F("khoảng 3,2 triệu người", "3,2", 3.2e6, "count", "người", approx="about", percent=63,
      subject="người hưởng lương hưu, trợ cấp BHXH được chi trả qua mạng lưới bưu điện hằng tháng"),
    F("tại 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố triển khai dịch vụ tiếp nhận, trả kết quả thủ tục hành chính qua bưu chính công ích"),
    F("hơn 18,6 triệu bưu gửi", "18,6", 18.6e6, "count", "bưu gửi", approx="over", status="estimate",
      subject="sản lượng bưu gửi hồ sơ, kết quả thủ tục hành chính",
      period=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("mục tiêu 100% điểm", "100", 100, "percent", "%", status="target",
      subject="điểm BĐVHX được kết nối internet", period=Y25 | {"text": "Năm 2025"}),
    F("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
      subject="tỷ lệ người hưởng nhận lương hưu không dùng tiền mặt", period=Y25 | {"text": "Năm 2025"}),
]

NOTES = [
    "Probe 798. Ministry site (Bộ TT&TT), national (Việt Nam), Ngày đăng 26/12/2024. Plan for 2025: 'dự kiến' governs the",
    "whole sentence (15 bộ, 38 mẫu, 2 blốc, and the 'trong đó' parts 9 + 6 = 15, which take total 15): forecast.",
    "2024 results; the exhibition in Hà Nội is located there (inherits Năm 2024). '63/63 tỉnh, thành phố' is a count with",
    "total 63. Targets for 2025 (100%, trên 40%). Not figures: Quyết định số 2718/QĐ-BTTTT, 'lần thứ 3', stamp titles",
    "'Kỷ niệm 50 năm ... (1975-2025)', '135 năm ... (1890-2025)', Lượt xem, address 18 Nguyễn Du.",
]

if __name__ == "__main__":
    write("p798-4", TEXT, NOTES, FIGS, published="2024-12-26", location="Việt Nam")
