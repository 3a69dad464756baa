"""p1321-4: provincial newspaper (Báo Hà Giang điện tử): shortage of international guides, visitors 2023, a Mông guide."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÀ GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Văn hóa - Du lịch | Xã hội

Thiếu hướng dẫn viên du lịch quốc tế trên Cao nguyên đá

Thứ Ba, 12/03/2024 | 07:30

Lượng khách quốc tế đến Hà Giang tăng mạnh sau dịch, nhưng toàn tỉnh mới có 46 hướng dẫn viên du lịch quốc tế được cấp thẻ, chủ yếu sử dụng tiếng Anh.

(HGĐT) - Năm 2023, Hà Giang đón 2,75 triệu lượt khách, tăng 17,4% so với năm 2022; trong đó khách quốc tế đạt khoảng 430 nghìn lượt, gấp 3,2 lần năm 2022. Với lượng khách này, Hà Giang đứng thứ 3 trong các tỉnh miền núi phía Bắc về đón khách quốc tế.

Tuy nhiên, theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 24 doanh nghiệp lữ hành, trong đó 9 doanh nghiệp lữ hành quốc tế; số hướng dẫn viên được cấp thẻ là 184 người, gồm 46 hướng dẫn viên quốc tế và 138 hướng dẫn viên nội địa. Phần lớn các đoàn khách nước ngoài do doanh nghiệp ở Hà Nội tổ chức, mang theo hướng dẫn viên riêng.

Anh Sùng Mí Dính, người Mông ở xã Lũng Cú, huyện Đồng Văn, là một trong số ít hướng dẫn viên người dân tộc thiểu số có thẻ quốc tế. Mỗi tháng, anh dẫn từ 6 đến 8 đoàn khách châu Âu đi cung đường Hà Giang - Đồng Văn - Mèo Vạc trong 4 ngày 3 đêm, thu nhập khoảng 25 triệu đồng. "Khách Pháp, khách Israel rất thích nghe chuyện bản làng, nhưng người biết tiếng Pháp ở đây đếm trên đầu ngón tay", anh Dính nói.

Thù lao hướng dẫn viên tiếng Anh, tiếng Pháp tại Hà Giang hiện từ 800.000 đồng đến 1,2 triệu đồng/ngày.

Năm 2024, tỉnh phấn đấu đón 3 triệu lượt khách, trong đó khoảng 500 nghìn lượt khách quốc tế; phối hợp với Trường Cao đẳng Kỹ thuật Hà Giang mở 2 lớp ngoại ngữ cho khoảng 60 hướng dẫn viên người dân tộc thiểu số.

MINH HẰNG
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
DV = "Đồng Văn"

FIGS = [
    fig("mới có 46 hướng dẫn viên", "46", 46, "count", "hướng dẫn viên",
        subject="hướng dẫn viên du lịch quốc tế được cấp thẻ"),
    fig("đón 2,75 triệu", "2,75", 2.75e6, "count", "lượt khách",
        change=chg("increase", 17.4, "%", "năm 2022"), subject="lượt khách Hà Giang đón", period=Y23),
    fig("khoảng 430 nghìn", "430", 430e3, "count", "lượt", approx="about", total=2.75e6,
        change=chg("increase", 3.2, "lần", "năm 2022"), subject="khách quốc tế", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="đón khách quốc tế trong các tỉnh miền núi phía Bắc", period=inh(Y23)),
    fig("có 24 doanh nghiệp", "24", 24, "count", "doanh nghiệp", subject="doanh nghiệp lữ hành"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=24,
        subject="doanh nghiệp lữ hành quốc tế"),
    fig("là 184 người", "184", 184, "count", "người", subject="hướng dẫn viên được cấp thẻ"),
    fig("gồm 46 hướng dẫn viên", "46", 46, "count", "hướng dẫn viên", total=184,
        subject="hướng dẫn viên quốc tế"),
    fig("và 138 hướng dẫn viên", "138", 138, "count", "hướng dẫn viên", total=184,
        subject="hướng dẫn viên nội địa"),
    fig("từ 6 đến 8 đoàn", "6", 6, "measure", "đoàn/tháng", value_max=8,
        subject="đoàn khách châu Âu anh Sùng Mí Dính dẫn mỗi tháng", location=DV),
    fig("trong 4 ngày", "4", 4, "measure", "ngày", subject="thời gian cung đường", location=DV, optional=True),
    fig("3 đêm", "3", 3, "measure", "đêm", subject="thời gian cung đường", location=DV, optional=True),
    fig("khoảng 25 triệu", "25", 25e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập của anh Sùng Mí Dính", location=DV),
    fig("từ 800.000 đồng", "800.000", 800000, "money", "đồng/ngày", value_max=1.2e6,
        subject="thù lao hướng dẫn viên tiếng Anh, tiếng Pháp"),
    fig("đón 3 triệu", "3", 3e6, "count", "lượt khách", status="target", subject="lượt khách tỉnh đón",
        period=Y24),
    fig("khoảng 500 nghìn", "500", 500e3, "count", "lượt khách", approx="about", total=3e6, status="target",
        subject="khách quốc tế", period=Y24),
    fig("mở 2 lớp", "2", 2, "count", "lớp", status="target", subject="lớp ngoại ngữ", period=Y24),
    fig("khoảng 60 hướng dẫn viên", "60", 60, "count", "hướng dẫn viên", approx="about", status="target",
        subject="hướng dẫn viên người dân tộc thiểu số học ngoại ngữ", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Hà Giang điện tử): menu, headline, 'Thứ Ba, 12/03/2024 | 07:30', sapo, tag '(HGĐT) -', byline at the end.",
    "Distractors: 07:30, 'Hà Giang - Đồng Văn - Mèo Vạc' route, 'đếm trên đầu ngón tay' (idiom), 'một trong số ít' (not a count), 'Phần lớn'.",
    "The sapo's 46 is a figure (no period); the body's 46 is a part of 184 ('gồm'). 'gấp 3,2 lần năm 2022' is the change of 430 nghìn (unit lần).",
    "'đứng thứ 3 ... về đón khách quốc tế' → rank 3 located in Hà Giang; 2023 inherited from the previous sentence ('Với lượng khách này').",
    "The Mông guide lives in xã Lũng Cú, huyện Đồng Văn: location Đồng Văn for his figures. 'Mỗi tháng ... từ 6 đến 8 đoàn' → measure đoàn/tháng;",
    "his income in the same 'Mỗi tháng' sentence → đồng/tháng. 'trong 4 ngày 3 đêm' (tour length, close to a product label) is optional.",
    "'Năm 2024, tỉnh phấn đấu' governs every clause of the sentence (target); 'trong đó khoảng 500 nghìn' → total 3 triệu.",
]

if __name__ == "__main__":
    write("p1321-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Hà Giang")
