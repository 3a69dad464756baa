from lib import F, P, I, C, emit

TEXT = """Krông Pắc sơ kết 6 tháng thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"

Sáng 9/7, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện Krông Pắc tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.

Theo báo cáo, tính đến ngày 30/6/2024, toàn huyện có 46.820 hộ gia đình, trong đó 40.915 hộ đăng ký xây dựng gia đình văn hóa, chiếm 87,4%; 212/234 thôn, buôn, tổ dân phố đăng ký xây dựng danh hiệu văn hóa. Riêng 37 buôn đồng bào dân tộc thiểu số có 6.930 hộ đăng ký, đạt 81,5% số hộ đồng bào.

Trong 6 tháng, các xã, thị trấn đã tổ chức 128 lớp truyền dạy cồng chiêng, dân ca cho gần 3 nghìn lượt người tham gia; vận động nhân dân đóng góp trên 1,45 tỷ đồng và hơn 2.600 ngày công để sửa chữa 24 nhà văn hóa, nhà sinh hoạt cộng đồng. Toàn huyện hiện có 41 đội cồng chiêng, trong đó 15 đội được trao tặng bộ cồng chiêng mới.

Cũng theo báo cáo, tỷ lệ hộ gia đình văn hóa của huyện năm 2023 đạt 85,2%, thấp hơn 1,8% so với kế hoạch. Các xã có tỷ lệ cao là Ea Phê (91,6%), Ea Kuăng (90,2%); thấp nhất là xã Ea Uy với 76,3%.

Đến cuối năm 2024, huyện phấn đấu có ít nhất 88% hộ gia đình đạt danh hiệu "Gia đình văn hóa", 85% thôn, buôn, tổ dân phố đạt danh hiệu văn hóa; 100% buôn có nhà sinh hoạt cộng đồng.

Mọi thông tin xin liên hệ Trung tâm Văn hóa, Thông tin và Thể thao huyện, số 12 đường Giải Phóng, thị trấn Phước An; điện thoại 0262.3521.445.

Hồng Nhung
10/07/2024
"""

D30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
M6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
END = P("Đến cuối năm 2024", None, "2024-12-31")
TL = "tỷ lệ hộ gia đình văn hóa"

FIGS = [
    F("có 46.820 hộ", "46.820", 46820, "count", "hộ gia đình", "hộ gia đình", D30),
    F("40.915 hộ", "40.915", 40915, "count", "hộ", "hộ đăng ký xây dựng gia đình văn hóa", D30,
      total=46820, percent=87.4),
    F("212/234 thôn", "212", 212, "count", "thôn, buôn, tổ dân phố",
      "thôn, buôn, tổ dân phố đăng ký xây dựng danh hiệu văn hóa", D30, total=234),
    F("Riêng 37 buôn", "37", 37, "count", "buôn", "buôn đồng bào dân tộc thiểu số", I(D30)),
    F("6.930 hộ", "6.930", 6930, "count", "hộ", "hộ đồng bào dân tộc thiểu số đăng ký", I(D30), percent=81.5),
    F("128 lớp", "128", 128, "count", "lớp", "lớp truyền dạy cồng chiêng, dân ca", M6),
    F("gần 3 nghìn lượt", "3", 3000, "count", "lượt người", "lượt người tham gia", M6, approx="nearly"),
    F("trên 1,45 tỷ đồng", "1,45", 1.45e9, "money", "đồng", "nhân dân đóng góp", M6, approx="over"),
    F("hơn 2.600 ngày công", "2.600", 2600, "count", "ngày công", "ngày công nhân dân đóng góp", M6, approx="over"),
    F("sửa chữa 24 nhà", "24", 24, "count", "nhà văn hóa", "nhà văn hóa, nhà sinh hoạt cộng đồng được sửa chữa", M6),
    F("có 41 đội", "41", 41, "count", "đội cồng chiêng", "đội cồng chiêng"),
    F("15 đội", "15", 15, "count", "đội", "đội được trao tặng bộ cồng chiêng mới", total=41),
    F("đạt 85,2%", "85,2", 85.2, "percent", "%", TL, Y23, change=C("decrease", 1.8, "%", "kế hoạch")),
    F("Ea Phê (91,6%)", "91,6", 91.6, "percent", "%", TL, I(Y23), location="Ea Phê"),
    F("Ea Kuăng (90,2%)", "90,2", 90.2, "percent", "%", TL, I(Y23), location="Ea Kuăng"),
    F("với 76,3%", "76,3", 76.3, "percent", "%", TL, I(Y23), location="Ea Uy"),
    F("ít nhất 88%", "88", 88, "percent", "%", "hộ gia đình đạt danh hiệu Gia đình văn hóa", END,
      approx="at_least", status="target"),
    F("85% thôn", "85", 85, "percent", "%", "thôn, buôn, tổ dân phố đạt danh hiệu văn hóa", END, status="target"),
    F("; 100% buôn", "100", 100, "percent", "%", "buôn có nhà sinh hoạt cộng đồng", END, status="target"),
]

COMMENTS = [
    "District news (huyện Krông Pắc, Đắk Lắk) with no dateline at the top; the bare date '10/07/2024' after the byline at the end is its date.",
    "Distractors: 'Sáng 9/7', '6 tháng đầu năm 2024' (meeting), address 'số 12 đường Giải Phóng, thị trấn Phước An', phone 0262.3521.445.",
    "'tính đến ngày 30/6/2024' as-of; '46.820 hộ gia đình, trong đó 40.915 hộ …, chiếm 87,4%' total + percent; '212/234' total.",
    "'Riêng 37 buôn … có 6.930 hộ đăng ký, đạt 81,5% số hộ đồng bào': 'Riêng' is no part-of cue (other subset: DTTS households) -> no total, percent 81,5.",
    "'Trong 6 tháng' = first half of 2024 (year from the meeting sentence); 'gần 3 nghìn lượt' nearly 3000; 'trên 1,45 tỷ' over.",
    "'hiện có 41 đội …, trong đó 15 đội' total 41; no period stated ('hiện'), so none in the gold.",
    "'năm 2023 đạt 85,2%, thấp hơn 1,8% so với kế hoạch' -> a gap to plan: change decrease 1,8 (baseline kế hoạch). Commune list -> location = commune.",
    "'Đến cuối năm 2024, … phấn đấu' targets with an as-of end 2024-12-31; 'ít nhất 88%' at_least.",
]

emit("p383-8", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Krông Pắc")
