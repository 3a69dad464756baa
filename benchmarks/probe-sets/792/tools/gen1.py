"""p792-1: Quảng Bình province portal, Phong Nha - Kẻ Bàng, 9 months 2024."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội > Du lịch
Phong Nha - Kẻ Bàng đón hơn 780 nghìn lượt khách trong 9 tháng
Cập nhật: 08/10/2024 09:45 | Lượt xem: 1.236

(Cổng TTĐT Quảng Bình) - Theo Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng, 9 tháng đầu năm 2024, các điểm tham quan hang động trong Vườn đã đón 781.450 lượt khách, tăng 14,2% so với cùng kỳ năm 2023, đạt 86,8% kế hoạch năm. Trong đó, khách quốc tế đạt 126.300 lượt, chiếm 16,2%.

Động Phong Nha và động Thiên Đường tiếp tục dẫn đầu về lượng khách, lần lượt đón 312.800 lượt và 205.600 lượt; tiếp đến là hang Tiên Sơn (68.400 lượt), Hang Tối - sông Chày (57.900 lượt) và khu di tích Hang Tám Cô (41.200 lượt).

Tổng doanh thu từ bán vé tham quan ước đạt 198,6 tỷ đồng, tăng 11,7% so với cùng kỳ. Đơn vị đã nộp ngân sách nhà nước 52,4 tỷ đồng. Giá vé tham quan động Phong Nha hiện là 150.000 đồng/người, động Thiên Đường 250.000 đồng/người; tuyến khám phá sông ngầm Nước Moọc có giá từ 350.000 đến 500.000 đồng/khách tùy gói dịch vụ.

Các tour khám phá hang động chuyên sâu do doanh nghiệp tổ chức đã phục vụ 9.840 lượt khách, gấp 1,4 lần cùng kỳ. Riêng tour thám hiểm hang Sơn Đoòng đón 312 khách, mỗi tour kéo dài 4 ngày 3 đêm.

Về công tác bảo tồn, từ đầu năm đến nay lực lượng kiểm lâm đã tổ chức 1.126 đợt tuần tra, phát hiện và xử lý 47 vụ vi phạm, tịch thu 18,5 m3 gỗ các loại. Theo Quyết định số 2151/QĐ-UBND, năm 2024 tỉnh phấn đấu đón 900.000 lượt khách đến Phong Nha - Kẻ Bàng, doanh thu bán vé đạt 240 tỷ đồng.

Hội nghị sơ kết lần thứ 3 về du lịch hang động được tổ chức tại Km 16 đường 20 Quyết Thắng, xã Sơn Trạch.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
VK = "lượt khách tham quan"

FIGS = [
    F("hơn 780 nghìn lượt khách", "780", 780000, "count", "lượt khách",
      "lượt khách đến Phong Nha - Kẻ Bàng", approx="over", period=H9),
    F("đón 781.450 lượt khách", "781.450", 781450, "count", "lượt khách",
      "lượt khách đến các điểm tham quan hang động trong Vườn quốc gia Phong Nha - Kẻ Bàng",
      percent=86.8, change=C("increase", 14.2, baseline="cùng kỳ năm 2023"), period=M9),
    F("đạt 126.300 lượt", "126.300", 126300, "count", "lượt", "khách quốc tế",
      total=781450, percent=16.2, period=I(M9)),
    F("đón 312.800 lượt", "312.800", 312800, "count", "lượt", VK + " động Phong Nha", period=I(M9)),
    F("và 205.600 lượt", "205.600", 205600, "count", "lượt", VK + " động Thiên Đường", period=I(M9)),
    F("(68.400 lượt)", "68.400", 68400, "count", "lượt", VK + " hang Tiên Sơn", period=I(M9)),
    F("(57.900 lượt)", "57.900", 57900, "count", "lượt", VK + " Hang Tối - sông Chày", period=I(M9)),
    F("(41.200 lượt)", "41.200", 41200, "count", "lượt", VK + " khu di tích Hang Tám Cô", period=I(M9)),
    F("ước đạt 198,6 tỷ đồng", "198,6", 198.6e9, "money", "đồng", "tổng doanh thu từ bán vé tham quan",
      change=C("increase", 11.7, baseline="cùng kỳ"), status="estimate", period=I(M9)),
    F("nộp ngân sách nhà nước 52,4 tỷ đồng", "52,4", 52.4e9, "money", "đồng", "nộp ngân sách nhà nước",
      period=I(M9)),
    F("hiện là 150.000 đồng/người", "150.000", 150000, "money", "đồng/người",
      "giá vé tham quan động Phong Nha"),
    F("Thiên Đường 250.000 đồng/người", "250.000", 250000, "money", "đồng/người",
      "giá vé tham quan động Thiên Đường"),
    F("từ 350.000 đến 500.000 đồng/khách", "350.000", 350000, "money", "đồng/khách",
      "giá tuyến khám phá sông ngầm Nước Moọc", value_max=500000),
    F("phục vụ 9.840 lượt khách", "9.840", 9840, "count", "lượt khách",
      "lượt khách của các tour khám phá hang động chuyên sâu",
      change=C("increase", 1.4, "lần", "cùng kỳ"), period=I(M9)),
    F("đón 312 khách", "312", 312, "count", "khách", "khách tour thám hiểm hang Sơn Đoòng", period=I(M9)),
    F("kéo dài 4 ngày", "4", 4, "measure", "ngày", "thời gian mỗi tour thám hiểm hang Sơn Đoòng", optional=True),
    F("4 ngày 3 đêm", "3", 3, "measure", "đêm", "thời gian mỗi tour thám hiểm hang Sơn Đoòng", optional=True),
    F("tổ chức 1.126 đợt tuần tra", "1.126", 1126, "count", "đợt tuần tra",
      "đợt tuần tra của lực lượng kiểm lâm", period=YTD),
    F("xử lý 47 vụ vi phạm", "47", 47, "count", "vụ vi phạm", "vụ vi phạm được phát hiện và xử lý", period=YTD),
    F("tịch thu 18,5 m3 gỗ", "18,5", 18.5, "measure", "m3", "gỗ tịch thu", period=YTD),
    F("đón 900.000 lượt khách", "900.000", 900000, "count", "lượt khách",
      "lượt khách đến Phong Nha - Kẻ Bàng", status="target", period=Y24),
    F("đạt 240 tỷ đồng", "240", 240e9, "money", "đồng", "doanh thu bán vé", status="target", period=Y24),
]

NOTES = [
    "Cổng TTĐT Quảng Bình: Phong Nha - Kẻ Bàng, khách tham quan hang động 9 tháng 2024 (province portal).",
    "Headline '9 tháng' has no year: published 2024. Distractors: Lượt xem, 09:45, Quyết định số 2151/QĐ-UBND,",
    "Hang Tám Cô (name), lần thứ 3, Km 16 đường 20 Quyết Thắng. The cave list does not add up to 781.450: no total.",
    "'gấp 1,4 lần cùng kỳ' after a count is that count's change (unit lần). '4 ngày 3 đêm' is a tour specification: optional.",
]

if __name__ == "__main__":
    write_set(1, TEXT, FIGS, NOTES, published="2024-10-08", location="Quảng Bình")
