from lib import *

TEXT = """BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI

Giáo dục & Đào tạo

Thiếu giáo viên: Bài toán chưa có lời giải ở vùng cao

Thứ Tư, 14/8/2024, 07:45

Hồng Ninh

Năm học 2024-2025, toàn ngành giáo dục Lào Cai thiếu 1.245 giáo viên so với định mức, trong đó cấp mầm non thiếu 612 người, tiểu học thiếu 398 người, trung học cơ sở thiếu 235 người. Các huyện thiếu nhiều nhất là Bát Xát (186 người), Si Ma Cai (154 người), Mường Khương (139 người) và Bắc Hà (121 người).

Hiện toàn tỉnh được giao 13.468 biên chế giáo viên, nhưng mới tuyển dụng được 12.730 người, đạt 94,5%. Năm 2023, tỉnh tổ chức tuyển dụng 520 chỉ tiêu nhưng chỉ có 347 người trúng tuyển, nhiều vị trí ở các điểm trường lẻ cách trung tâm xã từ 15 đến 20 km không có người đăng ký.

Để khắc phục, năm 2024 tỉnh dành khoảng 45 tỷ đồng hợp đồng 780 giáo viên, mức chi bình quân 4,8 triệu đồng/người/tháng. Cô giáo Vàng Thị Sênh, Trường Tiểu học số 2 Bản Mế (Si Ma Cai) chia sẻ, mỗi tuần cô phải dạy 28 tiết, vượt 5 tiết so với định mức.

Bên cạnh thiếu về số lượng, chất lượng đội ngũ cũng là vấn đề. Toàn tỉnh có 2.350 giáo viên đang theo học nâng chuẩn trình độ đào tạo theo Luật Giáo dục 2019, chiếm 17,5% tổng số giáo viên. Tỷ lệ giáo viên tiểu học đạt chuẩn trình độ đào tạo hiện là 78,2%, thấp hơn 6,8% so với mức bình quân cả nước.

Theo Giám đốc Sở Giáo dục và Đào tạo, tỉnh phấn đấu đến năm 2025 có 100% giáo viên mầm non, tiểu học đạt chuẩn trình độ đào tạo, đồng thời đề nghị Bộ Giáo dục và Đào tạo bổ sung 650 biên chế giáo viên giai đoạn 2024-2026.

14/8/2024 | 07:45
"""

Y25 = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
Y25I = P("Năm học 2024-2025", "2024-09-01", "2025-05-31", inh=True)
N23 = P("Năm 2023", "2023-01-01", "2023-12-31")
N24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thiếu 1.245 giáo viên", "1.245", 1245, "count", "giáo viên", "giáo viên thiếu so với định mức", Y25),
    F("thiếu 612 người", "612", 612, "count", "người", "giáo viên cấp mầm non thiếu", Y25, total=1245),
    F("thiếu 398 người", "398", 398, "count", "người", "giáo viên tiểu học thiếu", Y25, total=1245),
    F("thiếu 235 người", "235", 235, "count", "người", "giáo viên trung học cơ sở thiếu", Y25, total=1245),
    F("Bát Xát (186 người)", "186", 186, "count", "người", "giáo viên thiếu", Y25I, location="Bát Xát"),
    F("Si Ma Cai (154 người)", "154", 154, "count", "người", "giáo viên thiếu", Y25I, location="Si Ma Cai"),
    F("Mường Khương (139 người)", "139", 139, "count", "người", "giáo viên thiếu", Y25I, location="Mường Khương"),
    F("Bắc Hà (121 người)", "121", 121, "count", "người", "giáo viên thiếu", Y25I, location="Bắc Hà"),
    F("giao 13.468 biên chế", "13.468", 13468, "count", "biên chế", "biên chế giáo viên được giao"),
    F("được 12.730 người", "12.730", 12730, "count", "người", "giáo viên đã tuyển dụng", percent=94.5),
    F("tuyển dụng 520 chỉ tiêu", "520", 520, "count", "chỉ tiêu", "chỉ tiêu tuyển dụng giáo viên", N23),
    F("có 347 người", "347", 347, "count", "người", "người trúng tuyển", N23),
    F("từ 15 đến 20 km", "15", 15, "measure", "km", "khoảng cách từ điểm trường lẻ đến trung tâm xã", N23, value_max=20),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "kinh phí hợp đồng giáo viên", N24, approx="about"),
    F("hợp đồng 780 giáo viên", "780", 780, "count", "giáo viên", "giáo viên hợp đồng", N24),
    F("4,8 triệu đồng/người/tháng", "4,8", 4.8e6, "money", "đồng/người/tháng", "mức chi bình quân hợp đồng giáo viên", N24),
    F("dạy 28 tiết", "28", 28, "count", "tiết", "số tiết dạy mỗi tuần", change=C("increase", 5, "tiết", "định mức"),
      location="Si Ma Cai"),
    F("có 2.350 giáo viên", "2.350", 2350, "count", "giáo viên", "giáo viên đang theo học nâng chuẩn trình độ đào tạo", percent=17.5),
    F("hiện là 78,2%", "78,2", 78.2, "percent", "%", "tỷ lệ giáo viên tiểu học đạt chuẩn trình độ đào tạo",
      change=C("decrease", 6.8, "%", "mức bình quân cả nước")),
    F("có 100% giáo viên", "100", 100, "percent", "%", "giáo viên mầm non, tiểu học đạt chuẩn trình độ đào tạo",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("bổ sung 650 biên chế", "650", 650, "count", "biên chế", "biên chế giáo viên đề nghị bổ sung",
      P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")),
]

emit("p438-4", TEXT, [
    "Báo Lào Cai (Party newspaper): teacher shortage, recruitment, contract teachers, qualification upgrading.",
    "Dateline 'Thứ Tư, 14/8/2024, 07:45' after the title, byline 'Hồng Ninh', repeated at the end. Distractors: 'Luật Giáo dục 2019',",
    "'Trường Tiểu học số 2 Bản Mế' (a name, not a figure), dates.",
    "Parts after 'trong đó' take total 1.245 (612+398+235). The district list follows no whole-cue: no total; districts are locations.",
    "'mới tuyển dụng được 12.730 người, đạt 94,5%': percent only (no cue makes it part of 13.468). 'Hiện' gives no period.",
    "'thấp hơn 6,8% so với mức bình quân cả nước': change, decrease. '28 tiết, vượt 5 tiết so với định mức': change of 28, location Si Ma Cai (the school's district).",
    "'đề nghị … bổ sung 650 biên chế' is a proposal, not a target of the province's own: status actual.",
], FIGS, published="2024-08-14", location="Lào Cai")
