#!/usr/bin/env python3
"""p716-8: xã Tân Triều (huyện Thanh Trì, Hà Nội) commune portal — 'Đổi rác lấy quà', Triều Khúc recycling village, 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND XÃ TÂN TRIỀU - HUYỆN THANH TRÌ - TP HÀ NỘI
Trang chủ | Tin hoạt động | Môi trường
Ngày 28/09/2024 | 356 lượt xem

Tân Triều: Thu gom gần 12 tấn phế liệu từ phong trào "Đổi rác lấy quà"

Từ đầu năm 2024 đến nay, Hội Liên hiệp Phụ nữ xã phối hợp với các thôn tổ chức 18 đợt "Đổi rác lấy quà" (đạt 150% kế hoạch năm), thu gom 11,8 tấn phế liệu các loại, trong đó giấy, bìa các-tông 6,2 tấn; nhựa 3,9 tấn; kim loại 1,7 tấn. Số tiền bán phế liệu 52,4 triệu đồng được dùng để hỗ trợ 26 hội viên có hoàn cảnh khó khăn, mỗi suất 2 triệu đồng.

Thôn Triều Khúc hiện có 265 hộ làm nghề thu mua, tái chế nhựa và lông vũ, chiếm 31% số hộ trong thôn; bình quân mỗi hộ thu mua 1,5-2 tấn/ngày. Phế liệu chủ yếu được tập kết dọc đường 70 và khu vực giáp Khu đô thị Tân Triều.

Năm 2023, xã đã giải tỏa 14 điểm tập kết phế liệu tự phát, xử lý 9 trường hợp đốt phế liệu gây ô nhiễm. Riêng quý III/2024, lực lượng chức năng kiểm tra 37 lượt, phát hiện 5 cơ sở vi phạm, xử phạt tổng số tiền 42 triệu đồng.

Theo Chủ tịch UBND xã, hiện tỷ lệ hộ gia đình thực hiện phân loại rác tại nguồn mới đạt khoảng 65%. Xã phấn đấu đến hết năm 2025, 100% hộ gia đình trên địa bàn thực hiện phân loại rác tại nguồn, không còn điểm đốt phế liệu lộ thiên.

Mọi ý kiến phản ánh về vệ sinh môi trường xin liên hệ đường dây nóng của UBND xã: 024.3688.1234 hoặc trực tiếp tại Bộ phận Một cửa, số 6 đường Tân Triều.
"""

YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-09-28")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("gần 12 tấn", "12", 12, "measure", "tấn", approx="nearly", subject="phế liệu thu gom từ phong trào \"Đổi rác lấy quà\""),
    F("18 đợt", "18", 18, "count", "đợt", percent=150, subject="đợt \"Đổi rác lấy quà\" tổ chức", period=YTD),
    F("11,8 tấn", "11,8", 11.8, "measure", "tấn", subject="phế liệu các loại thu gom", period=YTD),
    F("6,2 tấn", "6,2", 6.2, "measure", "tấn", total=11.8, subject="giấy, bìa các-tông thu gom", period=YTD),
    F("3,9 tấn", "3,9", 3.9, "measure", "tấn", total=11.8, subject="nhựa thu gom", period=YTD),
    F("1,7 tấn", "1,7", 1.7, "measure", "tấn", total=11.8, subject="kim loại thu gom", period=YTD),
    F("52,4 triệu đồng", "52,4", 52_400_000, "money", "đồng", subject="số tiền bán phế liệu"),
    F("26 hội viên", "26", 26, "count", "hội viên", subject="hội viên có hoàn cảnh khó khăn được hỗ trợ"),
    F("suất 2 triệu đồng", "2", 2_000_000, "money", "đồng", subject="mức hỗ trợ mỗi suất"),
    F("có 265 hộ", "265", 265, "count", "hộ", percent=31,
      subject="hộ làm nghề thu mua, tái chế nhựa và lông vũ thôn Triều Khúc"),
    F("1,5-2 tấn/ngày", "1,5", 1.5, "measure", "tấn/ngày", value_max=2,
      subject="phế liệu bình quân mỗi hộ thu mua"),
    F("giải tỏa 14 điểm", "14", 14, "count", "điểm", subject="điểm tập kết phế liệu tự phát được giải tỏa",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("xử lý 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp đốt phế liệu gây ô nhiễm bị xử lý",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("kiểm tra 37 lượt", "37", 37, "count", "lượt", subject="lượt kiểm tra của lực lượng chức năng", period=Q3),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=Q3),
    F("42 triệu đồng", "42", 42_000_000, "money", "đồng", subject="tổng số tiền xử phạt", period=Q3),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ hộ gia đình thực hiện phân loại rác tại nguồn"),
    F("2025, 100% hộ", "100", 100, "percent", "%", status="target",
      subject="hộ gia đình thực hiện phân loại rác tại nguồn", period=P("đến hết năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Cổng TTĐT xã Tân Triều (huyện Thanh Trì, Hà Nội): 'Đổi rác lấy quà' 2024, làng nghề tái chế Triều Khúc, xử lý vi phạm, mục tiêu 2025.",
    "Commune portal: location is the district, Thanh Trì (the most specific province/city/district level). 'Ngày 28/09/2024 | 356 lượt xem'",
    "gives published; '356 lượt xem', 'đường 70', 'số 6 đường Tân Triều', the phone and 'Khu đô thị Tân Triều' are not figures.",
    "The three material parts follow 'trong đó' after 11,8 tấn (sum 11,8): total 11.8. 'Từ đầu năm 2024 đến nay' ends at the dateline.",
    "'chiếm 31% số hộ trong thôn' is the percent of 265 hộ. 'hiện' sentences have no period. 'đến hết năm 2025' target → end 2025-12-31.",
]

if __name__ == "__main__":
    emit("p716-8", TEXT, COMMENTS, FIGS, published="2024-09-28", location="Thanh Trì")
