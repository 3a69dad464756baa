from lib import F, P, CH, emit

TEXT = """Cao Bằng: Bắt giữ 412 vụ buôn lậu, gian lận thương mại từ đầu năm đến nay

18/11/2024 07:30
Nông Thu Hà

(BCB) - Theo Ban Chỉ đạo 389 tỉnh Cao Bằng, từ đầu năm đến nay, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ 412 vụ buôn lậu, gian lận thương mại và hàng giả, giảm 9,3% so với cùng kỳ; xử lý 438 đối tượng. Trong đó, buôn lậu 176 vụ, vận chuyển hàng cấm 58 vụ, gian lận thương mại 131 vụ, hàng giả và vi phạm sở hữu trí tuệ 47 vụ.

Trị giá hàng hóa vi phạm ước trên 38,6 tỷ đồng; thu nộp ngân sách nhà nước hơn 21,2 tỷ đồng, tăng 1,4 lần so với cùng kỳ. Theo lực lượng, Hải quan bắt giữ 97 vụ, Công an 142 vụ, Bộ đội Biên phòng 118 vụ, Quản lý thị trường 55 vụ.

Tang vật thu giữ chủ yếu là pháo nổ (1.245 kg), thuốc lá điếu nhập lậu (8.600 bao), đường cát (hơn 32 tấn), gia cầm và sản phẩm gia cầm (khoảng 4,5 tấn), được vận chuyển qua đường mòn, lối mở thuộc các huyện Hà Quảng, Trùng Khánh, Thạch An. Riêng tại cửa khẩu quốc tế Tà Lùng (huyện Quảng Hòa), Đội Kiểm soát Hải quan phát hiện 23 vụ, trị giá hàng hóa khoảng 5,8 tỷ đồng.

Cao Bằng có đường biên giới dài 333,403 km tiếp giáp Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc), với nhiều đường mòn, lối mở. Đại tá Hoàng Văn Tuyên, Chỉ huy trưởng Bộ đội Biên phòng tỉnh cho biết, thời gian tới, các lực lượng phấn đấu giảm ít nhất 10% số vụ buôn lậu qua biên giới so với năm 2024; 100% vụ việc phát hiện được xử lý đúng quy định.

Tin liên quan:
- Hội nghị tổng kết công tác năm 2023 của Ban Chỉ đạo 389 tỉnh
- Trùng Khánh: Thu giữ 2 tấn đường cát nhập lậu
"""

Y = P("từ đầu năm đến nay", "2024-01-01", "2024-11-18")
Yi = P("từ đầu năm đến nay", "2024-01-01", "2024-11-18", inh=True)
V = "vụ buôn lậu, gian lận thương mại bắt giữ"

FIGS = [
    F("Bắt giữ 412 vụ", "412", 412, "count", "vụ", "vụ buôn lậu, gian lận thương mại bắt giữ",
      P("từ đầu năm đến nay", "2024-01-01", "2024-11-18")),
    F("bắt giữ 412 vụ buôn lậu, gian lận thương mại và hàng giả", "412", 412, "count", "vụ",
      "vụ buôn lậu, gian lận thương mại và hàng giả phát hiện, bắt giữ", Y, change=CH("decrease", 9.3, baseline="cùng kỳ")),
    F("xử lý 438 đối tượng", "438", 438, "count", "đối tượng", "đối tượng xử lý", Y),
    F("buôn lậu 176 vụ", "176", 176, "count", "vụ", "buôn lậu", Yi, total=412),
    F("hàng cấm 58 vụ", "58", 58, "count", "vụ", "vận chuyển hàng cấm", Yi, total=412),
    F("thương mại 131 vụ", "131", 131, "count", "vụ", "gian lận thương mại", Yi, total=412),
    F("sở hữu trí tuệ 47 vụ", "47", 47, "count", "vụ", "hàng giả và vi phạm sở hữu trí tuệ", Yi, total=412),
    F("ước trên 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "trị giá hàng hóa vi phạm", Yi, approx="over",
      status="estimate"),
    F("hơn 21,2 tỷ đồng", "21,2", 21.2e9, "money", "đồng", "thu nộp ngân sách nhà nước", Yi, approx="over",
      change=CH("increase", 1.4, "lần", "cùng kỳ")),
    F("bắt giữ 97 vụ", "97", 97, "count", "vụ", V, Yi),
    F("Công an 142 vụ", "142", 142, "count", "vụ", V, Yi),
    F("Biên phòng 118 vụ", "118", 118, "count", "vụ", V, Yi),
    F("thị trường 55 vụ", "55", 55, "count", "vụ", V, Yi),
    F("(1.245 kg)", "1.245", 1245, "measure", "kg", "pháo nổ thu giữ", Yi),
    F("(8.600 bao)", "8.600", 8600, "count", "bao", "thuốc lá điếu nhập lậu thu giữ", Yi),
    F("(hơn 32 tấn)", "32", 32, "measure", "tấn", "đường cát thu giữ", Yi, approx="over"),
    F("(khoảng 4,5 tấn)", "4,5", 4.5, "measure", "tấn", "gia cầm và sản phẩm gia cầm thu giữ", Yi, approx="about"),
    F("phát hiện 23 vụ", "23", 23, "count", "vụ", "vụ Đội Kiểm soát Hải quan phát hiện tại cửa khẩu quốc tế Tà Lùng", Yi,
      location="Quảng Hòa"),
    F("khoảng 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "trị giá hàng hóa", Yi, approx="about", location="Quảng Hòa"),
    F("dài 333,403 km", "333,403", 333.403, "measure", "km", "đường biên giới"),
    F("ít nhất 10%", "10", 10, "percent", "%", "giảm số vụ buôn lậu qua biên giới", approx="at_least", status="target"),
    F("; 100% vụ việc", "100", 100, "percent", "%", "vụ việc phát hiện được xử lý đúng quy định", status="target"),
    F("Thu giữ 2 tấn", "2", 2, "measure", "tấn", "đường cát nhập lậu thu giữ", location="Trùng Khánh", optional=True),
]

COMMENTS = [
    "Báo Cao Bằng (BCB tag): buôn lậu, gian lận thương mại từ đầu năm đến nay (2024); by type, by agency, seized goods, targets.",
    "Dateline '18/11/2024 07:30' with the byline after it. 'từ đầu năm đến nay' = 2024-01-01 .. published (spec: '… đến nay' ends at published).",
    "Distractors: 'Ban Chỉ đạo 389' (a name), 'Tin liên quan' links ('năm 2023'; the linked headline's '2 tấn' is optional: another article's figure), Đại tá's name.",
    "Types after 'Trong đó' add up to 412 (total 412). The agency list (97+142+118+55=412) has no part-of cue: no total.",
    "Seized goods in brackets are figures of their own (subject = the good); they are provincial totals, so location Cao Bằng even though",
    "districts are named as the smuggling routes. Tà Lùng figures: location Quảng Hòa (the district named in brackets).",
    "'giảm ít nhất 10% số vụ … so với năm 2024' is a target growth rate: percent figure, at_least, no change object, no period (future year unnamed).",
    "Headline '412 vụ' annotated with the headline's own 'từ đầu năm đến nay'. Border length 333,403 km (decimal comma) is a fact figure.",
]

emit("p372-3", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Cao Bằng")
