from lib import *

A = """BÁO BÌNH ĐỊNH
Giáo dục

Thiếu gần 1.900 giáo viên, ngành giáo dục vẫn chưa tuyển hết biên chế được giao

(BĐ) - Tính đến 30/9, toàn tỉnh Bình Định thiếu 1.876 giáo viên các cấp so với định mức, trong đó mầm non thiếu 742 người, tiểu học 615 người, THCS 389 người và THPT 130 người. Nghịch lý là ngành vẫn còn 1.214 biên chế được giao nhưng chưa tuyển được. Toàn ngành hiện có gần 24,3 nghìn cán bộ, giáo viên, nhân viên hưởng lương từ ngân sách.

Riêng quý III/2024, có 68 giáo viên xin thôi việc, tăng 2 lần so với quý II; 152 người nghỉ hưu. Các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh thiếu giáo viên nặng nhất, lần lượt 96, 88 và 71 người.

Năm 2024, UBND tỉnh giao chỉ tiêu tuyển dụng 1.150 giáo viên; ước đến hết năm tuyển được khoảng 820 người, đạt 71,3% kế hoạch. Mức lương khởi điểm của giáo viên mầm non hạng III chỉ từ 5,3 đến 5,9 triệu đồng/tháng, thấp hơn nhiều so với khu vực tư thục.

Theo bà Nguyễn Thị Hạnh, Trưởng phòng Tổ chức cán bộ Sở GD&ĐT, nhiều đợt tuyển dụng có tỷ lệ đăng ký thấp: đợt tháng 7/2024 huyện Vân Canh thông báo 45 chỉ tiêu nhưng chỉ có 19 hồ sơ. "Giáo viên trẻ ngại về vùng khó vì chi phí đi lại, thuê trọ chiếm tới 40% thu nhập", bà Hạnh nói.

Để khắc phục, Sở đề xuất bổ sung ba chính sách thu hút; phấn đấu đến năm 2026 tỷ lệ giáo viên đạt chuẩn trình độ đào tạo đạt 98%, hiện nay đạt 91,7%. Tỉnh cũng dự kiến hợp đồng thêm 300 - 350 giáo viên trong học kỳ I.

Đường dây nóng Sở GD&ĐT: 0256.3822.579

28/10/2024
"""

asof = per("Tính đến 30/9", None, "2024-09-30")
q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
t7 = per("tháng 7/2024", "2024-07-01", "2024-07-31")
to26 = per("đến năm 2026", None, "2026-12-31")

F = [
    fig("Thiếu gần 1.900 giáo viên", "1.900", 1900, "count", "giáo viên", "giáo viên thiếu", None, approx="nearly"),
    fig("thiếu 1.876 giáo viên", "1.876", 1876, "count", "giáo viên", "giáo viên các cấp thiếu so với định mức", asof),
    fig("thiếu 742 người", "742", 742, "count", "người", "giáo viên mầm non thiếu", asof, total=1876),
    fig("tiểu học 615 người", "615", 615, "count", "người", "giáo viên tiểu học thiếu", asof, total=1876),
    fig("THCS 389 người", "389", 389, "count", "người", "giáo viên THCS thiếu", asof, total=1876),
    fig("THPT 130 người", "130", 130, "count", "người", "giáo viên THPT thiếu", asof, total=1876),
    fig("còn 1.214 biên chế", "1.214", 1214, "count", "biên chế", "biên chế được giao chưa tuyển được", inh(asof)),
    fig("gần 24,3 nghìn", "24,3", 24300, "count", "cán bộ, giáo viên, nhân viên",
        "cán bộ, giáo viên, nhân viên hưởng lương từ ngân sách", inh(asof), approx="nearly"),
    fig("có 68 giáo viên", "68", 68, "count", "giáo viên", "giáo viên xin thôi việc", q3,
        change=ch("increase", 2, "lần", "quý II")),
    fig("152 người nghỉ hưu", "152", 152, "count", "người", "người nghỉ hưu", q3),
    fig("lần lượt 96,", "96", 96, "count", "người", "giáo viên thiếu", inh(asof), location="An Lão"),
    fig("96, 88 và", "88", 88, "count", "người", "giáo viên thiếu", inh(asof), location="Vĩnh Thạnh"),
    fig("và 71 người", "71", 71, "count", "người", "giáo viên thiếu", inh(asof), location="Vân Canh"),
    fig("tuyển dụng 1.150 giáo viên", "1.150", 1150, "count", "giáo viên", "chỉ tiêu tuyển dụng giáo viên", y24,
        status="target"),
    fig("khoảng 820 người", "820", 820, "count", "người", "giáo viên tuyển được", per("đến hết năm", None, "2024-12-31"), approx="about",
        percent=71.3, status="estimate"),
    fig("từ 5,3 đến 5,9 triệu", "5,3", 5.3e6, "money", "đồng/tháng",
        "mức lương khởi điểm của giáo viên mầm non hạng III", inh(y24), value_max=5.9e6),
    fig("thông báo 45 chỉ tiêu", "45", 45, "count", "chỉ tiêu", "chỉ tiêu tuyển dụng giáo viên", t7,
        location="Vân Canh"),
    fig("có 19 hồ sơ", "19", 19, "count", "hồ sơ", "hồ sơ đăng ký tuyển dụng", t7, location="Vân Canh"),
    fig("chiếm tới 40%", "40", 40, "percent", "%", "chi phí đi lại, thuê trọ trong thu nhập giáo viên trẻ", None),
    fig("bổ sung ba chính sách", "ba", 3, "count", "chính sách", "chính sách thu hút đề xuất bổ sung", None,
        optional=True),
    fig("đạt 98%", "98", 98, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", to26, status="target"),
    fig("hiện nay đạt 91,7%", "91,7", 91.7, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", None),
    fig("thêm 300 - 350 giáo viên", "300", 300, "count", "giáo viên", "giáo viên hợp đồng thêm", None,
        value_max=350, status="forecast"),
]

notes = [
    "Báo Bình Định ('(BĐ)' tag, provincial Party newspaper): teacher shortage and unfilled staffing quotas. No dateline on top; the bare date '28/10/2024' at the end is the article's date.",
    "'Tính đến 30/9' has no year: it takes 2024 from the article's date. 742/615/389/130 after 'trong đó' are parts of 1.876 (they add up).",
    "Distractors: 'hạng III' (a civil-service grade), 'học kỳ I', phone 0256.3822.579, a person's name, 'đợt tháng 7/2024'.",
    "'gần 24,3 nghìn' = 24.300 (nghìn multiplier). 'tăng 2 lần so với quý II': change in lần of 68 (quý II is a baseline, not a figure).",
    "'lần lượt 96, 88 và 71 người' follows three districts: one figure each, location = the district.",
    "'giao chỉ tiêu tuyển dụng 1.150 giáo viên' is a plan stated as its own claim: a figure with status target (not folded into 820 as a target attribute);",
    "'ước đến hết năm … khoảng 820 người, đạt 71,3% kế hoạch': estimate, about, percent 71,3; its period is the as-of 'đến hết năm' of its own clause (start null; revised after the first run). The salary range 'từ 5,3 đến 5,9 triệu đồng/tháng' is money with value_max.",
    "Vân Canh's '45 chỉ tiêu … 19 hồ sơ' take the district as location. '40%' in a quote has no period. 'ba chính sách' (proposed) optional.",
    "'phấn đấu đến năm 2026 … 98%': target; 'hiện nay đạt 91,7%': actual, no period phrase. 'dự kiến … 300 - 350 giáo viên': forecast range, 'học kỳ I' gives no date.",
]
write("p238-8", A, F, notes, published="2024-10-28", location="Bình Định")
