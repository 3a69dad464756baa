"""p721-8: UBND xã Ngũ Hiệp (huyện Cai Lậy, Tiền Giang) commune portal — HTX mít sấy."""
from lib import F, P, INH, CH, emit

TEXT = """ỦY BAN NHÂN DÂN XÃ NGŨ HIỆP - HUYỆN CAI LẬY - TỈNH TIỀN GIANG
Trang chủ > Kinh tế - Xã hội

HTX mít sấy Ngũ Hiệp: mỗi năm tiêu thụ gần 600 tấn mít tươi cho bà con

Ngày 02/12/2024 | 10:15 | Lượt xem: 417

Hợp tác xã Nông nghiệp Ngũ Hiệp được thành lập năm 2019 với 27 thành viên, đến nay đã phát triển lên 64 thành viên, vốn điều lệ 2,35 tỷ đồng. Năm 2021, HTX đầu tư 2 lò sấy chân không công suất 500 kg/mẻ; sản phẩm mít sấy giòn đạt OCOP 3 sao năm 2022 và được trưng bày tại Lễ hội Trái cây Cai Lậy lần thứ III.

Năm 2024, HTX thu mua gần 600 tấn mít tươi của 85 hộ trong xã, chế biến được 118 tấn thành phẩm; doanh thu ước đạt 9,6 tỷ đồng, tăng 22% so với năm 2023. Lợi nhuận sau thuế khoảng 1,1 tỷ đồng. Giá thu mua theo hợp đồng từ 8.000 đến 10.000 đồng/kg tùy loại; thu nhập bình quân của lao động HTX 7,5 triệu đồng/người/tháng. Trong quý III/2024, HTX xuất khẩu ủy thác lô hàng đầu tiên gồm 4,2 tấn mít sấy sang Hàn Quốc thông qua một doanh nghiệp tại Thành phố Hồ Chí Minh.

Theo UBND xã, toàn xã hiện có 1.136 ha cây ăn trái, trong đó mít 412 ha, sầu riêng 386 ha, còn lại là bưởi, xoài. Xã đã có 3 mã số vùng trồng mít với 126 ha. Phấn đấu đến năm 2025, xã có 50% diện tích mít liên kết tiêu thụ với HTX và doanh nghiệp.

Địa chỉ: ấp 5, xã Ngũ Hiệp, huyện Cai Lậy, tỉnh Tiền Giang. Điện thoại: 0273.3924.115
"""

NOW = P("đến nay", None, "2024-12-02")
Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiêu thụ gần 600 tấn", "600", 600, "measure", "tấn/năm", "mít tươi HTX tiêu thụ mỗi năm", approx="nearly"),
    F("với 27 thành viên", "27", 27, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp Ngũ Hiệp khi thành lập",
      P("năm 2019", "2019-01-01", "2019-12-31")),
    F("lên 64 thành viên", "64", 64, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp Ngũ Hiệp", NOW),
    F("điều lệ 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "vốn điều lệ", NOW),
    F("đầu tư 2 lò sấy", "2", 2, "count", "lò sấy", "lò sấy chân không HTX đầu tư", Y21),
    F("công suất 500 kg/mẻ", "500", 500, "measure", "kg/mẻ", "công suất lò sấy chân không", Y21),
    F("thu mua gần 600 tấn", "600", 600, "measure", "tấn", "mít tươi HTX thu mua", Y24, approx="nearly"),
    F("của 85 hộ", "85", 85, "count", "hộ", "hộ trong xã bán mít cho HTX", Y24),
    F("được 118 tấn", "118", 118, "measure", "tấn", "thành phẩm chế biến", Y24),
    F("ước đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "doanh thu", Y24,
      change=CH("increase", 22, baseline="năm 2023"), status="estimate"),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "lợi nhuận sau thuế", INH(Y24), approx="about"),
    F("từ 8.000 đến 10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá thu mua theo hợp đồng", value_max=10000),
    F("HTX 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động HTX"),
    F("gồm 4,2 tấn", "4,2", 4.2, "measure", "tấn", "mít sấy HTX xuất khẩu ủy thác sang Hàn Quốc",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 1.136 ha", "1.136", 1136, "measure", "ha", "diện tích cây ăn trái"),
    F("mít 412 ha", "412", 412, "measure", "ha", "diện tích mít", total=1136),
    F("sầu riêng 386 ha", "386", 386, "measure", "ha", "diện tích sầu riêng", total=1136),
    F("có 3 mã số", "3", 3, "count", "mã số vùng trồng", "mã số vùng trồng mít"),
    F("với 126 ha", "126", 126, "measure", "ha", "diện tích vùng trồng mít có mã số"),
    F("có 50% diện tích", "50", 50, "percent", "%", "diện tích mít liên kết tiêu thụ với HTX và doanh nghiệp",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Ngũ Hiệp (huyện Cai Lậy, Tiền Giang): HTX mít sấy — thành viên, lò sấy, thu mua, doanh thu 2024; cây ăn trái của xã, mã số, mục tiêu 2025.",
    "Distractors: 'Lượt xem: 417', '10:15', 'OCOP 3 sao' (a rating class), 'lần thứ III', 'ấp 5', phone, 'năm 2022' (a date).",
    "Location: a commune is below district level, so the commune's figures are the district's: Cai Lậy (the header names huyện Cai Lậy).",
    "'đến nay' ends at the dateline (2024-12-02) and covers the 64 members and the charter capital in the same sentence; the 27 founding members take 'năm 2019'.",
    "'Lợi nhuận sau thuế khoảng 1,1 tỷ đồng.' is its own sentence with no 'ước': actual, about. 'trong đó mít 412 ha, sầu riêng 386 ha' → total 1.136 ha.",
    "Headline 'mỗi năm … gần 600 tấn' has no dated period. '4,2 tấn' after 'gồm' is the lot's content, not a part of a whole (no total);",
    "the export goes through a company in TP. Hồ Chí Minh, but it is the HTX's export: Cai Lậy; Hàn Quốc is a market, not a place.",
    "revised after the first run: headline 'mỗi năm … gần 600 tấn' unit 'tấn' → 'tấn/năm' (rate; no score effect).",
]

if __name__ == "__main__":
    emit("p721-8", TEXT, COMMENTS, FIGS, published="2024-12-02", location="Cai Lậy")
