from lib import F, P, CH, TG, emit

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP
Tin tức - Sự kiện › Giáo dục mầm non

Nâng chuẩn trình độ đào tạo giáo viên mầm non: còn nhiều khó khăn
Ngày đăng: 20/09/2024 | Lượt xem: 732

Thực hiện Nghị định số 71/2020/NĐ-CP quy định lộ trình nâng trình độ chuẩn được đào tạo của giáo viên, tính đến ngày 31/8/2024, toàn ngành giáo dục Đồng Tháp có 4.812 giáo viên mầm non, trong đó 4.215 người đạt chuẩn trình độ đào tạo trở lên (cao đẳng sư phạm mầm non), chiếm 87,6%; 597 người chưa đạt chuẩn, chủ yếu có trình độ trung cấp.

Trong số 4.215 giáo viên đạt chuẩn, có 1.934 người có trình độ trên chuẩn (đại học trở lên), tăng 212 người so với cùng thời điểm năm 2023.

Theo lộ trình, đến ngày 31/12/2025, tỉnh phải hoàn thành nâng chuẩn cho toàn bộ giáo viên chưa đạt chuẩn. Năm 2024, Sở đã phối hợp Trường Đại học Đồng Tháp mở 6 lớp đào tạo nâng chuẩn, kinh phí khoảng 4,6 tỷ đồng; tuy nhiên mới có 238 giáo viên tham gia học, đạt 39,9% chỉ tiêu được giao trong năm.

Nguyên nhân là nhiều giáo viên đã ngoài 50 tuổi, chỉ còn dưới 5 năm công tác nên ngại đi học; một số người phải tự chi trả từ 18 đến 22 triệu đồng học phí cho cả khóa. Bên cạnh đó, ngành mầm non toàn tỉnh còn thiếu 486 giáo viên so với định mức tại Thông tư số 19/2023/TT-BGDĐT (2,2 giáo viên/lớp đối với lớp mẫu giáo học 2 buổi/ngày).

Thời gian tới, Sở GD&ĐT dự kiến tuyển dụng bổ sung 300 giáo viên mầm non trong năm 2025 và hỗ trợ 50% học phí cho giáo viên đi học nâng chuẩn; đồng thời đề nghị các huyện, thành phố ưu tiên bố trí giáo viên cho 45 điểm trường lẻ ở vùng sâu.

Phòng Giáo dục Mầm non - Sở GD&ĐT Đồng Tháp
Địa chỉ: số 05 đường Võ Trường Toản, Phường 1, TP Cao Lãnh
"""

A = P("tính đến ngày 31/8/2024", None, "2024-08-31")
Ai = P("tính đến ngày 31/8/2024", None, "2024-08-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
Y25i = P("trong năm 2025", "2025-01-01", "2025-12-31", inh=True)

FIGS = [
    F("có 4.812 giáo viên", "4.812", 4812, "count", "giáo viên", "giáo viên mầm non", A),
    F("đó 4.215 người", "4.215", 4215, "count", "người", "giáo viên đạt chuẩn trình độ đào tạo trở lên", A,
      total=4812, percent=87.6),
    F("597 người", "597", 597, "count", "người", "giáo viên chưa đạt chuẩn", A, total=4812),
    F("có 1.934 người", "1.934", 1934, "count", "người", "giáo viên có trình độ trên chuẩn", Ai, total=4215,
      change=CH("increase", 212, "người", "cùng thời điểm năm 2023")),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp đào tạo nâng chuẩn", Y24),
    F("khoảng 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "kinh phí mở lớp đào tạo nâng chuẩn", Y24, approx="about"),
    F("có 238 giáo viên", "238", 238, "count", "giáo viên", "giáo viên tham gia học nâng chuẩn", Y24, percent=39.9),
    F("ngoài 50 tuổi", "50", 50, "measure", "tuổi", approx="over", optional=True),
    F("dưới 5 năm", "5", 5, "measure", "năm", approx="under", optional=True),
    F("từ 18 đến 22 triệu", "18", 18000000, "money", "đồng", "học phí giáo viên tự chi trả cho cả khóa", Ai,
      value_max=22000000),
    F("thiếu 486 giáo viên", "486", 486, "count", "giáo viên", "giáo viên mầm non còn thiếu so với định mức", Ai),
    F("(2,2 giáo viên/lớp", "2,2", 2.2, "measure", "giáo viên/lớp", "định mức giáo viên lớp mẫu giáo học 2 buổi/ngày",
      optional=True),
    F("học 2 buổi/ngày", "2", 2, "measure", "buổi/ngày", optional=True),
    F("bổ sung 300 giáo viên", "300", 300, "count", "giáo viên", "giáo viên mầm non tuyển dụng bổ sung", Y25,
      status="forecast"),
    F("hỗ trợ 50% học phí", "50", 50, "percent", "%", "học phí hỗ trợ cho giáo viên đi học nâng chuẩn", Y25,
      status="forecast"),
    F("cho 45 điểm trường", "45", 45, "count", "điểm trường", "điểm trường lẻ ở vùng sâu", Y25i, optional=True),
]

COMMENTS = [
    "Sở GD&ĐT Đồng Tháp (department site): giáo viên mầm non đạt chuẩn trình độ đào tạo, tính đến 31/8/2024. Dateline 'Ngày đăng: 20/09/2024 | Lượt xem: 732'.",
    "Distractors: Nghị định số 71/2020/NĐ-CP, Thông tư số 19/2023/TT-BGDĐT, deadline 'đến ngày 31/12/2025', 'Phường 1', 'số 05 đường Võ Trường Toản', view count.",
    "'Trong số 4.215 giáo viên đạt chuẩn, có 1.934 …': 4.215 repeated as the whole is the total of 1.934, not a figure of its own.",
    "'mới có 238 giáo viên …, đạt 39,9% chỉ tiêu được giao' → percent attribute (as '87,66% chỉ tiêu được giao' in the spec).",
    "Ages and service years ('ngoài 50 tuổi', 'dưới 5 năm'), the staffing norm '2,2 giáo viên/lớp' and '2 buổi/ngày' are criteria/norms: optional.",
    "'dự kiến tuyển dụng … trong năm 2025 và hỗ trợ 50% học phí' → forecast (cue governs the continuing clause). '45 điểm trường lẻ' after",
    "'đề nghị … ưu tiên' is a structure count with no clear status: optional.",
]

if __name__ == "__main__":
    emit("p386-3", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Đồng Tháp")
