"""p769-5: Party newspaper (Báo Bình Định) — ostrich value chain in huyện Phù Cát; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH
Kinh tế > Nông nghiệp

Phù Cát phát triển chăn nuôi đà điểu theo chuỗi

(BĐ) - Sau 5 năm triển khai mô hình nuôi đà điểu liên kết, đến nay huyện Phù Cát có 58 hộ tham gia với tổng đàn hơn 2.600 con, gấp 3,5 lần so với năm 2019.

Đà điểu được nuôi chủ yếu ở các xã Cát Hanh, Cát Hiệp, Cát Lâm, nơi có nhiều đất đồi cát. Gia đình anh Trần Văn Bảy (thôn 3, xã Cát Hanh) hiện nuôi 120 con đà điểu thịt và 16 con sinh sản. Mỗi năm, đàn sinh sản cho khoảng 700 quả trứng, tỷ lệ ấp nở đạt 62-65%. Sau 10-12 tháng nuôi, đà điểu đạt trọng lượng 95-110 kg/con; với giá bán 90.000 đồng/kg, mỗi con lãi khoảng 2,5 triệu đồng. Hiện đà điểu giống 3 tháng tuổi có giá 1,2-1,5 triệu đồng/con.

Năm 2023, HTX Nông nghiệp Cát Hanh liên kết với doanh nghiệp tiêu thụ 1.150 con đà điểu thương phẩm, doanh thu đạt 9,8 tỷ đồng, tăng 18% so với năm 2022. Sản phẩm thịt đà điểu khô của HTX đã được công nhận OCOP 3 sao.

Phó Chủ tịch UBND huyện Phù Cát Nguyễn Văn Lực cho biết, năm 2024 huyện phấn đấu nâng tổng đàn lên 3.500 con; hỗ trợ 50% chi phí con giống cho hộ mới tham gia, tối đa 15 triệu đồng/hộ.

NGỌC TÚ
22/04/2024

Tòa soạn: 256 Phan Bội Châu, TP. Quy Nhơn. Điện thoại: 0256.3822.364
"""

NOW = P("đến nay", end="2024-04-22")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 58 hộ", "58", 58, "count", "hộ", "hộ tham gia mô hình nuôi đà điểu liên kết", NOW),
    F("hơn 2.600 con", "2.600", 2600, "count", "con", "tổng đàn đà điểu", NOW, approx="over",
      change=CH("increase", 3.5, "lần", baseline="năm 2019")),
    F("nuôi 120 con", "120", 120, "count", "con", "đà điểu thịt gia đình anh Trần Văn Bảy nuôi"),
    F("16 con sinh sản", "16", 16, "count", "con", "đà điểu sinh sản gia đình anh Trần Văn Bảy nuôi"),
    F("khoảng 700 quả trứng", "700", 700, "count", "quả trứng", "trứng đàn đà điểu sinh sản cho mỗi năm", approx="about"),
    F("đạt 62-65%", "62", 62, "percent", "%", "tỷ lệ ấp nở trứng đà điểu", value_max=65),
    F("Sau 10-12 tháng", "10", 10, "measure", "tháng", "thời gian nuôi đà điểu", value_max=12, optional=True),
    F("95-110 kg/con", "95", 95, "measure", "kg/con", "trọng lượng đà điểu", value_max=110),
    F("giá bán 90.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá bán đà điểu"),
    F("khoảng 2,5 triệu đồng", "2,5", 2500000, "money", "đồng", "lãi mỗi con đà điểu", approx="about"),
    F("3 tháng tuổi", "3", 3, "measure", "tháng", "tuổi đà điểu giống", optional=True),
    F("1,2-1,5 triệu đồng/con", "1,2", 1200000, "money", "đồng/con", "giá đà điểu giống 3 tháng tuổi", value_max=1500000),
    F("tiêu thụ 1.150 con", "1.150", 1150, "count", "con", "đà điểu thương phẩm HTX Nông nghiệp Cát Hanh liên kết tiêu thụ",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "doanh thu HTX Nông nghiệp Cát Hanh từ đà điểu",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 18, baseline="năm 2022")),
    F("lên 3.500 con", "3.500", 3500, "count", "con", "tổng đàn đà điểu", Y24, status="target"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí con giống cho hộ mới tham gia", Y24, status="target"),
    F("tối đa 15 triệu đồng/hộ", "15", 15000000, "money", "đồng/hộ", "mức hỗ trợ chi phí con giống tối đa mỗi hộ", Y24,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper): ostrich value chain in huyện Phù Cát; byline 'NGỌC TÚ' and bare date '22/04/2024' at the end.",
    "Location: the district Phù Cát (communes Cát Hanh … stay inside it). 'đến nay' is as-of the dateline.",
    "'gấp 3,5 lần so với năm 2019' right after 2.600 con is its change (increase, 3.5 lần), not a multiple figure of its own.",
    "Not figures: 'Sau 5 năm triển khai' (duration locating the figure in time), 'thôn 3', the name 'Trần Văn Bảy' (bảy = seven),",
    "'OCOP 3 sao' (a rating class, like 'mức độ 3'), '256 Phan Bội Châu', phone. 'Sau 10-12 tháng nuôi' (rearing time) and '3 tháng tuổi' (age) are optional.",
    "'mỗi con lãi khoảng 2,5 triệu đồng': money, unit đồng (the per-animal rate is in the subject).",
    "'phấn đấu' governs both clauses of the last sentence (target), including 'tối đa 15 triệu đồng/hộ' (at_most).",
]

if __name__ == "__main__":
    emit("p769-5", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Phù Cát")
