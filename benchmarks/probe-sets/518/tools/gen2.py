from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ NINH HÒA
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội
Ninh Hòa bàn giao 98,5% mặt bằng cao tốc Vân Phong – Nha Trang
Thứ Năm, 14/03/2024 - 10:05

Đoạn tuyến cao tốc Vân Phong – Nha Trang qua thị xã Ninh Hòa dài 35,7 km, điểm đầu giao với Quốc lộ 26B, đi qua 11 xã, phường, với tổng diện tích đất phải thu hồi là 327,4 ha. Tính đến ngày 12/3/2024, thị xã đã bàn giao cho chủ đầu tư 322,5 ha, đạt 98,5%; diện tích còn lại 4,9 ha tập trung tại các xã Ninh An, Ninh Thọ và phường Ninh Hiệp.

Tổng số hộ bị ảnh hưởng là 2.316 hộ, trong đó có 412 hộ phải bố trí tái định cư. Đến nay, đã có 2.287 hộ nhận tiền bồi thường, hỗ trợ với tổng kinh phí hơn 1.164 tỷ đồng; còn 29 hộ chưa đồng ý nhận tiền do chưa thống nhất về đơn giá.

Để phục vụ tái định cư, thị xã đầu tư 3 khu tái định cư tại Ninh Xuân, Ninh Đa và Ninh Thủy với tổng mức đầu tư 286 tỷ đồng, bố trí khoảng 650 lô đất. Giá đất ở tại các khu tái định cư từ 1,8 đến 2,5 triệu đồng/m²; đất nông nghiệp được bồi thường 95.000 đồng/m², cộng khoản hỗ trợ chuyển đổi nghề gấp 3 lần giá đất.

Ông Trần Văn Hùng, Phó Chủ tịch UBND thị xã cho biết, thị xã phấn đấu bàn giao toàn bộ diện tích còn lại trước ngày 30/4/2024 để nhà thầu đẩy nhanh tiến độ. Hiện trên công trường có 18 mũi thi công với gần 700 công nhân, 260 máy móc, thiết bị.

Ngọc Hân (Trung tâm VH-TT&TT thị xã)
"""

ASOF = P("Tính đến ngày 12/3/2024", end="2024-03-12")
NOW = P("Đến nay", end="2024-03-14")

FIGS = [
    F("bàn giao 98,5% mặt bằng", "98,5", 98.5, "percent", "%", "mặt bằng cao tốc Vân Phong – Nha Trang đã bàn giao", INH(ASOF)),
    F("dài 35,7 km", "35,7", 35.7, "measure", "km", "chiều dài đoạn tuyến cao tốc Vân Phong – Nha Trang qua thị xã"),
    F("qua 11 xã, phường", "11", 11, "count", "xã, phường", "xã, phường đoạn tuyến đi qua"),
    F("là 327,4 ha", "327,4", 327.4, "measure", "ha", "tổng diện tích đất phải thu hồi"),
    F("đầu tư 322,5 ha", "322,5", 322.5, "measure", "ha", "diện tích đã bàn giao cho chủ đầu tư", ASOF, percent=98.5),
    F("còn lại 4,9 ha", "4,9", 4.9, "measure", "ha", "diện tích còn lại chưa bàn giao", ASOF),
    F("là 2.316 hộ", "2.316", 2316, "count", "hộ", "hộ bị ảnh hưởng"),
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ phải bố trí tái định cư", total=2316),
    F("có 2.287 hộ", "2.287", 2287, "count", "hộ", "hộ nhận tiền bồi thường, hỗ trợ", NOW),
    F("hơn 1.164 tỷ", "1.164", 1164e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ", NOW, approx="over"),
    F("còn 29 hộ", "29", 29, "count", "hộ", "hộ chưa đồng ý nhận tiền", NOW),
    F("tư 3 khu", "3", 3, "count", "khu tái định cư", "khu tái định cư thị xã đầu tư"),
    F("đầu tư 286 tỷ", "286", 286e9, "money", "đồng", "tổng mức đầu tư các khu tái định cư"),
    F("khoảng 650 lô", "650", 650, "count", "lô đất", "lô đất tái định cư bố trí", approx="about"),
    F("từ 1,8 đến 2,5 triệu", "1,8", 1.8e6, "money", "đồng/m²", "giá đất ở tại các khu tái định cư", value_max=2.5e6),
    F("95.000 đồng/m²", "95.000", 95000, "money", "đồng/m²", "giá bồi thường đất nông nghiệp"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "hỗ trợ chuyển đổi nghề so với giá đất"),
    F("có 18 mũi", "18", 18, "count", "mũi thi công", "mũi thi công trên công trường"),
    F("gần 700 công nhân", "700", 700, "count", "công nhân", "công nhân trên công trường", approx="nearly"),
    F("260 máy", "260", 260, "count", "máy móc, thiết bị", "máy móc, thiết bị trên công trường"),
]

COMMENTS = [
    "Cổng TTĐT thị xã Ninh Hòa (Khánh Hòa): GPMB cao tốc Vân Phong – Nha Trang (invented probe article, set 518).",
    "Distractors: 'Quốc lộ 26B', dates 12/3/2024 and 30/4/2024, 'Trung tâm VH-TT&TT'. Location: the district-level town Ninh Hòa.",
    "'Đến nay' ends at the dateline. 322,5 ha has its share 98,5% but no total (no part-of cue); 412 hộ follows 'trong đó' after 2.316 hộ.",
    "2.287 hộ has no total (no cue, although 2.287 + 29 = 2.316). 'gấp 3 lần giá đất' standing as the claim is a multiple.",
]

if __name__ == "__main__":
    emit("p518-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Ninh Hòa")
