"""p942-4: Bộ Tài nguyên và Môi trường site, national wetlands and cranes, Feb 2024."""
from lib import F, write, period, year, change, target

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Đa dạng sinh học
Ngày đăng: 02/02/2024 | Lượt xem: 1.147

Việt Nam có 9 khu Ramsar, tổng diện tích hơn 120.000 ha

Nhân Ngày Đất ngập nước thế giới 2/2, Cục Bảo tồn thiên nhiên và Đa dạng sinh học cho biết cả nước hiện có khoảng 12 triệu ha đất ngập nước, trong đó đất ngập nước tự nhiên khoảng 5,8 triệu ha. Tính đến ngày 31/12/2023, Việt Nam đã có 9 khu Ramsar với tổng diện tích 120.549 ha, đứng thứ 3 khu vực Đông Nam Á về số khu Ramsar. Cả nước có 68 khu bảo tồn có đất ngập nước, chiếm 38% tổng số khu bảo tồn.

Năm 1990, cả nước ghi nhận khoảng 1.100 cá thể sếu đầu đỏ. Năm 2023, cả nước chỉ ghi nhận 16 cá thể, giảm hơn 98% so với năm 1990, trong đó Đồng Tháp 11 cá thể, Kiên Giang 5 cá thể.

Cả nước ghi nhận hơn 300 loài chim nước, trong đó 27 loài bị đe dọa toàn cầu. Kết quả đếm chim nước châu Á năm 2023 tại 42 điểm cho thấy tổng số cá thể đạt khoảng 156.000, tăng 8% so với năm 2022.

Theo Đề án bảo tồn sếu đầu đỏ giai đoạn 2024-2030, tổng kinh phí dự kiến khoảng 85 tỷ đồng; mục tiêu đến năm 2030 có ít nhất 50 cá thể sếu hoang dã về kiếm ăn mỗi mùa khô. Trong năm 2024, Việt Nam dự kiến tiếp nhận 20 cá thể sếu nuôi từ Thái Lan để thả thích nghi.

Các địa phương được đề nghị thực hiện nghiêm Nghị định số 66/2019/NĐ-CP về bảo tồn và sử dụng bền vững các vùng đất ngập nước.

Cục Bảo tồn thiên nhiên và Đa dạng sinh học - Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội
"""

NOW = period("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = year("Năm 2023", 2023)
WBC = year("năm 2023", 2023)

FIGS = [
    F("Việt Nam có 9 khu Ramsar", "9", 9, "count", "khu Ramsar", "khu Ramsar"),
    F("hơn 120.000 ha", "120.000", 120000, "measure", "ha", "tổng diện tích các khu Ramsar", approx="over"),
    F("khoảng 12 triệu ha", "12", 12e6, "measure", "ha", "đất ngập nước", approx="about"),
    F("khoảng 5,8 triệu ha", "5,8", 5.8e6, "measure", "ha", "đất ngập nước tự nhiên", approx="about", total=12e6),
    F("đã có 9 khu Ramsar", "9", 9, "count", "khu Ramsar", "khu Ramsar", NOW),
    F("120.549 ha", "120.549", 120549, "measure", "ha", "tổng diện tích các khu Ramsar", NOW),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số khu Ramsar khu vực Đông Nam Á", NOW),
    F("có 68 khu bảo tồn", "68", 68, "count", "khu bảo tồn", "khu bảo tồn có đất ngập nước", percent=38),
    F("khoảng 1.100 cá thể", "1.100", 1100, "count", "cá thể", "sếu đầu đỏ", year("Năm 1990", 1990),
      approx="about"),
    F("ghi nhận 16 cá thể", "16", 16, "count", "cá thể", "sếu đầu đỏ", Y23,
      change=change("decrease", 98, "%", "năm 1990", approx="over")),
    F("Đồng Tháp 11 cá thể", "11", 11, "count", "cá thể", "sếu đầu đỏ", Y23, total=16, location="Đồng Tháp"),
    F("Kiên Giang 5 cá thể", "5", 5, "count", "cá thể", "sếu đầu đỏ", Y23, total=16, location="Kiên Giang"),
    F("hơn 300 loài", "300", 300, "count", "loài", "loài chim nước", approx="over"),
    F("27 loài", "27", 27, "count", "loài", "loài chim nước bị đe dọa toàn cầu", total=300),
    F("tại 42 điểm", "42", 42, "count", "điểm", "điểm đếm chim nước châu Á", WBC),
    F("khoảng 156.000", "156.000", 156000, "count", "cá thể", "tổng số cá thể chim nước", WBC, approx="about",
      change=change("increase", 8, "%", "năm 2022")),
    F("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", "tổng kinh phí Đề án bảo tồn sếu đầu đỏ",
      period("giai đoạn 2024-2030", "2024-01-01", "2030-12-31"), approx="about", status="forecast"),
    F("ít nhất 50 cá thể", "50", 50, "count", "cá thể", "sếu hoang dã về kiếm ăn mỗi mùa khô",
      period("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
    F("tiếp nhận 20 cá thể", "20", 20, "count", "cá thể", "sếu nuôi tiếp nhận từ Thái Lan",
      year("Trong năm 2024", 2024), status="forecast"),
]

NOTES = [
    "Ministry of Natural Resources and Environment site: World Wetlands Day 2024, national wetland area, Ramsar sites, red-crowned crane decline, waterbird census, crane plan 2024-2030.",
    "National article (location Việt Nam); the provinces in the 'trong đó' breakdown of the national crane count are the items' locations; Thái Lan is a partner, not a place.",
    "The headline's 9 khu Ramsar / hơn 120.000 ha and the body's 9 / 120.549 ha are each recorded. 'chiếm 38% tổng số khu bảo tồn' is the share of 68.",
    "'giảm hơn 98% so với năm 1990' is the change of 16 cá thể. 'Ngày Đất ngập nước thế giới 2/2' is a date; 'Tính đến ngày 31/12/2023' is an as-of date.",
    "Distractors: Lượt xem 1.147, 2/2, Nghị định số 66/2019/NĐ-CP, Số 10 Tôn Thất Thuyết, giai đoạn 2024-2030.",
]

write("p942-4", TEXT, FIGS, NOTES, published="2024-02-02", location="Việt Nam")
