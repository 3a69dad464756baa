from lib import *

TEXT = """Thời sự

Hơn 3.200 vụ vi phạm về khoáng sản bị phát hiện trong năm 2023

Thứ ba, 12/3/2024, 08:15 (GMT+7)

Theo Cục Cảnh sát phòng, chống tội phạm về môi trường (C05, Bộ Công an), năm 2023 lực lượng công an cả nước phát hiện 3.218 vụ vi phạm pháp luật về khoáng sản, tăng 6,4% so với năm 2022; xử phạt hành chính 2.957 vụ với số tiền hơn 142 tỷ đồng; khởi tố 87 vụ, 134 bị can. Trong đó, vi phạm trong khai thác cát, sỏi lòng sông chiếm gần 41% số vụ.

Các địa phương phát hiện nhiều vụ nhất là Đồng Nai (214 vụ), Bình Định (187 vụ) và Vĩnh Phúc (165 vụ). Ở chiều ngược lại, 9 tỉnh phát hiện dưới 10 vụ mỗi tỉnh.

Đáng chú ý, tháng 11/2023, Công an tỉnh Vĩnh Long phối hợp với Cục C05 triệt phá đường dây khai thác cát trái phép trên sông Cổ Chiên, thu giữ 9 tàu, sà lan có tổng trọng tải hơn 5.600 tấn. Theo cơ quan điều tra, các đối tượng đã khai thác khoảng 1,2 triệu m³ cát, thu lợi bất chính ước tính khoảng 60 tỷ đồng.

Đại tá Nguyễn Hữu Thành, Phó Cục trưởng C05 cho biết, giá cát san lấp tăng cao, có thời điểm gấp 1,5 lần năm 2022, khiến "cát tặc" hoạt động tinh vi hơn, chuyển sang khai thác vào ban đêm, dùng tàu hút công suất lớn trên 600 CV.

Theo Chỉ thị số 38/CT-TTg, Thủ tướng yêu cầu trước ngày 31/12/2024, 100% mỏ cát, sỏi lòng sông phải lắp đặt trạm cân, camera giám sát và kết nối dữ liệu với cơ quan quản lý. Bộ Công an đặt mục tiêu năm 2024 tăng ít nhất 10% số vụ vi phạm được phát hiện so với năm 2023.

Người dân có thể cung cấp thông tin qua đường dây nóng 069.2342.568.

Bảo Ngọc
"""

P23 = dict(text="năm 2023", start="2023-01-01", end="2023-12-31")
P23i = dict(P23, inherited=True)
P11 = dict(text="tháng 11/2023", start="2023-11-01", end="2023-11-30")
P11i = dict(P11, inherited=True)
PD = dict(text="trước ngày 31/12/2024", end="2024-12-31")
P24 = dict(text="năm 2024", start="2024-01-01", end="2024-12-31")
S = "vụ vi phạm pháp luật về khoáng sản"
L = "vụ phát hiện"  # revised: the list sentence names its indicator "phát hiện nhiều vụ nhất"

F = [
    fig("Hơn 3.200 vụ", "3.200", 3200, "count", "vụ", "vụ vi phạm về khoáng sản bị phát hiện", P23, approx="over"),
    fig("phát hiện 3.218 vụ", "3.218", 3218, "count", "vụ", S, P23, change=chg("increase", 6.4, baseline="năm 2022")),
    fig("hành chính 2.957 vụ", "2.957", 2957, "count", "vụ", "vụ xử phạt hành chính", P23),
    fig("hơn 142 tỷ đồng", "142", 142e9, "money", "đồng", "số tiền xử phạt hành chính", P23, approx="over"),
    fig("khởi tố 87 vụ", "87", 87, "count", "vụ", "vụ khởi tố", P23),
    fig("134 bị can", "134", 134, "count", "bị can", "bị can khởi tố", P23),
    fig("gần 41% số vụ", "41", 41, "percent", "%", "vi phạm trong khai thác cát, sỏi lòng sông", P23i, approx="nearly"),
    fig("Đồng Nai (214 vụ)", "214", 214, "count", "vụ", L, P23i, location="Đồng Nai"),
    fig("Bình Định (187 vụ)", "187", 187, "count", "vụ", L, P23i, location="Bình Định"),
    fig("Vĩnh Phúc (165 vụ)", "165", 165, "count", "vụ", L, P23i, location="Vĩnh Phúc"),
    fig("9 tỉnh phát hiện", "9", 9, "count", "tỉnh", "tỉnh phát hiện dưới 10 vụ", P23i),
    fig("dưới 10 vụ", "10", 10, "count", "vụ", "vụ vi phạm phát hiện mỗi tỉnh", P23i, approx="under", optional=True),
    fig("giữ 9 tàu", "9", 9, "count", "tàu, sà lan", "tàu, sà lan thu giữ", P11, location="Vĩnh Long"),
    fig("hơn 5.600 tấn", "5.600", 5600, "measure", "tấn", "tổng trọng tải", P11, approx="over", location="Vĩnh Long"),
    fig("khoảng 1,2 triệu m³", "1,2", 1.2e6, "measure", "m³", "cát các đối tượng đã khai thác", P11i, approx="about",
        location="Vĩnh Long"),
    fig("khoảng 60 tỷ đồng", "60", 60e9, "money", "đồng", "thu lợi bất chính", P11i, approx="about", status="estimate",
        location="Vĩnh Long"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá cát san lấp", P23i),
    fig("trên 600 CV", "600", 600, "measure", "CV", "công suất tàu hút", approx="over", optional=True),
    fig("100% mỏ", "100", 100, "percent", "%", "mỏ cát, sỏi lòng sông lắp đặt trạm cân, camera giám sát", PD, status="target"),
    fig("ít nhất 10%", "10", 10, "percent", "%", "tăng số vụ vi phạm được phát hiện", P24, approx="at_least", status="target"),
]

write("p440-7", TEXT, [
    "National press (news site, 'Thứ ba, 12/3/2024, 08:15 (GMT+7)'): Bộ Công an (C05) figures on mineral-law violations 2023, provinces, a Vĩnh Long case.",
    "Distractors: 'C05' (unit name), 'Chỉ thị số 38/CT-TTg', '(GMT+7)', hotline 069.2342.568, 'ngày 31/12/2024' as a deadline date.",
    "National counts: location Việt Nam; province list items take the province as location. 'chiếm gần 41% số vụ' has no count of its own: a percent figure.",
    "'dưới 10 vụ mỗi tỉnh' is a threshold defining the 9 provinces: optional. 'gấp 1,5 lần năm 2022' stands alone as the claim: a multiple (its year",
    "is the baseline; period inherited 2023). 'trên 600 CV' (equipment spec) optional. Vĩnh Long case: 'tháng 11/2023' stated for the seizure; the next sentence's amounts inherit it. '1,2 triệu m³' is",
    "actual with approx about (only 'khoảng'); '60 tỷ' carries 'ước tính khoảng' → estimate.",
    "revised: the province list's subject is the indicator its own sentence names before the list ('phát hiện nhiều vụ' → 'vụ phát hiện'), not the previous paragraph's.",
], F, published="2024-03-12", location="Việt Nam")
