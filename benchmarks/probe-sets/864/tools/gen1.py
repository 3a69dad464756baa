"""p864-1: Nghệ An province portal, sports facilities H1/2024."""
from lib import F, write, period, year, asof, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Nghệ An: Hơn 87% xã có sân thể thao trung tâm
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Văn hóa và Thể thao tỉnh Nghệ An, 6 tháng đầu năm 2024, toàn tỉnh đã đầu tư xây dựng mới và nâng cấp 146 công trình thể thao cơ sở, tăng 18 công trình so với cùng kỳ năm 2023, với tổng kinh phí 212,5 tỷ đồng. Trong đó, nguồn xã hội hóa huy động được 87,8 tỷ đồng, chiếm 41,3%.

Tính đến 30/6/2024, toàn tỉnh có 403/460 xã, phường, thị trấn có sân thể thao trung tâm, đạt 87,6%; 4.562 thôn, khối, bản có nhà văn hóa - khu thể thao, chiếm 95,2% tổng số thôn, khối, bản. Số bể bơi trên địa bàn tỉnh là 214 bể, trong đó có 38 bể bơi lắp ghép được lắp đặt tại các trường học theo Kế hoạch số 315/KH-UBND của UBND tỉnh.

Phong trào thể dục thể thao quần chúng tiếp tục phát triển. Tỷ lệ người dân tập luyện thể dục thể thao thường xuyên ước đạt 36,5%, tăng 0,8 điểm phần trăm so với cuối năm 2023; tỷ lệ gia đình thể thao ước đạt 27,2%. Toàn tỉnh hiện có 2.870 câu lạc bộ thể dục thể thao, thu hút khoảng 95.000 hội viên sinh hoạt thường xuyên. Giải Việt dã truyền thống Báo Nghệ An lần thứ 31 diễn ra ngày 23/6 đã thu hút 1.250 vận động viên của 21 huyện, thành, thị tham gia.

Nhà thi đấu đa năng tỉnh tại số 12 đường Lê Mao có sức chứa 3.000 chỗ ngồi, tổng mức đầu tư 320 tỷ đồng, đang được đẩy nhanh tiến độ để bàn giao trong quý IV/2024. Trong 6 tháng cuối năm, ngành phấn đấu đưa tỷ lệ xã có sân thể thao trung tâm lên 90%. Đến năm 2025, tỉnh đặt mục tiêu 100% huyện, thành phố, thị xã có nhà thi đấu đa năng và ít nhất 40% dân số tập luyện thể dục thể thao thường xuyên.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = asof("Tính đến 30/6/2024", "2024-06-30")
H2 = period("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y25 = asof("Đến năm 2025", "2025-12-31")

FIGS = [
    F("Hơn 87% xã", "87", 87, "percent", "%", "xã có sân thể thao trung tâm", approx="over"),
    F("nâng cấp 146 công trình", "146", 146, "count", "công trình", "công trình thể thao cơ sở đầu tư xây dựng mới và nâng cấp",
      change=change("increase", 18, "công trình", "cùng kỳ năm 2023"), period=H1),
    F("tổng kinh phí 212,5 tỷ đồng", "212,5", 212.5e9, "money", "đồng", "tổng kinh phí đầu tư xây dựng mới và nâng cấp công trình thể thao cơ sở", period=H1),
    F("huy động được 87,8 tỷ đồng", "87,8", 87.8e9, "money", "đồng", "nguồn xã hội hóa huy động",
      total=212.5e9, percent=41.3, period={**H1, "inherited": True}),
    F("403/460 xã", "403", 403, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có sân thể thao trung tâm",
      total=460, percent=87.6, period=T30),
    F("4.562 thôn", "4.562", 4562, "count", "thôn, khối, bản", "thôn, khối, bản có nhà văn hóa - khu thể thao",
      percent=95.2, period=T30),
    F("là 214 bể", "214", 214, "count", "bể", "bể bơi trên địa bàn tỉnh", period={**T30, "inherited": True}),
    F("có 38 bể bơi", "38", 38, "count", "bể bơi", "bể bơi lắp ghép được lắp đặt tại các trường học",
      total=214, period={**T30, "inherited": True}),
    F("ước đạt 36,5%", "36,5", 36.5, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên",
      change=change("increase", 0.8, "điểm phần trăm", "cuối năm 2023"), status="estimate"),
    F("ước đạt 27,2%", "27,2", 27.2, "percent", "%", "tỷ lệ gia đình thể thao", status="estimate"),
    F("có 2.870 câu lạc bộ", "2.870", 2870, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao"),
    F("khoảng 95.000 hội viên", "95.000", 95000, "count", "hội viên", "hội viên sinh hoạt thường xuyên", approx="about"),
    F("thu hút 1.250 vận động viên", "1.250", 1250, "count", "vận động viên", "vận động viên tham gia Giải Việt dã truyền thống Báo Nghệ An"),
    F("của 21 huyện", "21", 21, "count", "huyện, thành, thị", "huyện, thành, thị có vận động viên tham gia Giải Việt dã"),
    F("sức chứa 3.000 chỗ ngồi", "3.000", 3000, "count", "chỗ ngồi", "sức chứa Nhà thi đấu đa năng tỉnh"),
    F("tổng mức đầu tư 320 tỷ đồng", "320", 320e9, "money", "đồng", "tổng mức đầu tư Nhà thi đấu đa năng tỉnh"),
    F("lên 90%", "90", 90, "percent", "%", "tỷ lệ xã có sân thể thao trung tâm", status="target", period=H2),
    F("mục tiêu 100% huyện", "100", 100, "percent", "%", "huyện, thành phố, thị xã có nhà thi đấu đa năng", status="target", period=Y25),
    F("ít nhất 40% dân số", "40", 40, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên",
      approx="at_least", status="target", period=Y25),
]

COMMENTS = [
    "Nghệ An province portal: sports facilities built in H1/2024, coverage as of 30/6/2024, mass sport, the provincial arena, targets.",
    "Not figures: breadcrumb, 'Cập nhật: 12/07/2024 09:45', 'Lượt xem: 2.316', 'Kế hoạch số 315/KH-UBND', 'lần thứ 31', 'ngày 23/6',",
    "'số 12 đường Lê Mao', 'quý IV/2024' (handover date). 87,6% and 95,2% are shares (percent) of the counts before them.",
    "87,8 tỷ follows 'Trong đó' after a sentence break: part of 212,5 tỷ (total). 36,5% is a level with a change in điểm phần trăm.",
]

write("p864-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Nghệ An")
