"""p1387-1: province portal (Bắc Ninh): 9-month enrolment in chip training, an FDI firm in Quế Võ."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Bắc Ninh: 9 tháng tuyển sinh hơn 1.200 học viên ngành vi mạch

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.906

Theo Sở Lao động - Thương binh và Xã hội, 9 tháng đầu năm 2024, các cơ sở giáo dục nghề nghiệp và trường đại học trên địa bàn tỉnh Bắc Ninh đã tuyển sinh 1.240 học viên các ngành điện tử, vi mạch bán dẫn, tăng 35,2% so với cùng kỳ năm 2023, bằng 82,7% kế hoạch năm. Trong đó, trình độ đại học 420 người, cao đẳng 610 người, sơ cấp và đào tạo ngắn hạn 210 người.

Hiện toàn tỉnh có 14 doanh nghiệp FDI hoạt động trong lĩnh vực bán dẫn, tổng vốn đăng ký khoảng 4,6 tỷ USD, sử dụng gần 21 nghìn lao động. Theo khảo sát của Sở, dự báo giai đoạn 2025-2030 các doanh nghiệp này cần tuyển khoảng 18.000-20.000 người, trong đó kỹ sư chiếm khoảng 15%.

Tại Khu công nghiệp Quế Võ II, thị xã Quế Võ, Công ty TNHH Điện tử Kinh Bắc Semicon đã phối hợp với hai trường cao đẳng mở 6 lớp đào tạo kỹ thuật viên kiểm thử chip cho 180 học viên. Mỗi học viên được doanh nghiệp hỗ trợ 4,5 triệu đồng/tháng trong thời gian học; sau 3 tháng đào tạo, 96% học viên được tuyển dụng chính thức.

Từ đầu năm đến nay, tỉnh đã trao 150 suất học bổng cho sinh viên ngành vi mạch với tổng kinh phí 2,25 tỷ đồng.

Quý IV, Sở phấn đấu tuyển sinh thêm khoảng 260 học viên, đưa tổng số cả năm lên 1.500 người, bằng 100% kế hoạch. Tỉnh đang xây dựng kế hoạch thực hiện Quyết định số 1017/QĐ-TTg ngày 21/9/2024 của Thủ tướng Chính phủ.

Tin liên quan:
- Bắc Ninh tổ chức Ngày hội việc làm năm 2024
- Hội thảo "Bán dẫn 4.0: cơ hội cho lao động trẻ"
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
G2530 = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"
WHOLE = 1240

FIGS = [
    fig("tuyển sinh hơn 1.200", "1.200", 1200, "count", "học viên", approx="over",
        subject="học viên ngành vi mạch tuyển sinh", period=NINE_H),
    fig("tuyển sinh 1.240 học viên", "1.240", 1240, "count", "học viên", percent=82.7,
        change=chg("increase", 35.2, "%", "cùng kỳ năm 2023"),
        subject="học viên các ngành điện tử, vi mạch bán dẫn tuyển sinh", period=NINE),
    fig("đại học 420 người", "420", 420, "count", "người", total=WHOLE,
        subject="học viên trình độ đại học", period=inh(NINE)),
    fig("cao đẳng 610 người", "610", 610, "count", "người", total=WHOLE,
        subject="học viên trình độ cao đẳng", period=inh(NINE)),
    fig("ngắn hạn 210 người", "210", 210, "count", "người", total=WHOLE,
        subject="học viên sơ cấp và đào tạo ngắn hạn", period=inh(NINE)),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp FDI hoạt động trong lĩnh vực bán dẫn"),
    fig("khoảng 4,6 tỷ USD", "4,6", 4.6e9, "money", "USD", approx="about",
        subject="tổng vốn đăng ký của các doanh nghiệp FDI bán dẫn"),
    fig("gần 21 nghìn", "21", 21000, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp FDI bán dẫn sử dụng"),
    fig("khoảng 18.000-20.000", "18.000", 18000, "count", "người", value_max=20000, approx="about",
        status="forecast", subject="người các doanh nghiệp cần tuyển", period=G2530),
    fig("chiếm khoảng 15%", "15", 15, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ kỹ sư trong số người cần tuyển", period=G2530),
    fig("với hai trường", "hai", 2, "count", "trường cao đẳng",
        subject="trường cao đẳng phối hợp với Công ty TNHH Điện tử Kinh Bắc Semicon", location=QV),
    fig("mở 6 lớp", "6", 6, "count", "lớp",
        subject="lớp đào tạo kỹ thuật viên kiểm thử chip", location=QV),
    fig("cho 180 học viên", "180", 180, "count", "học viên",
        subject="học viên các lớp đào tạo kỹ thuật viên kiểm thử chip", location=QV),
    fig("hỗ trợ 4,5 triệu", "4,5", 4.5e6, "money", "đồng/tháng",
        subject="mức doanh nghiệp hỗ trợ mỗi học viên trong thời gian học", location=QV),
    fig("sau 3 tháng", "3", 3, "measure", "tháng", subject="thời gian đào tạo", location=QV, optional=True),
    fig("96% học viên", "96", 96, "percent", "%",
        subject="tỷ lệ học viên được tuyển dụng chính thức", location=QV),
    fig("trao 150 suất", "150", 150, "count", "suất học bổng",
        subject="suất học bổng tỉnh trao cho sinh viên ngành vi mạch", period=YTD),
    fig("kinh phí 2,25 tỷ", "2,25", 2.25e9, "money", "đồng",
        subject="tổng kinh phí học bổng", period=YTD),
    fig("thêm khoảng 260", "260", 260, "count", "học viên", approx="about", status="target",
        subject="học viên tuyển sinh thêm", period=Q4),
    fig("lên 1.500 người", "1.500", 1500, "count", "người", percent=100, status="target",
        subject="tổng số học viên tuyển sinh cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): enrolment in electronics / chip training, 9 months 2024; dateline 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.906'.",
    "Distractors: 08:45, Lượt xem 1.906, 'Khu công nghiệp Quế Võ II', Quyết định số 1017/QĐ-TTg ngày 21/9/2024, 'năm 2024' and 'Bán dẫn 4.0' in related links.",
    "Headline '9 tháng ... hơn 1.200 học viên' is its own figure; year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break take total 1.240 (they add up); period inherited.",
    "'dự báo giai đoạn 2025-2030 ... cần tuyển khoảng 18.000-20.000 người, trong đó kỹ sư chiếm khoảng 15%': forecast; the 15% is a percent figure of its own.",
    "Quế Võ passage (company in thị xã Quế Võ): location Quế Võ; 'sau 3 tháng đào tạo' (a duration that locates the 96%) is optional.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'Quý IV', 'cả năm' take 2024; 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1387-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
