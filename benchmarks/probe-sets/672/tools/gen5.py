"""p672-5: Party newspaper (Báo Nghệ An) — vốn chính sách thay cho tín dụng đen."""
from lib import F, P, I, CH, emit

TEXT = """Nghệ An: Hơn 1.100 khách hàng vay vốn chính sách thay cho tín dụng đen

(Baonghean.vn) - Sau hơn một năm triển khai chương trình cho vay tiêu dùng theo Nghị quyết số 15/2023/NQ-HĐND, Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh Nghệ An đã giải ngân 58,7 tỷ đồng cho 1.124 khách hàng, giúp người dân có nhu cầu vốn đột xuất không phải tìm đến tín dụng đen.

Theo quy định, mức cho vay tối đa 100 triệu đồng/khách hàng, thời hạn tối đa 5 năm, lãi suất 7,8%/năm. Tính đến 31/3/2024, dư nợ chương trình đạt 52,3 tỷ đồng, với 1.086 khách hàng còn dư nợ; tỷ lệ nợ quá hạn chỉ 0,02%. Các huyện có dư nợ lớn là Quỳnh Lưu (6,8 tỷ đồng), Diễn Châu (5,9 tỷ đồng) và Nghi Lộc (4,7 tỷ đồng).

Chị Hồ Thị L. ở xóm 5, xã Nghi Phong (huyện Nghi Lộc) cho biết, năm 2022 chồng chị ốm nặng, gia đình phải vay ngoài 30 triệu đồng với lãi 3.000 đồng/triệu/ngày, chỉ sau 4 tháng tiền lãi đã lên tới gần 11 triệu đồng. "Được vay 50 triệu đồng từ NHCSXH, tôi đã trả hết nợ ngoài", chị L. nói.

Toàn tỉnh hiện có 29 phòng giao dịch cấp huyện và 460 điểm giao dịch xã của NHCSXH. Tổng dư nợ tín dụng chính sách đạt 14.682 tỷ đồng, tăng 612 tỷ đồng so với đầu năm, với hơn 285.000 khách hàng đang vay vốn.

Năm 2024, NHCSXH Nghệ An dự kiến giải ngân thêm 30 tỷ đồng cho chương trình; phấn đấu đến năm 2025 có 100% tổ tiết kiệm và vay vốn được tập huấn nhận diện thủ đoạn tín dụng đen.

THANH LÊ
18/04/2024
"""

AS = P("Tính đến 31/3/2024", None, "2024-03-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_DN = "dư nợ chương trình cho vay tiêu dùng"

FIGS = [
    F("Hơn 1.100 khách hàng", "1.100", 1100, "count", "khách hàng", "khách hàng vay vốn chính sách", approx="over"),
    F("giải ngân 58,7 tỷ đồng", "58,7", 58.7e9, "money", "đồng", "vốn cho vay tiêu dùng NHCSXH giải ngân"),
    F("cho 1.124 khách hàng", "1.124", 1124, "count", "khách hàng", "khách hàng được giải ngân vay tiêu dùng"),
    F("tối đa 100 triệu đồng/khách hàng", "100", 100e6, "money", "đồng/khách hàng", "mức cho vay", approx="at_most"),
    F("tối đa 5 năm", "5", 5, "measure", "năm", "thời hạn cho vay", approx="at_most", optional=True),
    F("lãi suất 7,8%/năm", "7,8", 7.8, "percent", "%", "lãi suất cho vay tiêu dùng"),
    F("đạt 52,3 tỷ đồng", "52,3", 52.3e9, "money", "đồng", SUBJ_DN, AS),
    F("với 1.086 khách hàng", "1.086", 1086, "count", "khách hàng", "khách hàng còn dư nợ", AS),
    F("chỉ 0,02%", "0,02", 0.02, "percent", "%", "tỷ lệ nợ quá hạn", AS),
    F("Quỳnh Lưu (6,8 tỷ đồng)", "6,8", 6.8e9, "money", "đồng", SUBJ_DN, I(AS), location="Quỳnh Lưu"),
    F("Diễn Châu (5,9 tỷ đồng)", "5,9", 5.9e9, "money", "đồng", SUBJ_DN, I(AS), location="Diễn Châu"),
    F("Nghi Lộc (4,7 tỷ đồng)", "4,7", 4.7e9, "money", "đồng", SUBJ_DN, I(AS), location="Nghi Lộc"),
    F("vay ngoài 30 triệu đồng", "30", 30e6, "money", "đồng", "khoản vay ngoài của gia đình chị L.", Y22,
      location="Nghi Lộc"),
    F("lãi 3.000 đồng/triệu/ngày", "3.000", 3000, "money", "đồng/triệu/ngày", "lãi khoản vay ngoài", Y22,
      location="Nghi Lộc"),
    F("gần 11 triệu đồng", "11", 11e6, "money", "đồng", "tiền lãi khoản vay ngoài sau 4 tháng", Y22,
      approx="nearly", location="Nghi Lộc"),
    F("vay 50 triệu đồng", "50", 50e6, "money", "đồng", "khoản vay từ NHCSXH của chị L.", location="Nghi Lộc"),
    F("có 29 phòng", "29", 29, "count", "phòng giao dịch", "phòng giao dịch cấp huyện của NHCSXH"),
    F("và 460 điểm", "460", 460, "count", "điểm giao dịch", "điểm giao dịch xã của NHCSXH"),
    F("đạt 14.682 tỷ đồng", "14.682", 14682e9, "money", "đồng", "tổng dư nợ tín dụng chính sách",
      change=CH("increase", 612e9, "đồng", "đầu năm")),
    F("hơn 285.000 khách hàng", "285.000", 285000, "count", "khách hàng", "khách hàng đang vay vốn chính sách", approx="over"),
    F("thêm 30 tỷ đồng", "30", 30e9, "money", "đồng", "vốn cho vay tiêu dùng giải ngân thêm", Y24, status="forecast"),
    F("có 100% tổ", "100", 100, "percent", "%", "tổ tiết kiệm và vay vốn được tập huấn nhận diện thủ đoạn tín dụng đen", T25,
      status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): chương trình cho vay tiêu dùng của NHCSXH Nghệ An as an alternative to tín dụng đen.",
    "Byline + bare date '18/04/2024' at the end give published. Not figures: 'Nghị quyết số 15/2023/NQ-HĐND', 'Sau hơn một năm' (a",
    "duration locating the programme), 'xóm 5', 'sau 4 tháng'. 'thời hạn tối đa 5 năm' (a loan term) is optional.",
    "'3.000 đồng/triệu/ngày' is a money rate (unit with its denominator). The borrower's anecdote is located in huyện Nghi Lộc (named in",
    "the sentence); '50 triệu đồng' (quoted) too. District list after 'Các huyện có dư nợ lớn là': locations, subject = dư nợ; no total.",
    "'Tính đến 31/3/2024' governs the whole sentence (dư nợ, khách hàng còn dư nợ, nợ quá hạn). 'hiện có' gives no period.",
    "'tăng 612 tỷ đồng so với đầu năm' is a change in đồng. 'dự kiến' → forecast; 'phấn đấu đến năm 2025' → target.",
]

if __name__ == "__main__":
    emit("p672-5", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Nghệ An")
