"""p821-8: Báo Hòa Bình online, (HBĐT) tag, stone quarrying 2024 with a headline figure."""
from lib import F, period, change, write

TEXT = """BÁO HÒA BÌNH ĐIỆN TỬ
Kinh tế » Công nghiệp
Khai thác đá làm vật liệu xây dựng năm 2024 ước đạt 7,2 triệu m3
Thứ Năm, 09/01/2025 | 14:32

(HBĐT) - Năm 2024, sản lượng khai thác đá làm vật liệu xây dựng thông thường trên địa bàn tỉnh ước đạt 7,2 triệu m3, tăng 14,3% so với năm 2023, đạt 90% kế hoạch. Với sản lượng này, Hòa Bình đứng thứ 3 khu vực miền núi phía Bắc.

Toàn tỉnh có 73 mỏ đá được cấp phép, trong đó 58 mỏ đang hoạt động, 15 mỏ tạm dừng do hết trữ lượng hoặc chưa hoàn thiện thủ tục. Các mỏ tập trung ở các huyện Lương Sơn, Kim Bôi, Lạc Thủy với sản lượng lần lượt là 3,1 triệu m3, 1,4 triệu m3 và 1,1 triệu m3.

Tổng thu ngân sách từ hoạt động khoáng sản năm 2024 đạt 248,6 tỷ đồng, gấp 1,3 lần năm 2023; trong đó tiền cấp quyền khai thác khoáng sản 96,4 tỷ đồng, thuế tài nguyên 81,2 tỷ đồng. Giá đá hộc bình quân tại mỏ khoảng 165.000 đồng/m3, đá dăm các loại từ 250.000 đến 310.000 đồng/m3, ổn định so với năm trước.

Qua thanh tra, kiểm tra 31 mỏ, ngành chức năng đã xử phạt 12 tổ chức với tổng số tiền 2,7 tỷ đồng, buộc 4 doanh nghiệp hạ chiều cao tầng khai thác xuống không quá 10 m. Đáng chú ý, số vụ khai thác vượt công suất bị phát hiện năm 2024 gấp 3 lần năm trước.

Năm 2025, tỉnh phấn đấu sản lượng khai thác đá đạt 8 triệu m3, đóng cửa mỏ và hoàn nguyên môi trường cho 6 mỏ hết hạn giấy phép dọc Quốc lộ 6 và đường Hồ Chí Minh.

Đức Anh
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = period("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
OUT = "sản lượng khai thác đá"
FIGS = [
    F("dựng năm 2024 ước đạt 7,2", "7,2", 7.2e6, "measure", "m3", status="estimate",
      subject="khai thác đá làm vật liệu xây dựng", per=Y24),
    F("tỉnh ước đạt 7,2 triệu m3", "7,2", 7.2e6, "measure", "m3", status="estimate", percent=90,
      change=change("increase", 14.3, baseline="năm 2023"),
      subject="sản lượng khai thác đá làm vật liệu xây dựng thông thường", per=Y24b),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="sản lượng khai thác đá khu vực miền núi phía Bắc", per=Y24i),
    F("có 73 mỏ", "73", 73, "count", "mỏ đá", subject="mỏ đá được cấp phép"),
    F("trong đó 58 mỏ", "58", 58, "count", "mỏ", total=73, subject="mỏ đá đang hoạt động"),
    F("15 mỏ tạm dừng", "15", 15, "count", "mỏ", total=73, subject="mỏ đá tạm dừng"),
    F("là 3,1 triệu m3", "3,1", 3.1e6, "measure", "m3", subject=OUT, per=Y24i, location="Lương Sơn"),
    F("1,4 triệu m3", "1,4", 1.4e6, "measure", "m3", subject=OUT, per=Y24i, location="Kim Bôi"),
    F("và 1,1 triệu m3", "1,1", 1.1e6, "measure", "m3", subject=OUT, per=Y24i, location="Lạc Thủy"),
    F("đạt 248,6 tỷ đồng", "248,6", 248.6e9, "money", "đồng",
      change=change("increase", 1.3, unit="lần", baseline="năm 2023"),
      subject="tổng thu ngân sách từ hoạt động khoáng sản", per=Y24),
    F("khoáng sản 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", total=248.6e9,
      subject="tiền cấp quyền khai thác khoáng sản", per=Y24),
    F("thuế tài nguyên 81,2 tỷ đồng", "81,2", 81.2e9, "money", "đồng", total=248.6e9,
      subject="thuế tài nguyên", per=Y24),
    F("khoảng 165.000 đồng/m3", "165.000", 165000, "money", "đồng/m3", approx="about",
      subject="giá đá hộc bình quân tại mỏ"),
    F("từ 250.000 đến 310.000 đồng/m3", "250.000", 250000, "money", "đồng/m3", value_max=310000,
      subject="giá đá dăm các loại"),
    F("kiểm tra 31 mỏ", "31", 31, "count", "mỏ", subject="mỏ được thanh tra, kiểm tra", per=Y24i),
    F("xử phạt 12 tổ chức", "12", 12, "count", "tổ chức", subject="tổ chức bị xử phạt", per=Y24i),
    F("số tiền 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", subject="tổng số tiền xử phạt", per=Y24i),
    F("buộc 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
      subject="doanh nghiệp buộc hạ chiều cao tầng khai thác", per=Y24i),
    F("không quá 10 m", "10", 10, "measure", "m", approx="at_most", optional=True,
      subject="chiều cao tầng khai thác tối đa"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="số vụ khai thác vượt công suất bị phát hiện so với năm trước", per=Y24),
    F("đạt 8 triệu m3", "8", 8e6, "measure", "m3", status="target", subject="sản lượng khai thác đá", per=Y25),
    F("cho 6 mỏ", "6", 6, "count", "mỏ", status="target",
      subject="mỏ hết hạn giấy phép đóng cửa và hoàn nguyên môi trường", per=Y25),
]

COMMENTS = [
    "Báo Hòa Bình online, '(HBĐT) -' tag, headline figure: 2024 stone output, licensed/active quarries, district output with 'lần lượt',",
    "revenue with 'gấp 1,3 lần năm 2023' (a comparison attached to the revenue figure: change in 'lần'), prices, inspections, a standalone",
    "'gấp 3 lần năm trước' (multiple), 2025 targets. The 'lần lượt' list and the rank sentence are new sentences after 'ước đạt': actual.",
    "'không quá 10 m' is a required bench height (optional). Quốc lộ 6, đường Hồ Chí Minh, time 14:32 are not figures.",
]

write(8, TEXT, FIGS, COMMENTS, published="2025-01-09", location="Hòa Bình")
