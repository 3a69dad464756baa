"""p1037-1: Thái Bình province portal, cremation rate H1/2024."""
from lib import F, P, I, C, T, emit

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Tỷ lệ hỏa táng 6 tháng đầu năm đạt gần 72%

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.318

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh có 6.214 người từ trần, trong đó có 4.465 trường hợp được hỏa táng. Tỷ lệ hỏa táng đạt 71,85%, tăng 4,2 điểm phần trăm so với cùng kỳ năm 2023, vượt chỉ tiêu năm 2024 đề ra là 70%.

Trong đó, khu vực thành thị đạt 93,6%, khu vực nông thôn đạt 67,4%. Các địa phương có tỷ lệ hỏa táng cao là thành phố Thái Bình (96,2%), huyện Vũ Thư (84,5%), huyện Kiến Xương (78,1%); thấp nhất là huyện Thái Thụy (52,3%).

Theo Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh, mỗi ca hỏa táng của người có hộ khẩu thường trú trên địa bàn được hỗ trợ 3 triệu đồng. Từ đầu năm đến nay, ngân sách tỉnh đã chi hỗ trợ gần 13,4 tỷ đồng.

Hiện toàn tỉnh có 2 cơ sở hỏa táng với 6 lò, tổng công suất khoảng 40 ca/ngày; trong đó Đài hóa thân Thái Bình tại xã Vũ Chính, sát Quốc lộ 10, có 4 lò.

Về quy hoạch nghĩa trang, trong 6 tháng, các địa phương đã di chuyển, quy tập 1.286 ngôi mộ ra khỏi khu dân cư, giải phóng hơn 5,7 ha đất. Toàn tỉnh hiện có 2.143 nghĩa trang nhân dân, trong đó 1.520 nghĩa trang đã có quy hoạch chi tiết, đạt 70,9%.

Tỉnh phấn đấu đến năm 2025 tỷ lệ hỏa táng toàn tỉnh đạt trên 75%, trong đó khu vực thành thị đạt 98%; đến năm 2030 đạt 85% và 100% nghĩa trang được quản lý theo quy hoạch.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("đạt gần 72%", "72", 72, "percent", "%", "tỷ lệ hỏa táng", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("có 6.214 người", "6.214", 6214, "count", "người", "người từ trần", H1),
    F("có 4.465 trường hợp", "4.465", 4465, "count", "trường hợp", "trường hợp được hỏa táng", H1, total=6214),
    F("đạt 71,85%", "71,85", 71.85, "percent", "%", "tỷ lệ hỏa táng", I(H1),
      change=C("increase", 4.2, "điểm phần trăm", "cùng kỳ năm 2023"), target=T(70, met=True)),
    F("thành thị đạt 93,6%", "93,6", 93.6, "percent", "%", "tỷ lệ hỏa táng khu vực thành thị", I(H1)),
    F("nông thôn đạt 67,4%", "67,4", 67.4, "percent", "%", "tỷ lệ hỏa táng khu vực nông thôn", I(H1)),
    F("(96,2%)", "96,2", 96.2, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Thái Bình"),
    F("(84,5%)", "84,5", 84.5, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Vũ Thư"),
    F("(78,1%)", "78,1", 78.1, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Kiến Xương"),
    F("(52,3%)", "52,3", 52.3, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Thái Thụy"),
    F("hỗ trợ 3 triệu đồng", "3", 3e6, "money", "đồng/ca", "mức hỗ trợ mỗi ca hỏa táng"),
    F("gần 13,4 tỷ đồng", "13,4", 13.4e9, "money", "đồng", "kinh phí hỗ trợ hỏa táng ngân sách tỉnh đã chi",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18"), approx="nearly"),
    F("có 2 cơ sở hỏa táng", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng"),
    F("với 6 lò", "6", 6, "count", "lò", "lò hỏa táng"),
    F("khoảng 40 ca/ngày", "40", 40, "measure", "ca/ngày", "tổng công suất hỏa táng", approx="about"),
    F("có 4 lò", "4", 4, "count", "lò", "lò của Đài hóa thân Thái Bình", total=6),
    F("quy tập 1.286 ngôi mộ", "1.286", 1286, "count", "ngôi mộ", "ngôi mộ di chuyển, quy tập ra khỏi khu dân cư",
      P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("hơn 5,7 ha", "5,7", 5.7, "measure", "ha", "diện tích đất giải phóng", P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 2.143 nghĩa trang", "2.143", 2143, "count", "nghĩa trang nhân dân", "nghĩa trang nhân dân"),
    F("1.520 nghĩa trang", "1.520", 1520, "count", "nghĩa trang", "nghĩa trang đã có quy hoạch chi tiết", total=2143, percent=70.9),
    F("trên 75%", "75", 75, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T25, approx="over", status="target"),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ hỏa táng khu vực thành thị", T25, status="target"),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T30, status="target"),
    F("100% nghĩa trang", "100", 100, "percent", "%", "nghĩa trang được quản lý theo quy hoạch", T30, status="target"),
]
COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình: tỷ lệ hỏa táng 6 tháng đầu năm 2024, hỗ trợ hỏa táng, cơ sở hỏa táng, quy hoạch nghĩa trang.",
    "Not figures: 'Cập nhật: 18/07/2024 09:45', 'Lượt xem: 2.318', 'Nghị quyết số 12/2021/NQ-HĐND', 'Quốc lộ 10'.",
    "Headline '6 tháng đầu năm' takes 2024 from the dateline; 'trong 6 tháng' takes 2024 from 'chỉ tiêu năm 2024' before it.",
    "71,85%: change in điểm phần trăm; 'vượt chỉ tiêu năm 2024 đề ra là 70%' -> target 70, met.",
]
emit("p1037-1", TEXT, FIGS, COMMENTS, published="2024-07-18", location="Thái Bình")
