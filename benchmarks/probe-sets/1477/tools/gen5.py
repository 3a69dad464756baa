"""p1477-5: provincial Party newspaper (Báo Bình Dương, tag (BDO)): a hair-dryer exporter in TP Tân Uyên."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Máy sấy tóc "made in Tân Uyên" vươn ra thế giới

Thứ Năm, 12/09/2024 - 07:30

Từ một xưởng lắp ráp nhỏ, Công ty TNHH Điện gia dụng Vĩnh Thịnh đã trở thành nhà cung ứng máy sấy tóc cho ba thương hiệu lớn của Nhật Bản.

(BDO) - Đặt nhà máy tại KCN Nam Tân Uyên (TP.Tân Uyên), Công ty TNHH Điện gia dụng Vĩnh Thịnh hiện có 4 xưởng sản xuất với tổng diện tích hơn 2,6 ha. 8 tháng đầu năm 2024, công ty xuất khẩu 1,35 triệu máy sấy tóc, tăng 22% so với cùng kỳ; kim ngạch đạt 31,2 triệu USD. Trong đó, thị trường Nhật Bản chiếm gần 70%.

Ông Lý Minh Khôi, Giám đốc công ty, cho biết mỗi chiếc máy sấy tóc ion xuất xưởng có giá từ 18 đến 26 USD, tùy dòng sản phẩm. Hiện công ty có 1.120 công nhân, trong đó 780 công nhân nữ; thu nhập bình quân từ 8 đến 10 triệu đồng/người/tháng. Trong quý IV, công ty dự kiến tuyển thêm khoảng 250 công nhân cho dây chuyền mới.

"Năm 2025, chúng tôi đặt mục tiêu nâng sản lượng lên 2,5 triệu chiếc/năm và đầu tư thêm 12 triệu USD cho khu nghiên cứu, thiết kế", ông Khôi nói.

Theo Sở Công Thương, Bình Dương hiện có 11 doanh nghiệp sản xuất bàn là, máy sấy tóc. Kim ngạch xuất khẩu nhóm hàng này 8 tháng ước đạt hơn 280 triệu USD, chiếm khoảng 1,3% tổng kim ngạch xuất khẩu của tỉnh.

QUANG VINH

Tin cùng chuyên mục:
- Bình Dương: 8 tháng thu hút hơn 1,1 tỷ USD vốn FDI
- KCN VSIP 3 đón nhà đầu tư mới
"""

M8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8b = period("8 tháng", "2024-01-01", "2024-08-31")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
TU = "Tân Uyên"

FIGS = [
    F("cho ba thương hiệu", "ba", 3, "count", "thương hiệu", subject="thương hiệu lớn của Nhật Bản công ty cung ứng máy sấy tóc",
      location=TU),
    F("có 4 xưởng", "4", 4, "count", "xưởng", subject="xưởng sản xuất của công ty", location=TU),
    F("hơn 2,6 ha", "2,6", 2.6, "measure", "ha", approx="over", subject="tổng diện tích xưởng sản xuất", location=TU),
    F("khẩu 1,35 triệu", "1,35", 1.35e6, "count", "máy sấy tóc", change=change("increase", 22, "%", "cùng kỳ"),
      subject="máy sấy tóc công ty xuất khẩu", period=M8, location=TU),
    F("đạt 31,2 triệu", "31,2", 31.2e6, "money", "USD", subject="kim ngạch xuất khẩu của công ty", period=M8,
      location=TU),
    F("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly", subject="thị trường Nhật Bản trong kim ngạch",
      period=inherit(M8), location=TU),
    F("từ 18 đến 26", "18", 18, "money", "USD/chiếc", value_max=26, subject="giá máy sấy tóc ion xuất xưởng",
      location=TU),
    F("có 1.120 công nhân", "1.120", 1120, "count", "công nhân", subject="công nhân của công ty", location=TU),
    F("780 công nhân nữ", "780", 780, "count", "công nhân nữ", total=1120, subject="công nhân nữ", location=TU),
    F("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
      subject="thu nhập bình quân của công nhân", location=TU),
    F("khoảng 250 công nhân", "250", 250, "count", "công nhân", approx="about", status="forecast",
      subject="công nhân tuyển thêm cho dây chuyền mới", period=Q4, location=TU),
    F("lên 2,5 triệu", "2,5", 2.5e6, "measure", "chiếc/năm", status="target", subject="sản lượng của công ty",
      period=Y25, location=TU),
    F("thêm 12 triệu", "12", 12e6, "money", "USD", status="target",
      subject="vốn đầu tư thêm cho khu nghiên cứu, thiết kế", period=Y25, location=TU),
    F("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bàn là, máy sấy tóc"),
    F("hơn 280 triệu", "280", 280e6, "money", "USD", approx="over", status="estimate", percent=1.3,
      subject="kim ngạch xuất khẩu bàn là, máy sấy tóc", period=M8b),
    F("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="over", subject="vốn FDI thu hút",
      period=period("8 tháng", "2024-01-01", "2024-08-31"), optional=True),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Dương): menu, headline, 'Thứ Năm, 12/09/2024 - 07:30', sapo, tag '(BDO) -', quote, byline",
    "'QUANG VINH', related links. Distractors: '07:30', '\"made in Tân Uyên\"', 'KCN VSIP 3', 'máy sấy tóc ion'.",
    "Optional: '8 tháng thu hút hơn 1,1 tỷ USD vốn FDI' in a related-link title (another article's headline; the spec does not",
    "say whether link titles are page furniture).",
    "The company stands in TP Tân Uyên: its figures get location Tân Uyên; the province's count and exports stay Bình Dương.",
    "Nhật Bản is a market, not a place. 'Trong đó, thị trường Nhật Bản chiếm gần 70%' → percent figure (period inherited).",
    "'mỗi chiếc ... có giá từ 18 đến 26 USD' → money range, unit USD/chiếc. 'Hiện' figures have no period.",
    "'dự kiến' → forecast (quý IV → 2024). Quote 'Năm 2025, chúng tôi đặt mục tiêu ...' → target; 'nâng sản lượng lên 2,5 triệu",
    "chiếc/năm' is a yearly rate (measure, chiếc/năm). '8 tháng' (no year) → 2024; 'ước đạt hơn' → estimate and over.",
]

if __name__ == "__main__":
    write("p1477-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Bình Dương")
