"""p800-4: ministry site (Bộ NN&PTNT), national chili and ginger area, output, exports 2023, planting-area codes, targets."""
from lib import F, P, I, C, write_set

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt
Ngày đăng: 12/03/2024 | Lượt xem: 1.127

Xuất khẩu ớt, gừng năm 2023 đạt hơn 210 triệu USD

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 26.500 ha ớt, diện tích gừng đạt 19.800 ha. Sản lượng ớt đạt 412.000 tấn, sản lượng gừng đạt khoảng 275.000 tấn. Các địa phương có diện tích ớt lớn nhất lần lượt là Đồng Tháp (4.150 ha), An Giang (3.920 ha), Tiền Giang (2.860 ha) và Quảng Ngãi (2.540 ha).

Kim ngạch xuất khẩu ớt năm 2023 ước đạt 128,5 triệu USD, tăng 42% so với năm 2022; gừng ước đạt 84,3 triệu USD, giảm 11,6%. Việt Nam hiện đứng thứ 5 thế giới về xuất khẩu ớt. Trung Quốc là thị trường lớn nhất, chiếm 68% kim ngạch xuất khẩu ớt.

Sau khi Nghị định thư về yêu cầu kiểm dịch thực vật đối với ớt xuất khẩu sang Trung Quốc có hiệu lực, tính đến ngày 29/2/2024 cả nước đã được cấp 96 mã số vùng trồng ớt với tổng diện tích 3.215 ha và 22 mã số cơ sở đóng gói. Giá ớt xuất khẩu bình quân năm 2023 đạt 2.350 USD/tấn, cao hơn 18% so với năm trước. Trong khi đó, giá gừng tươi xuất khẩu chỉ còn 620 - 700 USD/tấn do nguồn cung từ Trung Quốc tăng mạnh.

Năm 2024, Bộ đặt mục tiêu kim ngạch xuất khẩu ớt đạt 150 triệu USD. Đến năm 2030, diện tích ớt cả nước duy trì 30.000 - 32.000 ha, trong đó ít nhất 40% diện tích được cấp mã số vùng trồng.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 29/2/2024", None, "2024-02-29")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("Đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt hơn 210 triệu USD", "210", 210_000_000, "money", "USD", "kim ngạch xuất khẩu ớt, gừng",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 26.500 ha ớt", "26.500", 26500, "measure", "ha", "diện tích ớt", Y23, approx="about"),
    F("đạt 19.800 ha", "19.800", 19800, "measure", "ha", "diện tích gừng", Y23),
    F("đạt 412.000 tấn", "412.000", 412000, "measure", "tấn", "sản lượng ớt", I(Y23)),
    F("khoảng 275.000 tấn", "275.000", 275000, "measure", "tấn", "sản lượng gừng", I(Y23), approx="about"),
    F("Đồng Tháp (4.150 ha)", "4.150", 4150, "measure", "ha", "diện tích ớt", I(Y23), location="Đồng Tháp"),
    F("An Giang (3.920 ha)", "3.920", 3920, "measure", "ha", "diện tích ớt", I(Y23), location="An Giang"),
    F("Tiền Giang (2.860 ha)", "2.860", 2860, "measure", "ha", "diện tích ớt", I(Y23), location="Tiền Giang"),
    F("Quảng Ngãi (2.540 ha)", "2.540", 2540, "measure", "ha", "diện tích ớt", I(Y23), location="Quảng Ngãi"),
    F("ước đạt 128,5 triệu USD", "128,5", 128_500_000, "money", "USD", "kim ngạch xuất khẩu ớt", Y23,
      change=C("increase", 42, "%", "năm 2022"), status="estimate"),
    F("ước đạt 84,3 triệu USD", "84,3", 84_300_000, "money", "USD", "kim ngạch xuất khẩu gừng", Y23,
      change=C("decrease", 11.6, "%"), status="estimate"),
    F("đứng thứ 5 thế giới", "5", 5, "rank", "hạng", "xếp hạng xuất khẩu ớt thế giới"),
    F("chiếm 68% kim ngạch", "68", 68, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu ớt",
      I(Y23)),
    F("cấp 96 mã số", "96", 96, "count", "mã số vùng trồng", "mã số vùng trồng ớt được cấp", ASOF),
    F("tổng diện tích 3.215 ha", "3.215", 3215, "measure", "ha", "diện tích vùng trồng ớt được cấp mã số", ASOF),
    F("và 22 mã số", "22", 22, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói ớt được cấp", ASOF),
    F("đạt 2.350 USD/tấn", "2.350", 2350, "money", "USD/tấn", "giá ớt xuất khẩu bình quân", Y23,
      change=C("increase", 18, "%", "năm trước")),
    F("còn 620 - 700 USD/tấn", "620", 620, "money", "USD/tấn", "giá gừng tươi xuất khẩu", I(Y23), value_max=700),
    F("đạt 150 triệu USD", "150", 150_000_000, "money", "USD", "kim ngạch xuất khẩu ớt", Y24, status="target"),
    F("duy trì 30.000 - 32.000 ha", "30.000", 30000, "measure", "ha", "diện tích ớt", T30,
      value_max=32000, status="target"),
    F("ít nhất 40% diện tích", "40", 40, "percent", "%", "tỷ lệ diện tích ớt được cấp mã số vùng trồng", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national chili/ginger 2023, exports, planting-area codes, 2024/2030 targets.",
    "Distractors: Ngày đăng 12/03/2024, Lượt xem 1.127, Nghị định thư (no number), Số 2 Ngọc Hà, phone 024.3846.8161.",
    "Headline 'năm 2023 đạt hơn 210 triệu USD' = 128,5 + 84,3 triệu USD; its own period in the headline.",
    "Province list with 'lần lượt' shares the indicator 'diện tích ớt'; each province is the item's location.",
    "'gừng ước đạt 84,3 triệu USD, giảm 11,6%': the change has no stated baseline.",
    "'đứng thứ 5 thế giới' is a rank with no period ('hiện'). 'chiếm 68%' is a share of another whole: percent figure,",
    "location Việt Nam (Trung Quốc is a trade partner). The ministry's address 'Hà Nội' localises nothing.",
]

if __name__ == "__main__":
    write_set(4, TEXT, FIGS, NOTES, published="2024-03-12", location="Việt Nam")
