"""p546-6: national press — documents integrated in VNeID, authentication, foreigners' e-ID, judicial records; end 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự | Chính trị
Thứ tư, 15/1/2025, 06:30 (GMT+7)

Gần 9 triệu giấy phép lái xe đã tích hợp trên VNeID

Người dân có thể xuất trình giấy phép lái xe, thẻ bảo hiểm y tế trên ứng dụng VNeID thay cho bản giấy khi làm thủ tục hoặc khi cảnh sát kiểm tra.

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), Bộ Công an, tính đến hết năm 2024, hơn 8,9 triệu giấy phép lái xe đã được tích hợp vào ứng dụng VNeID, cùng với khoảng 15,2 triệu thẻ bảo hiểm y tế và 2,7 triệu giấy đăng ký xe.

TP HCM dẫn đầu với hơn 1,3 triệu giấy phép lái xe được tích hợp, tiếp đến là Hà Nội 1,1 triệu và Bình Dương 486.000.

Riêng tháng 12/2024, hệ thống định danh và xác thực điện tử xử lý khoảng 135 triệu lượt xác thực, gấp 3 lần tháng 1/2024. Nhóm người dùng từ 18 đến 40 tuổi chiếm 62,5% số tài khoản đang hoạt động.

Đến nay, 3.286 người nước ngoài đã được cấp tài khoản định danh điện tử. Trong năm 2024, 612.450 phiếu lý lịch tư pháp được cấp qua VNeID, chiếm 71% tổng số phiếu. Người nộp hồ sơ trực tuyến được giảm 50% lệ phí, chỉ còn 100.000 đồng/phiếu.

Dự kiến trong quý I/2025, ứng dụng sẽ tích hợp thêm 5 loại giấy tờ, trong đó có giấy khai sinh và bằng tốt nghiệp. Bộ Công an đặt mục tiêu đến năm 2030 có 100% công dân trưởng thành sử dụng danh tính số.

Người dân cần hỗ trợ có thể gọi tổng đài 1900.0368.

Minh Anh
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
GPLX = "giấy phép lái xe được tích hợp vào ứng dụng VNeID"

FIGS = [
    F("Gần 9 triệu giấy phép", "9", 9000000, "count", "giấy phép lái xe", GPLX, I(ASOF), approx="nearly"),
    F("hơn 8,9 triệu giấy phép", "8,9", 8900000, "count", "giấy phép lái xe", GPLX, ASOF, approx="over"),
    F("khoảng 15,2 triệu thẻ", "15,2", 15200000, "count", "thẻ bảo hiểm y tế",
      "thẻ bảo hiểm y tế được tích hợp vào ứng dụng VNeID", ASOF, approx="about"),
    F("và 2,7 triệu giấy", "2,7", 2700000, "count", "giấy đăng ký xe",
      "giấy đăng ký xe được tích hợp vào ứng dụng VNeID", ASOF),
    F("hơn 1,3 triệu giấy phép", "1,3", 1300000, "count", "giấy phép lái xe", GPLX, I(ASOF), approx="over",
      location="TP Hồ Chí Minh"),
    F("Hà Nội 1,1 triệu", "1,1", 1100000, "count", "giấy phép lái xe", GPLX, I(ASOF), location="Hà Nội"),
    F("Bình Dương 486.000", "486.000", 486000, "count", "giấy phép lái xe", GPLX, I(ASOF),
      location="Bình Dương"),
    F("khoảng 135 triệu lượt", "135", 135000000, "count", "lượt xác thực",
      "lượt xác thực hệ thống định danh và xác thực điện tử xử lý",
      P("tháng 12/2024", "2024-12-01", "2024-12-31"), approx="about",
      change=CH("increase", 3, unit="lần", baseline="tháng 1/2024")),
    F("từ 18 đến 40 tuổi", "18", 18, "measure", "tuổi", value_max=40, optional=True),
    F("chiếm 62,5%", "62,5", 62.5, "percent", "%", "người dùng từ 18 đến 40 tuổi trong số tài khoản đang hoạt động"),
    F("Đến nay, 3.286 người", "3.286", 3286, "count", "người nước ngoài",
      "người nước ngoài được cấp tài khoản định danh điện tử", P("Đến nay", None, "2025-01-15")),
    F("2024, 612.450 phiếu", "612.450", 612450, "count", "phiếu lý lịch tư pháp",
      "phiếu lý lịch tư pháp được cấp qua VNeID", P("Trong năm 2024", "2024-01-01", "2024-12-31"), percent=71),
    F("còn 100.000 đồng/phiếu", "100.000", 100000, "money", "đồng/phiếu", "lệ phí cấp phiếu lý lịch tư pháp",
      change=CH("decrease", 50)),
    F("thêm 5 loại giấy tờ", "5", 5, "count", "loại giấy tờ", "loại giấy tờ tích hợp thêm trên ứng dụng",
      P("quý I/2025", "2025-01-01", "2025-03-31"), status="forecast"),
    F("có 100% công dân", "100", 100, "percent", "%", "công dân trưởng thành sử dụng danh tính số",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress-like): giấy tờ tích hợp trên VNeID, xác thực điện tử, người nước ngoài, phiếu lý lịch tư pháp; end 2024.",
    "Dateline 'Thứ tư, 15/1/2025, 06:30 (GMT+7)'; byline at the end. Not figures: '(GMT+7)', 'C06', 'tháng 1/2024' (a baseline),",
    "hotline '1900.0368'. Headline and list items take the lead's as-of period (inherited). 'Hà Nội 1,1 triệu' keeps the list's unit.",
    "'gấp 3 lần tháng 1/2024' after 135 triệu lượt is its change (lần). 'từ 18 đến 40 tuổi' describes a group: optional.",
    "'được giảm 50% lệ phí, chỉ còn 100.000 đồng/phiếu': the 50% decrease is the change of the fee (a money rate), not a figure.",
    "'Dự kiến trong quý I/2025' forecast; 'đặt mục tiêu đến năm 2030' target. 'Đến nay' ends at the dateline.",
    "revised after the first scoring: 'giảm 50% lệ phí' was a percent figure of its own; FIGURES.md makes a rate with a base amount in its",
    "clause an attribute ('the change after tăng/giảm'; only 'rates with no base amount' stand alone), so it is now 100.000 đồng/phiếu's change.",
]

if __name__ == "__main__":
    emit("p546-6", TEXT, COMMENTS, FIGS, published="2025-01-15", location="Việt Nam")
