from lib import *

T = """UBND HUYỆN YÊN MÔ - CỔNG THÔNG TIN ĐIỆN TỬ
Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Yên Mô đẩy nhanh quy tập mộ về nghĩa trang tập trung

Thực hiện Kế hoạch số 58/KH-UBND về chỉnh trang nghĩa trang nhân dân năm 2024, huyện Yên Mô đã triển khai đồng bộ nhiều giải pháp, được nhân dân đồng tình hưởng ứng.

Toàn huyện hiện có 17 xã, thị trấn với 198 nghĩa trang, nghĩa địa; trong đó 31 nghĩa trang nhân dân tập trung đã được quy hoạch với tổng diện tích 47,8 ha. Sau khi quy tập, diện tích đất nghĩa địa nhỏ lẻ được giải phóng để trả lại sản xuất khoảng 12 ha.

6 tháng đầu năm, các xã đã quy tập 1.035 ngôi mộ, đạt 51,8% kế hoạch năm; trong đó có 642 mộ cải táng và 393 mộ hung táng chưa đủ thời gian cải táng được di chuyển nguyên trạng. Dẫn đầu là xã Yên Phong và xã Yên Thành với lần lượt 215 và 184 mộ; xã Khánh Thượng mới quy tập được 21 mộ.

Về cơ chế hỗ trợ, huyện áp dụng mức từ 1,5 triệu đến 3 triệu đồng/mộ tùy loại mộ; ngân sách huyện và xã đã chi gần 2,4 tỷ đồng, ngoài ra các dòng họ, con em xa quê đóng góp hơn 650 triệu đồng. Quý II/2024, tỷ lệ hỏa táng của huyện đạt 54,6%, tăng 7,2% so với quý I/2024.

Mục tiêu đến hết năm 2025, 100% mộ rải rác ngoài đồng được quy tập về nghĩa trang tập trung; phấn đấu tỷ lệ hỏa táng toàn huyện đạt 65%.

Ông Đinh Văn Lực, thôn 3, xã Yên Thắng chia sẻ: "Gia đình tôi có 4 ngôi mộ ngoài đồng, nay đã chuyển về khu mộ dòng họ trong nghĩa trang xã, vừa khang trang vừa thuận tiện thăm viếng."

Liên hệ: Văn phòng HĐND và UBND huyện, điện thoại 0229.3870.215.
"""

p24 = P("năm 2024", "2024-01-01", "2024-12-31")
p6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", True)
pq2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
p25 = P("đến hết năm 2025", None, "2025-12-31")
Q = "ngôi mộ quy tập về nghĩa trang tập trung"
figs = [
    F("có 17 xã, thị trấn", "17", 17, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("với 198 nghĩa trang", "198", 198, "count", "nghĩa trang, nghĩa địa", "nghĩa trang, nghĩa địa"),
    F("trong đó 31 nghĩa trang", "31", 31, "count", "nghĩa trang nhân dân tập trung", "nghĩa trang nhân dân tập trung đã được quy hoạch", total=198),
    F("diện tích 47,8 ha", "47,8", 47.8, "measure", "ha", "tổng diện tích nghĩa trang nhân dân tập trung đã được quy hoạch"),
    F("khoảng 12 ha", "12", 12, "measure", "ha", "diện tích đất nghĩa địa nhỏ lẻ được giải phóng để trả lại sản xuất", approx="about"),
    F("quy tập 1.035 ngôi mộ", "1.035", 1035, "count", "ngôi mộ", "ngôi mộ các xã đã quy tập", percent=51.8, period=p6),
    F("có 642 mộ", "642", 642, "count", "mộ", "mộ cải táng", total=1035, period=p6i),
    F("và 393 mộ", "393", 393, "count", "mộ", "mộ hung táng được di chuyển nguyên trạng", total=1035, period=p6i),
    F("lần lượt 215", "215", 215, "count", "mộ", Q, period=p6i),
    F("215 và 184 mộ", "184", 184, "count", "mộ", Q, period=p6i),
    F("được 21 mộ", "21", 21, "count", "mộ", Q, period=p6i),
    F("từ 1,5 triệu đến 3 triệu đồng/mộ", "1,5", 1.5e6, "money", "đồng/mộ", "mức hỗ trợ", value_max=3e6),
    F("gần 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "ngân sách huyện và xã đã chi", approx="nearly", period=p6i),
    F("hơn 650 triệu đồng", "650", 650e6, "money", "đồng", "các dòng họ, con em xa quê đóng góp", approx="over", period=p6i),
    F("huyện đạt 54,6%", "54,6", 54.6, "percent", "%", "tỷ lệ hỏa táng của huyện", change=CH("increase", 7.2, "%", "quý I/2024"), period=pq2),
    F("100% mộ rải rác", "100", 100, "percent", "%", "mộ rải rác ngoài đồng được quy tập về nghĩa trang tập trung", status="target", period=p25),
    F("huyện đạt 65%", "65", 65, "percent", "%", "tỷ lệ hỏa táng toàn huyện", status="target", period=p25),
    F("có 4 ngôi mộ", "4", 4, "count", "ngôi mộ", "ngôi mộ ngoài đồng của gia đình", optional=True),
]

emit(5, T, [
    "District portal (huyện Yên Mô, Ninh Bình) with no dateline at all: no published. '6 tháng đầu năm' takes 2024 from the earlier 'năm 2024'.",
    "'trong đó 31 nghĩa trang' part of 198; 'trong đó có 642 … và 393' parts of 1.035 (the whole before the cue, not 51,8%).",
    "Commune list (xã Yên Phong, Yên Thành, Khánh Thượng): communes are below district, so location stays Yên Mô and the subject is the indicator.",
    "'tăng 7,2% so với quý I/2024' after the rate 54,6% is its change (unit % as written). A villager's '4 ngôi mộ' anecdote and the structure count '17 xã, thị trấn' optional.",
    "Distractors: 'Kế hoạch số 58/KH-UBND', 'thôn 3', phone 0229.3870.215, 'quý I/2024' baseline, 'năm 2025'. 'Hiện' figures: no period.",
], figs, location="Yên Mô")
