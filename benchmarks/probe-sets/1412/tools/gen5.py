"""p1412-5: provincial newspaper (Báo Hòa Bình điện tử, tag (HBĐT)): farmers in Lạc Sơn fight fall armyworm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hòa Bình điện tử
Trang chủ › Kinh tế › Nông nghiệp

Nông dân Lạc Sơn vất vả chống sâu keo mùa thu

Thứ Hai, 22/04/2024 | 08:15

(HBĐT) - Vụ xuân năm nay, sâu keo mùa thu xuất hiện sớm và gây hại trên nhiều diện tích ngô ở huyện Lạc Sơn, nhất là các xã dọc Quốc lộ 12B. Nhiều hộ phải phun thuốc hai, ba lần mà sâu vẫn chưa hết.

Gia đình ông Bùi Văn Khiêm ở xã Yên Phú trồng 1,5 ha ngô. Ông cho biết, mỗi lần phun thuốc hết khoảng 1,2 triệu đồng, đến nay đã phun 3 lần nhưng mật độ sâu trên ruộng vẫn khoảng 5-6 con/m2. "Vụ xuân năm 2023, năng suất ngô nhà tôi chỉ đạt 38 tạ/ha, thấp hơn gần 12 tạ/ha so với năm trước. Năm nay nếu không dập được sâu thì còn thiệt hơn", ông Khiêm nói.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Lạc Sơn, vụ xuân 2024 toàn huyện trồng 3.420 ha ngô; đến ngày 18/4, sâu keo mùa thu đã gây hại 486 ha, trong đó 72 ha nhiễm nặng, tỷ lệ hại nơi cao trên 35%.

Toàn tỉnh Hòa Bình vụ xuân năm nay gieo trồng hơn 10.200 ha ngô, sâu keo mùa thu gây hại khoảng 1.350 ha, tăng 15% so với vụ xuân năm 2023. Ngành nông nghiệp đã hỗ trợ nông dân 2.000 lít thuốc sinh học và tổ chức 26 lớp tập huấn, gồm 18 lớp tại Lạc Sơn và 8 lớp tại Tân Lạc, với hơn 1.100 người tham gia.

Ông Đinh Công Hòa, Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện cho biết, huyện phấn đấu đến cuối vụ giữ diện tích nhiễm nặng dưới 100 ha và bảo đảm năng suất ngô bình quân đạt 45 tạ/ha trở lên.

Nguyễn Thu Hằng (CTV)

Từ khóa: sâu keo mùa thu, Lạc Sơn, ngô vụ xuân
"""

NOW = per("đến nay", None, "2024-04-22")
ASOF = per("đến ngày 18/4", None, "2024-04-18")

FIGS = [
    fig("hai, ba lần", "hai", 2, "count", "lần", value_max=3, subject="lần phun thuốc"),
    fig("trồng 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích ngô gia đình ông Bùi Văn Khiêm trồng"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/lần", approx="about", subject="chi phí mỗi lần phun thuốc"),
    fig("phun 3 lần", "3", 3, "count", "lần", subject="lần phun thuốc", period=NOW),
    fig("khoảng 5-6 con/m2", "5", 5, "measure", "con/m2", value_max=6, approx="about",
        subject="mật độ sâu trên ruộng", period=NOW),
    fig("đạt 38 tạ/ha", "38", 38, "measure", "tạ/ha",
        change=chg("decrease", 12, "tạ/ha", "năm trước", approx="nearly"),
        subject="năng suất ngô vụ xuân năm 2023 nhà ông Khiêm"),
    fig("trồng 3.420 ha", "3.420", 3420, "measure", "ha", subject="diện tích ngô vụ xuân 2024 toàn huyện trồng"),
    fig("gây hại 486 ha", "486", 486, "measure", "ha", subject="diện tích ngô bị sâu keo mùa thu gây hại",
        period=ASOF),
    fig("72 ha nhiễm nặng", "72", 72, "measure", "ha", total=486, subject="diện tích nhiễm nặng", period=ASOF),
    fig("trên 35%", "35", 35, "percent", "%", approx="over", subject="tỷ lệ hại nơi cao", period=ASOF),
    fig("hơn 10.200 ha", "10.200", 10200, "measure", "ha", approx="over",
        subject="diện tích ngô vụ xuân năm nay toàn tỉnh gieo trồng", location="Hòa Bình"),
    fig("khoảng 1.350 ha", "1.350", 1350, "measure", "ha", approx="about",
        change=chg("increase", 15, "%", "vụ xuân năm 2023"),
        subject="diện tích ngô bị sâu keo mùa thu gây hại", location="Hòa Bình"),
    fig("2.000 lít", "2.000", 2000, "measure", "lít", subject="thuốc sinh học hỗ trợ nông dân", location="Hòa Bình"),
    fig("tổ chức 26 lớp", "26", 26, "count", "lớp tập huấn", subject="lớp tập huấn", location="Hòa Bình"),
    fig("gồm 18 lớp", "18", 18, "count", "lớp", total=26, subject="lớp tập huấn", location="Lạc Sơn"),
    fig("và 8 lớp", "8", 8, "count", "lớp", total=26, subject="lớp tập huấn", location="Tân Lạc"),
    fig("hơn 1.100 người", "1.100", 1100, "count", "người", approx="over", subject="người tham gia tập huấn",
        location="Hòa Bình"),
    fig("dưới 100 ha", "100", 100, "measure", "ha", approx="under", status="target",
        subject="diện tích nhiễm nặng"),
    fig("45 tạ/ha trở lên", "45", 45, "measure", "tạ/ha", approx="at_least", status="target",
        subject="năng suất ngô bình quân"),
]

NOTES = [
    "Provincial newspaper (Báo Hòa Bình): breadcrumb, 'Thứ Hai, 22/04/2024 | 08:15', tag '(HBĐT) -', byline, keywords.",
    "Default location Lạc Sơn (the district of the story; xã Yên Phú is in it); province figures → Hòa Bình; '8 lớp tại Tân Lạc' → Tân Lạc.",
    "Distractors: 'Quốc lộ 12B', '08:15', baselines 'năm trước', 'vụ xuân năm 2023'.",
    "'hai, ba lần' = two or three times: a range of number words, value 2, value_max 3.",
    "'mỗi lần phun thuốc hết khoảng 1,2 triệu đồng' → a rate per spraying, unit 'đồng/lần' (denominator stated as 'mỗi lần').",
    "'đến nay' = as of published (end 2024-04-22, start null), governs the '3 lần' and the density in the same sentence.",
    "Seasons ('Vụ xuân năm 2023', 'vụ xuân 2024', 'vụ xuân năm nay') give no period; kept in the subject. 'đến ngày 18/4' = 2024-04-18.",
    "'thấp hơn gần 12 tạ/ha so với năm trước' → change decrease, approx nearly. 'tăng 15% so với vụ xuân năm 2023' → change.",
    "'26 lớp tập huấn, gồm 18 lớp tại Lạc Sơn và 8 lớp tại Tân Lạc' → parts after 'gồm' add up: total 26.",
    "'phấn đấu đến cuối vụ ...' → target, no period ('cuối vụ' is a season end); '45 tạ/ha trở lên' = at least 45 (approx at_least).",
]

if __name__ == "__main__":
    write("p1412-5", TEXT, NOTES, FIGS, published="2024-04-22", location="Lạc Sơn")
