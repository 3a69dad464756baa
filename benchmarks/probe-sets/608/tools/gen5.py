from lib import F, P, INH, CH, TG, emit

TEXT = """Báo Thái Nguyên điện tử
Chính trị | Xây dựng Đảng

Hơn 18.600 lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng

Năm 2023, tỉnh Thái Nguyên đã tổ chức 312 lớp đào tạo, bồi dưỡng cho hơn 18.600 lượt cán bộ, công chức, viên chức, đạt 104% kế hoạch, tăng 2.100 lượt so với năm 2022. Tổng kinh phí thực hiện là 21,7 tỷ đồng, trong đó ngân sách tỉnh 16,2 tỷ đồng, còn lại huy động từ các nguồn hợp pháp khác.

Về đào tạo, toàn tỉnh có 146 người được cử đi đào tạo sau đại học (trong đó 9 tiến sĩ, 137 thạc sĩ); 1.215 lượt người học lý luận chính trị, gồm 418 lượt cao cấp và 797 lượt trung cấp.

Về bồi dưỡng, các lớp quản lý nhà nước chương trình chuyên viên chính và chuyên viên thu hút 2.340 học viên; các lớp bồi dưỡng kỹ năng chuyển đổi số có 5.870 lượt người tham gia. Tỷ lệ học viên đạt loại khá, giỏi từ 78 đến 85% tùy từng lớp.

Các địa phương tổ chức nhiều lớp nhất là thành phố Thái Nguyên, thành phố Sông Công và huyện Đại Từ, với số lớp lần lượt là 41, 27 và 25 lớp.

Theo đồng chí Trưởng Ban Tổ chức Tỉnh ủy, Trường Chính trị tỉnh (đường Z115, phường Quyết Thắng) đã chuẩn hóa đội ngũ với 100% giảng viên có trình độ thạc sĩ trở lên.

Năm 2024, tỉnh phấn đấu 100% cán bộ, công chức cấp xã được bồi dưỡng kiến thức, kỹ năng theo Nghị định số 89/2021/NĐ-CP; mở ít nhất 30 lớp bồi dưỡng về chuyển đổi số.

Thu Hà
22/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = INH(Y23)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 18.600 lượt", "18.600", 18600, "count", "lượt", "lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng",
      Y23I, approx="over"),
    F("tổ chức 312 lớp", "312", 312, "count", "lớp", "lớp đào tạo, bồi dưỡng", Y23),
    F("hơn 18.600 lượt", "18.600", 18600, "count", "lượt", "lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng",
      Y23, approx="over", percent=104, change=CH("increase", 2100, "lượt", baseline="năm 2022")),
    F("là 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "tổng kinh phí đào tạo, bồi dưỡng", Y23I),
    F("tỉnh 16,2 tỷ đồng", "16,2", 16.2e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", Y23I, total=21.7e9),
    F("có 146 người", "146", 146, "count", "người", "người được cử đi đào tạo sau đại học", Y23I),
    F("9 tiến sĩ", "9", 9, "count", "tiến sĩ", "người đào tạo tiến sĩ", Y23I, total=146),
    F("137 thạc sĩ", "137", 137, "count", "thạc sĩ", "người đào tạo thạc sĩ", Y23I, total=146),
    F("1.215 lượt", "1.215", 1215, "count", "lượt", "lượt người học lý luận chính trị", Y23I),
    F("gồm 418 lượt", "418", 418, "count", "lượt", "lượt học lý luận chính trị cao cấp", Y23I, total=1215),
    F("và 797 lượt", "797", 797, "count", "lượt", "lượt học lý luận chính trị trung cấp", Y23I, total=1215),
    F("thu hút 2.340 học viên", "2.340", 2340, "count", "học viên",
      "học viên lớp quản lý nhà nước chương trình chuyên viên chính và chuyên viên", Y23I),
    F("có 5.870 lượt", "5.870", 5870, "count", "lượt người", "lượt người tham gia lớp bồi dưỡng kỹ năng chuyển đổi số",
      Y23I),
    F("từ 78 đến 85%", "78", 78, "percent", "%", "tỷ lệ học viên đạt loại khá, giỏi", Y23I, value_max=85),
    F("là 41, 27", "41", 41, "count", "lớp", "số lớp tổ chức", Y23I, location="Thái Nguyên"),
    F("41, 27 và", "27", 27, "count", "lớp", "số lớp tổ chức", Y23I, location="Sông Công"),
    F("và 25 lớp", "25", 25, "count", "lớp", "số lớp tổ chức", Y23I, location="Đại Từ"),
    F("100% giảng viên", "100", 100, "percent", "%", "giảng viên Trường Chính trị tỉnh có trình độ thạc sĩ trở lên"),
    F("phấn đấu 100% cán bộ", "100", 100, "percent", "%",
      "cán bộ, công chức cấp xã được bồi dưỡng kiến thức, kỹ năng", Y24, status="target"),
    F("ít nhất 30 lớp", "30", 30, "count", "lớp", "lớp bồi dưỡng về chuyển đổi số", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Thái Nguyên (Party newspaper): đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2023; byline 'Thu Hà' and bare date '22/01/2024' at the end.",
    "'đường Z115', 'Nghị định số 89/2021/NĐ-CP' are not figures. 9 + 137 = 146 (bracketed 'trong đó'), 418 + 797 = 1.215 ('gồm'), 16,2 of 21,7 tỷ.",
    "'lần lượt là 41, 27 và 25 lớp': each item is a figure, its place in location (thành phố Thái Nguyên → 'Thái Nguyên').",
    "'đạt 104% kế hoạch' → percent of 18.600; 'tăng 2.100 lượt so với năm 2022' → its change. Headline figure inherits năm 2023.",
    "'từ 78 đến 85%' is a range (value_max 85). 'phấn đấu' → target, continuing into '; mở ít nhất 30 lớp'.",
]

if __name__ == "__main__":
    emit("p608-5", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Thái Nguyên")
