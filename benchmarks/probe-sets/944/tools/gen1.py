"""p944-1: province portal (Nam Định), cremation rate in the first half of 2024."""
from lib import F, P, I, chg, tgt, article

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Nam Định: Tỷ lệ hỏa táng 6 tháng đạt gần 46%

Theo báo cáo của Sở Xây dựng, 6 tháng đầu năm 2024, toàn tỉnh có 4.862 người từ trần, trong đó 2.231 trường hợp được hỏa táng. Tỷ lệ hỏa táng chung toàn tỉnh đạt 45,9%, tăng 6,4 điểm phần trăm so với cùng kỳ năm 2023 và vượt chỉ tiêu 40% đề ra cho năm 2024.

Hiện toàn tỉnh có 2 cơ sở hỏa táng đang hoạt động. Đài hóa thân Hoàn Vũ Nam Định (Km 5, Quốc lộ 21A, xã Nam Phong, thành phố Nam Định) được đầu tư 4 lò đốt thi hài và 1 lò đốt hài cốt; cơ sở hỏa táng của huyện Hải Hậu có 2 lò, đưa vào sử dụng từ tháng 8/2023. Tổng công suất các lò khoảng 36 ca/ngày.

Tỷ lệ hỏa táng giữa các địa phương còn chênh lệch lớn: thành phố Nam Định đạt 78,2%, huyện Mỹ Lộc 61,5%, huyện Ý Yên 52,3%; thấp nhất là huyện Giao Thủy với 21,7%.

Theo Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh, người có hộ khẩu thường trú tại tỉnh khi hỏa táng được hỗ trợ 3 triệu đồng/ca; đối tượng bảo trợ xã hội được hỗ trợ thêm 2 triệu đồng/ca. Từ đầu năm đến nay, ngân sách tỉnh đã chi trên 6,6 tỷ đồng cho 2.205 trường hợp đủ hồ sơ. Giá dịch vụ hỏa táng thi hài tại Đài hóa thân Hoàn Vũ hiện là 4,5 triệu đồng/ca, hỏa táng hài cốt 2,8 triệu đồng/ca.

Mục tiêu đến năm 2025, tỷ lệ hỏa táng toàn tỉnh đạt từ 50% trở lên; đến năm 2030 đạt 70%. Dự kiến năm 2025, tỉnh khởi công thêm 1 cơ sở hỏa táng tại huyện Nghĩa Hưng với tổng mức đầu tư khoảng 120 tỷ đồng.

Nguồn: Sở Xây dựng tỉnh Nam Định
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("6 tháng đạt gần 46%", "46", 46, "percent", "%", "tỷ lệ hỏa táng",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("có 4.862 người từ trần", "4.862", 4862, "count", "người", "người từ trần", H1),
    F("trong đó 2.231 trường hợp", "2.231", 2231, "count", "trường hợp", "trường hợp được hỏa táng", H1,
      total=4862),
    F("tỉnh đạt 45,9%", "45,9", 45.9, "percent", "%", "tỷ lệ hỏa táng chung toàn tỉnh", I(H1),
      change=chg("increase", 6.4, "điểm phần trăm", "cùng kỳ năm 2023"), target=tgt(40, "%", True)),
    F("có 2 cơ sở hỏa táng", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động"),
    F("đầu tư 4 lò đốt thi hài", "4", 4, "count", "lò", "lò đốt thi hài Đài hóa thân Hoàn Vũ Nam Định"),
    F("và 1 lò đốt hài cốt", "1", 1, "count", "lò", "lò đốt hài cốt Đài hóa thân Hoàn Vũ Nam Định"),
    F("Hải Hậu có 2 lò", "2", 2, "count", "lò", "lò của cơ sở hỏa táng huyện Hải Hậu", location="Hải Hậu"),
    F("khoảng 36 ca/ngày", "36", 36, "measure", "ca/ngày", "tổng công suất các lò", approx="about"),
    F("Nam Định đạt 78,2%", "78,2", 78.2, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Nam Định"),
    F("Mỹ Lộc 61,5%", "61,5", 61.5, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Mỹ Lộc"),
    F("Ý Yên 52,3%", "52,3", 52.3, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Ý Yên"),
    F("với 21,7%", "21,7", 21.7, "percent", "%", "tỷ lệ hỏa táng", I(H1), location="Giao Thủy"),
    F("hỗ trợ 3 triệu đồng/ca", "3", 3e6, "money", "đồng/ca", "hỗ trợ người có hộ khẩu thường trú khi hỏa táng"),
    F("thêm 2 triệu đồng/ca", "2", 2e6, "money", "đồng/ca", "hỗ trợ thêm đối tượng bảo trợ xã hội"),
    F("trên 6,6 tỷ đồng", "6,6", 6.6e9, "money", "đồng", "ngân sách tỉnh chi hỗ trợ hỏa táng", YTD,
      approx="over"),
    F("cho 2.205 trường hợp", "2.205", 2205, "count", "trường hợp", "trường hợp đủ hồ sơ được hỗ trợ", YTD),
    F("là 4,5 triệu đồng/ca", "4,5", 4.5e6, "money", "đồng/ca", "giá dịch vụ hỏa táng thi hài"),
    F("cốt 2,8 triệu đồng/ca", "2,8", 2.8e6, "money", "đồng/ca", "giá hỏa táng hài cốt"),
    F("từ 50% trở lên", "50", 50, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T25,
      approx="at_least", status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("thêm 1 cơ sở hỏa táng", "1", 1, "count", "cơ sở hỏa táng", "cơ sở hỏa táng khởi công thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast", location="Nghĩa Hưng"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng mức đầu tư cơ sở hỏa táng",
      approx="about", status="forecast", location="Nghĩa Hưng"),
]

NOTES = [
    "Province portal (Nam Định): cremation results of H1/2024, crematoria, district rates, support, prices, targets.",
    "Headline '6 tháng' takes 2024 from the dateline. 'vượt chỉ tiêu 40%' is the target of 45,9% (met).",
    "'Km 5, Quốc lộ 21A', 'tháng 8/2023', 'Nghị quyết số 08/2022/NQ-HĐND', 'Lượt xem: 2.316' are not figures.",
    "The Hải Hậu kiln count and the planned Nghĩa Hưng facility take their district as location.",
    "The 120 tỷ is a project's total investment, not a 2025 flow: no period.",
]

if __name__ == "__main__":
    article("p944-1", TEXT, FIGS, published="2024-07-12", location="Nam Định", notes=NOTES)
