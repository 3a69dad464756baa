"""p1357-1: province portal (Thái Nguyên): inspections of bubble-tea shops since the start of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Kiểm tra hơn 300 cơ sở kinh doanh trà sữa, phát hiện 41 cơ sở vi phạm

Cập nhật: 14/06/2024 10:35 | Lượt xem: 1.862

Từ đầu năm đến nay, các đoàn kiểm tra liên ngành về an toàn thực phẩm của tỉnh Thái Nguyên đã kiểm tra 312 cơ sở kinh doanh trà sữa, đồ uống pha chế, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, 206 cơ sở tại TP Thái Nguyên, 64 cơ sở tại TP Sông Công và 42 cơ sở tại các huyện, thị xã.

Qua kiểm tra, phát hiện 41 cơ sở vi phạm, chiếm 13,1% số cơ sở được kiểm tra; xử phạt vi phạm hành chính 29 cơ sở với tổng số tiền hơn 186 triệu đồng, nhắc nhở, chấn chỉnh 12 cơ sở. Lỗi chủ yếu là chưa có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, người trực tiếp pha chế chưa khám sức khỏe, sử dụng nguyên liệu không rõ nguồn gốc. Các đoàn đã buộc tiêu hủy khoảng 85 kg trân châu, thạch và bột pha chế hết hạn sử dụng.

Trung tâm Kiểm soát bệnh tật tỉnh đã lấy 96 mẫu trà sữa, trân châu và nước đá để xét nghiệm, trong đó có 7 mẫu không đạt chỉ tiêu vi sinh (chủ yếu nhiễm Coliforms, E.coli).

Theo Sở Y tế, toàn tỉnh hiện có khoảng 650 cơ sở kinh doanh trà sữa, trong đó gần 70% tập trung tại TP Thái Nguyên, quanh các trường đại học, cao đẳng. Giá bán phổ biến từ 25.000 đến 45.000 đồng/ly.

Thời gian tới, tỉnh tiếp tục triển khai Kế hoạch số 87/KH-UBND, phấn đấu 100% cơ sở kinh doanh trà sữa quanh trường học được kiểm tra trong năm 2024; dự kiến trong quý III sẽ lấy thêm khoảng 120 mẫu để giám sát. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0208.3856.114.

Tin liên quan:
- Thái Nguyên: Phát động Tháng hành động vì an toàn thực phẩm năm 2024
- Hướng dẫn thủ tục cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")
TN, SC = "Thái Nguyên", "Sông Công"
INSPECTED = "cơ sở kinh doanh trà sữa, đồ uống pha chế được kiểm tra"

FIGS = [
    F("Kiểm tra hơn 300 cơ sở", "300", 300, "count", "cơ sở", approx="over",
      subject="cơ sở kinh doanh trà sữa được kiểm tra"),
    F("trà sữa, phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", subject="cơ sở vi phạm"),
    F("đã kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023"), subject=INSPECTED, period=YTD),
    F("206 cơ sở tại TP Thái Nguyên", "206", 206, "count", "cơ sở", total=312,
      subject=INSPECTED, period=I(YTD), location=TN),
    F("64 cơ sở tại TP Sông Công", "64", 64, "count", "cơ sở", total=312,
      subject=INSPECTED, period=I(YTD), location=SC),
    F("42 cơ sở tại các huyện", "42", 42, "count", "cơ sở", total=312,
      subject="cơ sở được kiểm tra tại các huyện, thị xã", period=I(YTD)),
    F("kiểm tra, phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", percent=13.1,
      subject="cơ sở vi phạm", period=I(YTD)),
    F("hành chính 29 cơ sở", "29", 29, "count", "cơ sở",
      subject="cơ sở bị xử phạt vi phạm hành chính", period=I(YTD)),
    F("hơn 186 triệu", "186", 186e6, "money", "đồng", approx="over",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(YTD)),
    F("chấn chỉnh 12 cơ sở", "12", 12, "count", "cơ sở",
      subject="cơ sở bị nhắc nhở, chấn chỉnh", period=I(YTD)),
    F("khoảng 85 kg", "85", 85, "measure", "kg", approx="about",
      subject="trân châu, thạch và bột pha chế hết hạn sử dụng bị buộc tiêu hủy", period=I(YTD)),
    F("lấy 96 mẫu", "96", 96, "count", "mẫu",
      subject="mẫu trà sữa, trân châu và nước đá lấy để xét nghiệm", period=I(YTD)),
    F("có 7 mẫu", "7", 7, "count", "mẫu", total=96,
      subject="mẫu không đạt chỉ tiêu vi sinh", period=I(YTD)),
    F("khoảng 650 cơ sở", "650", 650, "count", "cơ sở", approx="about",
      subject="cơ sở kinh doanh trà sữa"),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="cơ sở kinh doanh trà sữa tập trung tại TP Thái Nguyên", location=TN),
    F("từ 25.000 đến 45.000", "25.000", 25000, "money", "đồng/ly", value_max=45000,
      subject="giá bán trà sữa phổ biến"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh trà sữa quanh trường học được kiểm tra", period=Y24),
    F("khoảng 120 mẫu", "120", 120, "count", "mẫu", approx="about", status="forecast",
      subject="mẫu lấy thêm để giám sát", period=Q3),
]

NOTES = [
    "Province portal (Thái Nguyên): bubble-tea shop inspections since the start of 2024; breadcrumb, 'Cập nhật: 14/06/2024 10:35 | Lượt xem: 1.862', related links.",
    "Distractors: 10:35, Lượt xem 1.862, Kế hoạch số 87/KH-UBND, hotline 0208.3856.114, 'năm 2024' in a link title, baseline 'cùng kỳ năm 2023'.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-06-14; the following paragraphs (violations, samples) inherit it.",
    "'Trong đó' parts after a sentence break take total 312; TP Thái Nguyên and TP Sông Công are their locations; 'các huyện, thị xã' stays provincial.",
    "'41 cơ sở vi phạm, chiếm 13,1%' → percent attribute; 29 fined / 12 warned follow without a part-of cue: no total.",
    "'96 mẫu …, trong đó có 7 mẫu' → total 96. 'trong đó gần 70%' is a percent figure of its own.",
    "'phấn đấu … trong năm 2024' → target; 'dự kiến trong quý III' (its own cue) → forecast, quý III of 2024.",
]

if __name__ == "__main__":
    write("p1357-1", TEXT, NOTES, FIGS, published="2024-06-14", location="Thái Nguyên")
