#!/usr/bin/env python3
"""p703-1: Khánh Hòa province portal — coral cover survey H1/2024, reef fish density, patrols, visitor fees, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Khánh Hòa: Độ phủ san hô sống tại Khu bảo tồn biển Hòn Mun đạt 32,6%

Cập nhật: 15/08/2024 10:20
Lượt xem: 1.874

(khanhhoa.gov.vn) - Theo kết quả khảo sát 6 tháng đầu năm 2024 của Ban Quản lý vịnh Nha Trang, độ phủ san hô sống bình quân tại Khu bảo tồn biển Hòn Mun đạt 32,6%, tăng 4,1% so với cùng kỳ năm 2023. Đợt khảo sát được thực hiện tại 12 điểm rạn thuộc phân khu bảo vệ nghiêm ngặt và phân khu phục hồi sinh thái.

Độ phủ san hô tại các điểm Hòn Mun, Hòn Một và Hòn Rơm lần lượt là 48,3%, 41,7% và 14,2%. Mật độ cá rạn bình quân đạt 1.250 cá thể/500 m², gấp 1,4 lần so với năm 2019. Khảo sát cũng ghi nhận 215 loài san hô cứng thuộc 56 giống.

Từ đầu năm đến nay, Ban Quản lý đã phối hợp với Hải đội 2 Bộ đội Biên phòng tỉnh tổ chức 46 đợt tuần tra, phát hiện và lập biên bản 27 trường hợp vi phạm, xử phạt hơn 185 triệu đồng; thu giữ khoảng 3.200 m lưới và 14 bình khí nén dùng để khai thác trái phép.

7 tháng đầu năm 2024, khu bảo tồn đón khoảng 412.000 lượt khách tham quan, lặn biển, tăng 9,8% so với cùng kỳ; thu phí tham quan ước đạt 24,7 tỷ đồng, đạt 82,3% kế hoạch năm.

Theo Quyết định số 1243/QĐ-UBND ngày 12/5/2023 của UBND tỉnh, tỉnh phấn đấu đến năm 2025 nâng độ phủ san hô sống bình quân tại Khu bảo tồn biển Hòn Mun lên trên 35%, phục hồi thêm 5 ha rạn san hô bị suy thoái và giảm ít nhất 50% số vụ vi phạm so với năm 2022.

Mọi thông tin phản ánh vi phạm xin liên hệ đường dây nóng 0258.3822.135 hoặc trụ sở Ban Quản lý vịnh Nha Trang, số 01 Trần Phú, phường Vĩnh Nguyên, TP Nha Trang.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-15")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hòn Mun đạt 32,6%\n", "32,6", 32.6, "percent", "%", "độ phủ san hô sống tại Khu bảo tồn biển Hòn Mun", I(H1)),
    F("Hòn Mun đạt 32,6%, tăng", "32,6", 32.6, "percent", "%", "độ phủ san hô sống bình quân tại Khu bảo tồn biển Hòn Mun", H1,
      change=CH("increase", 4.1, "%", "cùng kỳ năm 2023")),
    F("tại 12 điểm rạn", "12", 12, "count", "điểm rạn", "điểm rạn khảo sát"),
    F("lần lượt là 48,3%", "48,3", 48.3, "percent", "%", "độ phủ san hô tại điểm Hòn Mun"),
    F("48,3%, 41,7%", "41,7", 41.7, "percent", "%", "độ phủ san hô tại điểm Hòn Một"),
    F("và 14,2%", "14,2", 14.2, "percent", "%", "độ phủ san hô tại điểm Hòn Rơm"),
    F("đạt 1.250 cá thể/500 m²", "1.250", 1250, "measure", "cá thể/500 m²", "mật độ cá rạn bình quân",
      change=CH("increase", 1.4, "lần", "năm 2019")),
    F("ghi nhận 215 loài", "215", 215, "count", "loài", "loài san hô cứng"),
    F("thuộc 56 giống", "56", 56, "count", "giống", "giống san hô cứng"),
    F("tổ chức 46 đợt", "46", 46, "count", "đợt", "đợt tuần tra", YTD),
    F("lập biên bản 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp vi phạm bị phát hiện và lập biên bản", YTD),
    F("hơn 185 triệu đồng", "185", 185e6, "money", "đồng", "tiền xử phạt vi phạm", YTD, approx="over"),
    F("khoảng 3.200 m lưới", "3.200", 3200, "measure", "m", "lưới khai thác trái phép bị thu giữ", YTD, approx="about"),
    F("và 14 bình khí nén", "14", 14, "count", "bình khí nén", "bình khí nén khai thác trái phép bị thu giữ", YTD),
    F("khoảng 412.000 lượt khách", "412.000", 412000, "count", "lượt khách", "lượt khách tham quan, lặn biển", M7,
      approx="about", change=CH("increase", 9.8, "%", "cùng kỳ")),
    F("ước đạt 24,7 tỷ đồng", "24,7", 24.7e9, "money", "đồng", "thu phí tham quan", M7, percent=82.3, status="estimate"),
    F("lên trên 35%", "35", 35, "percent", "%", "độ phủ san hô sống bình quân tại Khu bảo tồn biển Hòn Mun", T25,
      approx="over", status="target"),
    F("thêm 5 ha", "5", 5, "measure", "ha", "diện tích rạn san hô bị suy thoái được phục hồi thêm", T25, status="target"),
    F("ít nhất 50% số vụ", "50", 50, "percent", "%", "mức giảm số vụ vi phạm so với năm 2022", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Khánh Hòa: độ phủ san hô sống tại Khu bảo tồn biển Hòn Mun 6 tháng đầu năm 2024; tuần tra, khách tham quan, mục tiêu 2025.",
    "Breadcrumb, 'Cập nhật: 15/08/2024 10:20' (published), 'Lượt xem: 1.874' (counter). Islands (Hòn Mun, Hòn Một, Hòn Rơm) are not places:",
    "the list items keep Khánh Hòa as location and name the site in the subject. 'Hòn Một' (word number in a name), 'Hải đội 2', '500 m²'",
    "(rate denominator), Quyết định số 1243/QĐ-UBND, phone, 'số 01 Trần Phú' are not figures. 'gấp 1,4 lần so với năm 2019' after a figure",
    "is its change (lần). 'đạt 82,3% kế hoạch năm' is the percent of 24,7 tỷ. 'giảm ít nhất 50% số vụ' is a target rate (percent figure).",
]

if __name__ == "__main__":
    emit("p703-1", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Khánh Hòa")
