"""p1159-8: provincial newspaper online (Báo Bắc Ninh, '(BNO) -'), wig exports 11 months 2024."""
from lib import F, P, I, C, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế | Công nghiệp

Bắc Ninh: Xuất khẩu tóc giả 11 tháng đạt gần 122 triệu USD

Thứ Ba, 03/12/2024 16:45

(BNO) - Theo Sở Công Thương, 11 tháng năm 2024, kim ngạch xuất khẩu tóc giả, mi giả của các doanh nghiệp trên địa bàn tỉnh đạt 121,8 triệu USD, tăng 9,6% so với cùng kỳ, chiếm khoảng 21% kim ngạch xuất khẩu mặt hàng này của cả nước. Trong đó, khối doanh nghiệp FDI đạt 104,5 triệu USD, chiếm 85,8%. Với kết quả này, Bắc Ninh xếp thứ hai cả nước về xuất khẩu tóc giả, sau Hải Phòng.

Tính đến ngày 30/11/2024, toàn tỉnh có 21 doanh nghiệp sản xuất tóc giả, mi giả, chủ yếu ở thị xã Quế Võ, huyện Yên Phong và huyện Thuận Thành với lần lượt 9, 7 và 4 doanh nghiệp. Các doanh nghiệp sử dụng gần 14.000 lao động, thu nhập bình quân 8,4 triệu đồng/người/tháng, cao hơn 6% so với năm 2023.

Tại Công ty TNHH Hair Vina (KCN Quế Võ II), hai dây chuyền mới đi vào hoạt động từ tháng 8 nâng công suất lên 1,6 triệu sản phẩm/năm. Từ đầu năm đến nay, công ty tuyển thêm 350 lao động, nâng tổng số lao động lên khoảng 2.100 người; dự kiến tháng 12 xuất 14 container hàng sang Hoa Kỳ.

Sở Công Thương đặt mục tiêu cả năm 2024 kim ngạch xuất khẩu tóc giả đạt 135 triệu USD; năm 2025 phấn đấu đạt 150 triệu USD, tăng ít nhất 10% so với năm 2024.

Thu Hằng
"""

HEAD = P("11 tháng", "2024-01-01", "2024-11-30")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-03")
DEC = P("tháng 12", "2024-12-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
EXP = "kim ngạch xuất khẩu tóc giả, mi giả"
DN = "doanh nghiệp sản xuất tóc giả, mi giả"
QV = "Quế Võ"

FIGS = [
    F("đạt gần 122 triệu USD", "122", 122000000, "money", "USD", approx="nearly",
      subject="xuất khẩu tóc giả", period=HEAD),
    F("đạt 121,8 triệu USD", "121,8", 121800000, "money", "USD", percent=21,
      change=C("increase", 9.6, "%", "cùng kỳ"), subject=EXP, period=M11),
    F("đạt 104,5 triệu USD", "104,5", 104500000, "money", "USD", total=121800000, percent=85.8,
      subject="kim ngạch xuất khẩu tóc giả, mi giả của khối doanh nghiệp FDI", period=I(M11)),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", subject="xuất khẩu tóc giả cả nước", period=I(M11)),
    F("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", subject=DN, period=ASOF),
    F("lần lượt 9, 7", "9", 9, "count", "doanh nghiệp", subject=DN, period=ASOF, location=QV),
    F("9, 7 và 4", "7", 7, "count", "doanh nghiệp", subject=DN, period=ASOF, location="Yên Phong"),
    F("7 và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject=DN, period=ASOF, location="Thuận Thành"),
    F("gần 14.000 lao động", "14.000", 14000, "count", "lao động", approx="nearly",
      subject="lao động các doanh nghiệp tóc giả, mi giả sử dụng", period=I(ASOF)),
    F("bình quân 8,4 triệu", "8,4", 8400000, "money", "đồng/người/tháng",
      change=C("increase", 6, "%", "năm 2023"),
      subject="thu nhập bình quân lao động các doanh nghiệp tóc giả, mi giả", period=I(ASOF)),
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền mới của Công ty TNHH Hair Vina",
      location=QV),
    F("lên 1,6 triệu", "1,6", 1600000, "measure", "sản phẩm/năm",
      subject="công suất của Công ty TNHH Hair Vina", location=QV),
    F("thêm 350 lao động", "350", 350, "count", "lao động", subject="lao động công ty tuyển thêm",
      period=YTD, location=QV),
    F("khoảng 2.100 người", "2.100", 2100, "count", "người", approx="about",
      subject="tổng số lao động của công ty", location=QV),
    F("xuất 14 container", "14", 14, "count", "container", status="forecast",
      subject="container hàng công ty xuất sang Hoa Kỳ", period=DEC, location=QV),
    F("đạt 135 triệu USD", "135", 135000000, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu tóc giả", period=Y24),
    F("đạt 150 triệu USD", "150", 150000000, "money", "USD", status="target",
      change=C("increase", 10, "%", "năm 2024", approx="at_least"),
      subject="kim ngạch xuất khẩu tóc giả", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Ninh): headline figure, 'Thứ Ba, 03/12/2024 16:45', tag '(BNO) -', byline at the end.",
    "The text says only 'tỉnh', but the tag, the headline and the districts imply Bắc Ninh: default location Bắc Ninh.",
    "Headline '11 tháng' (year-less) → 2024 from the dateline. 121,8 triệu carries the change (9,6%) and the share (khoảng 21%).",
    "'Trong đó, khối doanh nghiệp FDI đạt 104,5 triệu USD, chiếm 85,8%' → total 121,8 triệu, percent 85,8 (period inherited).",
    "'xếp thứ hai cả nước' is a rank written as a word. 'lần lượt 9, 7 và 4' with places → locations Quế Võ, Yên Phong, Thuận Thành; 9+7+4 ≠ 21: no total.",
    "Company passage (KCN Quế Võ II): location Quế Võ. 'Từ đầu năm đến nay' ends at the dateline. 'dự kiến tháng 12' → forecast.",
    "Distractors: time 16:45, 'KCN Quế Võ II', 'từ tháng 8' (a start date), 'BNO'. '150 triệu USD, tăng ít nhất 10%' → change with approx at_least.",
]

if __name__ == "__main__":
    write("p1159-8", TEXT, NOTES, FIGS, published="2024-12-03", location="Bắc Ninh")
