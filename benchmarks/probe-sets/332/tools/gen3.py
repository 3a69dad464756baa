from lib import F, P, C, T, inh, emit

TEXT = """Thứ Hai, 16/12/2024 - 07:45

Bình Định: Huy động hơn 215 tỷ đồng xóa nhà tạm, nhà dột nát

(BĐ) - Từ đầu năm đến nay, các cấp Mặt trận Tổ quốc tỉnh đã vận động Quỹ "Vì người nghèo" và các nguồn xã hội hóa được hơn 215 tỷ đồng, tăng 38,6% so với cùng kỳ năm 2023. Trong đó, Quỹ "Vì người nghèo" cấp tỉnh tiếp nhận 96,4 tỷ đồng, chiếm 44,8%; các doanh nghiệp, nhà hảo tâm đóng góp trực tiếp khoảng 118,7 tỷ đồng.

Từ nguồn lực này, năm 2024 toàn tỉnh đã hỗ trợ xây mới 1.856 căn nhà và sửa chữa 612 căn cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn, nâng tổng số nhà được hỗ trợ lên 2.468 căn, gấp 2,3 lần năm 2023. Mức hỗ trợ của tỉnh là 50 triệu đồng/căn xây mới và 25 triệu đồng/căn sửa chữa; riêng hộ ở các huyện miền núi được hỗ trợ 60 triệu đồng/căn xây mới.

Các địa phương hoàn thành nhiều nhà nhất là huyện Hoài Ân 342 căn, Phù Cát 318 căn, Tây Sơn 276 căn và thị xã Hoài Nhơn 251 căn. Huyện An Lão hiện còn khoảng 150 hộ chưa khởi công do vướng mặt bằng, thiếu đất ở.

Trong căn nhà mới rộng 48 m2 vừa được bàn giao, ông Đinh Văn Hai (thôn 3, xã An Hưng, huyện An Lão) xúc động cho biết, gia đình ông đã ở trong căn nhà tranh vách đất hơn 20 năm. Căn nhà mới có tổng giá trị khoảng 95 triệu đồng, trong đó Nhà nước và Mặt trận hỗ trợ 60 triệu đồng, phần còn lại do con cháu, hàng xóm góp công, góp tiền.

Theo kế hoạch, toàn tỉnh còn 1.134 căn cần hỗ trợ trong năm 2025, phấn đấu hoàn thành trước ngày 30/9/2025. Ông Hồ Quang Bửu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, Mặt trận sẽ tiếp tục kêu gọi các doanh nghiệp, con em xa quê chung tay, bảo đảm mỗi hộ nghèo đều có nhà ở an toàn.

NGỌC TÚ
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-16")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
SUBJ_LIST = "nhà hoàn thành"

FIGS = [
    F("Huy động hơn 215 tỷ đồng", "215", 215e9, "money", "đồng", "kinh phí huy động xóa nhà tạm, nhà dột nát",
      approx="over"),
    F("được hơn 215 tỷ đồng", "215", 215e9, "money", "đồng",
      "Quỹ \"Vì người nghèo\" và các nguồn xã hội hóa vận động", YTD, approx="over",
      change=C("increase", 38.6, "%", "cùng kỳ năm 2023")),
    F("tiếp nhận 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "Quỹ \"Vì người nghèo\" cấp tỉnh tiếp nhận",
      inh(YTD), total=215e9, percent=44.8),
    F("khoảng 118,7 tỷ đồng", "118,7", 118.7e9, "money", "đồng", "doanh nghiệp, nhà hảo tâm đóng góp trực tiếp",
      inh(YTD), approx="about", total=215e9),
    F("xây mới 1.856 căn nhà", "1.856", 1856, "count", "căn nhà", "căn nhà hỗ trợ xây mới", Y24),
    F("sửa chữa 612 căn", "612", 612, "count", "căn", "căn hỗ trợ sửa chữa", Y24),
    F("lên 2.468 căn", "2.468", 2468, "count", "căn", "tổng số nhà được hỗ trợ", Y24,
      change=C("increase", 2.3, "lần", "năm 2023")),
    F("là 50 triệu đồng/căn", "50", 50e6, "money", "đồng/căn", "mức hỗ trợ của tỉnh xây mới"),
    F("và 25 triệu đồng/căn", "25", 25e6, "money", "đồng/căn", "mức hỗ trợ của tỉnh sửa chữa"),
    F("hỗ trợ 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", "mức hỗ trợ hộ ở các huyện miền núi xây mới"),
    F("Hoài Ân 342 căn", "342", 342, "count", "căn", SUBJ_LIST, inh(Y24), location="Hoài Ân"),
    F("Phù Cát 318 căn", "318", 318, "count", "căn", SUBJ_LIST, inh(Y24), location="Phù Cát"),
    F("Tây Sơn 276 căn", "276", 276, "count", "căn", SUBJ_LIST, inh(Y24), location="Tây Sơn"),
    F("Hoài Nhơn 251 căn", "251", 251, "count", "căn", SUBJ_LIST, inh(Y24), location="Hoài Nhơn"),
    F("khoảng 150 hộ", "150", 150, "count", "hộ", "hộ chưa khởi công", approx="about", location="An Lão"),
    F("rộng 48 m2", "48", 48, "measure", "m2", "diện tích căn nhà mới", location="An Lão"),
    F("hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True),
    F("khoảng 95 triệu đồng", "95", 95e6, "money", "đồng", "tổng giá trị căn nhà mới", approx="about",
      location="An Lão"),
    F("hỗ trợ 60 triệu đồng,", "60", 60e6, "money", "đồng", "Nhà nước và Mặt trận hỗ trợ", total=95e6,
      location="An Lão"),
    F("còn 1.134 căn", "1.134", 1134, "count", "căn", "căn cần hỗ trợ", Y25, status="target"),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper) style: funds mobilised by the Front and houses supported in 2024, Bình Định.",
    "Dateline 'Thứ Hai, 16/12/2024 - 07:45' above the headline, byline 'NGỌC TÚ' at the end. '(BĐ)' is the paper's tag.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. dateline. 'Trong đó' after a sentence break: 96,4 and 118,7 tỷ take the 215 tỷ whole;",
    "'chiếm 44,8%' is the percent of 96,4 tỷ. 'xây mới 1.856 ... và sửa chữa 612 ..., nâng tổng số ... lên 2.468' states the whole",
    "after the parts with no part-of cue: no totals. 'gấp 2,3 lần năm 2023' is the change of 2.468.",
    "Household story: figures located in huyện An Lão (the household's district); 'thôn 3' is a name; 'hơn 20 năm' (how long the",
    "family lived there) optional. 60 triệu đồng after 'trong đó' is a part of the house's 95 triệu value.",
    "'còn 1.134 căn cần hỗ trợ trong năm 2025' under 'Theo kế hoạch' is a target. Deadline date is no figure.",
]

if __name__ == "__main__":
    emit("p332-3", TEXT, COMMENTS, FIGS, published="2024-12-16", location="Bình Định")
