"""p583-4: Bộ Công Thương site, điều hành giá xăng dầu 17/10/2024 (national)."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thị trường trong nước
Ngày đăng: 17/10/2024 | Lượt xem: 2.045

Giá xăng RON95-III giảm 610 đồng/lít từ chiều nay

Thực hiện Nghị định số 80/2023/NĐ-CP của Chính phủ, Liên Bộ Công Thương - Tài chính quyết định không trích lập và không chi sử dụng Quỹ Bình ổn giá đối với các mặt hàng xăng dầu trong kỳ điều hành này.

Giá bán lẻ các mặt hàng xăng dầu tiêu dùng phổ biến áp dụng từ 15 giờ 00 ngày 17/10/2024 như sau:
- Xăng E5RON92: không cao hơn 19.846 đồng/lít (giảm 580 đồng/lít so với giá bán lẻ hiện hành);
- Xăng RON95-III: không cao hơn 20.681 đồng/lít (giảm 610 đồng/lít);
- Dầu điêzen 0,05S: không cao hơn 18.754 đồng/lít (giảm 695 đồng/lít);
- Dầu madút 180CST 3,5S: không cao hơn 16.120 đồng/kg (tăng 112 đồng/kg).

Theo Bộ Công Thương, giá xăng dầu thế giới trong kỳ điều hành vừa qua biến động theo xu hướng giảm; bình quân giá xăng RON92 trên thị trường Singapore là 79,43 USD/thùng, giảm 3,2% so với kỳ trước.

Từ đầu năm 2024 đến nay, giá xăng dầu trong nước đã trải qua 41 kỳ điều chỉnh, trong đó giá xăng RON95-III tăng 19 lần, giảm 20 lần và giữ nguyên 2 lần. Tính đến ngày 30/9/2024, số dư Quỹ Bình ổn giá xăng dầu toàn hệ thống đạt khoảng 5.620,4 tỷ đồng.

Bộ Công Thương đề nghị các thương nhân đầu mối bảo đảm nguồn cung; mọi phản ánh xin gửi về Vụ Thị trường trong nước, số 54 Hai Bà Trưng, Hà Nội, điện thoại (024) 2220.2358.
"""

YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-10-17")

FIGS = [
    F("giảm 610 đồng/lít từ", "610", 610, "money", "đồng/lít", "giá xăng RON95-III giảm"),
    F("không cao hơn 19.846 đồng/lít", "19.846", 19846, "money", "đồng/lít", "giá bán lẻ xăng E5RON92",
      approx="at_most", change=CH("decrease", 580, "đồng/lít", "giá bán lẻ hiện hành")),
    F("không cao hơn 20.681 đồng/lít", "20.681", 20681, "money", "đồng/lít", "giá bán lẻ xăng RON95-III",
      approx="at_most", change=CH("decrease", 610, "đồng/lít")),
    F("không cao hơn 18.754 đồng/lít", "18.754", 18754, "money", "đồng/lít", "giá bán lẻ dầu điêzen 0,05S",
      approx="at_most", change=CH("decrease", 695, "đồng/lít")),
    F("không cao hơn 16.120 đồng/kg", "16.120", 16120, "money", "đồng/kg", "giá bán lẻ dầu madút 180CST 3,5S",
      approx="at_most", change=CH("increase", 112, "đồng/kg")),
    F("là 79,43 USD/thùng", "79,43", 79.43, "money", "USD/thùng",
      "bình quân giá xăng RON92 trên thị trường Singapore", change=CH("decrease", 3.2, "%", "kỳ trước")),
    F("trải qua 41 kỳ", "41", 41, "count", "kỳ điều chỉnh", "kỳ điều chỉnh giá xăng dầu trong nước", YTD),
    F("tăng 19 lần", "19", 19, "count", "lần", "giá xăng RON95-III tăng", YTD, total=41),
    F("giảm 20 lần", "20", 20, "count", "lần", "giá xăng RON95-III giảm", YTD, total=41),
    F("giữ nguyên 2 lần", "2", 2, "count", "lần", "giá xăng RON95-III giữ nguyên", YTD, total=41),
    F("khoảng 5.620,4 tỷ đồng", "5.620,4", 5620400000000, "money", "đồng",
      "số dư Quỹ Bình ổn giá xăng dầu toàn hệ thống", P("Tính đến ngày 30/9/2024", None, "2024-09-30"),
      approx="about"),
]

COMMENTS = [
    "Bộ Công Thương portal ('Ngày đăng: 17/10/2024 | Lượt xem: 2.045'): giá xăng dầu kỳ điều hành 17/10/2024. National: Việt Nam.",
    "'không cao hơn X đồng/lít' is a ceiling: approx at_most. The bracketed '(giảm 580 đồng/lít so với giá bán lẻ hiện hành)' is the",
    "price's change. The headline 'giảm 610 đồng/lít' has no level in its sentence: a money figure of its own.",
    "The Singapore price is reported by the ministry; a foreign market is not a place of the figure, so it keeps the default Việt Nam.",
    "41 kỳ ... 'trong đó' 19 + 20 + 2 lần = 41: total 41. 'Từ đầu năm 2024 đến nay' ends at the dateline.",
    "Distractors: Nghị định số 80/2023/NĐ-CP, 15 giờ 00, ngày 17/10/2024, product names E5RON92, RON95-III, 0,05S, 180CST 3,5S, RON92,",
    "số 54 Hai Bà Trưng, phone (024) 2220.2358, Lượt xem 2.045.",
]

if __name__ == "__main__":
    emit("p583-4", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Việt Nam")
