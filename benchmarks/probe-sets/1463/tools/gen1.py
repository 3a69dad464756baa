"""p1463-1: province portal (Lạng Sơn): counterfeit wristwatches seized by market surveillance, 9 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, thu giữ hơn 3.400 chiếc đồng hồ giả mạo nhãn hiệu

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Cục Quản lý thị trường tỉnh Lạng Sơn, 9 tháng đầu năm 2024, lực lượng quản lý thị trường đã kiểm tra 218 vụ việc liên quan đến kinh doanh đồng hồ và phụ kiện đồng hồ, tăng 12,4% so với cùng kỳ năm 2023; phát hiện, xử lý 164 vụ vi phạm, chiếm 75,2% số vụ kiểm tra. Tổng số tiền xử phạt và trị giá hàng tịch thu ước đạt 2,35 tỷ đồng, bằng 117,5% kế hoạch năm.

Lực lượng chức năng đã tạm giữ 3.426 chiếc đồng hồ đeo tay giả mạo các nhãn hiệu Rolex, Omega, Casio, Hublot; trong đó 2.180 chiếc được phát hiện trên các tuyến vận chuyển từ khu vực cửa khẩu Tân Thanh và Cốc Nam. Riêng quý III, lực lượng quản lý thị trường xử lý 57 vụ, thu giữ gần 1.200 chiếc đồng hồ, trị giá khoảng 480 triệu đồng.

Điển hình, ngày 22/8/2024, Đội Quản lý thị trường số 3 kiểm tra một kho hàng tại số 56 đường Trần Đăng Ninh, thành phố Lạng Sơn, phát hiện 640 chiếc đồng hồ mang nhãn hiệu Casio G-Shock GA-2100 và Rolex Submariner 126610 không có hóa đơn, chứng từ. Chủ hàng bị phạt 45 triệu đồng, toàn bộ số hàng bị tịch thu để tiêu hủy.

Theo cơ quan chức năng, đồng hồ giả được bán phổ biến với giá từ 300.000 đến 1,5 triệu đồng/chiếc, trong khi hàng chính hãng cùng mẫu có giá hàng chục triệu đồng. Quý IV, Cục Quản lý thị trường tỉnh phấn đấu kiểm tra ít nhất 80 vụ, tập trung vào các cửa hàng đồng hồ, ki-ốt tại chợ Đông Kinh và chợ Giếng Vuông.

Tin liên quan:
- Lạng Sơn: Tiêu hủy lô hàng vi phạm quyền sở hữu trí tuệ
- Tăng cường kiểm soát hàng giả dịp Tết Nguyên đán Ất Tỵ 2025
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
Q3 = period("quý III", "2024-07-01", "2024-09-30")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
DAY = period("ngày 22/8/2024", "2024-08-22", "2024-08-22")

FIGS = [
    F("thu giữ hơn 3.400 chiếc", "3.400", 3400, "count", "chiếc", approx="over",
      subject="đồng hồ giả mạo nhãn hiệu thu giữ", period=NINE_H),
    F("kiểm tra 218 vụ việc", "218", 218, "count", "vụ việc",
      change=change("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="vụ việc liên quan đến kinh doanh đồng hồ và phụ kiện đồng hồ được kiểm tra", period=NINE),
    F("xử lý 164 vụ", "164", 164, "count", "vụ", percent=75.2,
      subject="vụ vi phạm phát hiện, xử lý", period=NINE),
    F("ước đạt 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", status="estimate", percent=117.5,
      subject="tổng số tiền xử phạt và trị giá hàng tịch thu", period=inherit(NINE)),
    F("tạm giữ 3.426 chiếc", "3.426", 3426, "count", "chiếc",
      subject="đồng hồ đeo tay giả mạo nhãn hiệu tạm giữ", period=inherit(NINE)),
    F("trong đó 2.180 chiếc", "2.180", 2180, "count", "chiếc", total=3426,
      subject="đồng hồ phát hiện trên các tuyến vận chuyển từ khu vực cửa khẩu", period=inherit(NINE)),
    F("xử lý 57 vụ", "57", 57, "count", "vụ", subject="vụ vi phạm xử lý", period=Q3),
    F("gần 1.200 chiếc", "1.200", 1200, "count", "chiếc", approx="nearly",
      subject="đồng hồ thu giữ", period=Q3),
    F("khoảng 480 triệu", "480", 480e6, "money", "đồng", approx="about",
      subject="trị giá đồng hồ thu giữ", period=Q3),
    F("phát hiện 640 chiếc", "640", 640, "count", "chiếc",
      subject="đồng hồ không có hóa đơn, chứng từ phát hiện tại kho hàng", period=DAY),
    F("phạt 45 triệu", "45", 45e6, "money", "đồng", subject="tiền phạt chủ hàng", period=inherit(DAY)),
    F("từ 300.000 đến 1,5 triệu", "300.000", 300000, "money", "đồng/chiếc", value_max=1.5e6,
      subject="giá bán đồng hồ giả"),
    F("giá hàng chục triệu", "chục", 10e6, "money", "đồng", approx="about",
      subject="giá đồng hồ chính hãng cùng mẫu", optional=True),
    F("ít nhất 80 vụ", "80", 80, "count", "vụ", approx="at_least", status="target",
      subject="vụ kiểm tra", period=Q4),
]

NOTES = [
    "Province portal (Lạng Sơn): counterfeit watches seized by market surveillance, 9 months 2024.",
    "Breadcrumb; 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386' is the dateline; related links without figures.",
    "Distractors: 08:45, Lượt xem 1.386, ngày 22/8/2024, 'Đội Quản lý thị trường số 3', 'số 56', 'GA-2100', '126610', 'Ất Tỵ 2025'.",
    "'chiếm 75,2% số vụ kiểm tra' is a percent attribute; the whole is not stated as a number, so no total.",
    "'bằng 117,5% kế hoạch năm' → percent attribute. 'trong đó 2.180 chiếc' → total 3.426.",
    "Year-less 'quý III', 'Quý IV' and the headline '9 tháng' take 2024. The seizure on 'ngày 22/8/2024' gets that day.",
    "'hàng chục triệu đồng' (tens of millions) is vague: optional, about 10 triệu.",
]

if __name__ == "__main__":
    write("p1463-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Lạng Sơn")
