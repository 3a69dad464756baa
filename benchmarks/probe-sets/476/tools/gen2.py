"""p476-2: district portal (Lục Nam, Bắc Giang), mobile job fair March 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Lục Nam
Trang chủ » Tin tức » Lao động - Việc làm
Thứ Tư, 13/03/2024 - 08:47

Gần 1.200 lượt lao động tham gia Phiên giao dịch việc làm lưu động

Sáng 12/3, tại Nhà văn hóa huyện (số 89 đường Đồi Ngô, thị trấn Đồi Ngô), UBND huyện phối hợp với Trung tâm Dịch vụ việc làm tỉnh Bắc Giang tổ chức Phiên giao dịch việc làm lưu động lần thứ nhất năm 2024.

Phiên giao dịch có 38 doanh nghiệp, đơn vị tham gia tuyển dụng, trong đó 31 doanh nghiệp trong các khu công nghiệp Quang Châu, Vân Trung, Song Khê - Nội Hoàng và 7 đơn vị đưa người lao động đi làm việc ở nước ngoài. Tổng nhu cầu tuyển dụng là 4.650 lao động, trong đó lao động phổ thông chiếm khoảng 78%. Mức lương cơ bản từ 5,5 đến 9 triệu đồng/tháng; các đơn hàng đi Nhật Bản, Hàn Quốc có thu nhập từ 28 đến 35 triệu đồng/tháng.

Kết quả, phiên giao dịch thu hút 1.185 lượt người lao động đến tìm hiểu, tư vấn; 642 người được phỏng vấn trực tiếp, 389 người trúng tuyển sơ bộ, đạt 60,6% số người được phỏng vấn.

Từ đầu năm đến ngày 10/3/2024, huyện đã giải quyết việc làm mới cho 1.046 lao động, đạt 26,2% kế hoạch năm (4.000 lao động); trong đó đi làm việc ở nước ngoài 215 người.

Năm 2024, huyện phấn đấu tổ chức 4 phiên giao dịch việc làm lưu động, đào tạo nghề cho 2.100 lao động nông thôn, trong đó ít nhất 60% có việc làm sau đào tạo.

Mọi thông tin chi tiết xin liên hệ Phòng Lao động - Thương binh và Xã hội huyện, điện thoại 0204.3884.125.

Minh Hằng
"""

YTD = P("Từ đầu năm đến ngày 10/3/2024", "2024-01-01", "2024-03-10")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 1.200 lượt", "1.200", 1200, "count", "lượt lao động", "lượt lao động tham gia Phiên giao dịch việc làm lưu động",
      approx="nearly"),
    F("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp, đơn vị tham gia tuyển dụng"),
    F("trong đó 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", "doanh nghiệp trong các khu công nghiệp", total=38),
    F("và 7 đơn vị", "7", 7, "count", "đơn vị", "đơn vị đưa người lao động đi làm việc ở nước ngoài", total=38),
    F("là 4.650 lao động", "4.650", 4650, "count", "lao động", "tổng nhu cầu tuyển dụng"),
    F("chiếm khoảng 78%", "78", 78, "percent", "%", "lao động phổ thông trong tổng nhu cầu tuyển dụng", approx="about"),
    F("từ 5,5 đến 9 triệu", "5,5", 5.5e6, "money", "đồng/tháng", "mức lương cơ bản", value_max=9e6),
    F("từ 28 đến 35 triệu", "28", 28e6, "money", "đồng/tháng", "thu nhập các đơn hàng đi Nhật Bản, Hàn Quốc", value_max=35e6),
    F("thu hút 1.185 lượt", "1.185", 1185, "count", "lượt người lao động", "lượt người lao động đến tìm hiểu, tư vấn"),
    F("642 người", "642", 642, "count", "người", "người được phỏng vấn trực tiếp"),
    F("389 người", "389", 389, "count", "người", "người trúng tuyển sơ bộ", percent=60.6),
    F("cho 1.046 lao động", "1.046", 1046, "count", "lao động", "lao động được giải quyết việc làm mới", YTD,
      percent=26.2, target=TG(4000, "lao động")),
    F("ngoài 215 người", "215", 215, "count", "người", "lao động đi làm việc ở nước ngoài", YTD, total=1046),
    F("tổ chức 4 phiên", "4", 4, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm lưu động", Y24,
      status="target"),
    F("cho 2.100 lao động", "2.100", 2100, "count", "lao động", "lao động nông thôn được đào tạo nghề", Y24,
      status="target"),
    F("ít nhất 60%", "60", 60, "percent", "%", "tỷ lệ lao động có việc làm sau đào tạo", Y24, approx="at_least",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lục Nam (Bắc Giang): phiên giao dịch việc làm lưu động 12/3/2024; district portal, weekday dateline, byline at the end.",
    "'lao động phổ thông chiếm khoảng 78%' is a share of a part that has no number: a percent figure of its own, not the 4.650's percent.",
    "'đạt 26,2% kế hoạch năm (4.000 lao động)': 26,2 is the percent, 4.000 the target. 'đạt 60,6% số người được phỏng vấn' is a percent, no total.",
    "Distractors: số 89 đường Đồi Ngô, 'lần thứ nhất', 'Sáng 12/3', phone 0204.3884.125. No period phrase in the fair paragraphs: periods null.",
]

if __name__ == "__main__":
    emit("p476-2", TEXT, COMMENTS, FIGS, published="2024-03-13", location="Lục Nam")
