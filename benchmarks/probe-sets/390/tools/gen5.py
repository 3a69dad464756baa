from lib import F, P, I, C, T, emit

TEXT = """BÁO SƠN LA ĐIỆN TỬ
Giáo dục | Xã hội

Phát triển đội ngũ giáo viên người dân tộc thiểu số ở các trường nội trú
14/06/2024 07:55

Ngọc Anh

Toàn tỉnh có 12 trường PTDTNT (1 trường cấp tỉnh, 11 trường cấp huyện) và 86 trường PTDTBT. Tính đến tháng 5/2024, tổng số cán bộ quản lý, giáo viên, nhân viên của các trường này là 3.478 người, trong đó người dân tộc thiểu số 1.926 người, chiếm 55,4%, gồm người Thái 1.102 người, người Mông 463 người, người Mường 187 người và các dân tộc khác 174 người.

Từ năm 2021 đến nay, tỉnh đã tuyển dụng mới 214 giáo viên cho các trường PTDTNT, PTDTBT, trong đó 148 người là người dân tộc thiểu số, chiếm 69,2%. 6 tháng đầu năm, Sở GD&ĐT cử 96 giáo viên đi bồi dưỡng tiếng dân tộc (tiếng Thái, tiếng Mông), tăng 18 người so với cùng kỳ năm 2023.

Theo Nghị định số 76/2019/NĐ-CP, giáo viên công tác tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn được hưởng phụ cấp ưu đãi từ 50% đến 70% mức lương hiện hưởng; thu nhập bình quân của giáo viên các trường nội trú khoảng 9,5 triệu đồng/người/tháng.

Tuy vậy, các trường vẫn thiếu 137 giáo viên so với định mức, tập trung ở các huyện Sốp Cộp (32 người), Mường La (28 người), Bắc Yên (21 người). Nhiều giáo viên người Kinh chưa giao tiếp được bằng tiếng dân tộc, gây khó khăn trong quản lý học sinh nội trú.

Giai đoạn 2021-2025, tỉnh phấn đấu tỷ lệ giáo viên người dân tộc thiểu số trong các trường PTDTNT đạt trên 60%; 100% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019.

Tòa soạn: Số 8, đường Tô Hiệu, phường Chiềng Lề, TP Sơn La. ĐT: 0212.3852.143
"""

T5 = P("Tính đến tháng 5/2024", None, "2024-05-31")
DN = P("Từ năm 2021 đến nay", "2021-01-01", "2024-06-14")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("có 12 trường", "12", 12, "count", "trường", "trường PTDTNT"),
    F("(1 trường", "1", 1, "count", "trường", "trường PTDTNT cấp tỉnh", total=12),
    F("11 trường cấp huyện", "11", 11, "count", "trường", "trường PTDTNT cấp huyện", total=12),
    F("và 86 trường", "86", 86, "count", "trường", "trường PTDTBT"),
    F("là 3.478 người", "3.478", 3478, "count", "người", "cán bộ quản lý, giáo viên, nhân viên các trường PTDTNT, PTDTBT", T5),
    F("thiểu số 1.926 người", "1.926", 1926, "count", "người",
      "cán bộ quản lý, giáo viên, nhân viên người dân tộc thiểu số", T5, total=3478, percent=55.4),
    F("Thái 1.102 người", "1.102", 1102, "count", "người", "cán bộ, giáo viên, nhân viên người Thái", T5, total=1926),
    F("Mông 463 người", "463", 463, "count", "người", "cán bộ, giáo viên, nhân viên người Mông", T5, total=1926),
    F("Mường 187 người", "187", 187, "count", "người", "cán bộ, giáo viên, nhân viên người Mường", T5, total=1926),
    F("khác 174 người", "174", 174, "count", "người", "cán bộ, giáo viên, nhân viên các dân tộc khác", T5, total=1926),
    F("mới 214 giáo viên", "214", 214, "count", "giáo viên", "giáo viên tuyển dụng mới cho các trường PTDTNT, PTDTBT", DN),
    F("148 người", "148", 148, "count", "người", "giáo viên tuyển dụng mới là người dân tộc thiểu số", DN,
      total=214, percent=69.2),
    F("cử 96 giáo viên", "96", 96, "count", "giáo viên", "giáo viên đi bồi dưỡng tiếng dân tộc",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), change=C("increase", 18, "người", "cùng kỳ năm 2023")),
    F("từ 50% đến 70%", "50", 50, "percent", "%", "phụ cấp ưu đãi giáo viên vùng đặc biệt khó khăn so với mức lương hiện hưởng",
      value_max=70),
    F("khoảng 9,5 triệu đồng", "9,5", 9500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của giáo viên các trường nội trú", approx="about"),
    F("thiếu 137 giáo viên", "137", 137, "count", "giáo viên", "giáo viên còn thiếu so với định mức", I(T5)),
    F("Sốp Cộp (32 người)", "32", 32, "count", "người", "giáo viên còn thiếu so với định mức", I(T5), location="Sốp Cộp"),
    F("Mường La (28 người)", "28", 28, "count", "người", "giáo viên còn thiếu so với định mức", I(T5), location="Mường La"),
    F("Bắc Yên (21 người)", "21", 21, "count", "người", "giáo viên còn thiếu so với định mức", I(T5), location="Bắc Yên"),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ giáo viên người dân tộc thiểu số trong các trường PTDTNT",
      GD, approx="over", status="target"),
    F("100% giáo viên", "100", 100, "percent", "%", "giáo viên đạt chuẩn trình độ đào tạo", GD, status="target"),
]

COMMENTS = [
    "Báo Sơn La (Party newspaper): ethnic-minority teachers in boarding schools. Bare 'dd/mm/yyyy hh:mm' dateline 14/06/2024 07:55, byline after it.",
    "Distractors: 'Nghị định số 76/2019/NĐ-CP', 'Luật Giáo dục 2019', address 'Số 8, đường Tô Hiệu', phone 0212.3852.143, 'cùng kỳ năm 2023' (baseline).",
    "'12 trường PTDTNT (1 trường cấp tỉnh, 11 trường cấp huyện)': bracketed parts add up, total 12. '1.926 người …, gồm …' four parts add up to 1.926.",
    "'Từ năm 2021 đến nay' ends at the dateline. '6 tháng đầu năm' takes 2024 from the earlier 'tháng 5/2024'. The first sentence states no period.",
    "'từ 50% đến 70% mức lương hiện hưởng' is a range of the allowance rate; the shortage list's districts are locations; the shortage is as of May 2024 (inherited).",
]

emit("p390-5", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Sơn La")
