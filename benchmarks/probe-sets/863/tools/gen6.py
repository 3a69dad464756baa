"""p863-6: national newspaper on local print papers moving online; Đắk Lắk case (2024-06-20)."""
from lib import F, write, period, change

TEXT = """Thứ năm, 20/6/2024, 06:00 (GMT+7)

Báo in địa phương tìm đường sống trên nền tảng số

Lượng phát hành giảm, quảng cáo sụt mạnh, nhiều tờ báo địa phương phải cắt kỳ in, dồn sức cho báo điện tử và video.

Theo số liệu của Cục Báo chí, năm 2023, tổng số bản báo in của 63 báo Đảng địa phương chỉ còn khoảng 46 triệu bản, giảm khoảng 45% so với năm 2018. Doanh thu quảng cáo trên báo in của khối này giảm từ 15 đến 20% mỗi năm, trong khi mức nhuận bút bình quân chỉ khoảng 300.000-500.000 đồng/bài.

Tại Đắk Lắk, Báo Đắk Lắk đã giảm từ 5 kỳ xuống còn 3 kỳ mỗi tuần. Mỗi kỳ báo in hiện chỉ còn 3.800 bản, trong khi báo điện tử đón trung bình 420.000 lượt truy cập mỗi ngày. Riêng quý I/2024, các video của báo trên mạng xã hội thu hút 2,1 triệu lượt xem, kênh YouTube có thêm 18.500 người đăng ký. Trong 5 tháng đầu năm 2024, doanh thu quảng cáo trên báo điện tử đạt 2,35 tỷ đồng, chiếm 61% tổng doanh thu quảng cáo của báo, tăng 14% so với cùng kỳ.

Báo có 94 cán bộ, phóng viên, trong đó 52 người có thẻ nhà báo; khoảng 30% phóng viên đã được đào tạo kỹ năng làm báo đa phương tiện. "Chi phí sản xuất một phóng sự video gấp 4 lần một bài viết thông thường, nhưng lượt xem cao hơn nhiều", Tổng biên tập Báo Đắk Lắk chia sẻ.

Nhân kỷ niệm 99 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2024), Hội Nhà báo Việt Nam kiến nghị các tỉnh dành tối thiểu 30% ngân sách thông tin tuyên truyền để đặt hàng báo chí địa phương.

Minh Châu
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
M5 = period("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Q1 = period("Riêng quý I/2024", "2024-01-01", "2024-03-31")
VN, DL = "Việt Nam", "Đắk Lắk"

FIGS = [
    F("của 63 báo Đảng", "63", 63, "count", "báo Đảng", "báo Đảng địa phương", Y23, location=VN),
    F("khoảng 46 triệu bản", "46", 46e6, "count", "bản",
      "tổng số bản báo in của các báo Đảng địa phương", Y23, approx="about", location=VN,
      change=change("decrease", 45, "%", "năm 2018", approx="about")),
    F("từ 15 đến 20%", "15", 15, "percent", "%",
      "mức giảm doanh thu quảng cáo trên báo in mỗi năm", value_max=20, location=VN),
    F("khoảng 300.000-500.000 đồng/bài", "300.000", 300000, "money", "đồng/bài",
      "mức nhuận bút bình quân", value_max=500000, approx="about", location=VN),
    F("từ 5 kỳ", "5", 5, "measure", "kỳ/tuần", "kỳ phát hành Báo Đắk Lắk mỗi tuần trước đây",
      location=DL, optional=True),
    F("còn 3 kỳ mỗi tuần", "3", 3, "measure", "kỳ/tuần", "kỳ phát hành Báo Đắk Lắk mỗi tuần",
      location=DL),
    F("còn 3.800 bản", "3.800", 3800, "measure", "bản/kỳ", "số bản báo in mỗi kỳ", location=DL),
    F("420.000 lượt truy cập", "420.000", 420000, "measure", "lượt truy cập/ngày",
      "lượt truy cập báo điện tử trung bình mỗi ngày", location=DL),
    F("2,1 triệu lượt xem", "2,1", 2.1e6, "count", "lượt xem",
      "lượt xem video của báo trên mạng xã hội", Q1, location=DL),
    F("thêm 18.500 người", "18.500", 18500, "count", "người đăng ký",
      "người đăng ký kênh YouTube của báo tăng thêm", Q1, location=DL),
    F("đạt 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng",
      "doanh thu quảng cáo trên báo điện tử", M5, location=DL, percent=61,
      change=change("increase", 14, "%", "cùng kỳ")),
    F("có 94 cán bộ", "94", 94, "count", "cán bộ, phóng viên", "cán bộ, phóng viên Báo Đắk Lắk",
      location=DL),
    F("trong đó 52 người", "52", 52, "count", "người", "người có thẻ nhà báo", location=DL,
      total=94),
    F("khoảng 30% phóng viên", "30", 30, "percent", "%",
      "phóng viên được đào tạo kỹ năng làm báo đa phương tiện", location=DL, approx="about"),
    F("gấp 4 lần", "4", 4, "multiple", "lần",
      "chi phí sản xuất một phóng sự video so với một bài viết thông thường", location=DL),
    F("tối thiểu 30%", "30", 30, "percent", "%",
      "ngân sách thông tin tuyên truyền dành đặt hàng báo chí địa phương", location=VN,
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "National newspaper ('Thứ năm, 20/6/2024, 06:00 (GMT+7)', byline at the end): national figures (Việt Nam)",
    "then the Đắk Lắk paper's figures (Đắk Lắk).",
    "Not figures: the dateline and time, '99 năm' (anniversary), '21/6/1925 - 21/6/2024', 'năm 2018' (baseline).",
    "'giảm từ 15 đến 20% mỗi năm' is a rate of decline with no base amount: a percent figure with a range, no change.",
    "'giảm từ 5 kỳ xuống còn 3 kỳ mỗi tuần': 3 is the claim, the earlier 5 is optional.",
    "'Mỗi kỳ ... 3.800 bản' and '420.000 lượt truy cập mỗi ngày' are rates: measure, units 'bản/kỳ', 'lượt truy cập/ngày'.",
    "'gấp 4 lần' stands alone as the claim: multiple. The association's proposed floor 'tối thiểu 30%' is a",
    "recommendation, neither a fact nor clearly a target: optional.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, published="2024-06-20", location="Đắk Lắk", notes=NOTES)
