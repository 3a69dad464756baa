"""p534-1: province portal (Thái Nguyên), S&T tasks, IP, innovation support, 9 months of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ

Thái Nguyên: 9 tháng năm 2024 nghiệm thu 46 nhiệm vụ khoa học và công nghệ

Cập nhật: 08/10/2024 15:20
Lượt xem: 3.482

Theo Sở Khoa học và Công nghệ, 9 tháng năm 2024, toàn tỉnh triển khai 128 nhiệm vụ khoa học và công nghệ các cấp, tăng 12 nhiệm vụ so với cùng kỳ năm 2023; trong đó có 9 nhiệm vụ cấp quốc gia, 57 nhiệm vụ cấp tỉnh và 62 nhiệm vụ cấp cơ sở. Đã nghiệm thu 46 nhiệm vụ, đạt 76,7% kế hoạch năm; 100% kết quả sau nghiệm thu được chuyển giao cho đơn vị ứng dụng.

Tổng kinh phí sự nghiệp khoa học và công nghệ năm 2024 của tỉnh là 86,5 tỷ đồng; đến hết tháng 9 đã giải ngân 52,34 tỷ đồng, bằng 60,5% dự toán.

Về sở hữu trí tuệ, tính đến ngày 30/9/2024, các tổ chức, cá nhân trên địa bàn đã nộp 312 đơn đăng ký xác lập quyền sở hữu công nghiệp, tăng 18,2% so với cùng kỳ, trong đó có 21 đơn đăng ký sáng chế và 7 đơn giải pháp hữu ích; 164 văn bằng bảo hộ đã được cấp.

Trong 9 tháng, toàn tỉnh có 35 doanh nghiệp được hỗ trợ đổi mới công nghệ, tập trung ở TP Phổ Yên (14 doanh nghiệp), TP Sông Công (9 doanh nghiệp) và huyện Phú Bình (6 doanh nghiệp), với tổng kinh phí hỗ trợ hơn 11,8 tỷ đồng.

Hệ sinh thái khởi nghiệp đổi mới sáng tạo tiếp tục phát triển: Trung tâm Hỗ trợ khởi nghiệp (số 18 đường Cách mạng Tháng Tám) đang ươm tạo khoảng 40 dự án; gần 1.500 lượt học sinh, sinh viên tham gia các cuộc thi ý tưởng khởi nghiệp. Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2023 của tỉnh xếp thứ 9/63 tỉnh, thành phố.

Phấn đấu đến năm 2025, tỉnh có 15 doanh nghiệp khoa học và công nghệ, tỷ lệ đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt 45%.

Thông tin liên hệ: Phòng Quản lý công nghệ, Sở KH&CN, điện thoại 0208.3855.614.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
AS_OF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("nghiệm thu 46 nhiệm vụ khoa học", "46", 46, "count", "nhiệm vụ",
      "nhiệm vụ khoa học và công nghệ được nghiệm thu", M9),
    F("triển khai 128 nhiệm vụ", "128", 128, "count", "nhiệm vụ",
      "nhiệm vụ khoa học và công nghệ các cấp triển khai", M9,
      change=CH("increase", 12, "nhiệm vụ", "cùng kỳ năm 2023")),
    F("có 9 nhiệm vụ cấp quốc gia", "9", 9, "count", "nhiệm vụ", "nhiệm vụ khoa học và công nghệ cấp quốc gia", M9,
      total=128),
    F("57 nhiệm vụ cấp tỉnh", "57", 57, "count", "nhiệm vụ", "nhiệm vụ khoa học và công nghệ cấp tỉnh", M9, total=128),
    F("62 nhiệm vụ cấp cơ sở", "62", 62, "count", "nhiệm vụ", "nhiệm vụ khoa học và công nghệ cấp cơ sở", M9, total=128),
    F("Đã nghiệm thu 46 nhiệm vụ", "46", 46, "count", "nhiệm vụ", "nhiệm vụ đã nghiệm thu", INH(M9), percent=76.7),
    F("100% kết quả", "100", 100, "percent", "%", "kết quả sau nghiệm thu được chuyển giao cho đơn vị ứng dụng", INH(M9)),
    F("là 86,5 tỷ đồng", "86,5", 86.5e9, "money", "đồng", "tổng kinh phí sự nghiệp khoa học và công nghệ", Y24),
    F("giải ngân 52,34 tỷ đồng", "52,34", 52.34e9, "money", "đồng",
      "kinh phí sự nghiệp khoa học và công nghệ đã giải ngân", P("đến hết tháng 9", None, "2024-09-30"), percent=60.5),
    F("nộp 312 đơn", "312", 312, "count", "đơn", "đơn đăng ký xác lập quyền sở hữu công nghiệp", AS_OF,
      change=CH("increase", 18.2, "%", "cùng kỳ")),
    F("có 21 đơn", "21", 21, "count", "đơn", "đơn đăng ký sáng chế", AS_OF, total=312),
    F("7 đơn giải pháp", "7", 7, "count", "đơn", "đơn giải pháp hữu ích", AS_OF, total=312),
    F("164 văn bằng", "164", 164, "count", "văn bằng", "văn bằng bảo hộ đã được cấp", AS_OF),
    F("có 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp", "doanh nghiệp được hỗ trợ đổi mới công nghệ", T9),
    F("(14 doanh nghiệp)", "14", 14, "count", "doanh nghiệp", "doanh nghiệp được hỗ trợ đổi mới công nghệ", T9,
      location="Phổ Yên"),
    F("(9 doanh nghiệp)", "9", 9, "count", "doanh nghiệp", "doanh nghiệp được hỗ trợ đổi mới công nghệ", T9,
      location="Sông Công"),
    F("(6 doanh nghiệp)", "6", 6, "count", "doanh nghiệp", "doanh nghiệp được hỗ trợ đổi mới công nghệ", T9,
      location="Phú Bình"),
    F("hơn 11,8 tỷ đồng", "11,8", 11.8e9, "money", "đồng", "tổng kinh phí hỗ trợ đổi mới công nghệ", T9, approx="over"),
    F("khoảng 40 dự án", "40", 40, "count", "dự án", "dự án khởi nghiệp đang ươm tạo tại Trung tâm Hỗ trợ khởi nghiệp",
      approx="about"),
    F("gần 1.500 lượt", "1.500", 1500, "count", "lượt",
      "lượt học sinh, sinh viên tham gia các cuộc thi ý tưởng khởi nghiệp", approx="nearly"),
    F("thứ 9/63", "9", 9, "rank", "hạng", "Chỉ số đổi mới sáng tạo cấp địa phương (PII)", Y23, total=63),
    F("có 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ", TO25,
      status="target"),
    F("đạt 45%", "45", 45, "percent", "%",
      "tỷ lệ đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng", TO25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Nguyên (invented): nhiệm vụ KH&CN, sở hữu công nghiệp, hỗ trợ đổi mới công nghệ, khởi nghiệp, 9 tháng năm 2024.",
    "Province portal: breadcrumb, 'Cập nhật: 08/10/2024 15:20', 'Lượt xem: 3.482' (counter, not a figure). Phone 0208.3855.614 and",
    "address 'số 18 đường Cách mạng Tháng Tám' are not figures. 9+57+62 = 128 (trong đó parts). District brackets 14+9+6 do not add",
    "up to 35 and follow 'tập trung ở', so no total; the districts go to location. 'bằng 60,5% dự toán' / 'đạt 76,7% kế hoạch năm' are percent attributes.",
]

if __name__ == "__main__":
    emit("p534-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thái Nguyên")
