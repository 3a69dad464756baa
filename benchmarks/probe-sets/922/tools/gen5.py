"""p922-5: Party / provincial newspaper (Báo Lào Cai), Dao đỏ herbal-bath services in Sa Pa; byline and bare date at the end."""
from lib import F, P, I, CH, TG, write

TEXT = """Sa Pa phát triển dịch vụ tắm lá thuốc của người Dao đỏ

Những năm gần đây, bài thuốc tắm lá của đồng bào Dao đỏ ở thị xã Sa Pa đã trở thành sản phẩm du lịch chăm sóc sức khỏe được nhiều du khách ưa chuộng. Theo Phòng Văn hóa và Thông tin thị xã, hiện trên địa bàn có 68 cơ sở kinh doanh dịch vụ tắm lá thuốc, tập trung chủ yếu tại xã Tả Phìn (27 cơ sở), xã Tả Van (19 cơ sở) và xã Bản Hồ (11 cơ sở).

Mỗi bài thuốc tắm gồm từ 10 đến 120 loại lá cây thuốc khác nhau. Giá dịch vụ phổ biến từ 150.000 đến 250.000 đồng/lượt; nhiều cơ sở có thu nhập bình quân 15-20 triệu đồng/tháng. Trong 6 tháng đầu năm 2023, các cơ sở đã phục vụ khoảng 185.000 lượt khách, tăng 42% so với cùng kỳ năm 2022, doanh thu ước đạt 32 tỷ đồng.

Để có nguồn nguyên liệu ổn định, thị xã đã hỗ trợ người dân trồng 45 ha cây thuốc tắm; Hợp tác xã Dao Đỏ ở thôn Tả Chải 2 mỗi năm cung ứng gần 90 tấn lá thuốc khô. Giá lá thuốc khô hiện dao động 40.000-60.000 đồng/kg, cao gấp 1,5 lần năm 2020.

Ông Tẩn Láo Lở, Chủ tịch Hội Đông y xã Tả Phìn, cho biết: "Hội có 35 hội viên, phần lớn là người Dao đỏ, ai cũng thuộc từ vài chục bài thuốc trở lên". Toàn tỉnh Lào Cai hiện có 1.260 hội viên Hội Đông y, 146 phòng chẩn trị YHCT và diện tích trồng dược liệu trên 4.100 ha.

Thị xã đặt mục tiêu đến năm 2025 có 100 cơ sở tắm lá thuốc đạt tiêu chuẩn phục vụ khách du lịch, đón 400.000 lượt khách sử dụng dịch vụ.

HOÀNG THU
18/8/2023
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "cơ sở kinh doanh dịch vụ tắm lá thuốc"

FIGS = [
    F("có 68 cơ sở", "68", 68, "count", "cơ sở", subject=LIST),
    F("Tả Phìn (27 cơ sở)", "27", 27, "count", "cơ sở", subject=LIST),
    F("Tả Van (19 cơ sở)", "19", 19, "count", "cơ sở", subject=LIST),
    F("Bản Hồ (11 cơ sở)", "11", 11, "count", "cơ sở", subject=LIST),
    F("từ 10 đến 120 loại", "10", 10, "count", "loại lá cây thuốc", value_max=120,
      subject="loại lá cây thuốc trong mỗi bài thuốc tắm"),
    F("từ 150.000 đến 250.000 đồng/lượt", "150.000", 150000, "money", "đồng/lượt", value_max=250000,
      subject="giá dịch vụ tắm lá thuốc"),
    F("15-20 triệu đồng/tháng", "15", 15_000_000, "money", "đồng/tháng", value_max=20_000_000,
      subject="thu nhập bình quân của cơ sở"),
    F("khoảng 185.000 lượt khách", "185.000", 185000, "count", "lượt khách", approx="about",
      change=CH("increase", 42, "%", "cùng kỳ năm 2022"),
      subject="lượt khách sử dụng dịch vụ tắm lá thuốc", period=H1),
    F("ước đạt 32 tỷ đồng", "32", 32_000_000_000, "money", "đồng", status="estimate",
      subject="doanh thu của các cơ sở tắm lá thuốc", period=H1),
    F("trồng 45 ha", "45", 45, "measure", "ha", subject="diện tích cây thuốc tắm được hỗ trợ trồng"),
    F("gần 90 tấn", "90", 90, "measure", "tấn/năm", approx="nearly",
      subject="lá thuốc khô Hợp tác xã Dao Đỏ cung ứng mỗi năm"),
    F("40.000-60.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", value_max=60000,
      change=CH("increase", 1.5, "lần", "năm 2020"),
      subject="giá lá thuốc khô"),
    F("có 35 hội viên", "35", 35, "count", "hội viên", subject="hội viên Hội Đông y xã Tả Phìn"),
    F("có 1.260 hội viên", "1.260", 1260, "count", "hội viên", subject="hội viên Hội Đông y", location="Lào Cai"),
    F("146 phòng chẩn trị", "146", 146, "count", "phòng chẩn trị YHCT", subject="phòng chẩn trị YHCT",
      location="Lào Cai"),
    F("trên 4.100 ha", "4.100", 4100, "measure", "ha", approx="over", subject="diện tích trồng dược liệu",
      location="Lào Cai"),
    F("có 100 cơ sở", "100", 100, "count", "cơ sở", status="target",
      subject="cơ sở tắm lá thuốc đạt tiêu chuẩn phục vụ khách du lịch", period=T25),
    F("đón 400.000 lượt khách", "400.000", 400000, "count", "lượt khách", status="target",
      subject="lượt khách sử dụng dịch vụ tắm lá thuốc", period=T25),
]

COMMENTS = [
    "Party / provincial newspaper (Báo Lào Cai): herbal-bath (tắm lá thuốc) services of the Dao đỏ in thị xã Sa Pa.",
    "Byline 'HOÀNG THU' and bare date '18/8/2023' at the end = published. Location Sa Pa (a district-level town); communes",
    "Tả Phìn, Tả Van, Bản Hồ lie in it; the province-wide sentence ('Toàn tỉnh Lào Cai') is Lào Cai.",
    "27 + 19 + 11 = 57 != 68 ('tập trung chủ yếu tại'): the bracketed list does not add up, so no total.",
    "'cao gấp 1,5 lần năm 2020' after the price range = its change (increase 1.5 lần, baseline năm 2020).",
    "'vài chục bài thuốc' has no number; 'thôn Tả Chải 2' is a name; 'mỗi năm cung ứng gần 90 tấn' -> unit tấn/năm.",
    "Sentences with 'hiện' or no period phrase get no period; targets under 'đặt mục tiêu đến năm 2025'.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, COMMENTS, published="2023-08-18", location="Sa Pa")
