"""p546-8: Đà Nẵng city portal — online public services through VNeID accounts, 11 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức > Chuyển đổi số
Ngày cập nhật 05/12/2024

Đà Nẵng: 11 tháng, hơn 212.000 hồ sơ được nộp qua tài khoản VNeID

(Cổng TTĐT) - Theo Sở Thông tin và Truyền thông, 11 tháng năm 2024, hệ thống thông tin giải quyết thủ tục hành chính thành phố tiếp nhận 318.640 hồ sơ trực tuyến, trong đó 212.375 hồ sơ được nộp bằng tài khoản định danh điện tử VNeID, chiếm 66,7%, tăng 21,3% so với cùng kỳ năm 2023.

Các quận Hải Châu, Thanh Khê và Sơn Trà có tỷ lệ hồ sơ nộp qua VNeID cao nhất, lần lượt đạt 74,2%, 71,8% và 69,5%. Với kết quả này, Đà Nẵng xếp thứ 3 toàn quốc về tỷ lệ hồ sơ nộp qua tài khoản định danh điện tử.

Thành phố hiện có 1.086.400 tài khoản định danh điện tử mức độ 2 được kích hoạt, đạt 86,4 tài khoản trên 100 dân, cao nhất khu vực miền Trung.

Từ ngày 1/1/2024 đến 30/11/2024, thành phố miễn lệ phí cho 41.260 hồ sơ đăng ký cư trú trực tuyến, tương ứng số tiền hơn 826 triệu đồng. Tại Trung tâm Phục vụ hành chính công (tầng 2, Trung tâm Hành chính thành phố), 100% hồ sơ không yêu cầu công dân xuất trình sổ hộ khẩu, sổ tạm trú giấy.

Theo Kế hoạch số 215/KH-UBND, thành phố phấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến nộp qua tài khoản định danh điện tử đạt trên 80%; dự kiến trong tháng 12/2024 sẽ triển khai thêm 15 dịch vụ công tích hợp thanh toán trực tuyến trên VNeID.

Tổng đài 1022 hỗ trợ người dân 24/7. Địa chỉ: số 24 Trần Phú, quận Hải Châu.
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
FEE = P("Từ ngày 1/1/2024 đến 30/11/2024", "2024-01-01", "2024-11-30")
RATE = "tỷ lệ hồ sơ nộp qua VNeID"

FIGS = [
    F("hơn 212.000 hồ sơ", "212.000", 212000, "count", "hồ sơ", "hồ sơ được nộp qua tài khoản VNeID",
      P("11 tháng", "2024-01-01", "2024-11-30"), approx="over"),
    F("tiếp nhận 318.640 hồ sơ", "318.640", 318640, "count", "hồ sơ",
      "hồ sơ trực tuyến hệ thống thông tin giải quyết thủ tục hành chính tiếp nhận", M11),
    F("trong đó 212.375 hồ sơ", "212.375", 212375, "count", "hồ sơ",
      "hồ sơ được nộp bằng tài khoản định danh điện tử VNeID", M11, total=318640, percent=66.7,
      change=CH("increase", 21.3, baseline="cùng kỳ năm 2023")),
    F("lần lượt đạt 74,2%", "74,2", 74.2, "percent", "%", RATE, I(M11), location="Hải Châu"),
    F("74,2%, 71,8%", "71,8", 71.8, "percent", "%", RATE, I(M11), location="Thanh Khê"),
    F("và 69,5%", "69,5", 69.5, "percent", "%", RATE, I(M11), location="Sơn Trà"),
    F("xếp thứ 3 toàn quốc", "3", 3, "rank", "hạng", "tỷ lệ hồ sơ nộp qua tài khoản định danh điện tử"),
    F("có 1.086.400 tài khoản", "1.086.400", 1086400, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử mức độ 2 được kích hoạt"),
    F("đạt 86,4 tài khoản", "86,4", 86.4, "measure", "tài khoản/100 dân",
      "tài khoản định danh điện tử được kích hoạt trên 100 dân"),
    F("cho 41.260 hồ sơ", "41.260", 41260, "count", "hồ sơ", "hồ sơ đăng ký cư trú trực tuyến được miễn lệ phí", FEE),
    F("hơn 826 triệu đồng", "826", 826000000, "money", "đồng", "lệ phí được miễn", FEE, approx="over"),
    F("100% hồ sơ không", "100", 100, "percent", "%",
      "hồ sơ không yêu cầu công dân xuất trình sổ hộ khẩu, sổ tạm trú giấy"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ hồ sơ trực tuyến nộp qua tài khoản định danh điện tử",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("thêm 15 dịch vụ", "15", 15, "count", "dịch vụ công", "dịch vụ công tích hợp thanh toán trực tuyến trên VNeID",
      P("tháng 12/2024", "2024-12-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng (city portal): hồ sơ dịch vụ công nộp qua tài khoản VNeID, 11 tháng năm 2024. 'Ngày cập nhật 05/12/2024' dateline.",
    "Not figures: 'mức độ 2', 'tầng 2', 'Kế hoạch số 215/KH-UBND', 'Tổng đài 1022', '24/7', 'số 24 Trần Phú', dates.",
    "Headline '11 tháng' takes 2024 from the update line. 212.375 is a 'trong đó' part of 318.640 with its share and change.",
    "'lần lượt đạt 74,2%, 71,8% và 69,5%' — each percent takes its district (quận) as location. '86,4 tài khoản trên 100 dân' after 'đạt'",
    "is a rate figure of its own (measure, unit 'tài khoản/100 dân'), not a percent attribute. 'tương ứng số tiền hơn 826 triệu đồng' is",
    "its own money figure (as 'tương đương' in shared h01). 'phấn đấu đến năm 2025 … trên 80%' target; 'dự kiến … 15 dịch vụ' forecast.",
]

if __name__ == "__main__":
    emit("p546-8", TEXT, COMMENTS, FIGS, published="2024-12-05", location="Đà Nẵng")
