"""p1208-5: Party newspaper (Báo Thái Bình): gratitude houses, byline and bare date at the end, May 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thái Bình: Chung sức xây nhà tình nghĩa, tri ân người có công

Những năm qua, phong trào đền ơn đáp nghĩa trên địa bàn tỉnh được các cấp, các ngành và nhân dân hưởng ứng sâu rộng. Năm 2023, toàn tỉnh đã xây mới, sửa chữa 601 nhà cho gia đình người có công (215 nhà xây mới, 386 nhà sửa chữa), vượt 8,5% kế hoạch. Quỹ Đền ơn đáp nghĩa các cấp vận động được gần 9,6 tỷ đồng, trong đó quỹ cấp tỉnh 2,4 tỷ đồng.

Quý I năm nay, các địa phương tiếp tục khởi công 74 nhà; dự kiến đến hết tháng 7, nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ, sẽ bàn giao khoảng 120 nhà.

Xã Song Lãng (huyện Vũ Thư) có 112 liệt sĩ, 58 thương binh, bệnh binh và hai Mẹ Việt Nam Anh hùng còn sống. Từ năm 2021 đến nay, xã đã vận động xây mới 6 nhà, sửa chữa 9 nhà tình nghĩa với tổng kinh phí hơn 1 tỷ đồng. Bà Phạm Thị Hòa ở thôn Đông, có chồng là liệt sĩ, vừa được hỗ trợ 70 triệu đồng để dựng lại ngôi nhà xây từ năm 1990. "Nhà mới cao ráo, mưa bão tôi không phải sang nhờ hàng xóm nữa", bà Hòa chia sẻ.

Theo Sở LĐ-TB&XH, hiện toàn tỉnh còn khoảng 430 hộ người có công có nhà ở xuống cấp, chiếm 1,6% tổng số hộ người có công. Năm 2024, tỉnh phấn đấu hỗ trợ ít nhất 350 nhà, bảo đảm đến năm 2025 không còn hộ người có công ở nhà tạm, nhà dột nát.

Mỗi năm, các cơ quan, doanh nghiệp trong tỉnh nhận phụng dưỡng khoảng 30 Mẹ Việt Nam Anh hùng và thân nhân liệt sĩ cô đơn, với mức từ 500.000 đến 1 triệu đồng/người/tháng.

NGỌC HÂN
14/5/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I năm nay", "2024-01-01", "2024-03-31")
BY7 = P("đến hết tháng 7", None, "2024-07-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-05-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
VT = "Vũ Thư"

FIGS = [
    F("sửa chữa 601 nhà", "601", 601, "count", "nhà",
      change=C("increase", 8.5, "%", "kế hoạch"),
      subject="nhà xây mới, sửa chữa cho gia đình người có công", period=Y23),
    F("(215 nhà", "215", 215, "count", "nhà", total=601, subject="nhà xây mới cho gia đình người có công", period=Y23),
    F("386 nhà", "386", 386, "count", "nhà", total=601, subject="nhà sửa chữa cho gia đình người có công", period=Y23),
    F("gần 9,6 tỷ", "9,6", 9600000000, "money", "đồng", approx="nearly",
      subject="Quỹ Đền ơn đáp nghĩa các cấp vận động được", period=I(Y23)),
    F("tỉnh 2,4 tỷ", "2,4", 2400000000, "money", "đồng", total=9600000000,
      subject="quỹ cấp tỉnh vận động được", period=I(Y23)),
    F("khởi công 74 nhà", "74", 74, "count", "nhà", subject="nhà khởi công", period=Q1),
    F("khoảng 120 nhà", "120", 120, "count", "nhà", approx="about", status="forecast",
      subject="nhà bàn giao", period=BY7),
    F("có 112 liệt sĩ", "112", 112, "count", "liệt sĩ", subject="liệt sĩ của xã Song Lãng", location=VT),
    F("58 thương binh", "58", 58, "count", "thương binh, bệnh binh",
      subject="thương binh, bệnh binh của xã Song Lãng", location=VT),
    F("hai Mẹ", "hai", 2, "count", "Mẹ Việt Nam Anh hùng", subject="Mẹ Việt Nam Anh hùng còn sống", location=VT),
    F("xây mới 6 nhà", "6", 6, "count", "nhà", subject="nhà tình nghĩa xây mới", period=SINCE, location=VT),
    F("sửa chữa 9 nhà", "9", 9, "count", "nhà", subject="nhà tình nghĩa sửa chữa", period=SINCE, location=VT),
    F("hơn 1 tỷ", "1", 1000000000, "money", "đồng", approx="over",
      subject="tổng kinh phí xây mới, sửa chữa nhà tình nghĩa", period=SINCE, location=VT),
    F("hỗ trợ 70 triệu", "70", 70000000, "money", "đồng",
      subject="hỗ trợ bà Phạm Thị Hòa dựng lại ngôi nhà", location=VT),
    F("khoảng 430 hộ", "430", 430, "count", "hộ", approx="about", percent=1.6,
      subject="hộ người có công có nhà ở xuống cấp"),
    F("ít nhất 350 nhà", "350", 350, "count", "nhà", approx="at_least", status="target",
      subject="nhà hỗ trợ người có công", period=Y24),
    F("khoảng 30 Mẹ", "30", 30, "count", "Mẹ Việt Nam Anh hùng và thân nhân liệt sĩ cô đơn", approx="about",
      subject="Mẹ Việt Nam Anh hùng và thân nhân liệt sĩ cô đơn được nhận phụng dưỡng"),
    F("từ 500.000 đến 1 triệu", "500.000", 500000, "money", "đồng/người/tháng", value_max=1000000,
      subject="mức phụng dưỡng"),
]

NOTES = [
    "Party newspaper (Báo Thái Bình): byline 'NGỌC HÂN' and bare date '14/5/2024' at the end (published).",
    "'(215 nhà …, 386 nhà …)' is a bracketed breakdown of 601 that adds up → total 601; 'vượt 8,5% kế hoạch' → change, baseline kế hoạch.",
    "'Quý I năm nay' → 2024 (published year). 'dự kiến đến hết tháng 7' → forecast, as-of 2024-07-31.",
    "'Từ năm 2021 đến nay' → 2021-01-01 … published date. Village passage (xã Song Lãng, huyện Vũ Thư): location Vũ Thư.",
    "'hai Mẹ Việt Nam Anh hùng' is a number word figure. 'bảo đảm đến năm 2025 không còn …' holds no number.",
    "Range 'từ 500.000 đến 1 triệu đồng/người/tháng': the multiplier belongs only to the upper end (value 500000, max 1000000).",
    "revised after the first run: the subject of 'khoảng 120 nhà' dropped the occasion 'nhân dịp kỷ niệm …' (time, not indicator).",
    "Distractors: 'năm 1990', 'thôn Đông', 'Ngày Thương binh - Liệt sĩ', the bare date line.",
]

if __name__ == "__main__":
    write("p1208-5", TEXT, NOTES, FIGS, published="2024-05-14", location="Thái Bình")
