import sys
from lib import F, P, I, CH, T, emit

TEXT = """Cổng thông tin điện tử huyện Cao Phong
Kinh tế > Nông nghiệp

Cao Phong: 126 giấy chứng nhận VietGAP hết hiệu lực, nhiều hộ chưa tái cấp

Thứ Năm, 12/09/2024 - 15:20

Theo Phòng Nông nghiệp và PTNT huyện, tính đến hết tháng 8/2024 toàn huyện có 1.415 ha cây có múi được chứng nhận VietGAP còn hiệu lực, giảm 238 ha so với cùng kỳ năm 2023.

Trong 8 tháng năm 2024, có 126 giấy chứng nhận hết hiệu lực với diện tích 312,4 ha, trong khi chỉ có 41 giấy chứng nhận được cấp mới và tái cấp (gồm 29 giấy cấp mới, 12 giấy tái cấp), diện tích 96,7 ha.

Nguyên nhân chủ yếu là chi phí chứng nhận còn cao: trung bình 15-20 triệu đồng/giấy chứng nhận cho nhóm hộ, tương đương 8-10 triệu đồng/ha trong chu kỳ 3 năm, chưa kể chi phí phân tích mẫu đất, nước khoảng 3,5 triệu đồng/lần. Giá cam đường canh, cam Xã Đoài có chứng nhận chỉ cao hơn cam thường khoảng 2.000 đồng/kg.

Hiện huyện có 37 tổ hợp tác và 14 hợp tác xã sản xuất cam, bưởi theo VietGAP, trong đó 9 hợp tác xã đã được cấp mã số vùng trồng.

Để hỗ trợ duy trì chứng nhận, năm 2024 UBND huyện bố trí 850 triệu đồng, hỗ trợ 50% chi phí cấp, tái cấp giấy chứng nhận, tối đa 10 triệu đồng/giấy. Đến nay đã giải ngân 312 triệu đồng, đạt 36,7% kế hoạch.

Phấn đấu năm 2025, diện tích cây có múi đạt chứng nhận VietGAP còn hiệu lực trên địa bàn huyện đạt 1.600 ha, trong đó có ít nhất 100 ha đạt chứng nhận hữu cơ.

Mọi thông tin xin liên hệ Phòng Nông nghiệp và PTNT huyện, Khu 2, thị trấn Cao Phong (cạnh Quốc lộ 6); điện thoại 0218.3844.105.

Minh Hằng (Trung tâm VH-TT&TT huyện)
"""

ASOF = P("tính đến hết tháng 8/2024", None, "2024-08-31")
M8 = P("Trong 8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-09-12")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Cao Phong: 126 giấy", "126", 126, "count", "giấy chứng nhận", "giấy chứng nhận VietGAP hết hiệu lực", I(M8)),
    F("có 1.415 ha", "1.415", 1415, "measure", "ha", "cây có múi được chứng nhận VietGAP còn hiệu lực", ASOF,
      change=CH("decrease", 238, "ha", "cùng kỳ năm 2023")),
    F("có 126 giấy chứng nhận hết", "126", 126, "count", "giấy chứng nhận", "giấy chứng nhận hết hiệu lực", M8),
    F("diện tích 312,4 ha", "312,4", 312.4, "measure", "ha", "diện tích giấy chứng nhận hết hiệu lực", M8),
    F("có 41 giấy", "41", 41, "count", "giấy chứng nhận", "giấy chứng nhận được cấp mới và tái cấp", M8),
    F("gồm 29 giấy", "29", 29, "count", "giấy", "giấy cấp mới", M8, total=41),
    F("12 giấy tái cấp", "12", 12, "count", "giấy", "giấy tái cấp", M8, total=41),
    F("diện tích 96,7 ha", "96,7", 96.7, "measure", "ha", "diện tích cấp mới và tái cấp", M8),
    F("bình 15-20 triệu", "15", 15000000, "money", "đồng/giấy chứng nhận", "chi phí chứng nhận cho nhóm hộ",
      value_max=20000000),
    F("tương đương 8-10 triệu", "8", 8000000, "money", "đồng/ha", "chi phí chứng nhận", value_max=10000000),
    F("chu kỳ 3 năm", "3", 3, "measure", "năm", "chu kỳ chứng nhận", optional=True),
    F("khoảng 3,5 triệu", "3,5", 3500000, "money", "đồng/lần", "chi phí phân tích mẫu đất, nước", approx="about"),
    F("khoảng 2.000 đồng/kg", "2.000", 2000, "money", "đồng/kg",
      "giá cam đường canh, cam Xã Đoài có chứng nhận cao hơn cam thường", approx="about"),
    F("có 37 tổ hợp tác", "37", 37, "count", "tổ hợp tác", "tổ hợp tác sản xuất cam, bưởi theo VietGAP"),
    F("và 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất cam, bưởi theo VietGAP"),
    F("đó 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã đã được cấp mã số vùng trồng", total=14),
    F("bố trí 850 triệu", "850", 850000000, "money", "đồng", "kinh phí hỗ trợ duy trì chứng nhận UBND huyện bố trí", Y24),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí cấp, tái cấp giấy chứng nhận", Y24),
    F("tối đa 10 triệu", "10", 10000000, "money", "đồng/giấy", "mức hỗ trợ chi phí cấp, tái cấp giấy chứng nhận", Y24,
      approx="at_most"),
    F("giải ngân 312 triệu", "312", 312000000, "money", "đồng", "kinh phí hỗ trợ đã giải ngân", NOW, percent=36.7),
    F("đạt 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích cây có múi đạt chứng nhận VietGAP còn hiệu lực", Y25,
      status="target"),
    F("ít nhất 100 ha", "100", 100, "measure", "ha", "diện tích đạt chứng nhận hữu cơ", Y25,
      approx="at_least", total=1600, status="target"),
]

COMMENTS = [
    "District portal of Cao Phong (Hòa Bình), invented: VietGAP certificates expired vs issued, certification costs, co-operatives, support, 2025 targets.",
    "Dateline 'Thứ Năm, 12/09/2024 - 15:20' (district portal style); byline at the end. Khu 2, Quốc lộ 6, phone: not figures.",
    "'tương đương 8-10 triệu đồng/ha' is an equivalent amount, a figure of its own (not a share). 'chu kỳ 3 năm' is a duration: optional.",
    "'Đến nay' = as-of the dateline. '9 hợp tác xã' after 'trong đó' takes the 14 HTX (the figure before the cue, same thing), not the 37 tổ hợp tác.",
    "'cao hơn cam thường khoảng 2.000 đồng/kg' has no base figure: the premium is the claim (money figure, no change).",
]

if __name__ == "__main__":
    emit("p656-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Cao Phong", show="-v" in sys.argv)
