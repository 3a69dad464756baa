"""p1106-5: Báo Quảng Bình, ice plants in the southern-wind fishing season 2023; byline + bare date at the end."""
from lib import F, P, I, C, build

TEXT = """Nhà máy nước đá chạy hết công suất phục vụ mùa cá nam

Những ngày này, các nhà máy sản xuất nước đá dọc hai bờ sông Gianh và cửa Nhật Lệ hoạt động liên tục cả ngày lẫn đêm để kịp cung ứng cho tàu cá vươn khơi.

Tại Công ty TNHH Nước đá Thanh Hà ở xã Cảnh Dương (huyện Quảng Trạch), 2 dây chuyền với 640 khuôn đá chạy suốt 24 giờ, mỗi ngày xuất xưởng 4.800 cây đá, tương đương 240 tấn. Giám đốc Nguyễn Văn Chín cho biết, so với cùng kỳ năm 2022, lượng đá tiêu thụ tăng gần 20%; giá bán tại xưởng 26.000 đồng/cây, tăng 2.000 đồng.

Theo Sở Nông nghiệp và PTNT Quảng Bình, toàn tỉnh hiện có 36 cơ sở sản xuất nước đá với tổng công suất khoảng 3.100 tấn/ngày, trong đó huyện Quảng Trạch có 14 cơ sở, TP. Đồng Hới 9 cơ sở, thị xã Ba Đồn 7 cơ sở. Mùa cá nam năm nay, nhu cầu đá của đội tàu khoảng 2.800 tấn/ngày, cao điểm có ngày lên tới 3.300 tấn.

Giá đá tăng trong khi giá cá giảm khiến ngư dân gặp khó. Tại cảng cá Sông Gianh, cá nục được thương lái thu mua 18.000-20.000 đồng/kg, giảm khoảng 3.000 đồng/kg so với đầu vụ; cá cơm chỉ còn 9.000 đồng/kg. Mỗi chuyến biển kéo dài 7-10 ngày, một tàu vỏ thép công suất 800 CV phải mua từ 800 đến 1.000 cây đá; chi phí đá chiếm khoảng 25% tổng chi phí chuyến biển.

Để hỗ trợ ngư dân, UBND tỉnh chỉ đạo các địa phương kiểm soát giá, phấn đấu đến cuối năm 2023 có thêm 4 cơ sở sản xuất đá vảy đạt chuẩn an toàn thực phẩm tại các cảng cá Nhật Lệ và Sông Gianh.

HOÀNG LONG
27/6/2023
"""

FIGS = [
    F("2 dây chuyền", "2", 2, "count", "dây chuyền", "dây chuyền sản xuất nước đá của Công ty Thanh Hà",
      location="Quảng Trạch"),
    F("640 khuôn đá", "640", 640, "count", "khuôn đá", "khuôn đá của Công ty Thanh Hà", location="Quảng Trạch"),
    F("suốt 24 giờ", "24", 24, "measure", "giờ", "thời gian chạy máy mỗi ngày", location="Quảng Trạch",
      optional=True),
    F("xuất xưởng 4.800 cây đá", "4.800", 4800, "count", "cây đá", "cây đá xuất xưởng mỗi ngày",
      location="Quảng Trạch"),
    F("tương đương 240 tấn", "240", 240, "measure", "tấn", "lượng nước đá xuất xưởng mỗi ngày",
      location="Quảng Trạch"),
    F("tăng gần 20%", "20", 20, "percent", "%", "lượng đá tiêu thụ", approx="nearly",
      location="Quảng Trạch"),
    F("26.000 đồng/cây", "26.000", 26000, "money", "đồng/cây", "giá bán nước đá tại xưởng",
      change=C("increase", 2000, "đồng"), location="Quảng Trạch"),
    F("có 36 cơ sở", "36", 36, "count", "cơ sở", "cơ sở sản xuất nước đá"),
    F("khoảng 3.100 tấn/ngày", "3.100", 3100, "measure", "tấn/ngày", "tổng công suất cơ sở sản xuất nước đá",
      approx="about"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất nước đá", total=36, location="Quảng Trạch"),
    F("Đồng Hới 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sản xuất nước đá", total=36, location="Đồng Hới"),
    F("Ba Đồn 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở sản xuất nước đá", total=36, location="Ba Đồn"),
    F("khoảng 2.800 tấn/ngày", "2.800", 2800, "measure", "tấn/ngày", "nhu cầu đá của đội tàu mùa cá nam",
      approx="about"),
    F("lên tới 3.300 tấn", "3.300", 3300, "measure", "tấn", "nhu cầu đá ngày cao điểm"),
    F("18.000-20.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá thu mua cá nục", value_max=20000,
      change=C("decrease", 3000, "đồng/kg", "đầu vụ", "about")),
    F("9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá thu mua cá cơm"),
    F("kéo dài 7-10 ngày", "7", 7, "measure", "ngày", "thời gian mỗi chuyến biển", value_max=10),
    F("công suất 800 CV", "800", 800, "measure", "CV", "công suất tàu vỏ thép", optional=True),
    F("từ 800 đến 1.000 cây đá", "800", 800, "count", "cây đá", "cây đá một tàu phải mua mỗi chuyến biển",
      value_max=1000),
    F("khoảng 25%", "25", 25, "percent", "%", "tỷ trọng chi phí đá trong tổng chi phí chuyến biển", approx="about"),
    F("thêm 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở sản xuất đá vảy đạt chuẩn an toàn thực phẩm",
      P("đến cuối năm 2023", None, "2023-12-31"), status="target"),
]

COMMENTS = [
    "Báo Quảng Bình: nhà máy nước đá mùa cá nam 2023 — công suất, giá đá, giá cá nục, cá cơm. Byline and bare date '27/6/2023' at the end.",
    "The Thanh Hà company figures are in xã Cảnh Dương, huyện Quảng Trạch: location Quảng Trạch; province-wide figures Quảng Bình.",
    "'tương đương 240 tấn' restates 4.800 cây in another unit: a figure of its own. 'tăng gần 20%' has no base amount: a percent figure, no change.",
    "'14 / 9 / 7 cơ sở' follow 'trong đó' after 36 cơ sở: total 36 (not the 3.100 tấn/ngày that stands between). '24 giờ' ('chạy suốt',",
    "i.e. round the clock) and the example boat's '800 CV' are optional. Not figures: 'HOÀNG LONG', '27/6/2023', 'Nguyễn Văn Chín', 'năm 2022' baseline.",
    "'Mùa cá nam năm nay' is no calendar period: no period given.",
]

if __name__ == "__main__":
    build("p1106-5", TEXT, FIGS, COMMENTS, published="2023-06-27", location="Quảng Bình")
