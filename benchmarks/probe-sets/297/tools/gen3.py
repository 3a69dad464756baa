from lib import *

T = """UBND HUYỆN GIA LÂM - CỔNG THÔNG TIN ĐIỆN TỬ
Giáo dục - Đào tạo

Gia Lâm: Hơn 6.800 học sinh lớp 9 chuẩn bị thi vào lớp 10

Tính đến ngày 10/4/2024, toàn huyện có 6.842 học sinh lớp 9 tại 26 trường THCS, tăng 412 em so với cùng kỳ năm 2023. Từ đầu năm đến nay, Phòng GD&ĐT huyện đã tổ chức 3 đợt khảo sát chất lượng lớp 9, điểm trung bình ba môn Toán, Ngữ văn, Tiếng Anh đạt 6,12 điểm.

Theo kế hoạch của Sở GD&ĐT Hà Nội, năm 2024 chỉ tiêu vào 4 trường THPT công lập trên địa bàn huyện là 2.745 học sinh, tăng 90 chỉ tiêu so với năm 2023, cụ thể: THPT Cao Bá Quát - Gia Lâm 765 học sinh, THPT Dương Xá 720 học sinh, THPT Nguyễn Văn Cừ 675 học sinh và THPT Yên Viên 585 học sinh. Như vậy, chỉ khoảng 40% học sinh lớp 9 của huyện có cơ hội vào học tại các trường công lập trên địa bàn; số còn lại đăng ký vào các trường ngoài công lập, trung tâm GDNN-GDTX hoặc trường THPT của các quận lân cận.

Ở đợt đăng ký nguyện vọng vừa qua, THPT Cao Bá Quát - Gia Lâm tiếp tục là trường "nóng" nhất với 1.486 hồ sơ đăng ký nguyện vọng 1; tỷ lệ chọi của trường là 1,94 thí sinh/chỉ tiêu, cao hơn năm trước (1,81 thí sinh/chỉ tiêu).

Giai đoạn 2021-2025, huyện phấn đấu xây mới thêm 2 trường THPT công lập, nâng tỷ lệ học sinh vào lớp 10 công lập đạt từ 55% đến 60%. Hiện UBND huyện đã bố trí quỹ đất 2,5 ha tại xã Đặng Xá cho dự án Trường THPT Gia Lâm số 2, tổng mức đầu tư khoảng 185 tỷ đồng.

Phụ huynh cần hỗ trợ liên hệ Phòng GD&ĐT huyện, số 2 Thiên Đức, thị trấn Yên Viên; điện thoại 024.3827.6543.

Minh Ngọc
15/04/2024
"""
P1 = P("Tính đến ngày 10/4/2024", None, "2024-04-10")
Y24 = Y("năm 2024", 2024)
I24 = Y("năm 2024", 2024, inh=True)
figs = [
    F("Hơn 6.800 học sinh", "6.800", 6800, "count", "học sinh", "học sinh lớp 9 chuẩn bị thi vào lớp 10", approx="over"),
    F("có 6.842 học sinh", "6.842", 6842, "count", "học sinh", "học sinh lớp 9", P1,
      change={"direction": "increase", "value": 412, "unit": "em", "baseline": "cùng kỳ năm 2023"}),
    F("tại 26 trường THCS", "26", 26, "count", "trường THCS", "trường THCS", P1),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt khảo sát chất lượng lớp 9", P("Từ đầu năm đến nay", "2024-01-01", "2024-04-15")),
    F("ba môn Toán", "ba", 3, "count", "môn", "môn khảo sát", optional=True),
    F("đạt 6,12 điểm", "6,12", 6.12, "measure", "điểm", "điểm trung bình ba môn Toán, Ngữ văn, Tiếng Anh", P("Từ đầu năm đến nay", "2024-01-01", "2024-04-15")),
    F("vào 4 trường", "4", 4, "count", "trường THPT công lập", "trường THPT công lập trên địa bàn huyện", Y24, optional=True),
    F("là 2.745 học sinh", "2.745", 2745, "count", "học sinh", "chỉ tiêu vào trường THPT công lập trên địa bàn huyện", Y24,
      status="target", change={"direction": "increase", "value": 90, "unit": "chỉ tiêu", "baseline": "năm 2023"}),
    F("Gia Lâm 765 học sinh", "765", 765, "count", "học sinh", "chỉ tiêu vào trường THPT công lập", Y24, status="target", total=2745),
    F("Dương Xá 720 học sinh", "720", 720, "count", "học sinh", "chỉ tiêu vào trường THPT công lập", Y24, status="target", total=2745),
    F("Văn Cừ 675 học sinh", "675", 675, "count", "học sinh", "chỉ tiêu vào trường THPT công lập", Y24, status="target", total=2745),
    F("Yên Viên 585 học sinh", "585", 585, "count", "học sinh", "chỉ tiêu vào trường THPT công lập", Y24, status="target", total=2745),
    F("chỉ khoảng 40% học sinh", "40", 40, "percent", "%", "học sinh lớp 9 của huyện có cơ hội vào học tại các trường công lập trên địa bàn", I24, approx="about"),
    F("với 1.486 hồ sơ", "1.486", 1486, "count", "hồ sơ", "hồ sơ đăng ký nguyện vọng 1", I24),
    F("là 1,94 thí sinh/chỉ tiêu", "1,94", 1.94, "measure", "thí sinh/chỉ tiêu", "tỷ lệ chọi", I24),
    F("(1,81 thí sinh/chỉ tiêu)", "1,81", 1.81, "measure", "thí sinh/chỉ tiêu", "tỷ lệ chọi năm trước", Y("năm trước", 2023, inh=True)),
    F("thêm 2 trường", "2", 2, "count", "trường THPT công lập", "trường THPT công lập xây mới", P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("từ 55% đến 60%", "55", 55, "percent", "%", "tỷ lệ học sinh vào lớp 10 công lập", P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
      value_max=60, status="target"),
    F("quỹ đất 2,5 ha", "2,5", 2.5, "measure", "ha", "quỹ đất cho dự án Trường THPT Gia Lâm số 2"),
    F("khoảng 185 tỷ đồng", "185", 185000000000, "money", "đồng", "tổng mức đầu tư dự án Trường THPT Gia Lâm số 2", approx="about"),
]
write("p297-3", T, figs, [
    "Cổng TTĐT huyện Gia Lâm (district portal, Hà Nội): grade-9 cohort, public grade-10 quotas per school, competition, 2021-2025 targets.",
    "No dateline at the top: byline and bare date '15/04/2024' at the end give 'published'. Location Gia Lâm (the district implies Hà Nội; schools are not places).",
    "Distractors: 'lớp 9', 'lớp 10', 'nguyện vọng 1', 'Trường THPT Gia Lâm số 2' (name with number), 'số 2 Thiên Đức', phone, 'Tính đến ngày 10/4/2024'.",
    "Quotas (chỉ tiêu) are status target, and the list after 'cụ thể:' are parts of 2.745 (765+720+675+585 = 2.745). '4 trường' inside the quota clause optional (as in p297-1/4).",
    "'Từ đầu năm đến nay' runs to the date 15/04/2024. 'Theo kế hoạch' heads the quota sentence. 'tỷ lệ chọi … 1,94 thí sinh/chỉ tiêu' is a rate (measure);",
    "'cao hơn năm trước (1,81 …)' is its change, but only the level of the year before is given: change 0.13 is derived, so the change is NOT given in gold;",
    "'ba môn Toán, Ngữ văn, Tiếng Anh' (count of the subjects it lists) optional, added after the first run (as '3 môn' in p297-5/8).",
    "the bracketed 1,81 is a figure of its own ('năm trước' = 2023, a relative year FIGURES.md does not define: unscored). The 2,5 ha and 185 tỷ đồng have no period ('Hiện').",
], published="2024-04-15", location="Gia Lâm")
