"""p856-4: central agency site (Cục Đăng kiểm Việt Nam), national draft roadmap for motorbike emission inspection, 2023."""
from lib import F, P, I, C, write, main

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC ĐĂNG KIỂM VIỆT NAM
Trang chủ » Tin tức » Tin hoạt động
Đăng ngày: 24/08/2023 10:32 | In bài | Gửi email

Lấy ý kiến dự thảo lộ trình kiểm định khí thải xe mô tô, xe gắn máy

Cục Đăng kiểm Việt Nam vừa hoàn thiện dự thảo Quyết định của Thủ tướng Chính phủ quy định lộ trình áp dụng tiêu chuẩn khí thải đối với xe mô tô, xe gắn máy đang lưu hành, theo yêu cầu tại Thông báo số 317/TB-VPCP.

Theo số liệu của Bộ Công an, tính đến ngày 30/6/2023, cả nước có khoảng 72,6 triệu xe mô tô, xe gắn máy đã đăng ký; trong đó khoảng 30% đã sử dụng trên 10 năm. Các địa phương có nhiều xe nhất là TP. Hồ Chí Minh (7,2 triệu xe) và Hà Nội (6,4 triệu xe).

Theo dự thảo, từ ngày 1/7/2026, xe máy tại Hà Nội và TP. Hồ Chí Minh phải kiểm định khí thải định kỳ; từ ngày 1/7/2028, áp dụng tại 4 thành phố trực thuộc trung ương còn lại và từ ngày 1/7/2030 áp dụng trên phạm vi cả nước. Xe sản xuất trước năm 2008 áp dụng mức 1, với nồng độ CO không quá 4,5% và HC không quá 1.500 ppm; xe sản xuất từ năm 2008 đến năm 2016 áp dụng mức 2.

Kết quả đo thử nghiệm đối với 7.830 xe tại 5 địa phương năm 2022 cho thấy 11,6% số xe không đạt mức 1 và 29,4% không đạt mức 2.

Hiện cả nước có 281 trung tâm đăng kiểm xe cơ giới, trong đó mới có 12 trung tâm được trang bị thiết bị đo khí thải xe máy. Cục ước tính cần đầu tư thêm khoảng 1.400 dây chuyền kiểm định xe máy với tổng vốn khoảng 2.100 tỷ đồng. Khi lộ trình được áp dụng đầy đủ, dự kiến mỗi năm có khoảng 15-20 triệu lượt xe đến kiểm định; phí kiểm định không quá 60.000 đồng/lượt.

Ý kiến góp ý gửi về Phòng Kiểm định xe cơ giới, Cục Đăng kiểm Việt Nam, số 18 Phạm Hùng, Nam Từ Liêm, Hà Nội trước ngày 15/9/2023.
"""

VN = "Việt Nam"
ASOF = P("tính đến ngày 30/6/2023", None, "2023-06-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")

FIGS = [
    F("khoảng 72,6 triệu xe", "72,6", 72600000, "count", "xe mô tô, xe gắn máy", approx="about",
      subject="xe mô tô, xe gắn máy đã đăng ký", period=ASOF),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ xe mô tô, xe gắn máy đã sử dụng trên 10 năm", period=ASOF),
    F("sử dụng trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True),
    F("(7,2 triệu xe)", "7,2", 7200000, "count", "xe", subject="xe mô tô, xe gắn máy đã đăng ký",
      period=I(ASOF), location="Hồ Chí Minh"),
    F("(6,4 triệu xe)", "6,4", 6400000, "count", "xe", subject="xe mô tô, xe gắn máy đã đăng ký",
      period=I(ASOF), location="Hà Nội"),
    F("tại 4 thành phố", "4", 4, "count", "thành phố", optional=True,
      subject="thành phố trực thuộc trung ương còn lại áp dụng kiểm định khí thải"),
    F("không quá 4,5%", "4,5", 4.5, "percent", "%", approx="at_most", optional=True,
      subject="nồng độ CO tối đa ở mức 1"),
    F("không quá 1.500 ppm", "1.500", 1500, "measure", "ppm", approx="at_most", optional=True,
      subject="nồng độ HC tối đa ở mức 1"),
    F("đối với 7.830 xe", "7.830", 7830, "count", "xe", subject="xe được đo thử nghiệm khí thải", period=Y22),
    F("tại 5 địa phương", "5", 5, "count", "địa phương", subject="địa phương đo thử nghiệm khí thải", period=Y22),
    F("cho thấy 11,6%", "11,6", 11.6, "percent", "%", subject="tỷ lệ xe không đạt mức 1", period=Y22),
    F("và 29,4%", "29,4", 29.4, "percent", "%", subject="tỷ lệ xe không đạt mức 2", period=Y22),
    F("có 281 trung tâm", "281", 281, "count", "trung tâm", subject="trung tâm đăng kiểm xe cơ giới"),
    F("có 12 trung tâm", "12", 12, "count", "trung tâm", total=281,
      subject="trung tâm đăng kiểm được trang bị thiết bị đo khí thải xe máy"),
    F("khoảng 1.400 dây chuyền", "1.400", 1400, "count", "dây chuyền", approx="about", status="estimate",
      subject="dây chuyền kiểm định xe máy cần đầu tư thêm"),
    F("khoảng 2.100 tỷ đồng", "2.100", 2100000000000, "money", "đồng", approx="about", status="estimate",
      subject="tổng vốn đầu tư dây chuyền kiểm định xe máy"),
    F("khoảng 15-20 triệu lượt xe", "15", 15000000, "count", "lượt xe", value_max=20000000, approx="about",
      status="forecast", subject="lượt xe đến kiểm định mỗi năm"),
    F("không quá 60.000 đồng/lượt", "60.000", 60000, "money", "đồng/lượt", approx="at_most", status="forecast",
      subject="phí kiểm định khí thải xe máy"),
]

NOTES = [
    "Cục Đăng kiểm Việt Nam (Bộ GTVT) site: national draft roadmap for periodic motorbike emission inspection.",
    "Distractors: Thông báo số 317/TB-VPCP, roadmap dates 1/7/2026, 1/7/2028, 1/7/2030, 'trước năm 2008', 'từ năm 2008 đến năm 2016',",
    "emission levels 'mức 1', 'mức 2' (like service levels), address 'số 18 Phạm Hùng', deadline 'trước ngày 15/9/2023', 'Đăng ngày ... 10:32'.",
    "National figures -> Việt Nam; bracketed city items -> their city. Level thresholds (4,5% CO, 1.500 ppm HC) and",
    "'4 thành phố trực thuộc trung ương còn lại' (a rule's scope) are optional. 'Cục ước tính' governs both 1.400 and 2.100 tỷ (estimate);",
    "'dự kiến' governs the 15-20 triệu range and the fee clause that continues it (forecast). 'Hiện' gives no period.",
]


def build():
    return write("p856-4", TEXT, NOTES, FIGS, published="2023-08-24", location="Việt Nam")


if __name__ == "__main__":
    main(build)
