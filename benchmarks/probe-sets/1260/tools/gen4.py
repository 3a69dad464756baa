"""p1260-4: provincial newspaper (Báo Bắc Giang, tag (BGĐT)): an e-motorbike factory in thị xã Việt Yên."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Nhà máy xe máy điện ở Việt Yên tăng tốc sản xuất

Thứ Hai, 09/06/2025 14:05

(BGĐT) - 5 tháng đầu năm 2025, nhà máy xe máy điện của Công ty TNHH Công nghệ xe điện Hoàng Phát tại Khu công nghiệp Quang Châu (thị xã Việt Yên) xuất xưởng 36.400 xe, gấp 1,8 lần cùng kỳ năm trước.

Nhà máy có tổng vốn đầu tư 1.250 tỷ đồng, rộng 12 ha, gồm hai dây chuyền lắp ráp xe và một dây chuyền đóng gói pin, công suất thiết kế 150.000 xe/năm. Hiện nhà máy sử dụng gần 1.100 lao động, trong đó khoảng 70% là người địa phương, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Từ đầu năm đến nay, nhà máy đã xuất khẩu 14.200 xe, kim ngạch đạt 6,1 triệu USD, tăng 52% so với cùng kỳ. Theo ông Trần Quốc Hưng, Giám đốc nhà máy, khoảng 60% sản lượng được tiêu thụ trong nước, còn lại xuất khẩu sang Philippines và Indonesia. Các mẫu xe HP-Lumi và HP-Nova 2 có giá bán 16-28 triệu đồng/chiếc.

Năm 2025, công ty phấn đấu sản xuất 95.000 xe, doanh thu 1.900 tỷ đồng; dự kiến tuyển thêm từ 300 đến 400 lao động trong quý III.

Hiện Bắc Giang có 3 dự án sản xuất xe điện và linh kiện với tổng vốn đăng ký khoảng 210 triệu USD. Năm 2024, tỉnh xếp thứ 5 cả nước về sản lượng xe máy điện.

NGỌC THÚY

Từ khóa: xe máy điện, KCN Quang Châu, Việt Yên
"""

M5 = period("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-06-09")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
Q3 = period("quý III", "2025-07-01", "2025-09-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
VY = "Việt Yên"

FIGS = [
    F("xuất xưởng 36.400 xe", "36.400", 36400, "count", "xe",
      change=change("increase", 1.8, "lần", "cùng kỳ năm trước"),
      subject="xe nhà máy xe máy điện xuất xưởng", period=M5, location=VY),
    F("đầu tư 1.250 tỷ", "1.250", 1250e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy", location=VY),
    F("rộng 12 ha", "12", 12, "measure", "ha", subject="diện tích nhà máy", location=VY),
    F("gồm hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền lắp ráp xe", location=VY),
    F("một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền đóng gói pin", location=VY),
    F("150.000 xe/năm", "150.000", 150000, "measure", "xe/năm", subject="công suất thiết kế nhà máy", location=VY),
    F("gần 1.100 lao động", "1.100", 1100, "count", "lao động", approx="nearly",
      subject="lao động nhà máy sử dụng", location=VY),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="lao động là người địa phương",
      location=VY),
    F("9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", location=VY),
    F("xuất khẩu 14.200 xe", "14.200", 14200, "count", "xe", subject="xe nhà máy đã xuất khẩu",
      period=YTD, location=VY),
    F("6,1 triệu", "6,1", 6.1e6, "money", "USD", change=change("increase", 52, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu", period=YTD, location=VY),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="sản lượng được tiêu thụ trong nước",
      location=VY),
    F("16-28 triệu", "16", 16e6, "money", "đồng/chiếc", value_max=28e6,
      subject="giá bán các mẫu xe", location=VY),
    F("sản xuất 95.000 xe", "95.000", 95000, "count", "xe", status="target",
      subject="xe công ty sản xuất", period=Y25, location=VY),
    F("doanh thu 1.900 tỷ", "1.900", 1900e9, "money", "đồng", status="target",
      subject="doanh thu của công ty", period=Y25, location=VY),
    F("từ 300 đến 400", "300", 300, "count", "lao động", value_max=400, status="forecast",
      subject="lao động tuyển thêm", period=Q3, location=VY),
    F("có 3 dự án", "3", 3, "count", "dự án", subject="dự án sản xuất xe điện và linh kiện"),
    F("khoảng 210 triệu", "210", 210e6, "money", "USD", approx="about", subject="tổng vốn đăng ký"),
    F("xếp thứ 5", "5", 5, "rank", "hạng", subject="sản lượng xe máy điện", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): menu, 'Thứ Hai, 09/06/2025 14:05', tag '(BGĐT) -', byline, 'Từ khóa'.",
    "Distractors: 14:05, 'Khu công nghiệp Quang Châu', model names 'HP-Lumi', 'HP-Nova 2', 'KCN', the tag.",
    "The factory stands in thị xã Việt Yên: its figures are located there; the last paragraph is the province (Bắc Giang).",
    "'gấp 1,8 lần cùng kỳ năm trước' after 36.400 xe → change (increase, 1,8 lần).",
    "'gồm hai dây chuyền ... và một dây chuyền' lists the factory's lines; the whole has no number, so no total.",
    "'trong đó khoảng 70% là người địa phương' is a percent figure of its own (a share with no base amount after it).",
    "'tăng 52% so với cùng kỳ' follows the kim ngạch (6,1 triệu USD), not the 14.200 xe.",
    "'Từ đầu năm đến nay' ends at the dateline 2025-06-09. 'phấn đấu' → target for both clauses; 'dự kiến' → forecast; quý III → 2025.",
    "Rank 'xếp thứ 5 cả nước' is the province's rank: location Bắc Giang, period Năm 2024.",
]

if __name__ == "__main__":
    write("p1260-4", TEXT, NOTES, FIGS, published="2025-06-09", location="Bắc Giang")
