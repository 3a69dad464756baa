"""p516-5: Báo Điện Biên Phủ (Party newspaper) — boarding schools (PTDTNT, PTDTBT) in Điện Biên."""
from lib import fig, per, inh, ch, emit

TEXT = """Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Giáo dục

176 ngôi trường dân tộc nội trú, bán trú - điểm tựa của học trò vùng cao

Tính đến tháng 9/2024, tỉnh Điện Biên có 11 trường phổ thông dân tộc nội trú (PTDTNT) và 165 trường phổ thông dân tộc bán trú (PTDTBT). Năm học 2024-2025, các trường PTDTNT có 3.460 học sinh, trong đó học sinh dân tộc thiểu số chiếm 98,6%; các trường PTDTBT có 49.870 học sinh, trong đó 31.254 em ở bán trú.

Trong 9 tháng năm 2024, từ nguồn vốn Chương trình MTQG 1719, tỉnh đã đầu tư 186,4 tỷ đồng cho 27 trường PTDTBT, xây mới 312 phòng học, 465 phòng ở nội trú và 58 nhà ăn, nhà bếp. Trường PTDTBT THCS Nà Bủng (huyện Nậm Pồ) được đầu tư 9,8 tỷ đồng, lớn nhất toàn tỉnh.

Theo Nghị định số 116/2016/NĐ-CP, mỗi học sinh bán trú được hỗ trợ tiền ăn bằng 40% mức lương cơ sở, tương đương 936.000 đồng/tháng, và 15 kg gạo/tháng. Năm 2024, tổng kinh phí thực hiện chính sách này ước đạt 327,5 tỷ đồng.

Nhờ đó, tỷ lệ học sinh bỏ học ở cấp THCS giảm còn 0,4%; tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 99,8%. Thầy Lò Văn Thắng, Hiệu trưởng Trường PTDTBT Tiểu học số 1 Si Pa Phìn, cho biết nhà trường có 412 học sinh, trong đó 296 em ở bán trú: "Các em được ăn ba bữa mỗi ngày tại trường, phụ huynh yên tâm cho con đi học".

Tuy vậy, nhiều trường vẫn thiếu phòng ở: toàn tỉnh còn khoảng 4.200 học sinh bán trú phải ở nhờ nhà dân hoặc lán tạm gần trường.

QUÀNG HƯƠNG
18/10/2024
"""

ASOF = per("Tính đến tháng 9/2024", None, "2024-09-30")
SY = per("Năm học 2024-2025", inherited=True)
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
DB = "Điện Biên"

F = [
    fig("176 ngôi trường", "176", 176, "count", "ngôi trường", "trường dân tộc nội trú, bán trú"),
    fig("có 11 trường", "11", 11, "count", "trường", "trường phổ thông dân tộc nội trú (PTDTNT)", ASOF),
    fig("và 165 trường", "165", 165, "count", "trường", "trường phổ thông dân tộc bán trú (PTDTBT)", ASOF),
    fig("có 3.460 học sinh", "3.460", 3460, "count", "học sinh", "học sinh các trường PTDTNT", SY),
    fig("chiếm 98,6%", "98,6", 98.6, "percent", "%", "học sinh dân tộc thiểu số trong các trường PTDTNT", SY,
        note="the share of a sub-group, not of 3.460 itself: a percent figure of its own"),
    fig("có 49.870 học sinh", "49.870", 49870, "count", "học sinh", "học sinh các trường PTDTBT", SY),
    fig("31.254 em", "31.254", 31254, "count", "em", "học sinh ở bán trú", SY, total=49870),
    fig("đầu tư 186,4 tỷ", "186,4", 186.4e9, "money", "đồng", "vốn Chương trình MTQG 1719 đầu tư cho trường PTDTBT", M9),
    fig("cho 27 trường", "27", 27, "count", "trường", "trường PTDTBT được đầu tư", M9),
    fig("mới 312 phòng học", "312", 312, "count", "phòng học", "phòng học xây mới", M9),
    fig("465 phòng ở", "465", 465, "count", "phòng ở nội trú", "phòng ở nội trú xây mới", M9),
    fig("58 nhà ăn", "58", 58, "count", "nhà ăn, nhà bếp", "nhà ăn, nhà bếp xây mới", M9),
    fig("đầu tư 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", "vốn đầu tư cho Trường PTDTBT THCS Nà Bủng", inh(M9),
        location="Nậm Pồ"),
    fig("bằng 40% mức", "40", 40, "percent", "%", "tiền ăn hỗ trợ mỗi học sinh bán trú so với mức lương cơ sở"),
    fig("936.000 đồng/tháng", "936.000", 936000, "money", "đồng/tháng", "tiền ăn hỗ trợ mỗi học sinh bán trú",
        note="'tương đương' an equivalent amount, not a share: a money figure of its own"),
    fig("15 kg gạo/tháng", "15", 15, "measure", "kg gạo/tháng", "gạo hỗ trợ mỗi học sinh bán trú"),
    fig("ước đạt 327,5 tỷ", "327,5", 327.5e9, "money", "đồng", "tổng kinh phí thực hiện chính sách hỗ trợ học sinh bán trú",
        Y24, status="estimate"),
    fig("giảm còn 0,4%", "0,4", 0.4, "percent", "%", "tỷ lệ học sinh bỏ học ở cấp THCS"),
    fig("trẻ 6 tuổi", "6", 6, "measure", "tuổi", "độ tuổi vào lớp 1", optional=True,
        note="an age threshold naming the group (cf. shared h24 'dưới 1 tuổi'): optional; 'lớp 1' is a grade name"),
    fig("đạt 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ huy động trẻ 6 tuổi vào lớp 1"),
    fig("có 412 học sinh", "412", 412, "count", "học sinh", "học sinh Trường PTDTBT Tiểu học số 1 Si Pa Phìn"),
    fig("296 em", "296", 296, "count", "em", "học sinh ở bán trú", total=412),
    fig("ăn ba bữa", "ba", 3, "count", "bữa", "bữa ăn mỗi ngày tại trường", optional=True,
        note="in a quotation, a routine rather than a statistic: optional"),
    fig("khoảng 4.200 học sinh", "4.200", 4200, "count", "học sinh",
        "học sinh bán trú phải ở nhờ nhà dân hoặc lán tạm", approx="about"),
]

COMMENTS = [
    "Báo Điện Biên Phủ (Party newspaper; invented): trường PTDTNT, PTDTBT ở Điện Biên — trường, học sinh, đầu tư từ Chương trình MTQG 1719, chế độ.",
    "Byline 'QUÀNG HƯƠNG' and the bare date '18/10/2024' at the end give published. 'Nghị định số 116/2016/NĐ-CP', 'lớp 1', 'cấp THCS',",
    "'Tiểu học số 1', 'MTQG 1719' are not figures. The school year 'Năm học 2024-2025' has no rule in FIGURES.md (a Sep-May year, not two",
    "calendar years): its period is given but marked inherited (unscored). 'Tính đến tháng 9/2024' is as-of (end 2024-09-30).",
    "Headline 176 = 11 + 165 (no period in the headline). 'trong đó 31.254 em', 'trong đó 296 em' are parts (total).",
    "'bằng 40% mức lương cơ sở' is a policy rate: own percent figure; 'giảm còn 0,4%' is the level reached (no change value).",
    "The Nà Bủng school is placed '(huyện Nậm Pồ)': location Nậm Pồ; Si Pa Phìn is a commune (not named as district): stays Điện Biên.",
]

emit("p516-5", TEXT, COMMENTS, F, published="2024-10-18", location=DB)
