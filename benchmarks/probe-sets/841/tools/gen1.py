"""p841-1: province portal (Lâm Đồng), chợ đêm Đà Lạt, 6 tháng đầu năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Chợ đêm Đà Lạt đón gần 1,2 triệu lượt khách trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317
Theo báo cáo của UBND thành phố Đà Lạt, 6 tháng đầu năm 2024, khu chợ đêm Đà Lạt và phố đi bộ Nguyễn Thị Minh Khai đã đón gần 1,2 triệu lượt khách tham quan, mua sắm, tăng 18,5% so với cùng kỳ năm 2023; trong đó khách quốc tế ước đạt 165.000 lượt, chiếm 13,8%.
Hiện chợ đêm có 412 gian hàng, gồm 236 gian hàng ăn uống, 128 gian hàng lưu niệm, đặc sản và 48 gian hàng quần áo len, thủ công mỹ nghệ. Các gian hàng mở cửa từ 17 giờ đến 23 giờ hằng ngày, riêng thứ Bảy và Chủ nhật kéo dài đến 24 giờ. Tổng doanh thu của các hộ kinh doanh tại chợ đêm ước đạt 285 tỷ đồng, bằng 54,3% kế hoạch năm, tăng 21% so với cùng kỳ.
Bình quân mỗi đêm chợ đón khoảng 6.500 lượt khách; vào dịp cuối tuần, lễ, tết con số này lên 10.000-12.000 lượt. Giá thuê gian hàng dao động từ 1,5 đến 3 triệu đồng/tháng tùy vị trí. Để phục vụ du khách, thành phố bố trí 3 bãi giữ xe với sức chứa 120 ô tô và hơn 1.500 xe máy, lắp đặt 46 camera giám sát an ninh.
Khu chợ đêm nằm trên đường Nguyễn Thị Minh Khai và một phần đường 3 Tháng 2, được tổ chức lại theo Đề án số 05/ĐA-UBND ngày 20/3/2023 của UBND thành phố. Năm 2023, chợ đêm Đà Lạt xếp thứ 2 trong số 10 chợ đêm hấp dẫn nhất cả nước do một tạp chí du lịch bình chọn.
Năm 2024, thành phố phấn đấu chợ đêm đón 2,5 triệu lượt khách, doanh thu đạt 525 tỷ đồng; dự kiến trong quý III/2024 mở rộng thêm 60 gian hàng dọc đường Lê Đại Hành.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 1,2 triệu lượt khách trong 6 tháng", "1,2", 1_200_000, "count", "lượt khách",
      "lượt khách đến chợ đêm Đà Lạt", P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("đã đón gần 1,2 triệu", "1,2", 1_200_000, "count", "lượt khách",
      "lượt khách tham quan, mua sắm chợ đêm và phố đi bộ", H1, approx="nearly",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("ước đạt 165.000 lượt", "165.000", 165_000, "count", "lượt",
      "khách quốc tế", H1, total=1_200_000, percent=13.8, status="estimate"),
    F("có 412 gian hàng", "412", 412, "count", "gian hàng", "gian hàng chợ đêm"),
    F("gồm 236 gian hàng", "236", 236, "count", "gian hàng", "gian hàng ăn uống", total=412),
    F("128 gian hàng", "128", 128, "count", "gian hàng", "gian hàng lưu niệm, đặc sản", total=412),
    F("48 gian hàng", "48", 48, "count", "gian hàng", "gian hàng quần áo len, thủ công mỹ nghệ", total=412),
    F("ước đạt 285 tỷ đồng", "285", 285e9, "money", "đồng",
      "doanh thu của các hộ kinh doanh tại chợ đêm", I(H1), percent=54.3,
      change=C("increase", 21, "%", "cùng kỳ"), status="estimate"),
    F("khoảng 6.500 lượt khách", "6.500", 6500, "count", "lượt khách",
      "lượt khách bình quân mỗi đêm", approx="about"),
    F("lên 10.000-12.000 lượt", "10.000", 10_000, "count", "lượt",
      "lượt khách mỗi đêm dịp cuối tuần, lễ, tết", value_max=12_000),
    F("từ 1,5 đến 3 triệu đồng/tháng", "1,5", 1.5e6, "money", "đồng/tháng",
      "giá thuê gian hàng", value_max=3e6),
    F("bố trí 3 bãi giữ xe", "3", 3, "count", "bãi giữ xe", "bãi giữ xe"),
    F("sức chứa 120 ô tô", "120", 120, "count", "ô tô", "sức chứa ô tô của bãi giữ xe"),
    F("hơn 1.500 xe máy", "1.500", 1500, "count", "xe máy", "sức chứa xe máy của bãi giữ xe", approx="over"),
    F("lắp đặt 46 camera", "46", 46, "count", "camera", "camera giám sát an ninh"),
    F("xếp thứ 2 trong số 10", "2", 2, "rank", "hạng", "chợ đêm hấp dẫn nhất cả nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=10),
    F("đón 2,5 triệu lượt khách", "2,5", 2_500_000, "count", "lượt khách",
      "lượt khách chợ đêm", Y24, status="target"),
    F("doanh thu đạt 525 tỷ đồng", "525", 525e9, "money", "đồng",
      "doanh thu chợ đêm", Y24, status="target"),
    F("thêm 60 gian hàng", "60", 60, "count", "gian hàng",
      "gian hàng mở rộng dọc đường Lê Đại Hành", P("quý III/2024", "2024-07-01", "2024-09-30"),
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Lâm Đồng: chợ đêm Đà Lạt, 6 tháng đầu năm 2024. Dateline 'Cập nhật: 12/07/2024 09:45'; 'Lượt xem: 2.317' is page furniture.",
    "Not figures: 17 giờ/23 giờ/24 giờ (times of day), 'đường 3 Tháng 2', 'Đề án số 05/ĐA-UBND ngày 20/3/2023', 'quý III/2024' (period).",
    "Location is the city Đà Lạt (the figures describe its market). Headline '6 tháng' takes 2024 from the dateline.",
    "'xếp thứ 2 trong số 10 chợ đêm' is a rank with total 10; the 10 is an attribute, not a figure.",
    "'285 tỷ đồng ... bằng 54,3% kế hoạch năm' = percent; its period is inherited from the first paragraph.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Đà Lạt")
