"""p489-4: ministry site (Bộ Thông tin và Truyền thông), national online-fraud figures 8 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > An toàn thông tin

8 tháng năm 2024: ngăn chặn hơn 4.500 trang web lừa đảo trực tuyến

09/09/2024 16:05 | Lượt đọc: 3.215

(MIC) - 8 tháng đầu năm 2024, Cục An toàn thông tin đã tiếp nhận 15.940 phản ánh về lừa đảo trực tuyến qua hệ thống canhbao.khonggianmang.gov.vn, tăng 64,5% so với cùng kỳ năm 2023. Trong đó, lừa đảo giả mạo thương hiệu chiếm 41,2%; chiếm đoạt tài khoản chiếm 26,8%; các hình thức khác chiếm 32%.

Cũng trong 8 tháng, Cục đã ngăn chặn 4.563 trang web lừa đảo, giả mạo, tăng 1,6 lần so với cùng kỳ; gửi khoảng 3,2 triệu tin nhắn cảnh báo tới người dùng qua đầu số 5656.

Về xử lý SIM rác, các doanh nghiệp viễn thông đã thu hồi hơn 8,6 triệu thuê bao không chính chủ. Tính đến hết tháng 8/2024, 99,2% thuê bao di động đã được chuẩn hóa thông tin, đồng thời 1,2 triệu thuê bao có dấu hiệu phát tán cuộc gọi rác đã bị khóa.

Theo Chỉ số An toàn thông tin toàn cầu (GCI) năm 2024 của Liên minh Viễn thông Quốc tế (ITU), Việt Nam đạt 99,74 điểm, xếp thứ 17 trong số 194 quốc gia được đánh giá và thuộc nhóm Bậc 1 (Tier 1).

Đại diện Cục An toàn thông tin cho biết, thiệt hại do lừa đảo trực tuyến trên cả nước năm 2023 ước khoảng 18.900 tỷ đồng. Số vụ lừa đảo qua mạng chiếm khoảng 70% tổng số vụ phạm tội sử dụng công nghệ cao.

Thực hiện Quyết định số 1907/QĐ-BTTTT và Nghị định 13/2023/NĐ-CP, Bộ đặt mục tiêu đến năm 2025 giảm 50% số vụ lừa đảo trực tuyến so với năm 2023 và 80% người dùng Internet được trang bị kỹ năng nhận diện lừa đảo.

Người dân có thể phản ánh qua tổng đài 156 hoặc nhắn tin tới 5656.

Cổng thông tin điện tử Bộ Thông tin và Truyền thông - 18 Nguyễn Du, Hà Nội
"""

M8H = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8B = P("Cũng trong 8 tháng", "2024-01-01", "2024-08-31")
ASOF = P("Tính đến hết tháng 8/2024", None, "2024-08-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 4.500 trang web", "4.500", 4500, "count", "trang web", "trang web lừa đảo trực tuyến bị ngăn chặn", M8H, approx="over"),
    F("tiếp nhận 15.940 phản ánh", "15.940", 15940, "count", "phản ánh", "phản ánh về lừa đảo trực tuyến", M8,
      change=CH("increase", 64.5, "%", "cùng kỳ năm 2023")),
    F("chiếm 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ phản ánh lừa đảo giả mạo thương hiệu", I(M8)),
    F("chiếm 26,8%", "26,8", 26.8, "percent", "%", "tỷ lệ phản ánh chiếm đoạt tài khoản", I(M8)),
    F("chiếm 32%", "32", 32, "percent", "%", "tỷ lệ phản ánh các hình thức khác", I(M8)),
    F("ngăn chặn 4.563 trang web", "4.563", 4563, "count", "trang web", "trang web lừa đảo, giả mạo bị ngăn chặn", M8B,
      change=CH("increase", 1.6, "lần", "cùng kỳ")),
    F("khoảng 3,2 triệu tin nhắn", "3,2", 3.2e6, "count", "tin nhắn", "tin nhắn cảnh báo gửi tới người dùng", M8B,
      approx="about"),
    F("hơn 8,6 triệu thuê bao", "8,6", 8.6e6, "count", "thuê bao", "thuê bao không chính chủ bị thu hồi", I(M8B), approx="over"),
    F("8/2024, 99,2% thuê bao", "99,2", 99.2, "percent", "%", "thuê bao di động đã được chuẩn hóa thông tin", ASOF),
    F("thời 1,2 triệu thuê bao", "1,2", 1.2e6, "count", "thuê bao", "thuê bao có dấu hiệu phát tán cuộc gọi rác bị khóa", ASOF),
    F("đạt 99,74 điểm", "99,74", 99.74, "measure", "điểm", "Chỉ số An toàn thông tin toàn cầu (GCI)", Y24),
    F("xếp thứ 17", "17", 17, "rank", "hạng", "Chỉ số An toàn thông tin toàn cầu (GCI)", Y24, total=194),
    F("trong số 194 quốc gia", "194", 194, "count", "quốc gia", "quốc gia được đánh giá", Y24, optional=True),
    F("ước khoảng 18.900 tỷ đồng", "18.900", 18900e9, "money", "đồng", "thiệt hại do lừa đảo trực tuyến", Y23,
      approx="about", status="estimate"),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ lệ số vụ lừa đảo qua mạng trong tổng số vụ phạm tội sử dụng công nghệ cao",
      I(Y23), approx="about"),
    F("giảm 50%", "50", 50, "percent", "%", "mức giảm số vụ lừa đảo trực tuyến so với năm 2023", T25, status="target"),
    F("và 80% người dùng", "80", 80, "percent", "%", "người dùng Internet được trang bị kỹ năng nhận diện lừa đảo", T25,
      status="target"),
]

COMMENTS = [
    "Bộ TT&TT portal: phản ánh lừa đảo trực tuyến, trang web bị chặn, SIM rác, GCI 2024, targets 2025. National figures: location Việt Nam.",
    "'8 tháng năm 2024' / '8 tháng đầu năm 2024' -> 2024-01-01..2024-08-31 (by analogy with '9 tháng năm 2023').",
    "Shares after 'Trong đó' are percent figures of their own (no total for percents). 'tăng 1,6 lần so với cùng kỳ' after a figure is its change (lần).",
    "'Tính đến hết tháng 8/2024' is as-of (start null) and covers both clauses of its sentence ('đồng thời' continues it).",
    "Rank 'xếp thứ 17 trong số 194 quốc gia' -> total 194 (as h04 '25/63'); the 194 itself is optional (an attribute, but h26 counts 'Trong số 28 quốc gia').",
    "'Bậc 1 (Tier 1)' is a level name. 'đến năm 2025 giảm 50% … so với năm 2023' is a target rate: percent figure, no change object.",
    "Distractors: Lượt đọc 3.215, dateline, đầu số 5656 (twice), tổng đài 156, Quyết định số 1907/QĐ-BTTTT, Nghị định 13/2023/NĐ-CP, 18 Nguyễn Du.",
]

emit("p489-4", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Việt Nam")
