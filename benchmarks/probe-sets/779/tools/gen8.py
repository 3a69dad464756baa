from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TAM HƯNG - HUYỆN THANH OAI - TP HÀ NỘI
Trang chủ / Tin tức - Sự kiện
Ngày đăng: 05/10/2023 08:12

Xã Tam Hưng: 9 tháng có 84,8% người mất được hỏa táng

9 tháng năm 2023, trên địa bàn xã có 46 người từ trần, trong đó 39 trường hợp được hỏa táng (đạt 84,8%), 7 trường hợp an táng tại nghĩa trang tập trung của xã. Riêng quý III/2023 có 14 trường hợp hỏa táng, tăng 3 trường hợp so với quý II.

Nghĩa trang nhân dân tập trung của xã tại xứ Đồng Mả có diện tích 3,2 ha, được quy hoạch 1.450 huyệt mộ; đến nay đã sử dụng 612 huyệt, chiếm 42,2%. Năm 2022, xã đã quy tập 285 ngôi mộ từ 4 khu nghĩa địa nhỏ lẻ tại thôn 1, thôn 3 và thôn 5 về nghĩa trang tập trung.

Tổng kinh phí đầu tư nghĩa trang là 8,7 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 5 tỷ đồng, ngân sách huyện 2,2 tỷ đồng, còn lại ngân sách xã và Nhân dân đóng góp 1,5 tỷ đồng. Ngoài chính sách chung, xã hỗ trợ thêm 1 triệu đồng/trường hợp hỏa táng từ nguồn xã hội hóa.

Theo ông Nguyễn Văn Hùng, Chủ tịch UBND xã, để đạt kết quả trên, Đảng ủy xã đã ban hành Nghị quyết số 05-NQ/ĐU về xây dựng nếp sống văn minh trong việc tang; 100% chi bộ thôn đưa nội dung vận động hỏa táng vào sinh hoạt định kỳ. Năm 2024, xã phấn đấu tỷ lệ hỏa táng đạt trên 90% và không phát sinh mộ xây mới ngoài quy hoạch.

Mọi thông tin xin liên hệ: Văn phòng UBND xã Tam Hưng, ĐT: 0243.3873.217.

Ban Văn hóa - Thông tin xã
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
H9 = P("9 tháng", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
NOW = P("đến nay", None, "2023-10-05")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 84,8%", "84,8", 84.8, "percent", "%", "tỷ lệ người mất được hỏa táng", H9),
    F("có 46 người", "46", 46, "count", "người", "người từ trần", M9),
    F("39 trường hợp", "39", 39, "count", "trường hợp", "trường hợp được hỏa táng", M9, total=46, percent=84.8),
    F("7 trường hợp", "7", 7, "count", "trường hợp", "trường hợp an táng tại nghĩa trang tập trung", M9, total=46),
    F("có 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp hỏa táng", Q3,
      change=CH("increase", 3, "trường hợp", "quý II")),
    F("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích nghĩa trang nhân dân tập trung của xã"),
    F("1.450 huyệt mộ", "1.450", 1450, "count", "huyệt mộ", "huyệt mộ được quy hoạch"),
    F("612 huyệt", "612", 612, "count", "huyệt", "huyệt mộ đã sử dụng", NOW, percent=42.2),
    F("quy tập 285 ngôi mộ", "285", 285, "count", "ngôi mộ", "ngôi mộ được quy tập về nghĩa trang tập trung", Y22),
    F("từ 4 khu", "4", 4, "count", "khu nghĩa địa", "khu nghĩa địa nhỏ lẻ", Y22),
    F("là 8,7 tỷ đồng", "8,7", 8.7e9, "money", "đồng", "tổng kinh phí đầu tư nghĩa trang"),
    F("hỗ trợ 5 tỷ đồng", "5", 5e9, "money", "đồng", "ngân sách thành phố hỗ trợ", total=8.7e9),
    F("huyện 2,2 tỷ đồng", "2,2", 2.2e9, "money", "đồng", "ngân sách huyện", total=8.7e9),
    F("góp 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "ngân sách xã và Nhân dân đóng góp", total=8.7e9),
    F("thêm 1 triệu đồng/trường hợp", "1", 1e6, "money", "đồng/trường hợp", "mức hỗ trợ thêm của xã cho trường hợp hỏa táng"),
    F("100% chi bộ", "100", 100, "percent", "%", "chi bộ thôn đưa nội dung vận động hỏa táng vào sinh hoạt định kỳ"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ hỏa táng", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Commune portal (xã Tam Hưng, huyện Thanh Oai, Hà Nội): hỏa táng 9 tháng 2023, nghĩa trang tập trung, kinh phí, target 2024 (invented).",
    "'Ngày đăng: 05/10/2023 08:12' -> published. Headline '9 tháng' takes the year 2023 (the dateline before it).",
    "Distractors: 'thôn 1, thôn 3 và thôn 5', 'Nghị quyết số 05-NQ/ĐU', phone 0243.3873.217, 'quý II' baseline.",
    "Location: a commune is not a location in FIGURES.md; the commune lies in huyện Thanh Oai, so figures take 'Thanh Oai'.",
    "39 and 7 are parts after 'trong đó' (total 46); '(đạt 84,8%)' is the percent of 39. 612 huyệt has no part-of cue (no total),",
    "'chiếm 42,2%' is its percent; 'đến nay' is as-of the dateline. 'tăng 3 trường hợp so với quý II' is the change of 14.",
    "The three funding sources after 'trong đó' add up to 8,7 tỷ (total).",
]

if __name__ == "__main__":
    emit("p779-8", TEXT, COMMENTS, FIGS, published="2023-10-05", location="Thanh Oai")
