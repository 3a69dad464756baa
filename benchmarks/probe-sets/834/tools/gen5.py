"""p834-5: Báo Quảng Nam style, thị xã Điện Bàn backlog of certificates, byline + bare date at the end (2025)."""
from lib import F, P, I, C, T, emit

TEXT = """Điện Bàn gỡ vướng cấp giấy chứng nhận cho hơn 4 nghìn thửa đất tồn đọng

Tốc độ đô thị hóa nhanh khiến thị xã Điện Bàn tồn đọng nhiều hồ sơ cấp giấy chứng nhận quyền sử dụng đất (GCN). Theo Phòng Tài nguyên và Môi trường thị xã, đến cuối năm 2024, toàn thị xã còn 4.326 thửa đất ở chưa được cấp GCN, trong đó 2.918 thửa có nguồn gốc giao đất trái thẩm quyền, 1.408 thửa do lấn chiếm, chuyển mục đích sử dụng không đúng quy định.

Tại các phường Điện Nam Bắc, Điện Ngọc dọc Quốc lộ 1A, hơn 1.100 hộ dân đã ở ổn định từ trước năm 2004 nhưng hiện vẫn chưa có “sổ đỏ”. Ông Trần Văn Năm (68 tuổi, khối phố 5, phường Điện Nam Bắc) cho biết, gia đình ông làm nhà trên thửa đất 150 m2 từ năm 1998, đã nộp hồ sơ lần thứ 3 nhưng vẫn chưa được giải quyết. Theo bảng giá đất mới, mỗi hộ như ông phải nộp tiền sử dụng đất từ 200 đến 450 triệu đồng.

Năm 2024, thị xã đã cấp được 1.215 GCN cho các trường hợp tồn đọng, tăng 327 giấy so với năm 2023; thu ngân sách từ tiền sử dụng đất của các hồ sơ này đạt 86,4 tỷ đồng. Thời gian giải quyết mỗi hồ sơ bình quân còn 18 ngày, giảm 7 ngày so với trước đây.

Theo UBND thị xã, năm 2025 Điện Bàn đặt mục tiêu cấp GCN cho khoảng 1.500 trường hợp tồn đọng và phấn đấu đến hết năm 2026 cơ bản xử lý dứt điểm. Thị xã dự kiến dành 12 tỷ đồng để đo đạc lại bản đồ địa chính cho 8 phường, xã với diện tích khoảng 2.600 ha.

MINH HẢI
12/03/2025
"""

END24 = P("đến cuối năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 4 nghìn thửa", "4", 4000, "count", "thửa đất", approx="over",
      subject="thửa đất tồn đọng chưa được cấp giấy chứng nhận"),
    F("còn 4.326 thửa", "4.326", 4326, "count", "thửa đất",
      subject="thửa đất ở chưa được cấp GCN", period=END24),
    F("trong đó 2.918 thửa", "2.918", 2918, "count", "thửa", total=4326,
      subject="thửa có nguồn gốc giao đất trái thẩm quyền", period=END24),
    F("1.408 thửa", "1.408", 1408, "count", "thửa", total=4326,
      subject="thửa do lấn chiếm, chuyển mục đích sử dụng không đúng quy định", period=END24),
    F("hơn 1.100 hộ", "1.100", 1100, "count", "hộ dân", approx="over",
      subject="hộ dân đã ở ổn định nhưng chưa có sổ đỏ"),
    F("(68 tuổi", "68", 68, "measure", "tuổi", subject="tuổi của ông Trần Văn Năm", optional=True),
    F("thửa đất 150 m2", "150", 150, "measure", "m2",
      subject="diện tích thửa đất của một hộ", optional=True),
    F("từ 200 đến 450 triệu", "200", 200e6, "money", "đồng", value_max=450e6,
      subject="tiền sử dụng đất mỗi hộ phải nộp"),
    F("cấp được 1.215 GCN", "1.215", 1215, "count", "GCN",
      change=C("increase", 327, unit="giấy", baseline="năm 2023"),
      subject="GCN cấp cho các trường hợp tồn đọng", period=Y24),
    F("đạt 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng",
      subject="thu ngân sách từ tiền sử dụng đất của các hồ sơ tồn đọng", period=Y24),
    F("còn 18 ngày", "18", 18, "measure", "ngày",
      change=C("decrease", 7, unit="ngày", baseline="trước đây"),
      subject="thời gian giải quyết mỗi hồ sơ bình quân", period=I(Y24)),
    F("khoảng 1.500 trường hợp", "1.500", 1500, "count", "trường hợp", approx="about", status="target",
      subject="trường hợp tồn đọng được cấp GCN", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("dành 12 tỷ đồng", "12", 12e9, "money", "đồng", status="forecast",
      subject="kinh phí đo đạc lại bản đồ địa chính"),
    F("cho 8 phường", "8", 8, "count", "phường, xã", status="forecast",
      subject="phường, xã được đo đạc lại bản đồ địa chính"),
    F("khoảng 2.600 ha", "2.600", 2600, "measure", "ha", approx="about", status="forecast",
      subject="diện tích đo đạc lại bản đồ địa chính"),
]

COMMENTS = [
    "Provincial/Party newspaper style (Báo Quảng Nam), byline MINH HẢI and bare date 12/03/2025 at the end: thị xã Điện Bàn's",
    "backlog of land certificates. Location is the town (district level) Điện Bàn throughout; wards are not locations of their own.",
    "The two causes after 'trong đó' add up to 4.326: total 4326. '(68 tuổi' and 'thửa đất 150 m2' describe one person's case: optional.",
    "'hiện vẫn chưa có' gives no period; 'từ trước năm 2004', 'từ năm 1998' are dates. 'Quốc lộ 1A', 'khối phố 5', 'lần thứ 3',",
    "'Trần Văn Năm', 'đến hết năm 2026' (no figure) are not figures. 'tăng 327 giấy so với năm 2023' is the change of 1.215 GCN.",
]

if __name__ == "__main__":
    emit("p834-5", TEXT, FIGS, COMMENTS, published="2025-03-12", location="Điện Bàn")
