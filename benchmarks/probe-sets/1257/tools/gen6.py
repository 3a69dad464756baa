"""p1257-6: national newspaper: convenience-store chains move into the provinces (a chain's figures, national count, Cần Thơ)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ ba, 12/11/2024, 08:15 (GMT+7)

Chuỗi cửa hàng tiện lợi đua nhau về tỉnh

Sau thời gian tập trung ở hai đô thị lớn, các chuỗi cửa hàng tiện lợi đang đẩy mạnh mở điểm bán tại các tỉnh, nơi chi phí thuê mặt bằng chỉ bằng 40-50% ở Hà Nội, TP HCM.

Chuỗi Sao Việt Mart của Công ty cổ phần Bán lẻ Sao Việt hiện có 1.260 cửa hàng, trong đó 58% nằm ngoài Hà Nội và TP HCM. 10 tháng năm nay, chuỗi mở mới 214 cửa hàng, đóng cửa 37 điểm bán kém hiệu quả; doanh thu đạt 6.800 tỷ đồng, tăng 19% so với cùng kỳ. Doanh thu bình quân mỗi cửa hàng ở tỉnh khoảng 28 triệu đồng/ngày, thấp hơn khoảng 15% so với cửa hàng ở thành phố lớn.

Ông Lê Quang Vinh, Tổng giám đốc Sao Việt, cho biết chi phí đầu tư một cửa hàng ở tỉnh khoảng 1,2-1,5 tỷ đồng, thời gian hoàn vốn 3-4 năm. "Năm 2025, chúng tôi dự kiến mở thêm 300 cửa hàng, chủ yếu ở miền Trung và Đồng bằng sông Cửu Long", ông Vinh nói.

Theo Hiệp hội Các nhà bán lẻ Việt Nam, cả nước hiện có khoảng 9.200 cửa hàng tiện lợi, siêu thị mini thuộc các chuỗi; Sao Việt Mart đứng thứ 3 về số điểm bán. Riêng tại Cần Thơ, số cửa hàng tiện lợi đã tăng từ 95 lên 160 sau hai năm.

Chuyên gia bán lẻ Nguyễn Đức Toàn cho rằng sức mua ở nông thôn vẫn thấp, giá trị đơn hàng bình quân chỉ 65.000-80.000 đồng/lượt, nên các chuỗi phải tối ưu chi phí vận hành và logistics.

Hoàng Anh
"""

M10 = per("10 tháng năm nay", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SV = "chuỗi Sao Việt Mart"

FIGS = [
    fig("hai đô thị", "hai", 2, "count", "đô thị", subject="đô thị lớn", optional=True),
    fig("bằng 40-50%", "40", 40, "percent", "%", value_max=50,
        subject="chi phí thuê mặt bằng tại các tỉnh so với Hà Nội, TP HCM"),
    fig("có 1.260 cửa hàng", "1.260", 1260, "count", "cửa hàng", subject=f"cửa hàng của {SV}"),
    fig("trong đó 58%", "58", 58, "percent", "%", subject="cửa hàng nằm ngoài Hà Nội và TP HCM"),
    fig("mới 214 cửa hàng", "214", 214, "count", "cửa hàng", subject="cửa hàng chuỗi mở mới", period=M10),
    fig("cửa 37 điểm", "37", 37, "count", "điểm bán", subject="điểm bán kém hiệu quả chuỗi đóng cửa",
        period=M10),
    fig("đạt 6.800 tỷ", "6.800", 6800e9, "money", "đồng", change=chg("increase", 19, "%", "cùng kỳ"),
        subject=f"doanh thu {SV}", period=M10),
    fig("khoảng 28 triệu", "28", 28e6, "money", "đồng/ngày", approx="about",
        change=chg("decrease", 15, "%", "cửa hàng ở thành phố lớn", approx="about"),
        subject="doanh thu bình quân mỗi cửa hàng ở tỉnh"),
    fig("khoảng 1,2-1,5 tỷ", "1,2", 1.2e9, "money", "đồng", value_max=1.5e9, approx="about",
        subject="chi phí đầu tư một cửa hàng ở tỉnh"),
    fig("vốn 3-4 năm", "3", 3, "measure", "năm", value_max=4, subject="thời gian hoàn vốn"),
    fig("thêm 300 cửa hàng", "300", 300, "count", "cửa hàng", status="forecast",
        subject="cửa hàng Sao Việt Mart mở thêm", period=Y25),
    fig("khoảng 9.200 cửa hàng", "9.200", 9200, "count", "cửa hàng", approx="about",
        subject="cửa hàng tiện lợi, siêu thị mini thuộc các chuỗi"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số điểm bán của Sao Việt Mart"),
    fig("từ 95 lên", "95", 95, "count", "cửa hàng", subject="cửa hàng tiện lợi", location="Cần Thơ", optional=True),
    fig("lên 160", "160", 160, "count", "cửa hàng", subject="cửa hàng tiện lợi", location="Cần Thơ"),
    fig("chỉ 65.000-80.000", "65.000", 65000, "money", "đồng/lượt", value_max=80000,
        subject="giá trị đơn hàng bình quân"),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 12/11/2024, 08:15 (GMT+7)', sapo, quote, byline at the end. Default location Việt Nam",
    "(a national chain and national counts); Cần Thơ for its own figure.",
    "Distractors: 08:15, (GMT+7), 'chi phí đầu tư một cửa hàng' ('một' = per store), 'sau hai năm' (duration locating the change),",
    "'Đồng bằng sông Cửu Long', 'miền Trung' (regions, no numbers). 'hai đô thị lớn' names Hà Nội and TP HCM: optional.",
    "'chi phí thuê mặt bằng chỉ bằng 40-50% ở Hà Nội, TP HCM' → percent figure (range), a share with no base amount.",
    "'1.260 cửa hàng, trong đó 58% ...' → 58% is a percent figure of its own. '10 tháng năm nay' → 2024-01-01..2024-10-31 (published year).",
    "'khoảng 28 triệu đồng/ngày, thấp hơn khoảng 15% so với cửa hàng ở thành phố lớn' → change decrease 15 (about).",
    "'thời gian hoàn vốn 3-4 năm' is a figure (payback time is the claim, not a time locator): measure, năm, range.",
    "'dự kiến mở thêm 300' → forecast, period Năm 2025. 'tăng từ 95 lên 160' → 160 is the figure; the old count 95 is optional.",
]

if __name__ == "__main__":
    write("p1257-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
