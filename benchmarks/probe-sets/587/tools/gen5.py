"""p587-5: Báo Quảng Nam (Party newspaper) — nhà tình nghĩa, Quỹ Đền ơn đáp nghĩa, Mẹ Việt Nam anh hùng."""
from lib import emit, fig, per, inh, ch

TEXT = """Quảng Nam: Hơn 1.000 nhà tình nghĩa được xây mới, sửa chữa trong 3 năm

(QNO) - Giai đoạn 2021-2023, từ Quỹ Đền ơn đáp nghĩa và nguồn xã hội hóa, toàn tỉnh đã xây mới 685 nhà tình nghĩa và sửa chữa 412 nhà cho người có công với cách mạng, tổng kinh phí hơn 62,5 tỷ đồng.

Theo Sở Lao động - Thương binh và Xã hội, mức hỗ trợ xây mới nhà tình nghĩa hiện nay là 80 triệu đồng/căn, sửa chữa từ 30 đến 40 triệu đồng/căn. Riêng năm 2024, Quỹ Đền ơn đáp nghĩa các cấp vận động được 18,4 tỷ đồng, vượt 22,7% kế hoạch; dự kiến đến cuối năm sẽ bàn giao thêm 120 nhà tình nghĩa.

Các địa phương xây mới nhiều nhà tình nghĩa là Điện Bàn (78 căn), Duy Xuyên (64 căn), Thăng Bình (59 căn) và Núi Thành (51 căn). Tại thị xã Điện Bàn, nhiều căn nhà được trao tận tay gia đình chính sách ngay trước dịp 27/7.

Quảng Nam là địa phương có số Mẹ Việt Nam anh hùng nhiều nhất cả nước với 11.659 Mẹ; hiện còn 29 Mẹ đang sống, 100% được các cơ quan, đơn vị nhận phụng dưỡng suốt đời. Toàn tỉnh có 64.570 liệt sĩ, hơn 37.000 thương binh, bệnh binh.

Tính đến cuối tháng 6/2024, 99,8% hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú. Tỉnh phấn đấu đến năm 2025 không còn hộ người có công ở nhà tạm, dột nát; mỗi năm tu bổ ít nhất 15 nghĩa trang liệt sĩ cấp xã.

Ông Nguyễn Văn Hai (72 tuổi, thương binh hạng 2/4, trú thôn 5, xã Tam Xuân 1, huyện Núi Thành) xúc động khi nhận nhà mới: “Gia đình tôi chờ ngày này đã lâu”.

MINH HẢI
26/07/2024
"""

PG = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
P24 = per("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("Hơn 1.000 nhà", "1.000", 1000, "count", "nhà tình nghĩa", "nhà tình nghĩa được xây mới, sửa chữa", inh(PG),
        approx="over"),
    fig("xây mới 685 nhà", "685", 685, "count", "nhà tình nghĩa", "nhà tình nghĩa xây mới", PG),
    fig("sửa chữa 412 nhà", "412", 412, "count", "nhà", "nhà cho người có công được sửa chữa", PG),
    fig("hơn 62,5 tỷ đồng", "62,5", 62.5e9, "money", "đồng", "tổng kinh phí xây mới, sửa chữa nhà tình nghĩa", PG,
        approx="over"),
    fig("là 80 triệu đồng/căn", "80", 80e6, "money", "đồng/căn", "mức hỗ trợ xây mới nhà tình nghĩa"),
    fig("từ 30 đến 40 triệu", "30", 30e6, "money", "đồng/căn", "mức hỗ trợ sửa chữa nhà tình nghĩa",
        value_max=40e6),
    fig("được 18,4 tỷ đồng", "18,4", 18.4e9, "money", "đồng", "Quỹ Đền ơn đáp nghĩa các cấp vận động", P24,
        change=ch("increase", 22.7, "%", "kế hoạch")),
    fig("thêm 120 nhà", "120", 120, "count", "nhà tình nghĩa", "nhà tình nghĩa bàn giao thêm",
        per("đến cuối năm", None, "2024-12-31"), status="forecast"),
    fig("Điện Bàn (78 căn)", "78", 78, "count", "căn", "nhà tình nghĩa xây mới", inh(PG), location="Điện Bàn"),
    fig("(64 căn)", "64", 64, "count", "căn", "nhà tình nghĩa xây mới", inh(PG), location="Duy Xuyên"),
    fig("(59 căn)", "59", 59, "count", "căn", "nhà tình nghĩa xây mới", inh(PG), location="Thăng Bình"),
    fig("(51 căn)", "51", 51, "count", "căn", "nhà tình nghĩa xây mới", inh(PG), location="Núi Thành"),
    fig("với 11.659 Mẹ", "11.659", 11659, "count", "Mẹ", "Mẹ Việt Nam anh hùng"),
    fig("còn 29 Mẹ", "29", 29, "count", "Mẹ", "Mẹ Việt Nam anh hùng đang sống"),
    fig("sống, 100% được", "100", 100, "percent", "%", "Mẹ Việt Nam anh hùng được nhận phụng dưỡng suốt đời"),
    fig("có 64.570 liệt sĩ", "64.570", 64570, "count", "liệt sĩ", "liệt sĩ"),
    fig("hơn 37.000 thương binh", "37.000", 37000, "count", "thương binh", "thương binh, bệnh binh", approx="over"),
    fig("99,8% hộ", "99,8", 99.8, "percent", "%",
        "hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú",
        per("Tính đến cuối tháng 6/2024", None, "2024-06-30")),
    fig("ít nhất 15 nghĩa trang", "15", 15, "count", "nghĩa trang", "nghĩa trang liệt sĩ cấp xã được tu bổ mỗi năm",
        per("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    fig("(72 tuổi", "72", 72, "measure", "tuổi", "tuổi của ông Nguyễn Văn Hai", optional=True, location="Núi Thành"),
]

COMMENTS = [
    "Báo Quảng Nam (QNO): nhà tình nghĩa giai đoạn 2021-2023, Quỹ Đền ơn đáp nghĩa năm 2024, Mẹ Việt Nam anh hùng.",
    "Party newspaper: headline with a figure, '(QNO)' tag, byline and bare date at the end (published 2024-07-26).",
    "Not figures: 'trong 3 năm' (duration locating the headline claim), 27/7, 'thương binh hạng 2/4' (a grade), 'thôn 5',",
    "'xã Tam Xuân 1' (names). The age '72 tuổi' of one person is optional.",
    "'vượt 22,7% kế hoạch' is a gap to plan: a change with baseline 'kế hoạch'. 'đến cuối năm' (year 2024) ends 2024-12-31.",
    "'mỗi năm ... ít nhất 15 nghĩa trang' stands in the 'phấn đấu đến năm 2025' sentence: target, at_least, end 2025.",
    "District list (Điện Bàn ... Núi Thành): no cue, they do not add up to 685: no total; period inherited.",
    "'29 Mẹ đang sống' has no cue linking it to the 11.659: no total.",
]

if __name__ == "__main__":
    emit("p587-5", TEXT, COMMENTS, FIGS, published="2024-07-26", location="Quảng Nam")
