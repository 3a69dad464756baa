"""p1071-5: Báo Quảng Trị — a commune incinerator in Hải Lăng runs below capacity; byline and bare date at the end."""
from lib import F, P, Y, C, T, build

TEXT = """Lò đốt rác ở xã Hải Phong: Đầu tư lớn, hiệu quả chưa cao

Được đầu tư hơn 3,2 tỷ đồng từ năm 2019, lò đốt rác thải sinh hoạt của xã Hải Phong, huyện Hải Lăng có công suất thiết kế 5 tấn/ngày. Tuy nhiên, hiện mỗi ngày lò chỉ tiếp nhận từ 2 đến 3 tấn rác, đạt chưa đến 60% công suất.

Ông Lê Văn Tám, Chủ tịch UBND xã cho biết, toàn xã có 1.260 hộ với gần 4.800 nhân khẩu, lượng rác phát sinh khoảng 3,5 tấn/ngày. Xã thu phí vệ sinh 15.000 đồng/hộ/tháng nhưng năm 2024 chỉ có 62% số hộ nộp phí, số thu đạt 141 triệu đồng, trong khi chi phí vận hành lò gần 380 triệu đồng/năm.

Do thiếu kinh phí, lò thường chỉ đốt 3 ngày/tuần, rác tồn đọng gây mùi khó chịu cho các hộ dân thôn Phước Điền. Kết quả quan trắc tháng 10/2024 cho thấy nồng độ bụi trong khí thải của lò là 265 mg/Nm3, cao hơn 32,5% so với giới hạn cho phép. Hai công nhân vận hành lò làm việc theo hợp đồng, mức thù lao 3,5 triệu đồng/người/tháng.

Toàn huyện Hải Lăng hiện có 4 lò đốt rác cấp xã; tỷ lệ thu gom rác thải sinh hoạt nông thôn năm 2024 đạt 81%. Khu xử lý chất thải rắn Hải Thượng nằm cách trung tâm xã khoảng 15 km. Huyện đặt mục tiêu năm 2025 chuyển 100% rác của xã về khu xử lý này; chi phí vận chuyển dự kiến 290.000 đồng/tấn.

Theo Sở Tài nguyên và Môi trường, các địa phương cần thực hiện đúng Thông tư số 02/2022/TT-BTNMT, không đầu tư mới lò đốt công suất nhỏ, ưu tiên xử lý rác tập trung theo cụm huyện.

THANH TRÚC
22/3/2025
"""

Y24 = Y(2024)
Y25 = Y(2025)

FIGS = [
    F("hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "vốn đầu tư lò đốt rác thải sinh hoạt xã Hải Phong",
      approx="over"),
    F("thiết kế 5 tấn/ngày", "5", 5, "measure", "tấn/ngày", "công suất thiết kế lò đốt"),
    F("từ 2 đến 3 tấn rác", "2", 2, "measure", "tấn", "rác lò tiếp nhận mỗi ngày", value_max=3, percent=60),
    F("có 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ toàn xã"),
    F("gần 4.800 nhân khẩu", "4.800", 4800, "count", "nhân khẩu", "nhân khẩu toàn xã", approx="nearly"),
    F("khoảng 3,5 tấn/ngày", "3,5", 3.5, "measure", "tấn/ngày", "lượng rác phát sinh", approx="about"),
    F("15.000 đồng/hộ/tháng", "15.000", 15000, "money", "đồng/hộ/tháng", "phí vệ sinh"),
    F("chỉ có 62% số hộ", "62", 62, "percent", "%", "số hộ nộp phí", Y24),
    F("đạt 141 triệu đồng", "141", 141e6, "money", "đồng", "số thu phí vệ sinh", Y24),
    F("gần 380 triệu đồng/năm", "380", 380e6, "money", "đồng/năm", "chi phí vận hành lò", Y24, approx="nearly"),
    F("đốt 3 ngày/tuần", "3", 3, "measure", "ngày/tuần", "số ngày lò đốt mỗi tuần"),
    F("là 265 mg/Nm3", "265", 265, "measure", "mg/Nm3", "nồng độ bụi trong khí thải của lò",
      P("tháng 10/2024", "2024-10-01", "2024-10-31"),
      change=C("increase", 32.5, "%", "giới hạn cho phép")),
    F("Hai công nhân", "Hai", 2, "count", "công nhân", "công nhân vận hành lò"),
    F("thù lao 3,5 triệu đồng", "3,5", 3.5e6, "money", "đồng/người/tháng", "mức thù lao công nhân vận hành lò"),
    F("có 4 lò đốt", "4", 4, "count", "lò đốt", "lò đốt rác cấp xã"),
    F("đạt 81%", "81", 81, "percent", "%", "tỷ lệ thu gom rác thải sinh hoạt nông thôn", Y24),
    F("khoảng 15 km", "15", 15, "measure", "km", "khoảng cách từ Khu xử lý chất thải rắn Hải Thượng đến trung tâm xã",
      approx="about"),
    F("chuyển 100% rác", "100", 100, "percent", "%", "rác của xã chuyển về khu xử lý", Y25, status="target"),
    F("dự kiến 290.000 đồng/tấn", "290.000", 290000, "money", "đồng/tấn", "chi phí vận chuyển", Y25,
      status="forecast"),
]

NOTES = [
    "Báo Quảng Trị: lò đốt rác xã Hải Phong (huyện Hải Lăng) underused; byline 'THANH TRÚC' and bare date '22/3/2025' at the end give published.",
    "Location: every figure is of the commune or of huyện Hải Lăng, so 'Hải Lăng' (the district holding the commune); Quảng Trị is never named.",
    "Distractors: 'từ năm 2019', 'Ông Lê Văn Tám' (a name that is a number word), 'thôn Phước Điền', 'Thông tư số 02/2022/TT-BTNMT', '22/3/2025'.",
    "'đạt chưa đến 60% công suất' is the share (percent) of the 2-3 tấn figure; its 'chưa đến' is not scored (attribute value only).",
    "'cao hơn 32,5% so với giới hạn cho phép' is the change of 265 mg/Nm3. 'năm 2024' governs the whole fee sentence (62%, 141 triệu, 380 triệu/năm).",
    "The 290.000 đồng/tấn (dự kiến) stands in the same sentence as 'năm 2025' (after ';'): period 2025, status forecast.",
]

if __name__ == "__main__":
    build("p1071-5", TEXT, NOTES, FIGS, published="2025-03-22", location="Hải Lăng")
