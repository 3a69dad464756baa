from lib import *

TEXT = """Thời sự
Thứ ba, 12/3/2024, 06:15 (GMT+7)

TP HCM dự kiến chi 1.500 tỷ đồng di dời nghĩa trang Bình Hưng Hòa

Khoảng 55.000 ngôi mộ trong nghĩa trang Bình Hưng Hòa rộng 42,2 ha sẽ được di dời để xây dựng công viên cây xanh, hoàn thành trong năm 2026.

Theo Sở Xây dựng TP HCM, tổng kinh phí bồi thường, hỗ trợ di dời mộ dự kiến khoảng 1.500 tỷ đồng từ ngân sách thành phố. Mức hỗ trợ mỗi ngôi mộ từ 5,5 đến 9 triệu đồng tùy mộ đất hay mộ xây; gia đình tự di dời trước thời hạn được thưởng thêm 2 triệu đồng/mộ.

Đến cuối năm 2023, khoảng 23.000 ngôi mộ đã được thân nhân tự cất bốc, chiếm gần 42% tổng số mộ cần di dời. Riêng 2 tháng đầu năm 2024 có thêm 1.870 mộ được cất bốc, tăng gần 30% so với cùng kỳ.

Phần lớn hài cốt sau cất bốc được hỏa táng. Cơ sở hỏa táng Đa Phước hiện có 10 lò, công suất tối đa 90 ca/ngày; đơn vị đang đầu tư thêm 6 lò với vốn khoảng 240 tỷ đồng. Tỷ lệ hỏa táng tại TP HCM hiện ở mức hơn 92%, cao nhất cả nước.

Ông Trần Văn Bảy, 61 tuổi, ngụ đường số 7, phường Bình Hưng Hòa A, cho biết gia đình đã đưa 3 ngôi mộ của ông bà về chùa gửi tro cốt. "Tôi ủng hộ chủ trương vì nghĩa trang nằm giữa khu dân cư đông đúc", ông nói.

Người dân cần thông tin có thể liên hệ Ban Quản lý nghĩa trang tại số 1 đường Tân Kỳ Tân Quý hoặc gọi 028.3765.2212 trong giờ hành chính, từ 7h30 đến 17h.

Gia Minh
"""

T23 = P("Đến cuối năm 2023", None, "2023-12-31")
M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")

FIGS = [
    F("chi 1.500 tỷ đồng", "1.500", 1.5e12, "money", "đồng", "kinh phí di dời nghĩa trang Bình Hưng Hòa",
      status="forecast"),
    F("Khoảng 55.000 ngôi mộ", "55.000", 55000, "count", "ngôi mộ", "ngôi mộ trong nghĩa trang Bình Hưng Hòa",
      approx="about"),
    F("rộng 42,2 ha", "42,2", 42.2, "measure", "ha", "diện tích nghĩa trang Bình Hưng Hòa"),
    F("dự kiến khoảng 1.500 tỷ", "1.500", 1.5e12, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ di dời mộ",
      approx="about", status="forecast"),
    F("từ 5,5 đến 9 triệu", "5,5", 5.5e6, "money", "đồng", "mức hỗ trợ mỗi ngôi mộ", value_max=9e6),
    F("thêm 2 triệu đồng/mộ", "2", 2e6, "money", "đồng/mộ", "mức thưởng gia đình tự di dời trước thời hạn"),
    F("khoảng 23.000 ngôi mộ", "23.000", 23000, "count", "ngôi mộ", "ngôi mộ đã được thân nhân tự cất bốc", T23,
      approx="about", percent=42),
    F("thêm 1.870 mộ", "1.870", 1870, "count", "mộ", "mộ được cất bốc", M2,
      change=CH("increase", 30, "%", "cùng kỳ", approx="nearly")),
    F("có 10 lò", "10", 10, "count", "lò", "lò của Cơ sở hỏa táng Đa Phước"),
    F("tối đa 90 ca/ngày", "90", 90, "measure", "ca/ngày", "công suất Cơ sở hỏa táng Đa Phước", approx="at_most"),
    F("thêm 6 lò", "6", 6, "count", "lò", "lò đầu tư thêm"),
    F("khoảng 240 tỷ đồng", "240", 240e9, "money", "đồng", "vốn đầu tư thêm lò hỏa táng", approx="about"),
    F("hơn 92%", "92", 92, "percent", "%", "tỷ lệ hỏa táng tại TP HCM", approx="over"),
    F("61 tuổi", "61", 61, "measure", "tuổi", "tuổi ông Trần Văn Bảy", optional=True),
    F("đưa 3 ngôi mộ", "3", 3, "count", "ngôi mộ", "ngôi mộ gia đình ông Bảy đưa về chùa", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): TP HCM di dời nghĩa trang Bình Hưng Hòa, kinh phí, hỗ trợ, hỏa táng Đa Phước (invented).",
    "Dateline 'Thứ ba, 12/3/2024, 06:15 (GMT+7)'. Distractors: '(GMT+7)', 'đường số 7', 'Bình Hưng Hòa A', 'số 1 đường Tân Kỳ Tân Quý',",
    "phone 028.3765.2212, office hours '7h30 đến 17h', 'năm 2026' (completion year).",
    "The lead's 55.000 graves and 42,2 ha are actual (no cue; 'sẽ được di dời' is about the graves' future, not the count).",
    "'chiếm gần 42% tổng số mộ' is the percent of 23.000 (no number for the whole, so no total); 'tăng gần 30%' is the change of 1.870.",
    "An interviewee's age and his family's 3 graves are anecdotal: optional.",
]

if __name__ == "__main__":
    emit("p779-6", TEXT, COMMENTS, FIGS, published="2024-03-12", location="TP Hồ Chí Minh")
