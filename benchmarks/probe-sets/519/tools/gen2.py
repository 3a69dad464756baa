from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG NHÉ - TỈNH ĐIỆN BIÊN
Tin tức > Văn hóa - Xã hội

Thứ Ba, 20/08/2024 - 14:35

Mường Nhé thiếu 186 giáo viên trước thềm năm học mới

Năm học 2024-2025, toàn huyện có 42 trường với 1.026 nhóm, lớp và 19.480 học sinh, trẻ em. Theo định mức, huyện cần 1.412 giáo viên nhưng hiện chỉ có 1.226 người, thiếu 186 giáo viên; trong đó mầm non thiếu 74, tiểu học thiếu 81 và THCS thiếu 31 giáo viên.

Năm 2024, huyện có kế hoạch tuyển dụng 72 giáo viên, nhưng đến ngày 15/8/2024 mới tuyển được 45/72 giáo viên theo kế hoạch, đạt 62,5%. Nguyên nhân là nguồn tuyển khan hiếm, trong khi từ năm 2020 đến nay có 58 giáo viên chuyển công tác ra ngoài huyện và 23 giáo viên nghỉ việc.

Hiện tỷ lệ giáo viên/lớp cấp tiểu học chỉ đạt 1,21, cấp THCS đạt 1,74. Toàn huyện còn 37 lớp ghép với 412 học sinh, mỗi lớp từ 8 đến 15 em, tập trung tại ba xã Sín Thầu, Chung Chải và Leng Su Sìn; riêng Trường PTDTBT Tiểu học số 2 Chung Chải có 9 lớp ghép.

Để khắc phục, UBND huyện hợp đồng 65 giáo viên với mức hỗ trợ 5,2 triệu đồng/người/tháng, tổng kinh phí khoảng 3,4 tỷ đồng/năm học từ ngân sách huyện. Huyện đề nghị tỉnh ưu tiên phân bổ biên chế theo Thông tư số 20/2023/TT-BGDĐT.

Lò Văn Thắng (Phòng GD&ĐT huyện) - ĐT: 0215.3650.108
"""

sy = SY(2024, "Năm học 2024-2025")
FIGS = [
    F("Nhé thiếu 186 giáo viên", "186", 186, "count", "giáo viên", "giáo viên thiếu trước thềm năm học mới", I(sy)),
    F("có 42 trường", "42", 42, "count", "trường", "trường toàn huyện", sy),
    F("với 1.026 nhóm, lớp", "1.026", 1026, "count", "nhóm, lớp", "nhóm, lớp toàn huyện", sy),
    F("và 19.480 học sinh", "19.480", 19480, "count", "học sinh, trẻ em", "học sinh, trẻ em toàn huyện", sy),
    F("cần 1.412 giáo viên", "1.412", 1412, "count", "giáo viên", "giáo viên huyện cần theo định mức", I(sy)),
    F("có 1.226 người", "1.226", 1226, "count", "người", "giáo viên hiện có", I(sy)),
    F("thiếu 186 giáo viên;", "186", 186, "count", "giáo viên", "giáo viên thiếu", I(sy)),
    F("mầm non thiếu 74,", "74", 74, "count", "giáo viên", "giáo viên mầm non thiếu", I(sy), total=186),
    F("tiểu học thiếu 81", "81", 81, "count", "giáo viên", "giáo viên tiểu học thiếu", I(sy), total=186),
    F("THCS thiếu 31 giáo viên", "31", 31, "count", "giáo viên", "giáo viên THCS thiếu", I(sy), total=186),
    F("tuyển dụng 72 giáo viên", "72", 72, "count", "giáo viên", "giáo viên tuyển dụng theo kế hoạch", Y(2024, "Năm 2024"), status="target"),
    F("được 45/72 giáo viên", "45", 45, "count", "giáo viên", "giáo viên tuyển được", P("đến ngày 15/8/2024", None, "2024-08-15"),
      target=T(72, "giáo viên"), percent=62.5),
    F("có 58 giáo viên", "58", 58, "count", "giáo viên", "giáo viên chuyển công tác ra ngoài huyện",
      P("từ năm 2020 đến nay", "2020-01-01", "2024-08-20")),
    F("và 23 giáo viên", "23", 23, "count", "giáo viên", "giáo viên nghỉ việc", P("từ năm 2020 đến nay", "2020-01-01", "2024-08-20")),
    F("chỉ đạt 1,21", "1,21", 1.21, "measure", "giáo viên/lớp", "tỷ lệ giáo viên/lớp cấp tiểu học"),
    F("THCS đạt 1,74", "1,74", 1.74, "measure", "giáo viên/lớp", "tỷ lệ giáo viên/lớp cấp THCS"),
    F("còn 37 lớp ghép", "37", 37, "count", "lớp ghép", "lớp ghép toàn huyện"),
    F("với 412 học sinh", "412", 412, "count", "học sinh", "học sinh học lớp ghép"),
    F("từ 8 đến 15 em", "8", 8, "count", "em", "học sinh mỗi lớp ghép", value_max=15),
    F("tại ba xã", "ba", 3, "count", "xã", "xã tập trung lớp ghép"),
    F("có 9 lớp ghép", "9", 9, "count", "lớp ghép", "lớp ghép của Trường PTDTBT Tiểu học số 2 Chung Chải"),
    F("hợp đồng 65 giáo viên", "65", 65, "count", "giáo viên", "giáo viên hợp đồng"),
    F("hỗ trợ 5,2 triệu", "5,2", 5200000, "money", "đồng/người/tháng", "mức hỗ trợ giáo viên hợp đồng"),
    F("khoảng 3,4 tỷ", "3,4", 3400000000, "money", "đồng/năm học", "tổng kinh phí hợp đồng giáo viên từ ngân sách huyện", approx="about"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mường Nhé (Điện Biên): thiếu giáo viên trước năm học 2024-2025, tuyển dụng, lớp ghép, hợp đồng giáo viên.",
    "District portal, dateline 'Thứ Ba, 20/08/2024 - 14:35'; location is the district (Mường Nhé).",
    "Not figures: 'Trường PTDTBT Tiểu học số 2', 'Thông tư số 20/2023/TT-BGDĐT', phone, date '15/8/2024' (as-of period).",
    "'45/72 giáo viên theo kế hoạch' → target 72 (spec: second number is the plan), percent 62,5. 72 itself is a target figure.",
    "74/81/31 follow 'trong đó' after 186 (the unit 'giáo viên' is written once at the end): total 186.",
    "'riêng … 9 lớp ghép' has no part-of cue in the spec's list: no total. 'ba xã' is a count (number word).",
    "'từ năm 2020 đến nay' ends at the dateline. 'Hiện …' sentences get no period.",
]

emit("p519-2", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Mường Nhé")
