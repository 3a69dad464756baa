"""p1344-4: provincial Party newspaper (Báo Hà Tĩnh): women's union and improved stoves in huyện Hương Khê."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH
Thời sự | Kinh tế | Xã hội | Nông thôn mới

Thứ Hai, 18/03/2024 | 07:45

Phụ nữ vùng núi Hương Khê bỏ bếp ba hòn đá

(HTO) - Sau hơn 2 năm triển khai mô hình “Bếp sạch, nhà sạch”, Hội LHPN huyện Hương Khê đã vận động 1.270 hội viên chuyển sang dùng bếp đun cải tiến, giảm đáng kể lượng củi và khói bụi trong nhà.

Mô hình được triển khai từ tháng 10/2021 tại 9 xã vùng núi của huyện. Đến nay, đã có 1.270 hộ hội viên làm bếp cải tiến, trong đó 845 hộ dùng bếp có ống khói và 425 hộ dùng bếp sinh khối đốt trấu, mùn cưa.

Chị Trần Thị Hằng (xã Hương Liên) cho biết, trước đây mỗi ngày gia đình chị đun hết khoảng 15 kg củi, nay chỉ còn 8-9 kg. “Mỗi tháng nhà tôi bớt được 4-5 buổi lên rừng kiếm củi, có thêm thời gian chăm vườn bưởi”, chị Hằng nói.

Theo Hội LHPN huyện, năm 2023, các cấp hội đã tổ chức 36 buổi trình diễn, hướng dẫn kỹ thuật làm bếp với hơn 2.100 lượt người tham dự; vận động hội viên góp 186 triệu đồng mua vật liệu. Chi phí làm một bếp cải tiến chỉ khoảng 300.000-450.000 đồng. Với kết quả này, Hương Khê đứng thứ hai toàn tỉnh về số hộ hội viên dùng bếp cải tiến, sau huyện Vũ Quang.

Năm 2024, Hội LHPN huyện phấn đấu có thêm 400 hộ sử dụng bếp cải tiến, nâng tỷ lệ hộ hội viên vùng núi dùng bếp sạch lên 65%.

THU HÀ

Từ khóa: bếp cải tiến, Hội LHPN, Hương Khê
Bình luận (0)
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 2 năm", "2", 2, "measure", "năm", approx="over", subject="thời gian triển khai mô hình", optional=True),
    fig("vận động 1.270 hội viên", "1.270", 1270, "count", "hội viên",
        subject="hội viên chuyển sang dùng bếp đun cải tiến"),
    fig("tại 9 xã", "9", 9, "count", "xã", subject="xã vùng núi triển khai mô hình"),
    fig("có 1.270 hộ", "1.270", 1270, "count", "hộ", subject="hộ hội viên làm bếp cải tiến"),
    fig("đó 845 hộ", "845", 845, "count", "hộ", total=1270, subject="hộ dùng bếp có ống khói"),
    fig("và 425 hộ", "425", 425, "count", "hộ", total=1270, subject="hộ dùng bếp sinh khối đốt trấu, mùn cưa"),
    fig("khoảng 15 kg", "15", 15, "measure", "kg/ngày", approx="about",
        subject="củi gia đình chị đun mỗi ngày trước đây"),
    fig("còn 8-9 kg", "8", 8, "measure", "kg/ngày", value_max=9, subject="củi gia đình chị đun mỗi ngày"),
    fig("được 4-5 buổi", "4", 4, "measure", "buổi/tháng", value_max=5,
        subject="buổi lên rừng kiếm củi nhà chị bớt được mỗi tháng"),
    fig("tổ chức 36 buổi", "36", 36, "count", "buổi",
        subject="buổi trình diễn, hướng dẫn kỹ thuật làm bếp", period=Y23),
    fig("hơn 2.100 lượt", "2.100", 2100, "count", "lượt người", approx="over",
        subject="lượt người tham dự", period=Y23),
    fig("góp 186 triệu", "186", 186e6, "money", "đồng", subject="tiền hội viên góp mua vật liệu", period=Y23),
    fig("khoảng 300.000-450.000", "300.000", 300000, "money", "đồng/bếp", value_max=450000, approx="about",
        subject="chi phí làm một bếp cải tiến"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số hộ hội viên dùng bếp cải tiến"),
    fig("thêm 400 hộ", "400", 400, "count", "hộ", status="target",
        subject="hộ sử dụng bếp cải tiến có thêm", period=Y24),
    fig("lên 65%", "65", 65, "percent", "%", status="target",
        subject="tỷ lệ hộ hội viên vùng núi dùng bếp sạch", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Hà Tĩnh): 'Thứ Hai, 18/03/2024 | 07:45', tag '(HTO) -', sapo, byline THU HÀ, keywords, comments.",
    "Distractors: 07:45, 'bếp ba hòn đá' (a stove's name), 'từ tháng 10/2021', 'Bình luận (0)', 'một bếp' (the rate's denominator),",
    "'Đến nay' (no period, as in the shared gold).",
    "'Sau hơn 2 năm triển khai' is a duration that mostly locates the result in time: optional.",
    "'trong đó 845 hộ ... và 425 hộ' follows 'có 1.270 hộ': total 1.270 (845 + 425 = 1.270). The sapo's '1.270 hội viên' is its own figure.",
    "Household quote: 'mỗi ngày ... khoảng 15 kg', 'Mỗi tháng ... 4-5 buổi' are rates (kg/ngày, buổi/tháng).",
    "'đứng thứ hai toàn tỉnh' → rank 2 of Hương Khê; 'năm 2023' governs the three figures of its sentence.",
    "'Năm 2024 ... phấn đấu' governs both clauses → target. All figures: location Hương Khê (the district of the whole story).",
]

if __name__ == "__main__":
    write("p1344-4", TEXT, NOTES, FIGS, published="2024-03-18", location="Hương Khê")
