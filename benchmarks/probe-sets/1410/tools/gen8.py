"""p1410-8: radio/TV site (HTTV, Đài PT-TH Hà Tĩnh): women's union in huyện Cẩm Xuyên raising BSF on kitchen waste."""
from lib import F, P, I, C, T, write

TEXT = """HTTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ TĨNH
Thời sự | Kinh tế | Xã hội | Truyền hình | Phát thanh

Phụ nữ Cẩm Xuyên biến rác bếp thành thức ăn chăn nuôi

Thứ Hai, 03/03/2025 - 16:45

(HTTV) - Từ đầu năm 2024 đến nay, Hội Liên hiệp Phụ nữ huyện Cẩm Xuyên đã hướng dẫn hơn 230 hội viên nuôi ruồi lính đen bằng rác thải nhà bếp, mỗi tháng xử lý khoảng 90 tấn rác hữu cơ.

Tại xã Cẩm Bình, chị Lê Thị Hoa nuôi ruồi lính đen trong 6 khay nhựa đặt dưới gầm chuồng gà. Mỗi ngày, chị tận dụng 8-10 kg cơm thừa, vỏ rau củ của gia đình và hàng xóm, thu khoảng 2 kg ấu trùng cho đàn gà 150 con và 300 con vịt.

"Từ ngày có ấu trùng, mỗi tháng tôi bớt được 3 bao cám, tiết kiệm khoảng 1,2 triệu đồng, mà gà đẻ đều hơn", chị Hoa chia sẻ.

Toàn huyện hiện có 19/23 xã, thị trấn có hội viên tham gia mô hình. Cẩm Xuyên đứng thứ 2 toàn tỉnh về số hộ nuôi ruồi lính đen, sau huyện Thạch Hà.

Năm 2024, Hội đã phối hợp mở 12 lớp tập huấn với 540 lượt người tham dự; hỗ trợ 1.500 hộp trứng ruồi giống trị giá gần 60 triệu đồng từ nguồn xã hội hóa.

Bà Nguyễn Thị Lan, Phó Chủ tịch Hội LHPN huyện cho biết, năm 2025 Hội phấn đấu nhân rộng mô hình lên 500 hội viên, giảm ít nhất 20% lượng rác thải phải thu gom, vận chuyển về bãi rác Cẩm Quang.

Minh Châu - Quốc Tuấn

Xem thêm:
- Bản tin Thời sự HTTV 19h ngày 03/03/2025
- Hà Tĩnh ra quân Ngày Chủ nhật xanh lần thứ 5

Bản quyền thuộc Đài Phát thanh và Truyền hình Hà Tĩnh
Địa chỉ: 125 Hà Huy Tập, TP Hà Tĩnh | Đường dây nóng: 0239.3855.026
"""

SINCE = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2025-03-03")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 230 hội viên", "230", 230, "count", "hội viên", approx="over",
      subject="hội viên được hướng dẫn nuôi ruồi lính đen bằng rác thải nhà bếp", period=SINCE),
    F("khoảng 90 tấn", "90", 90, "measure", "tấn/tháng", approx="about",
      subject="rác hữu cơ xử lý mỗi tháng", period=SINCE),
    F("6 khay", "6", 6, "count", "khay", subject="khay nhựa nuôi ruồi lính đen"),
    F("8-10 kg", "8", 8, "measure", "kg/ngày", value_max=10,
      subject="cơm thừa, vỏ rau củ chị tận dụng mỗi ngày"),
    F("khoảng 2 kg", "2", 2, "measure", "kg/ngày", approx="about", subject="ấu trùng thu mỗi ngày"),
    F("gà 150 con", "150", 150, "count", "con", subject="đàn gà"),
    F("300 con vịt", "300", 300, "count", "con", subject="vịt"),
    F("3 bao cám", "3", 3, "measure", "bao/tháng", subject="cám bớt được mỗi tháng"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/tháng", approx="about", subject="tiền tiết kiệm mỗi tháng"),
    F("19/23", "19", 19, "count", "xã, thị trấn", total=23,
      subject="xã, thị trấn có hội viên tham gia mô hình"),
    F("thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", subject="số hộ nuôi ruồi lính đen"),
    F("mở 12 lớp", "12", 12, "count", "lớp", subject="lớp tập huấn", period=Y24),
    F("540 lượt", "540", 540, "count", "lượt người", subject="lượt người tham dự tập huấn", period=Y24),
    F("1.500 hộp", "1.500", 1500, "count", "hộp", subject="hộp trứng ruồi giống hỗ trợ", period=Y24),
    F("gần 60 triệu", "60", 60e6, "money", "đồng", approx="nearly", subject="trị giá trứng ruồi giống hỗ trợ",
      period=Y24),
    F("lên 500 hội viên", "500", 500, "count", "hội viên", status="target",
      subject="hội viên tham gia mô hình", period=Y25),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="lượng rác thải phải thu gom, vận chuyển về bãi rác giảm", period=Y25),
]

NOTES = [
    "Radio/TV site (HTTV, Đài PT-TH Hà Tĩnh): menu, headline, 'Thứ Hai, 03/03/2025 - 16:45', tag '(HTTV) -', byline, 'Xem thêm', footer.",
    "Distractors: 16:45, '19h ngày 03/03/2025', 'lần thứ 5', '125 Hà Huy Tập', hotline 0239.3855.026.",
    "'Từ đầu năm 2024 đến nay' → 2024-01-01 … published 2025-03-03; it governs both clauses of the sapo (90 tấn/tháng too).",
    "Per-time amounts are rates: '8-10 kg' and 'khoảng 2 kg' per day, '3 bao cám' and '1,2 triệu đồng' per month (measure bao/tháng: a rate, as",
    "FIGURES.md makes rates measures). 'đàn gà 150 con' → count con. '19/23 xã, thị trấn' → total 23.",
    "'Cẩm Xuyên đứng thứ 2 toàn tỉnh' → rank 2, location Cẩm Xuyên (the field of the ranking is the province). Location Cẩm Xuyên throughout.",
    "'năm 2025 Hội phấn đấu' → target for both clauses.",
]

if __name__ == "__main__":
    write("p1410-8", TEXT, NOTES, FIGS, published="2025-03-03", location="Cẩm Xuyên")
