"""p537-5: Party newspaper (Báo Bắc Giang) — sand and gravel on sông Cầu / sông Thương, 9 months 2024, auction, demand, prices."""
from lib import F, P, I, CH, emit

TEXT = """Bắc Giang: Siết chặt quản lý khai thác cát, sỏi trên sông Cầu, sông Thương

BBG - 9 tháng năm 2024, các mỏ cát, sỏi lòng sông trên địa bàn tỉnh khai thác được khoảng 1,05 triệu m³, đạt 68% công suất thiết kế. Cùng thời gian, ngành chức năng phát hiện, xử lý 23 vụ vi phạm, giảm 9 vụ so với cùng kỳ năm trước.

Hiện toàn tỉnh có 19 mỏ cát, sỏi được cấp phép, trong đó huyện Việt Yên có nhiều nhất với 6 mỏ, tiếp đến là Yên Dũng 5 mỏ, Lạng Giang 4 mỏ. Năm nay, tỉnh đã đấu giá thành công 3 mỏ cát tại xã Đồng Phúc, huyện Yên Dũng; tổng số tiền trúng đấu giá là 47,6 tỷ đồng, cao hơn giá khởi điểm 31,5 tỷ đồng.

Theo Sở Xây dựng, nhu cầu cát xây dựng của tỉnh giai đoạn 2021-2025 ước khoảng 3,5 triệu m³/năm. Trong khi đó, tổng công suất các mỏ được cấp phép hiện chỉ gần 2 triệu m³/năm. Vì vậy, tỉnh dự kiến sử dụng cát nghiền từ đá để thay thế từ 20 đến 30% cát tự nhiên.

Ông Trần Văn Lượng, Giám đốc Sở Tài nguyên và Môi trường cho biết, 100% bến bãi tập kết cát đã được lắp camera; giá cát vàng tại bến dao động 280.000 - 320.000 đồng/m³, tăng khoảng 15% so với đầu năm. Tỉnh phấn đấu đến năm 2025, số thu từ tiền cấp quyền khai thác khoáng sản đạt trên 120 tỷ đồng/năm.

Bến thủy nội địa tại Km 9+200 đê tả Cầu đã tạm dừng hoạt động để kiểm tra, xác minh nguồn gốc cát tập kết.

MINH HẢI
04/10/2024
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NN = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 1,05 triệu m³", "1,05", 1050000, "measure", "m³", approx="about", percent=68,
      subject="cát, sỏi lòng sông khai thác được", period=M9),
    F("xử lý 23 vụ", "23", 23, "count", "vụ",
      change=CH("decrease", 9, "vụ", baseline="cùng kỳ năm trước"),
      subject="vụ vi phạm phát hiện, xử lý", period=I(M9)),
    F("có 19 mỏ", "19", 19, "count", "mỏ", subject="mỏ cát, sỏi được cấp phép"),
    F("với 6 mỏ", "6", 6, "count", "mỏ", total=19, subject="mỏ cát, sỏi được cấp phép", location="Việt Yên"),
    F("Yên Dũng 5 mỏ", "5", 5, "count", "mỏ", total=19, subject="mỏ cát, sỏi được cấp phép", location="Yên Dũng"),
    F("Lạng Giang 4 mỏ", "4", 4, "count", "mỏ", total=19, subject="mỏ cát, sỏi được cấp phép", location="Lạng Giang"),
    F("công 3 mỏ cát", "3", 3, "count", "mỏ cát", subject="mỏ cát đấu giá thành công",
      period=NN, location="Yên Dũng"),
    F("là 47,6 tỷ đồng", "47,6", 47600000000, "money", "đồng",
      change=CH("increase", 31500000000, "đồng", baseline="giá khởi điểm"),
      subject="tổng số tiền trúng đấu giá", period=NN, location="Yên Dũng"),
    F("ước khoảng 3,5 triệu m³/năm", "3,5", 3500000, "measure", "m³/năm", approx="about", status="estimate",
      subject="nhu cầu cát xây dựng", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("gần 2 triệu m³/năm", "2", 2000000, "measure", "m³/năm", approx="nearly",
      subject="tổng công suất các mỏ được cấp phép"),
    F("từ 20 đến 30%", "20", 20, "percent", "%", value_max=30, status="forecast",
      subject="cát nghiền từ đá thay thế cát tự nhiên"),
    F("100% bến bãi", "100", 100, "percent", "%", subject="bến bãi tập kết cát được lắp camera"),
    F("dao động 280.000 - 320.000", "280.000", 280000, "money", "đồng/m³", value_max=320000,
      change=CH("increase", 15, baseline="đầu năm", approx="about"),
      subject="giá cát vàng tại bến"),
    F("trên 120 tỷ đồng/năm", "120", 120000000000, "money", "đồng/năm", approx="over", status="target",
      subject="số thu từ tiền cấp quyền khai thác khoáng sản", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Báo Bắc Giang (BBG tag, byline MINH HẢI, bare date 04/10/2024 at the end): river sand and gravel, 9 tháng năm 2024.",
    "'19 mỏ ..., trong đó huyện Việt Yên ... 6 mỏ, tiếp đến là Yên Dũng 5 mỏ, Lạng Giang 4 mỏ': all three list items are parts after the cue -> total 19;",
    "districts go to location. 'Năm nay' = 2024 (from the lead). The auction at 'xã Đồng Phúc, huyện Yên Dũng' -> location Yên Dũng.",
    "'cao hơn giá khởi điểm 31,5 tỷ đồng' -> change +31,5 tỷ đồng. 'ước khoảng' -> estimate + about. 'dự kiến ... thay thế từ 20 đến 30%' -> forecast.",
    "'Cùng thời gian' refers back to 9 tháng (inherited). Capacity 'hiện' and the 100% / price sentence have no period.",
    "Not figures: Km 9+200 (chainage), giai đoạn 2021-2025, the byline date, BBG.",
]

if __name__ == "__main__":
    emit("p537-5", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Bắc Giang")
