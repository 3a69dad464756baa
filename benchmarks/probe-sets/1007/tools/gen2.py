"""p1007-2: district portal (Mường Nhé, Điện Biên), graduation of a village-midwife training class, 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG NHÉ
Tin hoạt động > Văn hóa - Xã hội
Bế giảng lớp đào tạo cô đỡ thôn bản khóa II năm 2024
Thứ Ba, 20/08/2024 - 16:10
Ngày 19/8, Trung tâm Y tế huyện Mường Nhé phối hợp với Trường Cao đẳng Y tế Điện Biên tổ chức bế giảng lớp đào tạo cô đỡ thôn bản khóa II cho 32 học viên là người dân tộc Mông, Dao, Hà Nhì, Khơ Mú đến từ 11 xã trên địa bàn huyện.
Khóa học kéo dài 6 tháng, từ tháng 2 đến tháng 8/2024. Chương trình gồm 1.440 tiết, trong đó 480 tiết lý thuyết và 960 tiết thực hành tại Trung tâm Y tế huyện và các trạm y tế xã.
Kết quả, 30/32 học viên đủ điều kiện tốt nghiệp, đạt 93,8%; trong đó 9 học viên xếp loại khá, 21 học viên xếp loại trung bình.
Tổng kinh phí mở lớp gần 1,2 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 7). Mỗi học viên được hỗ trợ tiền ăn 150.000 đồng/ngày và tiền đi lại theo thực tế.
Tính đến tháng 7/2024, Mường Nhé có 176 thôn, bản nhưng mới có 41 cô đỡ thôn bản. Năm 2023, toàn huyện ghi nhận 1.236 ca sinh, trong đó 379 ca sinh tại nhà, chiếm 30,7%, giảm 6,2% so với năm 2022. Các xã có tỷ lệ sinh tại nhà cao là Sín Thầu (48,5%), Leng Su Sìn (44,1%) và Chung Chải (39,6%).
Dự kiến sau khi tốt nghiệp, 30 cô đỡ mới sẽ về phục vụ tại các bản vùng sâu dọc Quốc lộ 4H, nâng tổng số cô đỡ thôn bản của huyện lên 71 người, phủ khoảng 40% số thôn, bản.
Lò Thị Hương (Trung tâm VH-TT&TT huyện)
Bản quyền thuộc UBND huyện Mường Nhé - Điện thoại: 0215.3736.102"""

D19 = P("Ngày 19/8", "2024-08-19", "2024-08-19")
COURSE = P("từ tháng 2 đến tháng 8/2024", "2024-02-01", "2024-08-31")
ASOF = P("Tính đến tháng 7/2024", end="2024-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("cho 32 học viên", "32", 32, "count", "học viên", "học viên lớp đào tạo cô đỡ thôn bản", D19),
    F("từ 11 xã", "11", 11, "count", "xã", "xã có học viên", D19),
    F("kéo dài 6 tháng", "6", 6, "measure", "tháng", "thời gian khóa học", COURSE),
    F("gồm 1.440 tiết", "1.440", 1440, "count", "tiết", "tiết học của chương trình", I(COURSE)),
    F("480 tiết", "480", 480, "count", "tiết", "tiết lý thuyết", I(COURSE), total=1440),
    F("960 tiết", "960", 960, "count", "tiết", "tiết thực hành", I(COURSE), total=1440),
    F("30/32 học viên", "30", 30, "count", "học viên", "học viên đủ điều kiện tốt nghiệp", I(COURSE),
      total=32, percent=93.8),
    F("trong đó 9 học viên", "9", 9, "count", "học viên", "học viên xếp loại khá", I(COURSE), total=30),
    F("21 học viên", "21", 21, "count", "học viên", "học viên xếp loại trung bình", I(COURSE), total=30),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí mở lớp", I(COURSE), approx="nearly"),
    F("150.000 đồng/ngày", "150.000", 150000, "money", "đồng/ngày", "hỗ trợ tiền ăn mỗi học viên", I(COURSE)),
    F("có 176 thôn, bản", "176", 176, "count", "thôn, bản", "thôn, bản", ASOF),
    F("mới có 41 cô đỡ", "41", 41, "count", "cô đỡ thôn bản", "cô đỡ thôn bản", ASOF),
    F("ghi nhận 1.236 ca sinh", "1.236", 1236, "count", "ca sinh", "ca sinh", Y23),
    F("trong đó 379 ca", "379", 379, "count", "ca", "ca sinh tại nhà", Y23, total=1236, percent=30.7,
      change=C("decrease", 6.2, "%", "năm 2022")),
    F("Sín Thầu (48,5%)", "48,5", 48.5, "percent", "%", "tỷ lệ sinh tại nhà", I(Y23)),
    F("Leng Su Sìn (44,1%)", "44,1", 44.1, "percent", "%", "tỷ lệ sinh tại nhà", I(Y23)),
    F("Chung Chải (39,6%)", "39,6", 39.6, "percent", "%", "tỷ lệ sinh tại nhà", I(Y23)),
    F("30 cô đỡ mới", "30", 30, "count", "cô đỡ", "cô đỡ mới về phục vụ tại các bản", status="forecast"),
    F("lên 71 người", "71", 71, "count", "người", "tổng số cô đỡ thôn bản của huyện", status="forecast"),
    F("khoảng 40% số thôn", "40", 40, "percent", "%", "tỷ lệ thôn, bản có cô đỡ thôn bản", approx="about",
      status="forecast"),
]

NOTES = [
    "p1007-2: Cổng TTĐT huyện Mường Nhé (Điện Biên): bế giảng lớp đào tạo cô đỡ thôn bản; sinh tại nhà năm 2023.",
    "'Thứ Ba, 20/08/2024 - 16:10' gives published. Not figures: 'khóa II', 'Dự án 7', 'Quốc lộ 4H', 'Ngày 19/8', phone 0215.3736.102.",
    "The graduation's counts take the event date 'Ngày 19/8' (year from the headline/dateline) as period, like h25's 'Ngày 10/10/2022'.",
    "'Khóa học kéo dài 6 tháng' is the course length stated as the claim: a measure in 'tháng', period the course months.",
    "Communes (Sín Thầu, Leng Su Sìn, Chung Chải) are below district level: location stays the district Mường Nhé.",
    "'30/32 ... đạt 93,8%; trong đó 9 ..., 21 ...' → 30 has total 32 and percent; 9 and 21 add up to 30 → total 30.",
    "'giảm 6,2% so với năm 2022' follows 379 ca and its share → the change of 379. The 'Dự kiến' sentence has no period phrase.",
]

write(2, TEXT, NOTES, FIGS, published="2024-08-20", location="Mường Nhé")
