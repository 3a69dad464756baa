"""p790-5: provincial Party newspaper (Báo Bạc Liêu), Đoàn Ca kịch Cao Văn Lầu, cải lương 2023."""
from lib import F, P, I, C, T, write

TEXT = """Đoàn Ca kịch Cao Văn Lầu: Giữ lửa cải lương trên quê hương "Dạ cổ hoài lang"

Từ đầu năm đến nay, Đoàn Ca kịch Cao Văn Lầu tỉnh Bạc Liêu đã biểu diễn 96 suất, trong đó có 58 suất phục vụ miễn phí cho bà con vùng sâu, vùng xa tại các huyện Hồng Dân, Phước Long và Đông Hải. Số suất bán vé tuy còn ít nhưng doanh thu đạt khoảng 540 triệu đồng, tăng gần 25% so với cùng kỳ năm trước.

Năm 2023, ngân sách tỉnh cấp cho đoàn 4,2 tỷ đồng kinh phí hoạt động, bằng 92% năm 2022. Hiện đoàn có 42 diễn viên, nhạc công; bình quân mỗi tháng đoàn đi diễn từ 10 đến 12 suất. Thu nhập của diễn viên trẻ chỉ khoảng 5-6 triệu đồng/tháng, nên nhiều người phải hát thêm ở các tụ điểm đờn ca tài tử để trang trải cuộc sống.

Năm 2022, đoàn đầu tư 1,35 tỷ đồng dàn dựng vở cải lương "Tình đất Bạc Liêu"; vở diễn đoạt Huy chương Vàng tại Liên hoan Sân khấu Cải lương toàn quốc cùng năm. Hằng tuần, vào tối thứ Bảy, đoàn biểu diễn phục vụ khán giả tại Nhà hát Cao Văn Lầu trên đường 23 Tháng 8, phường 8, TP Bạc Liêu.

Toàn tỉnh hiện có 186 câu lạc bộ cải lương, đờn ca tài tử với hơn 2.400 hội viên, trong đó huyện Phước Long có nhiều nhất với 34 câu lạc bộ.

Theo kế hoạch, năm 2024 tỉnh sẽ đầu tư khoảng 15 tỷ đồng cải tạo Nhà hát Cao Văn Lầu, nâng sức chứa lên 650 chỗ ngồi. Dự kiến trong quý IV/2023, đoàn sẽ lưu diễn 20 suất tại TP Hồ Chí Minh và các tỉnh miền Tây.

HỒNG NHUNG
16/9/2023
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-16")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("biểu diễn 96 suất", "96", 96, "count", "suất", "suất biểu diễn của Đoàn Ca kịch Cao Văn Lầu", YTD),
    F("có 58 suất", "58", 58, "count", "suất", "suất phục vụ miễn phí cho bà con vùng sâu, vùng xa", YTD,
      total=96),
    F("khoảng 540 triệu đồng", "540", 540e6, "money", "đồng", "doanh thu", I(YTD), approx="about",
      change=C("increase", 25, "%", "cùng kỳ năm trước", approx="nearly")),
    F("cho đoàn 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "kinh phí hoạt động ngân sách tỉnh cấp cho đoàn", Y23,
      percent=92),
    F("có 42 diễn viên", "42", 42, "count", "diễn viên, nhạc công", "diễn viên, nhạc công của đoàn"),
    F("từ 10 đến 12 suất", "10", 10, "count", "suất", "suất diễn bình quân mỗi tháng", value_max=12),
    F("khoảng 5-6 triệu đồng/tháng", "5", 5e6, "money", "đồng/tháng", "thu nhập của diễn viên trẻ",
      value_max=6e6, approx="about"),
    F("đầu tư 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng",
      "kinh phí dàn dựng vở cải lương Tình đất Bạc Liêu", Y22),
    F("có 186 câu lạc bộ", "186", 186, "count", "câu lạc bộ", "câu lạc bộ cải lương, đờn ca tài tử"),
    F("hơn 2.400 hội viên", "2.400", 2400, "count", "hội viên", "hội viên câu lạc bộ cải lương, đờn ca tài tử",
      approx="over"),
    F("với 34 câu lạc bộ", "34", 34, "count", "câu lạc bộ", "câu lạc bộ cải lương, đờn ca tài tử",
      total=186, location="Phước Long"),
    F("khoảng 15 tỷ đồng", "15", 15e9, "money", "đồng", "vốn đầu tư cải tạo Nhà hát Cao Văn Lầu", Y24,
      approx="about", status="target"),
    F("lên 650 chỗ ngồi", "650", 650, "count", "chỗ ngồi", "sức chứa Nhà hát Cao Văn Lầu", Y24, status="target"),
    F("lưu diễn 20 suất", "20", 20, "count", "suất", "suất lưu diễn tại TP Hồ Chí Minh và các tỉnh miền Tây", Q4,
      status="forecast"),
]

NOTES = [
    "Báo Bạc Liêu (Party newspaper), byline HỒNG NHUNG and bare date 16/9/2023 at the end: Đoàn Ca kịch Cao Văn Lầu, cải lương.",
    "'Từ đầu năm đến nay' = 2023-01-01..2023-09-16 (the bare date). 'trong đó huyện Phước Long ... 34 câu lạc bộ' is a part of 186 (total), location Phước Long.",
    "'Theo kế hoạch, năm 2024 ... đầu tư khoảng 15 tỷ đồng ..., nâng sức chứa lên 650 chỗ ngồi' → both target. 'Dự kiến' → forecast.",
    "'bằng 92% năm 2022' is the percent of 4,2 tỷ (cf. 'bằng 139% cùng kỳ').",
    "'bình quân mỗi tháng ... từ 10 đến 12 suất' is a count range (unit suất).",
    "Not figures: 'đường 23 Tháng 8', 'phường 8', 'thứ Bảy', 'cùng năm', the byline date itself.",
]

write(5, TEXT, FIGS, NOTES, published="2023-09-16", location="Bạc Liêu")
