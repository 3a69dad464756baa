"""p932-1: Đắk Lắk province portal, 6-month inspections of billiards and game shops (2024)."""
from lib import F, period, inherit, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Đắk Lắk: Chấn chỉnh hoạt động kinh doanh bi-a, trò chơi điện tử công cộng
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.317

Thực hiện Kế hoạch số 5120/KH-UBND ngày 12/4/2024 của UBND tỉnh, 6 tháng đầu năm 2024, Sở Văn hóa, Thể thao và Du lịch phối hợp với Công an tỉnh và UBND các huyện, thị xã, thành phố kiểm tra 428 lượt cơ sở kinh doanh dịch vụ bi-a, internet và trò chơi điện tử công cộng, tăng 17,6% so với cùng kỳ năm 2023. Riêng quý II/2024 kiểm tra 251 lượt cơ sở, tập trung vào các cơ sở dọc Quốc lộ 14 và Quốc lộ 26.

Qua kiểm tra, lực lượng chức năng phát hiện 63 cơ sở vi phạm, chiếm 14,7% số cơ sở được kiểm tra; trong đó 38 cơ sở hoạt động quá giờ quy định, 17 cơ sở cho học sinh dưới 18 tuổi vào chơi trong giờ học và 8 cơ sở không niêm yết nội quy. Các đoàn kiểm tra đã ban hành 51 quyết định xử phạt vi phạm hành chính với tổng số tiền hơn 412 triệu đồng; tạm giữ 96 máy tính và 4 bàn bi-a không rõ nguồn gốc.

Toàn tỉnh hiện có 1.146 cơ sở kinh doanh bi-a, trong đó nhiều nhất là TP Buôn Ma Thuột (312 cơ sở), thị xã Buôn Hồ (97 cơ sở) và huyện Krông Pắc (85 cơ sở); 534 điểm cung cấp dịch vụ trò chơi điện tử công cộng với khoảng 9.800 máy tính. Đến nay, 100% điểm trò chơi điện tử công cộng đã ký cam kết không hoạt động từ 22 giờ đến 8 giờ sáng hôm sau và bảo đảm khoảng cách từ 200 m trở lên tính từ cổng trường học.

Trong 6 tháng cuối năm, tỉnh phấn đấu kiểm tra ít nhất 500 lượt cơ sở, bảo đảm 100% cơ sở vi phạm được xử lý kịp thời.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = period("quý II/2024", "2024-04-01", "2024-06-30")
NOW = period("Đến nay", None, "2024-08-14")
H2 = period("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("kiểm tra 428 lượt cơ sở", "428", 428, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ bi-a, internet và trò chơi điện tử công cộng được kiểm tra", H1,
      change=change("increase", 17.6, "%", "cùng kỳ năm 2023")),
    F("kiểm tra 251 lượt cơ sở", "251", 251, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Q2),
    F("phát hiện 63 cơ sở vi phạm", "63", 63, "count", "cơ sở", "cơ sở vi phạm", inherit(H1), percent=14.7),
    F("trong đó 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở hoạt động quá giờ quy định", inherit(H1), total=63),
    F("17 cơ sở cho học sinh", "17", 17, "count", "cơ sở",
      "cơ sở cho học sinh vào chơi trong giờ học", inherit(H1), total=63),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True),
    F("và 8 cơ sở không niêm yết", "8", 8, "count", "cơ sở", "cơ sở không niêm yết nội quy", inherit(H1), total=63),
    F("ban hành 51 quyết định", "51", 51, "count", "quyết định", "quyết định xử phạt vi phạm hành chính",
      inherit(H1)),
    F("hơn 412 triệu đồng", "412", 412e6, "money", "đồng", "tổng số tiền xử phạt", inherit(H1), approx="over"),
    F("tạm giữ 96 máy tính", "96", 96, "count", "máy tính", "máy tính bị tạm giữ", inherit(H1)),
    F("và 4 bàn bi-a", "4", 4, "count", "bàn bi-a", "bàn bi-a bị tạm giữ", inherit(H1)),
    F("hiện có 1.146 cơ sở", "1.146", 1146, "count", "cơ sở", "cơ sở kinh doanh bi-a"),
    F("Buôn Ma Thuột (312 cơ sở)", "312", 312, "count", "cơ sở", "cơ sở kinh doanh bi-a",
      total=1146, location="Buôn Ma Thuột"),
    F("Buôn Hồ (97 cơ sở)", "97", 97, "count", "cơ sở", "cơ sở kinh doanh bi-a", total=1146, location="Buôn Hồ"),
    F("Krông Pắc (85 cơ sở)", "85", 85, "count", "cơ sở", "cơ sở kinh doanh bi-a", total=1146, location="Krông Pắc"),
    F("534 điểm cung cấp", "534", 534, "count", "điểm", "điểm cung cấp dịch vụ trò chơi điện tử công cộng"),
    F("khoảng 9.800 máy tính", "9.800", 9800, "count", "máy tính",
      "máy tính tại điểm trò chơi điện tử công cộng", approx="about"),
    F("Đến nay, 100% điểm", "100", 100, "percent", "%",
      "điểm trò chơi điện tử công cộng đã ký cam kết về giờ hoạt động và khoảng cách", NOW),
    F("từ 200 m trở lên", "200", 200, "measure", "m", "khoảng cách tính từ cổng trường học",
      approx="at_least", optional=True),
    F("ít nhất 500 lượt cơ sở", "500", 500, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", H2,
      approx="at_least", status="target"),
    F("bảo đảm 100% cơ sở vi phạm", "100", 100, "percent", "%", "cơ sở vi phạm được xử lý kịp thời", H2,
      status="target"),
]

NOTES = [
    "Đắk Lắk province portal: 6-month inspections of billiards and internet/game shops, 2024.",
    "Not figures: Kế hoạch số 5120/KH-UBND, dates, 09:45, Lượt xem 2.317, Quốc lộ 14/26, 22 giờ / 8 giờ (times of day).",
    "'dưới 18 tuổi' (age threshold) and 'từ 200 m trở lên' (a rule's distance) are optional.",
    "'hiện có' gives no period; 'Đến nay' ends at the dateline; '6 tháng cuối năm' takes 2024.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Đắk Lắk")
