"""p1260-5: national newspaper: e-motorbike sales first half 2025, market share, brands, charging, forecast."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Ô tô - Xe máy

Thứ sáu, 18/7/2025, 06:00 (GMT+7)

Xe máy điện chiếm gần 12% thị trường xe hai bánh

Nửa đầu năm nay, người Việt mua khoảng 186.000 xe máy điện, tăng 41% so với cùng kỳ, trong khi sức mua xe xăng gần như đi ngang.

Theo số liệu của Hiệp hội các nhà sản xuất xe máy Việt Nam (VAMM), 6 tháng đầu năm 2025, năm thành viên của hiệp hội bán ra 1,38 triệu xe chạy xăng, giảm 0,6% so với cùng kỳ năm 2024. Cộng cả xe điện, thị phần xe máy điện vào khoảng 11,9%, gấp đôi mức của năm 2022.

Thị trường tập trung cao: hãng dẫn đầu nắm khoảng 61% thị phần xe máy điện, tiếp theo là An Khang (7%), Sao Việt (5,5%) và Ecomo (3%); phần còn lại chia cho hơn 30 thương hiệu nhỏ, chủ yếu lắp ráp từ linh kiện nhập khẩu.

Theo ông Lê Minh Khoa, chuyên gia thị trường xe, rào cản lớn nhất vẫn là hạ tầng. Cả nước hiện có khoảng 150.000 điểm sạc cho xe hai bánh, phần lớn tại Hà Nội và TP HCM. Một xe máy điện phổ thông đi được 80-120 km mỗi lần sạc, chi phí điện khoảng 15.000 đồng/100 km, thấp hơn khoảng 70% so với xe xăng. Hai năm qua, giá pin lithium giảm khoảng 20%, kéo giá bán xe phổ thông xuống còn 15-35 triệu đồng.

Từ ngày 1/7/2026, Hà Nội sẽ cấm xe máy chạy xăng trong Vành đai 1 theo Chỉ thị số 20/CT-TTg. Các hãng dự báo cả năm 2025 doanh số xe máy điện đạt 400.000-450.000 xe, tăng ít nhất 35% so với năm 2024.

Hoàng Lâm
"""

H1 = period("Nửa đầu năm nay", "2025-01-01", "2025-06-30")
M6 = period("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
Y25 = period("cả năm 2025", "2025-01-01", "2025-12-31")
SHARE = "thị phần xe máy điện"

FIGS = [
    F("gần 12%", "12", 12, "percent", "%", approx="nearly",
      subject="thị phần xe máy điện trên thị trường xe hai bánh"),
    F("khoảng 186.000", "186.000", 186000, "count", "xe máy điện", approx="about",
      change=change("increase", 41, "%", "cùng kỳ"), subject="xe máy điện người Việt mua", period=H1),
    F("năm thành viên", "năm", 5, "count", "thành viên", subject="thành viên của hiệp hội bán xe chạy xăng",
      period=M6),
    F("1,38 triệu", "1,38", 1380000, "count", "xe", change=change("decrease", 0.6, "%", "cùng kỳ năm 2024"),
      subject="xe chạy xăng bán ra", period=M6),
    F("khoảng 11,9%", "11,9", 11.9, "percent", "%", approx="about",
      change=change("increase", 2, "lần", "năm 2022"), subject=SHARE, period=inherit(M6)),
    F("khoảng 61%", "61", 61, "percent", "%", approx="about", subject="thị phần xe máy điện của hãng dẫn đầu"),
    F("An Khang (7%)", "7", 7, "percent", "%", subject=SHARE),
    F("Sao Việt (5,5%)", "5,5", 5.5, "percent", "%", subject=SHARE),
    F("Ecomo (3%)", "3", 3, "percent", "%", subject=SHARE),
    F("hơn 30 thương hiệu", "30", 30, "count", "thương hiệu", approx="over", subject="thương hiệu nhỏ"),
    F("khoảng 150.000", "150.000", 150000, "count", "điểm sạc", approx="about",
      subject="điểm sạc cho xe hai bánh"),
    F("80-120 km", "80", 80, "measure", "km/lần sạc", value_max=120,
      subject="quãng đường xe máy điện phổ thông đi được mỗi lần sạc"),
    F("khoảng 15.000", "15.000", 15000, "money", "đồng/100 km", approx="about",
      change=change("decrease", 70, "%", "xe xăng", approx="about"), subject="chi phí điện"),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", subject="giá pin lithium giảm"),
    F("15-35 triệu", "15", 15e6, "money", "đồng", value_max=35e6, subject="giá bán xe phổ thông"),
    F("400.000-450.000", "400.000", 400000, "count", "xe", value_max=450000, status="forecast",
      change=change("increase", 35, "%", "năm 2024", approx="at_least"), subject="doanh số xe máy điện",
      period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 18/7/2025, 06:00 (GMT+7)', headline, sapo, byline at the end. National figures: Việt Nam.",
    "Distractors: 06:00, (GMT+7), 'ngày 1/7/2026', 'Vành đai 1', Chỉ thị số 20/CT-TTg, 'năm 2022' / 'năm 2024' baselines, '/100 km' denominator.",
    "Headline 'gần 12%' is its own figure (no period phrase in the headline).",
    "'Nửa đầu năm nay' = first half of the published year 2025. 'năm thành viên' is the number word five (not a year).",
    "'gấp đôi mức của năm 2022' after the 11,9% share → change (increase, 2 lần, baseline năm 2022); period inherited from the previous sentence.",
    "Brand list 'An Khang (7%), Sao Việt (5,5%) và Ecomo (3%)': items share the list's indicator (thị phần xe máy điện); brands are not places.",
    "'thấp hơn khoảng 70% so với xe xăng' → change (decrease 70%) of the 15.000 đồng/100 km cost; 100 km is the denominator.",
    "'Hai năm qua' only locates the fall of battery prices (no figure, no dated period); 'giảm khoảng 20%' is a rate as the claim: percent, no change.",
    "'dự báo' → forecast; 'tăng ít nhất 35% so với năm 2024' → change with approx at_least.",
    "'Cả nước hiện có khoảng 150.000 điểm sạc ..., phần lớn tại Hà Nội và TP HCM': location stays Việt Nam.",
]

if __name__ == "__main__":
    write("p1260-5", TEXT, NOTES, FIGS, published="2025-07-18", location="Việt Nam")
