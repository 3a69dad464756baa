from lib import *

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Giáo dục

Bình Định: 9 tháng giải ngân hơn 312 tỷ đồng xây dựng trường học

12/10/2024 - 08:15

(BĐ) - Theo Sở GD&ĐT, 9 tháng năm 2024, vốn đầu tư xây dựng, sửa chữa trường học trên địa bàn tỉnh giải ngân được 312,4 tỷ đồng, đạt 68,5% kế hoạch, tăng 21,7% so với cùng kỳ; riêng quý III/2024 giải ngân 126,8 tỷ đồng. Ước cả năm 2024 giải ngân khoảng 450 tỷ đồng.

Đến ngày 30/9/2024, toàn tỉnh có 412/520 trường đạt chuẩn quốc gia, đạt 79,2%, tăng 23 trường so với cuối năm 2023. Trong đó, mầm non 118 trường, tiểu học 156 trường, THCS 112 trường và THPT 26 trường. Nhiều trường như THPT số 1 Phù Cát, THCS Nhơn Hòa đã có nhà đa năng.

Tỷ lệ phòng học kiên cố đạt 91,3%, trong đó các cấp mầm non, tiểu học, THCS lần lượt đạt 86,4%, 92,7% và 95,1%; còn 87 phòng học tạm tại các huyện miền núi An Lão (34 phòng), Vĩnh Thạnh (29 phòng) và Vân Canh (24 phòng). Diện tích đất bình quân của các trường tiểu học đạt 14,2 m²/học sinh.

Năm học 2024-2025, toàn tỉnh cần 14.620 giáo viên nhưng hiện có 13.985 người, còn thiếu 635 giáo viên, chủ yếu là giáo viên tiếng Anh, tin học ở cấp tiểu học. Tại Kỳ thi tốt nghiệp THPT năm 2024, điểm trung bình các môn thi của tỉnh đứng thứ 18/63 tỉnh, thành phố.

Tỉnh phấn đấu đến năm 2025 có 85% trường đạt chuẩn quốc gia và 95% phòng học được kiên cố hóa. Giai đoạn 2021-2025, tổng vốn bố trí cho cơ sở vật chất trường học là 1.862,5 tỷ đồng.

NGỌC NHUẬN
"""

m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
asof = P("Đến ngày 30/9/2024", None, "2024-09-30")
sy = SY(2024, "Năm học 2024-2025")
tgt = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("hơn 312 tỷ", "312", 312000000000, "money", "đồng", "vốn xây dựng trường học giải ngân", I(m9), approx="over"),
    F("được 312,4 tỷ", "312,4", 312400000000, "money", "đồng", "vốn đầu tư xây dựng, sửa chữa trường học giải ngân", m9,
      percent=68.5, change=CH("increase", 21.7, "%", "cùng kỳ")),
    F("giải ngân 126,8 tỷ", "126,8", 126800000000, "money", "đồng", "vốn đầu tư xây dựng, sửa chữa trường học giải ngân quý III",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("khoảng 450 tỷ", "450", 450000000000, "money", "đồng", "vốn đầu tư xây dựng, sửa chữa trường học giải ngân cả năm",
      Y(2024, "cả năm 2024"), approx="about", status="estimate"),
    F("có 412/520 trường", "412", 412, "count", "trường", "trường đạt chuẩn quốc gia", asof, total=520, percent=79.2,
      change=CH("increase", 23, "trường", "cuối năm 2023")),
    F("mầm non 118 trường", "118", 118, "count", "trường", "trường mầm non đạt chuẩn quốc gia", I(asof), total=412),
    F("tiểu học 156 trường", "156", 156, "count", "trường", "trường tiểu học đạt chuẩn quốc gia", I(asof), total=412),
    F("THCS 112 trường", "112", 112, "count", "trường", "trường THCS đạt chuẩn quốc gia", I(asof), total=412),
    F("THPT 26 trường", "26", 26, "count", "trường", "trường THPT đạt chuẩn quốc gia", I(asof), total=412),
    F("kiên cố đạt 91,3%", "91,3", 91.3, "percent", "%", "tỷ lệ phòng học kiên cố"),
    F("đạt 86,4%", "86,4", 86.4, "percent", "%", "tỷ lệ phòng học kiên cố cấp mầm non"),
    F("86,4%, 92,7%", "92,7", 92.7, "percent", "%", "tỷ lệ phòng học kiên cố cấp tiểu học"),
    F("và 95,1%", "95,1", 95.1, "percent", "%", "tỷ lệ phòng học kiên cố cấp THCS"),
    F("còn 87 phòng", "87", 87, "count", "phòng học", "phòng học tạm"),
    F("An Lão (34 phòng)", "34", 34, "count", "phòng", "phòng học tạm", total=87, location="An Lão"),
    F("Vĩnh Thạnh (29 phòng)", "29", 29, "count", "phòng", "phòng học tạm", total=87, location="Vĩnh Thạnh"),
    F("Vân Canh (24 phòng)", "24", 24, "count", "phòng", "phòng học tạm", total=87, location="Vân Canh"),
    F("đạt 14,2 m²", "14,2", 14.2, "measure", "m²/học sinh", "diện tích đất bình quân của các trường tiểu học"),
    F("cần 14.620 giáo viên", "14.620", 14620, "count", "giáo viên", "giáo viên toàn tỉnh cần", sy),
    F("có 13.985 người", "13.985", 13985, "count", "người", "giáo viên hiện có", sy),
    F("thiếu 635 giáo viên", "635", 635, "count", "giáo viên", "giáo viên còn thiếu", sy),
    F("thứ 18/63", "18", 18, "rank", "hạng", "điểm trung bình các môn thi tốt nghiệp THPT", Y(2024), total=63),
    F("có 85% trường", "85", 85, "percent", "%", "trường đạt chuẩn quốc gia", tgt, status="target"),
    F("và 95% phòng", "95", 95, "percent", "%", "phòng học được kiên cố hóa", tgt, status="target"),
    F("là 1.862,5 tỷ", "1.862,5", 1862500000000, "money", "đồng", "tổng vốn bố trí cho cơ sở vật chất trường học",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

COMMENTS = [
    "Báo Bình Định: 9 tháng 2024 giải ngân vốn xây dựng trường học, trường đạt chuẩn quốc gia, phòng học tạm, thiếu giáo viên, xếp hạng thi TN THPT.",
    "Provincial newspaper: '12/10/2024 - 08:15' dateline, '(BĐ)' tag, byline at the end. Location Bình Định; district items go to location.",
    "Not figures: 'quý III/2024', 'THPT số 1 Phù Cát', 'Kỳ thi tốt nghiệp THPT năm 2024' (the year is the period of the rank).",
    "'412/520 trường …, đạt 79,2%, tăng 23 trường so với cuối năm 2023' → total 520, percent 79.2, change 23 trường. Levels after 'Trong đó' → total 412.",
    "'còn 87 phòng học tạm tại các huyện An Lão (34 phòng), Vĩnh Thạnh (29 phòng) và Vân Canh (24 phòng)': the items add up to 87 and the text",
    "places the 87 rooms in them: total 87. 'riêng quý III/2024 … 126,8 tỷ' has no part-of cue in the spec's list: no total.",
    "'trong đó … lần lượt đạt 86,4%, 92,7% và 95,1%' after 91,3%: percents of their own; no total: rates of sub-groups that do not add up to 91,3 (unlike h08's shares of GDP).",
    "'đứng thứ 18/63 tỉnh, thành phố' → rank 18, total 63 (as h04 25/63). 'Ước cả năm 2024' → estimate.",
]

emit("p519-8", TEXT, COMMENTS, FIGS, published="2024-10-12", location="Bình Định")
