"""p783-4: ministry site (Bộ NN&PTNT), national coconut industry 2023 and targets."""
from lib import F, P, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức > Trồng trọt

Ngành dừa phấn đấu xuất khẩu 1,5 tỷ USD đến năm 2030

22/03/2024 14:30 | Nguồn: Cục Trồng trọt

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 200.000 ha dừa, sản lượng đạt 2,2 triệu tấn, tăng 3,5% so với năm 2022. Trong đó, Bến Tre có diện tích lớn nhất với 79.650 ha, chiếm gần 40% diện tích cả nước; tiếp đến là Trà Vinh 27.400 ha và Tiền Giang 21.800 ha.

Kim ngạch xuất khẩu các sản phẩm từ dừa năm 2023 đạt 908 triệu USD, tăng 6% so với năm 2022. Trung Quốc là thị trường lớn nhất, chiếm 23,7% kim ngạch; Mỹ và Thái Lan lần lượt chiếm 15,2% và 8,9%. Về diện tích, Việt Nam đứng thứ 5 thế giới, sau Indonesia, Philippines, Ấn Độ và Sri Lanka.

Để đáp ứng yêu cầu của thị trường nhập khẩu, cả nước đã có 27 cơ sở đóng gói và 68 vùng trồng dừa tươi được cấp mã số, với tổng diện tích 4.215 ha. Tại Hội nghị phát triển ngành dừa lần thứ hai tổ chức ở TP Bến Tre, Thứ trưởng Hoàng Trung đề nghị các địa phương đẩy mạnh liên kết chuỗi, chế biến sâu.

Theo Đề án phát triển ngành dừa ban hành kèm Quyết định số 3214/QĐ-BNN-TT, phấn đấu đến năm 2025 diện tích dừa cả nước ổn định 180.000-200.000 ha, kim ngạch xuất khẩu đạt 1 tỷ USD; đến năm 2030 đạt 1,5 tỷ USD, tỷ lệ diện tích dừa được chứng nhận hữu cơ, VietGAP đạt trên 30%.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("xuất khẩu 1,5 tỷ USD đến", "1,5", 1.5e9, "money", "USD", "xuất khẩu ngành dừa", T30, status="target"),
    F("khoảng 200.000 ha", "200.000", 200000, "measure", "ha", "diện tích dừa cả nước", Y23, approx="about"),
    F("đạt 2,2 triệu tấn", "2,2", 2.2e6, "measure", "tấn", "sản lượng dừa", Y23,
      change=CH("increase", 3.5, baseline="năm 2022")),
    F("với 79.650 ha", "79.650", 79650, "measure", "ha", "diện tích dừa", total=200000, percent=40,
      location="Bến Tre"),
    F("Trà Vinh 27.400 ha", "27.400", 27400, "measure", "ha", "diện tích dừa", total=200000, location="Trà Vinh"),
    F("Tiền Giang 21.800 ha", "21.800", 21800, "measure", "ha", "diện tích dừa", total=200000,
      location="Tiền Giang"),
    F("đạt 908 triệu USD", "908", 908e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ dừa", Y23,
      change=CH("increase", 6, baseline="năm 2022")),
    F("chiếm 23,7% kim ngạch", "23,7", 23.7, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu dừa"),
    F("chiếm 15,2%", "15,2", 15.2, "percent", "%", "tỷ trọng thị trường Mỹ trong kim ngạch xuất khẩu dừa"),
    F("và 8,9%", "8,9", 8.9, "percent", "%", "tỷ trọng thị trường Thái Lan trong kim ngạch xuất khẩu dừa"),
    F("đứng thứ 5 thế giới", "5", 5, "rank", "hạng", "diện tích dừa của Việt Nam trên thế giới"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở đóng gói dừa tươi được cấp mã số"),
    F("và 68 vùng trồng", "68", 68, "count", "vùng trồng", "vùng trồng dừa tươi được cấp mã số"),
    F("diện tích 4.215 ha", "4.215", 4215, "measure", "ha", "tổng diện tích vùng trồng dừa tươi được cấp mã số"),
    F("ổn định 180.000-200.000 ha", "180.000", 180000, "measure", "ha", "diện tích dừa cả nước", T25,
      value_max=200000, status="target"),
    F("đạt 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu dừa", T25, status="target"),
    F("đạt 1,5 tỷ USD", "1,5", 1.5e9, "money", "USD", "kim ngạch xuất khẩu dừa", T30, status="target"),
    F("đạt trên 30%", "30", 30, "percent", "%", "tỷ lệ diện tích dừa được chứng nhận hữu cơ, VietGAP", T30,
      approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national coconut area, output, exports 2023, markets, rank, growing-area codes, 2025/2030 targets.",
    "Location Việt Nam; the three provinces after 'Trong đó' are parts of the national 200.000 ha (total) and their own location;",
    "'Trong đó' follows 2,2 triệu tấn, but the whole counting the same thing (area) is 200.000 ha. 'chiếm gần 40%' = percent 40.",
    "Export markets (Trung Quốc, Mỹ, Thái Lan) are trade partners, not places: location stays Việt Nam; their shares are percent figures.",
    "'lần thứ hai' (ordinal), QĐ 3214/QĐ-BNN-TT, address Số 2 Ngọc Hà and phone are distractors.",
]

if __name__ == "__main__":
    emit("p783-4", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Việt Nam")
