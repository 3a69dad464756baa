"""p1226-6: national newspaper, domestic diaper brands; a diaper factory in Kim Thành (Hải Dương)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ Năm, 14/11/2024, 08:30 (GMT+7)

Doanh nghiệp Việt giành lại thị phần tã giấy

Các thương hiệu tã nội chiếm khoảng 35% thị phần năm 2024, tăng gần gấp đôi sau 5 năm, nhờ giá bán thấp hơn hàng ngoại 20-30%.

Theo số liệu của một công ty nghiên cứu thị trường, năm 2023 người tiêu dùng Việt Nam chi khoảng 32.000 tỷ đồng mua tã giấy, trong đó tã trẻ em chiếm hơn 80%. Mức chi bình quân của một gia đình có con nhỏ từ 600.000 đến 900.000 đồng/tháng cho tã, bỉm.

Tại Hải Dương, Công ty CP Tã giấy Minh Phát (KCN Lai Vu, huyện Kim Thành) vừa khánh thành dây chuyền tã quần thứ 4, nâng công suất lên 1 triệu miếng/ngày. Ông Phạm Đức Long, Tổng giám đốc, cho biết doanh thu 10 tháng năm 2024 của công ty đạt 680 tỷ đồng, tăng 22% so với cùng kỳ; sản lượng đạt 245 triệu miếng. Công ty có khoảng 700 công nhân, dự kiến tuyển thêm 150 người trong quý I/2025.

"Chúng tôi chọn phân khúc trung bình, giá mỗi miếng chỉ từ 3.500 đồng, bằng một nửa hàng nhập khẩu", ông Long nói.

Dù vậy, các hãng ngoại vẫn chiếm ưu thế ở phân khúc cao cấp. Theo Hiệp hội Giấy và Bột giấy Việt Nam, cả nước có khoảng 40 nhà máy sản xuất tã giấy, song 5 doanh nghiệp FDI lớn nhất nắm gần 60% thị phần. Tỷ lệ trẻ dưới 2 tuổi dùng tã giấy thường xuyên ở nông thôn mới đạt khoảng 45%, trong khi ở đô thị là hơn 85%.

Thanh Lan
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
KT = "Kim Thành"

FIGS = [
    fig("khoảng 35% thị phần", "35", 35, "percent", "%", approx="about",
        change=chg("increase", 2, "lần", approx="nearly"),
        subject="thị phần các thương hiệu tã nội", period=Y24),
    fig("sau 5 năm", "5", 5, "measure", "năm", optional=True, subject="thời gian"),
    fig("hàng ngoại 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="giá bán tã nội thấp hơn hàng ngoại"),
    fig("khoảng 32.000 tỷ đồng", "32.000", 32000000000000, "money", "đồng", approx="about",
        subject="chi tiêu mua tã giấy của người tiêu dùng Việt Nam", period=Y23),
    fig("chiếm hơn 80%", "80", 80, "percent", "%", approx="over",
        subject="tã trẻ em trong chi tiêu mua tã giấy", period=Y23),
    fig("từ 600.000 đến 900.000", "600.000", 600000, "money", "đồng/tháng", value_max=900000,
        subject="mức chi bình quân cho tã, bỉm của một gia đình có con nhỏ"),
    fig("lên 1 triệu miếng/ngày", "1", 1000000, "measure", "miếng/ngày",
        subject="công suất", location=KT),
    fig("đạt 680 tỷ đồng", "680", 680000000000, "money", "đồng",
        change=chg("increase", 22, "%", "cùng kỳ"), subject="doanh thu của công ty", period=M10, location=KT),
    fig("đạt 245 triệu miếng", "245", 245000000, "count", "miếng", subject="sản lượng", period=M10, location=KT),
    fig("khoảng 700 công nhân", "700", 700, "count", "công nhân", approx="about",
        subject="công nhân của công ty", location=KT),
    fig("thêm 150 người", "150", 150, "count", "người", status="forecast",
        subject="người công ty tuyển thêm", period=Q1, location=KT),
    fig("từ 3.500 đồng", "3.500", 3500, "money", "đồng/miếng", approx="at_least",
        subject="giá mỗi miếng tã", location=KT),
    fig("bằng một nửa", "một nửa", 0.5, "multiple", "lần", optional=True,
        subject="giá so với hàng nhập khẩu", location=KT),
    fig("khoảng 40 nhà máy", "40", 40, "count", "nhà máy", approx="about", subject="nhà máy sản xuất tã giấy"),
    fig("song 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", optional=True,
        subject="doanh nghiệp FDI lớn nhất"),
    fig("gần 60% thị phần", "60", 60, "percent", "%", approx="nearly",
        subject="thị phần của 5 doanh nghiệp FDI lớn nhất"),
    fig("dưới 2 tuổi", "2", 2, "measure", "tuổi", approx="under", optional=True, subject="độ tuổi"),
    fig("đạt khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ lệ trẻ dưới 2 tuổi dùng tã giấy thường xuyên ở nông thôn"),
    fig("là hơn 85%", "85", 85, "percent", "%", approx="over",
        subject="tỷ lệ trẻ dưới 2 tuổi dùng tã giấy thường xuyên ở đô thị"),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 14/11/2024, 08:30 (GMT+7)', byline at the end. Market figures are national (Việt Nam, default);",
    "the company passage (KCN Lai Vu, huyện Kim Thành, Hải Dương) and the director's quote about its price -> location Kim Thành.",
    "Distractors: 08:30, (GMT+7), 'dây chuyền tã quần thứ 4' (ordinal). 'sau 5 năm', 'dưới 2 tuổi' locate or qualify: optional.",
    "'tăng gần gấp đôi sau 5 năm' after 35% -> change 2 lần, nearly (đôi = 2). 'thấp hơn hàng ngoại 20-30%' is a percent figure (no base amount).",
    "'trong đó tã trẻ em chiếm hơn 80%' is a share with no amount of its own: percent figure. 'từ 3.500 đồng' -> at_least (price floor).",
    "'bằng một nửa hàng nhập khẩu' is a comparison word ('một nửa' = 0.5), optional. '5 doanh nghiệp FDI lớn nhất' names a group: optional;",
    "'nắm gần 60% thị phần' is not one of the share cues (đạt/chiếm/bằng/tương đương): own percent figure.",
]

if __name__ == "__main__":
    write("p1226-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Việt Nam")
