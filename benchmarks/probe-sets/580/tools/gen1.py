"""p580-1: province portal (Nam Định), textile exports 9 months 2024, by market, enterprises, workers, wages."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Xuất khẩu dệt may 9 tháng ước đạt 1,86 tỷ USD
Cập nhật: 08/10/2024 14:25
Lượt xem: 3.482

Theo Sở Công Thương, 9 tháng năm 2024, kim ngạch xuất khẩu hàng dệt may của tỉnh Nam Định ước đạt 1,86 tỷ USD, tăng 14,2% so với cùng kỳ năm 2023, chiếm 58,3% tổng kim ngạch xuất khẩu toàn tỉnh. Riêng quý III ước đạt 712 triệu USD, tăng 21,5% so với quý II.

Về thị trường, Hoa Kỳ vẫn là thị trường lớn nhất với 742 triệu USD, chiếm 39,9%; tiếp đến là EU 315 triệu USD, Nhật Bản 248 triệu USD và Hàn Quốc 176 triệu USD. Xuất khẩu sang Trung Quốc giảm 6,8% so với cùng kỳ, chỉ còn khoảng 64 triệu USD.

Tính đến ngày 30/9/2024, toàn tỉnh có 312 doanh nghiệp dệt may đang hoạt động, trong đó 86 doanh nghiệp có vốn đầu tư nước ngoài. Ngành dệt may đang sử dụng hơn 92.000 lao động, tập trung nhiều tại các huyện Nam Trực (14.200 lao động), Hải Hậu (12.800 lao động) và Ý Yên (9.600 lao động). Thu nhập bình quân của người lao động trong ngành đạt 8,4 triệu đồng/người/tháng, tăng khoảng 7% so với năm 2023.

Nhiều doanh nghiệp đã ký đơn hàng đến hết quý I/2025; khoảng 70% doanh nghiệp có đơn hàng đến tháng 6/2025. Dự án Nhà máy Sợi 2 của Tổng công ty Cổ phần Dệt may Nam Định tại Khu công nghiệp Bảo Minh (Quốc lộ 10) dự kiến đi vào hoạt động trong quý IV.

Tỉnh phấn đấu năm 2024 kim ngạch xuất khẩu dệt may đạt 2,5 tỷ USD và đến năm 2025 đạt khoảng 2,8 tỷ USD.

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Địa chỉ: Số 2 Trần Hưng Đạo, TP Nam Định. Điện thoại: 0228.3649.216
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
EXP = "kim ngạch xuất khẩu hàng dệt may"

FIGS = [
    F("9 tháng ước đạt 1,86 tỷ USD", "1,86", 1.86e9, "money", "USD", "xuất khẩu dệt may",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("Nam Định ước đạt 1,86 tỷ USD", "1,86", 1.86e9, "money", "USD", EXP, P9,
      percent=58.3, change=CH("increase", 14.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("quý III ước đạt 712 triệu USD", "712", 712e6, "money", "USD", EXP + " quý III",
      P("quý III", "2024-07-01", "2024-09-30"), change=CH("increase", 21.5, baseline="quý II"), status="estimate"),
    F("lớn nhất với 742 triệu USD", "742", 742e6, "money", "USD", EXP + " sang thị trường Hoa Kỳ", I(P9),
      percent=39.9),
    F("EU 315 triệu USD", "315", 315e6, "money", "USD", EXP + " sang EU", I(P9)),
    F("Nhật Bản 248 triệu USD", "248", 248e6, "money", "USD", EXP + " sang Nhật Bản", I(P9)),
    F("Hàn Quốc 176 triệu USD", "176", 176e6, "money", "USD", EXP + " sang Hàn Quốc", I(P9)),
    F("khoảng 64 triệu USD", "64", 64e6, "money", "USD", "xuất khẩu sang Trung Quốc", I(P9),
      approx="about", change=CH("decrease", 6.8, baseline="cùng kỳ")),
    F("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp", "doanh nghiệp dệt may đang hoạt động", ASOF),
    F("trong đó 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài", ASOF,
      total=312),
    F("hơn 92.000 lao động", "92.000", 92000, "count", "lao động", "lao động ngành dệt may", I(ASOF), approx="over"),
    F("(14.200 lao động)", "14.200", 14200, "count", "lao động", "lao động ngành dệt may", I(ASOF), location="Nam Trực"),
    F("(12.800 lao động)", "12.800", 12800, "count", "lao động", "lao động ngành dệt may", I(ASOF), location="Hải Hậu"),
    F("(9.600 lao động)", "9.600", 9600, "count", "lao động", "lao động ngành dệt may", I(ASOF), location="Ý Yên"),
    F("đạt 8,4 triệu đồng/người/tháng", "8,4", 8.4e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của người lao động trong ngành",
      change=CH("increase", 7, baseline="năm 2023", approx="about")),
    F("khoảng 70% doanh nghiệp", "70", 70, "percent", "%", "doanh nghiệp có đơn hàng đến tháng 6/2025", approx="about"),
    F("đạt 2,5 tỷ USD", "2,5", 2.5e9, "money", "USD", "kim ngạch xuất khẩu dệt may",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 2,8 tỷ USD", "2,8", 2.8e9, "money", "USD", "kim ngạch xuất khẩu dệt may",
      P("đến năm 2025", None, "2025-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Nam Định provincial portal: xuất khẩu dệt may 9 tháng năm 2024, thị trường, doanh nghiệp, lao động, thu nhập, mục tiêu.",
    "Breadcrumb, 'Cập nhật: 08/10/2024 14:25' is the dateline; 'Lượt xem: 3.482', 'Nhà máy Sợi 2', 'Quốc lộ 10', the address",
    "and phone are not figures. Headline '9 tháng' takes 2024 (published). 'Riêng quý III' is another period than the 9-month",
    "whole and has no trong đó cue: no total. Market items: trade partners are not places (location stays Nam Định), the",
    "list's indicator + market is the subject; they stand in a new sentence without 'ước', so actual. Districts in brackets",
    "are locations; the items neither add up to 92.000 nor follow a cue: no total. '70% doanh nghiệp có đơn hàng đến",
    "tháng 6/2025': the date qualifies the subject, no period. 'đến năm 2025' target: start null, end 2025-12-31.",
]

if __name__ == "__main__":
    emit("p580-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nam Định")
