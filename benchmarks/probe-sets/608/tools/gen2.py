from lib import F, P, INH, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Krông Pắc
Trang chủ / Tin tức - Sự kiện / Tin trong huyện

Krông Pắc: 186 thí sinh trúng tuyển viên chức giáo dục năm 2024

Thứ Năm, 12/09/2024 - 15:20

Ngày 10/9, Hội đồng tuyển dụng viên chức huyện đã công bố kết quả kỳ tuyển dụng viên chức sự nghiệp giáo dục năm 2024. Kỳ tuyển dụng có 214 chỉ tiêu, gồm 32 chỉ tiêu giáo viên mầm non, 118 chỉ tiêu giáo viên tiểu học và 64 chỉ tiêu giáo viên trung học cơ sở.

Tổng số hồ sơ đăng ký dự tuyển là 527 hồ sơ, tăng 96 hồ sơ so với năm 2023; sau khi rà soát, có 509 thí sinh đủ điều kiện dự thi vòng 2, chiếm 96,6%.

Kết quả, có 186 thí sinh trúng tuyển, đạt 86,9% chỉ tiêu. Trong đó, có 41 người là người dân tộc thiểu số (chiếm 22%) và 17 người có trình độ thạc sĩ. Còn 28 chỉ tiêu chưa tuyển được, chủ yếu ở môn Tiếng Anh, Tin học do không có thí sinh đăng ký hoặc thí sinh không đạt tối thiểu 50 điểm.

Tỷ lệ cạnh tranh bình quân là 2,4 thí sinh/chỉ tiêu; riêng giáo viên mầm non cao nhất với 4,1 thí sinh/chỉ tiêu. Điểm phỏng vấn bình quân đạt 71,35 điểm, thí sinh cao nhất đạt 94,5 điểm.

Dự kiến trong tháng 10/2024, các thí sinh trúng tuyển sẽ nhận quyết định và được phân công về 47 trường học. Giai đoạn 2021-2025, huyện được giao 1.352 biên chế giáo viên. Hiện toàn huyện còn thiếu khoảng 160 giáo viên so với định mức.

Phạm Hùng - Phòng Nội vụ huyện (ĐT: 0262.3524.118)
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    F("Krông Pắc: 186 thí sinh", "186", 186, "count", "thí sinh", "thí sinh trúng tuyển viên chức giáo dục",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 214 chỉ tiêu", "214", 214, "count", "chỉ tiêu", "chỉ tiêu tuyển dụng viên chức giáo dục", Y24),
    F("gồm 32 chỉ tiêu", "32", 32, "count", "chỉ tiêu", "chỉ tiêu giáo viên mầm non", Y24, total=214),
    F("118 chỉ tiêu", "118", 118, "count", "chỉ tiêu", "chỉ tiêu giáo viên tiểu học", Y24, total=214),
    F("và 64 chỉ tiêu", "64", 64, "count", "chỉ tiêu", "chỉ tiêu giáo viên trung học cơ sở", Y24, total=214),
    F("là 527 hồ sơ", "527", 527, "count", "hồ sơ", "hồ sơ đăng ký dự tuyển", Y24,
      change=CH("increase", 96, "hồ sơ", baseline="năm 2023")),
    F("có 509 thí sinh", "509", 509, "count", "thí sinh", "thí sinh đủ điều kiện dự thi vòng 2", Y24, percent=96.6),
    F("có 186 thí sinh trúng tuyển", "186", 186, "count", "thí sinh", "thí sinh trúng tuyển", Y24, percent=86.9),
    F("có 41 người", "41", 41, "count", "người", "người dân tộc thiểu số trúng tuyển", Y24, total=186, percent=22),
    F("17 người", "17", 17, "count", "người", "người có trình độ thạc sĩ trúng tuyển", Y24, total=186),
    F("Còn 28 chỉ tiêu", "28", 28, "count", "chỉ tiêu", "chỉ tiêu chưa tuyển được", Y24),
    F("tối thiểu 50 điểm", "50", 50, "measure", "điểm", "điểm tối thiểu", approx="at_least", optional=True),
    F("là 2,4 thí sinh/chỉ tiêu", "2,4", 2.4, "measure", "thí sinh/chỉ tiêu", "tỷ lệ cạnh tranh bình quân", Y24),
    F("với 4,1 thí sinh/chỉ tiêu", "4,1", 4.1, "measure", "thí sinh/chỉ tiêu", "tỷ lệ cạnh tranh giáo viên mầm non", Y24),
    F("đạt 71,35 điểm", "71,35", 71.35, "measure", "điểm", "điểm phỏng vấn bình quân", Y24),
    F("đạt 94,5 điểm", "94,5", 94.5, "measure", "điểm", "điểm phỏng vấn thí sinh cao nhất", Y24),
    F("về 47 trường học", "47", 47, "count", "trường học", "trường học phân công thí sinh trúng tuyển về",
      P("tháng 10/2024", "2024-10-01", "2024-10-31"), status="forecast"),
    F("giao 1.352 biên chế", "1.352", 1352, "count", "biên chế", "biên chế giáo viên được giao",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("khoảng 160 giáo viên", "160", 160, "count", "giáo viên", "giáo viên còn thiếu so với định mức", approx="about"),
]

COMMENTS = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): kết quả tuyển dụng viên chức giáo dục năm 2024 (district portal, weekday dateline, byline at end).",
    "'vòng 2', 'Ngày 10/9', the phone number and the headline's year are not figures. 32 + 118 + 64 = 214 after 'gồm': total 214.",
    "'Trong đó, có 41 … và 17 …' follows the 186 across a sentence break: total 186. 509 thí sinh vs 527 hồ sơ: no cue, no total.",
    "'đạt 86,9% chỉ tiêu' is the share of 186 (percent). 'tối thiểu 50 điểm' is a pass threshold: optional.",
    "Competition rates keep the denominator in the unit (thí sinh/chỉ tiêu). 'Hiện … khoảng 160' has no period.",
]

if __name__ == "__main__":
    emit("p608-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Krông Pắc")
