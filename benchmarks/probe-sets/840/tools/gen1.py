"""p840-1: province portal (Thanh Hóa), helmets for first-graders, 2024."""
from lib import F, change, period, write

TEXT = """
Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Trao tặng hơn 51.000 mũ bảo hiểm cho học sinh lớp Một
Cập nhật: 18/09/2024 09:45 | Lượt xem: 2.316

Sáng 17/9, tại Trường Tiểu học Điện Biên 1 (TP Thanh Hóa), Ban An toàn giao thông tỉnh phối hợp với Sở Giáo dục và Đào tạo tổ chức lễ phát động chương trình "Tặng mũ bảo hiểm cho học sinh lớp Một" năm học 2024-2025.

Đợt này, toàn tỉnh được phân bổ 51.240 mũ bảo hiểm, tăng 3.150 chiếc so với năm học trước, tổng trị giá khoảng 6,4 tỷ đồng. Trong đó, 46.800 mũ do Công ty Honda Việt Nam tài trợ, số còn lại do các doanh nghiệp trên địa bàn hỗ trợ. Mũ có giá khoảng 125.000 đồng/chiếc, đạt quy chuẩn QCVN 2:2021/BKHCN. Các địa phương nhận nhiều mũ nhất lần lượt là TP Thanh Hóa (4.120 chiếc), huyện Quảng Xương (2.860 chiếc) và thị xã Nghi Sơn (2.745 chiếc).

Từ năm 2016 đến nay, tỉnh đã trao hơn 380.000 mũ bảo hiểm cho học sinh lớp Một tại 27 huyện, thị xã, thành phố.

Theo kết quả kiểm tra của lực lượng Cảnh sát giao thông, 8 tháng đầu năm 2024, tỷ lệ trẻ em từ 6 tuổi trở lên đội mũ bảo hiểm khi ngồi sau xe mô tô, xe gắn máy trên địa bàn tỉnh ước đạt 87,5%, tăng 6,2 điểm phần trăm so với cùng kỳ năm 2023. Cũng trong thời gian này, toàn tỉnh xảy ra 14 vụ tai nạn giao thông liên quan đến học sinh, làm chết 5 em, bị thương 11 em, giảm 4 vụ so với cùng kỳ.

Năm học 2024-2025, tỉnh phấn đấu 100% trường học tổ chức tuyên truyền pháp luật về an toàn giao thông ngay từ đầu năm học; tỷ lệ học sinh đội mũ bảo hiểm khi ngồi sau xe máy đạt trên 95%. Dự kiến trong tháng 10, Ban An toàn giao thông tỉnh sẽ phối hợp với Công an tỉnh kiểm tra tại khoảng 150 cổng trường dọc Quốc lộ 1A, Quốc lộ 45 và Quốc lộ 47.
"""

P8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
P8i = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31", inherited=True)
PNH = period("Năm học 2024-2025", "2024-09-01", "2025-05-31")

FIGS = [
    F("Trao tặng hơn 51.000 mũ bảo hiểm", "51.000", 51000, "count", "mũ bảo hiểm",
      "mũ bảo hiểm trao tặng cho học sinh lớp Một", approx="over"),
    F("phân bổ 51.240 mũ bảo hiểm", "51.240", 51240, "count", "mũ bảo hiểm",
      "mũ bảo hiểm được phân bổ", change=change("increase", 3150, "chiếc", "năm học trước")),
    F("khoảng 6,4 tỷ đồng", "6,4", 6.4e9, "money", "đồng", "tổng trị giá mũ bảo hiểm", approx="about"),
    F("Trong đó, 46.800 mũ", "46.800", 46800, "count", "mũ", "mũ do Công ty Honda Việt Nam tài trợ",
      total=51240),
    F("khoảng 125.000 đồng/chiếc", "125.000", 125000, "money", "đồng/chiếc", "giá mũ", approx="about"),
    F("TP Thanh Hóa (4.120 chiếc)", "4.120", 4120, "count", "chiếc", "mũ bảo hiểm nhận được",
      location="Thanh Hóa"),
    F("Quảng Xương (2.860 chiếc)", "2.860", 2860, "count", "chiếc", "mũ bảo hiểm nhận được",
      location="Quảng Xương"),
    F("Nghi Sơn (2.745 chiếc)", "2.745", 2745, "count", "chiếc", "mũ bảo hiểm nhận được",
      location="Nghi Sơn"),
    F("trao hơn 380.000 mũ bảo hiểm", "380.000", 380000, "count", "mũ bảo hiểm",
      "mũ bảo hiểm trao cho học sinh lớp Một", approx="over",
      period=period("Từ năm 2016 đến nay", "2016-01-01", "2024-09-18")),
    F("tại 27 huyện, thị xã", "27", 27, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố có học sinh lớp Một được trao mũ"),
    F("từ 6 tuổi trở lên", "6", 6, "measure", "tuổi", None, approx="at_least", optional=True),
    F("ước đạt 87,5%", "87,5", 87.5, "percent", "%",
      "tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi sau xe mô tô, xe gắn máy",
      change=change("increase", 6.2, "điểm phần trăm", "cùng kỳ năm 2023"), status="estimate", period=P8),
    F("xảy ra 14 vụ tai nạn", "14", 14, "count", "vụ", "vụ tai nạn giao thông liên quan đến học sinh",
      change=change("decrease", 4, "vụ", "cùng kỳ"), period=P8i),
    F("làm chết 5 em", "5", 5, "count", "em", "học sinh chết", period=P8i),
    F("bị thương 11 em", "11", 11, "count", "em", "học sinh bị thương", period=P8i),
    F("phấn đấu 100% trường học", "100", 100, "percent", "%",
      "trường học tổ chức tuyên truyền pháp luật về an toàn giao thông", status="target", period=PNH),
    F("đạt trên 95%", "95", 95, "percent", "%",
      "tỷ lệ học sinh đội mũ bảo hiểm khi ngồi sau xe máy", approx="over", status="target", period=PNH),
    F("khoảng 150 cổng trường", "150", 150, "count", "cổng trường", "cổng trường được kiểm tra",
      approx="about", status="forecast", period=period("trong tháng 10", "2024-10-01", "2024-10-31")),
]

NOTES = [
    "Thanh Hóa province portal: 'Tặng mũ bảo hiểm cho học sinh lớp Một' 2024-2025.",
    "Not figures: Lượt xem 2.316, 09:45, 'Trường Tiểu học Điện Biên 1', 'lớp Một', QCVN 2:2021/BKHCN, Quốc lộ 1A/45/47.",
    "School year 'Năm học 2024-2025' dated 2024-09-01..2025-05-31 (teaching year); 'tháng 10' takes 2024.",
    "The 4 vụ decrease belongs to 14 vụ across the two casualty clauses; 27 districts get no period (a count of units).",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-09-18", location="Thanh Hóa")
