from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ › Khoa học - Công nghệ
Cập nhật: 08:15 | 14/01/2025 | Lượt xem: 2.317

Khoa học và công nghệ năm 2024: nhiều kết quả được chuyển giao vào sản xuất

Ngày 13/1, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025 tại hội trường số 2, số 25 Đại lộ Lê Lợi, TP Thanh Hóa.

Trong năm 2024, Sở đã tham mưu UBND tỉnh phê duyệt 46 nhiệm vụ khoa học và công nghệ cấp tỉnh mở mới, trong đó có 29 đề tài nghiên cứu và 17 dự án sản xuất thử nghiệm. Tổng kinh phí thực hiện các nhiệm vụ đạt 187,6 tỷ đồng, tăng 12,4% so với năm 2023; trong đó ngân sách sự nghiệp khoa học của tỉnh hỗ trợ 64,3 tỷ đồng, chiếm 34,3%, phần còn lại do doanh nghiệp và các tổ chức chủ trì đối ứng.

Sở đã tổ chức nghiệm thu 38 nhiệm vụ, trong đó 11 nhiệm vụ xếp loại xuất sắc; 100% nhiệm vụ nghiệm thu đạt yêu cầu trở lên. Khoảng 85% kết quả nghiên cứu được chuyển giao, ứng dụng vào sản xuất và đời sống.

Về sở hữu trí tuệ, toàn tỉnh có 312 đơn đăng ký nhãn hiệu, kiểu dáng công nghiệp và sáng chế được nộp, tăng 18 đơn so với năm trước; 205 văn bằng bảo hộ được cấp. Tính đến hết năm 2024, tỉnh có 9 sản phẩm được bảo hộ chỉ dẫn địa lý, xếp thứ 3 cả nước.

Chỉ số Đổi mới sáng tạo cấp địa phương (PII) năm 2024 của tỉnh đạt 46,21 điểm, xếp thứ 14/63 tỉnh, thành phố, tăng 5 bậc so với năm 2023.

Thực hiện Quyết định số 3120/QĐ-UBND ngày 28/8/2023 của UBND tỉnh, năm 2025 ngành phấn đấu triển khai ít nhất 50 nhiệm vụ khoa học và công nghệ cấp tỉnh, tỷ lệ kết quả nghiên cứu được ứng dụng đạt trên 85%; số doanh nghiệp khoa học và công nghệ đạt 30 doanh nghiệp (năm 2024 có 24 doanh nghiệp).

Hải Đăng (Sở KH&CN)
"""

Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Trong năm 2024", "2024-01-01", "2024-12-31", inh=True)
FIG = [
    F("phê duyệt 46 nhiệm vụ", "46", 46, "count", "nhiệm vụ", "nhiệm vụ khoa học và công nghệ cấp tỉnh mở mới được phê duyệt", period=Y24),
    F("có 29 đề tài", "29", 29, "count", "đề tài", "đề tài nghiên cứu", total=46, period=Y24),
    F("và 17 dự án", "17", 17, "count", "dự án", "dự án sản xuất thử nghiệm", total=46, period=Y24),
    F("đạt 187,6 tỷ đồng", "187,6", 187.6e9, "money", "đồng", "Tổng kinh phí thực hiện các nhiệm vụ",
      change=C("increase", 12.4, "%", "năm 2023"), period=Y24i),
    F("hỗ trợ 64,3 tỷ đồng", "64,3", 64.3e9, "money", "đồng", "ngân sách sự nghiệp khoa học của tỉnh hỗ trợ",
      total=187.6e9, percent=34.3, period=Y24i),
    F("nghiệm thu 38 nhiệm vụ", "38", 38, "count", "nhiệm vụ", "nhiệm vụ được nghiệm thu", period=Y24i),
    F("trong đó 11 nhiệm vụ", "11", 11, "count", "nhiệm vụ", "nhiệm vụ xếp loại xuất sắc", total=38, period=Y24i),
    F("; 100% nhiệm vụ", "100", 100, "percent", "%", "nhiệm vụ nghiệm thu đạt yêu cầu trở lên", period=Y24i),
    F("Khoảng 85% kết quả", "85", 85, "percent", "%", "kết quả nghiên cứu được chuyển giao, ứng dụng vào sản xuất và đời sống",
      approx="about", period=Y24i),
    F("có 312 đơn", "312", 312, "count", "đơn", "đơn đăng ký nhãn hiệu, kiểu dáng công nghiệp và sáng chế được nộp",
      change=C("increase", 18, "đơn", "năm trước"), period=Y24i),
    F("; 205 văn bằng", "205", 205, "count", "văn bằng bảo hộ", "văn bằng bảo hộ được cấp", period=Y24i),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm được bảo hộ chỉ dẫn địa lý",
      period=P("Tính đến hết năm 2024", None, "2024-12-31")),
    F("xếp thứ 3 cả nước", "3", 3, "rank", "hạng", "sản phẩm được bảo hộ chỉ dẫn địa lý",
      period=P("Tính đến hết năm 2024", None, "2024-12-31")),
    F("đạt 46,21 điểm", "46,21", 46.21, "measure", "điểm", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("xếp thứ 14/63", "14", 14, "rank", "hạng", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", total=63,
      change=C("increase", 5, "bậc", "năm 2023"), period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 50 nhiệm vụ", "50", 50, "count", "nhiệm vụ", "nhiệm vụ khoa học và công nghệ cấp tỉnh triển khai",
      approx="at_least", status="target", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ kết quả nghiên cứu được ứng dụng",
      approx="over", status="target", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("đạt 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "số doanh nghiệp khoa học và công nghệ",
      status="target", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("có 24 doanh nghiệp", "24", 24, "count", "doanh nghiệp", "số doanh nghiệp khoa học và công nghệ",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

build(1, A, FIG, comments=[
    "Cổng TTĐT tỉnh Thanh Hóa: tổng kết KH&CN năm 2024 (nhiệm vụ, kinh phí, nghiệm thu, SHTT, chỉ dẫn địa lý, PII), targets 2025.",
    "Dateline 'Cập nhật: 08:15 | 14/01/2025 | Lượt xem: 2.317' (counter is page furniture). Distractors: 'Ngày 13/1', 'hội trường số 2',",
    "'số 25 Đại lộ Lê Lợi, TP Thanh Hóa' (venue address), 'Quyết định số 3120/QĐ-UBND ngày 28/8/2023'.",
    "'trong đó có 29 … và 17 …' parts of 46; 64,3 tỷ part of 187,6 tỷ with share 34,3%; 11 part of 38 (100% is a figure of its own).",
    "'Trong năm 2024' in the paragraph's first sentence is inherited by the later sentences of that paragraph and the next.",
    "'xếp thứ 14/63' total 63, 'tăng 5 bậc' its change. 'năm 2024 có 24 doanh nghiệp' in brackets has its own verb: actual, not target.",
], published="2025-01-14", location="Thanh Hóa")
