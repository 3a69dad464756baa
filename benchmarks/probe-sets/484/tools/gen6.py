"""p484-6: national press (VnExpress-style dateline), online payment on the National Public Service Portal, H1/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 4,7 triệu giao dịch

Thứ ba, 16/7/2024, 06:30 (GMT+7)

Sáu tháng đầu năm, người dân và doanh nghiệp đã thực hiện 4,7 triệu giao dịch thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia với số tiền hơn 3.600 tỷ đồng.

Theo Văn phòng Chính phủ, số giao dịch này gấp 3 lần cùng kỳ năm ngoái. Gần 30% giao dịch được thực hiện trên thiết bị di động.

Từ năm 2019 đến nay, tổng số giao dịch thanh toán trên Cổng đạt hơn 19,5 triệu, số tiền khoảng 11.900 tỷ đồng. Hiện có 48 ngân hàng và 6 trung gian thanh toán kết nối với nền tảng thanh toán của Cổng.

Hà Nội dẫn đầu với 712.000 giao dịch; TP Hồ Chí Minh đứng thứ hai với 655.000 giao dịch, tiếp đến là Bắc Ninh 204.000 giao dịch và Hải Phòng 187.500 giao dịch. Tỷ lệ hồ sơ được thanh toán trực tuyến bình quân của khối bộ, ngành đạt 38,6%, khối địa phương đạt 27,1%.

Mức phí tối đa là 3.300 đồng/giao dịch, nhiều ngân hàng miễn phí hoàn toàn. Theo đại diện Cục Kiểm soát thủ tục hành chính, mỗi lần thanh toán chỉ mất chưa đến 2 phút, thay vì phải đến kho bạc hoặc ngân hàng như trước.

Theo Quyết định 06/QĐ-TTg, mục tiêu đến năm 2025, tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 45% trên tổng số giao dịch thanh toán dịch vụ công.

Người dân cần hỗ trợ có thể gọi tổng đài 18001096 hoặc truy cập dichvucong.gov.vn.

Lưu Quý
"""

H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-07-16")
GD = "giao dịch thanh toán trực tuyến"

FIGS = [
    F("đạt 4,7 triệu giao dịch", "4,7", 4.7e6, "count", "giao dịch",
      "thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia"),
    F("thực hiện 4,7 triệu giao dịch", "4,7", 4.7e6, "count", "giao dịch",
      "giao dịch thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia", H1),
    F("hơn 3.600 tỷ đồng", "3.600", 3600e9, "money", "đồng", "số tiền thanh toán trực tuyến", H1, approx="over"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số giao dịch so với cùng kỳ năm ngoái", INH(H1)),
    F("Gần 30% giao dịch", "30", 30, "percent", "%", "giao dịch được thực hiện trên thiết bị di động", INH(H1),
      approx="nearly"),
    F("hơn 19,5 triệu", "19,5", 19.5e6, "count", "giao dịch", "tổng số giao dịch thanh toán trên Cổng", SINCE,
      approx="over"),
    F("khoảng 11.900 tỷ đồng", "11.900", 11900e9, "money", "đồng", "số tiền thanh toán trên Cổng", SINCE,
      approx="about"),
    F("có 48 ngân hàng", "48", 48, "count", "ngân hàng", "ngân hàng kết nối với nền tảng thanh toán của Cổng"),
    F("và 6 trung gian", "6", 6, "count", "trung gian thanh toán",
      "trung gian thanh toán kết nối với nền tảng thanh toán của Cổng"),
    F("với 712.000 giao dịch", "712.000", 712000, "count", "giao dịch", GD, INH(H1), location="Hà Nội"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", GD, INH(H1), location="TP Hồ Chí Minh"),
    F("với 655.000 giao dịch", "655.000", 655000, "count", "giao dịch", GD, INH(H1), location="TP Hồ Chí Minh"),
    F("Bắc Ninh 204.000", "204.000", 204000, "count", "giao dịch", GD, INH(H1), location="Bắc Ninh"),
    F("Hải Phòng 187.500", "187.500", 187500, "count", "giao dịch", GD, INH(H1), location="Hải Phòng"),
    F("ngành đạt 38,6%", "38,6", 38.6, "percent", "%",
      "tỷ lệ hồ sơ được thanh toán trực tuyến bình quân của khối bộ, ngành", INH(H1)),
    F("phương đạt 27,1%", "27,1", 27.1, "percent", "%",
      "tỷ lệ hồ sơ được thanh toán trực tuyến bình quân khối địa phương", INH(H1)),
    F("tối đa là 3.300 đồng/giao dịch", "3.300", 3300, "money", "đồng/giao dịch", "mức phí", approx="at_most"),
    F("chưa đến 2 phút", "2", 2, "measure", "phút", "thời gian mỗi lần thanh toán", approx="under"),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
      P("đến năm 2025", end="2025-12-31"), status="target"),
]

COMMENTS = [
    "National press, dateline 'Thứ ba, 16/7/2024, 06:30 (GMT+7)', byline at the end; national figures, location Việt Nam.",
    "'Sáu tháng đầu năm' takes the dateline's year. 'gấp 3 lần cùng kỳ năm ngoái' stands alone in its sentence: a multiple.",
    "'Từ năm 2019 đến nay' runs to the dateline. Provinces in the ranking go to location; 'đứng thứ hai' is a rank figure.",
    "'Quyết định 06/QĐ-TTg', the toll-free number 18001096 and (GMT+7) are not figures; 'tối đa 3.300 đồng/giao dịch' is at_most.",
]

if __name__ == "__main__":
    emit("p484-6", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Việt Nam")
