"""p586-6: National press (VnExpress style) — winter waterbird count at Xuân Thủy National Park, 12/2024."""
from lib import F, P, I, CH, emit

TEXT = """Khoa học > Thiên nhiên
Thứ năm, 16/1/2025, 06:30 (GMT+7)

Hơn 22.000 cá thể chim nước trú đông ở Xuân Thủy

Đợt điều tra chim nước tháng 12/2024 tại Vườn quốc gia Xuân Thủy (Nam Định) ghi nhận 58 loài với tổng số 22.416 cá thể, tăng khoảng 12% so với cùng kỳ năm trước. Trong đó có 7 loài bị đe dọa toàn cầu.

Đáng chú ý, cò thìa - loài nằm trong danh lục đỏ IUCN - được ghi nhận với 87 cá thể, chiếm khoảng 1,3% quần thể toàn cầu. Các loài có số lượng lớn gồm choắt mỏ cong lớn (3.120 cá thể), rẽ giun (2.480 cá thể) và vịt trời (1.950 cá thể).

Số loài ghi nhận trong các đợt điều tra mùa đông từ năm 2020 đến 2024 dao động từ 49 đến 58 loài. Về số lượng chim nước, Xuân Thủy đứng thứ 2 trong 9 khu Ramsar của Việt Nam, sau Vườn quốc gia Tràm Chim.

Đợt điều tra do 24 cán bộ, tình nguyện viên thực hiện trong 5 ngày trên diện tích khoảng 7.100 ha vùng lõi, kinh phí khoảng 450 triệu đồng. Ông Trần Văn Hưng, Phó giám đốc vườn, cho biết mật độ chim tại bãi bồi Cồn Lu đạt gần 18 cá thể/ha vào lúc triều xuống.

Xuân Thủy là khu Ramsar đầu tiên của Việt Nam, được công nhận năm 1989. Trong năm 2025, vườn dự kiến phối hợp Hội Bảo vệ thiên nhiên và môi trường Việt Nam lắp đặt thêm 6 tháp quan sát chim, với tổng vốn 3,2 tỷ đồng.

Gia Khánh
"""

M = P("tháng 12/2024", "2024-12-01", "2024-12-31")
Mi = I(M)
Y25 = P("Trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 22.000 cá thể", "22.000", 22000, "count", "cá thể", "cá thể chim nước trú đông", Mi, approx="over"),
    F("ghi nhận 58 loài", "58", 58, "count", "loài", "loài chim nước ghi nhận", M),
    F("tổng số 22.416 cá thể", "22.416", 22416, "count", "cá thể", "cá thể chim nước ghi nhận", M,
      change=CH("increase", 12, "%", "cùng kỳ năm trước", approx="about")),
    F("có 7 loài", "7", 7, "count", "loài", "loài bị đe dọa toàn cầu", Mi, total=58),
    F("với 87 cá thể", "87", 87, "count", "cá thể", "cò thìa", Mi, percent=1.3),
    F("(3.120 cá thể)", "3.120", 3120, "count", "cá thể", "choắt mỏ cong lớn", Mi),
    F("(2.480 cá thể)", "2.480", 2480, "count", "cá thể", "rẽ giun", Mi),
    F("(1.950 cá thể)", "1.950", 1950, "count", "cá thể", "vịt trời", Mi),
    F("từ 49 đến 58 loài", "49", 49, "count", "loài", "số loài ghi nhận trong các đợt điều tra mùa đông",
      P("từ năm 2020 đến 2024", "2020-01-01", "2024-12-31"), value_max=58),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số lượng chim nước", total=9),
    F("do 24 cán bộ", "24", 24, "count", "cán bộ", "cán bộ, tình nguyện viên thực hiện điều tra", Mi),
    F("trong 5 ngày", "5", 5, "measure", "ngày", "thời gian điều tra", Mi, optional=True),
    F("khoảng 7.100 ha", "7.100", 7100, "measure", "ha", "diện tích vùng lõi điều tra", Mi, approx="about"),
    F("khoảng 450 triệu đồng", "450", 450000000, "money", "đồng", "kinh phí điều tra", Mi, approx="about"),
    F("gần 18 cá thể/ha", "18", 18, "measure", "cá thể/ha", "mật độ chim tại bãi bồi Cồn Lu", approx="nearly"),
    F("thêm 6 tháp", "6", 6, "count", "tháp", "tháp quan sát chim lắp đặt thêm", Y25, status="forecast"),
    F("tổng vốn 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "tổng vốn lắp đặt tháp quan sát chim", Y25,
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): điều tra chim nước trú đông tại Vườn quốc gia Xuân Thủy, tháng 12/2024 (invented probe article, set 586).",
    "Dateline 'Thứ năm, 16/1/2025, 06:30 (GMT+7)'. 'năm 1989', 'khu Ramsar đầu tiên' (ordinal word), '(GMT+7)' are not figures.",
    "Location Nam Định (from 'Vườn quốc gia Xuân Thủy (Nam Định)'); species are subjects, not places. 'Trong đó có 7 loài' follows",
    "'58 loài với tổng số 22.416 cá thể': the whole counting the same thing is 58 loài. The 12% change belongs to 22.416 cá thể (nearest, main).",
    "'đứng thứ 2 trong 9 khu Ramsar': rank 2, total 9 (the 9 is the attribute only). 'trong 5 ngày' (survey duration) is optional.",
    "'chiếm khoảng 1,3% quần thể toàn cầu' is the percent of the 87 spoonbills. The species list after 'gồm' has no whole: no totals.",
    "'dự kiến' governs the 2025 tower plan (count and capital): forecast.",
]

if __name__ == "__main__":
    emit("p586-6", TEXT, COMMENTS, FIGS, published="2025-01-16", location="Nam Định")
