"""p689-5: Báo Bình Định (Party newspaper) — Hội LHPN supports women victims, 9 months 2023; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Hội LHPN tỉnh Bình Định: Đồng hành cùng phụ nữ bị bạo lực

(BĐ) - 9 tháng năm 2023, các cấp Hội LHPN tỉnh Bình Định đã tiếp nhận, tư vấn cho 312 phụ nữ bị bạo lực gia đình, tăng 46 người so với cùng kỳ năm 2022. Trong đó, 37 phụ nữ được đưa đến Nhà tạm lánh tại Trung tâm Công tác xã hội tỉnh (số 125 đường Tây Sơn, TP Quy Nhơn).

Toàn tỉnh hiện có 1.126 tổ, nhóm phụ nữ "Phòng, chống bạo lực gia đình" với hơn 19.800 hội viên tham gia; 155/155 xã, phường, thị trấn duy trì "địa chỉ tin cậy" tại cộng đồng.

Từ đầu năm đến nay, Hội phối hợp với Ngân hàng Chính sách xã hội tỉnh giải ngân 2,35 tỷ đồng cho 118 phụ nữ bị bạo lực và phụ nữ có hoàn cảnh khó khăn vay vốn, bình quân gần 20 triệu đồng/người.

Chị Nguyễn Thị H. (43 tuổi, ở xã Cát Hanh, huyện Phù Cát) kể, sau nhiều lần bị chồng đánh phải nhập viện, chị được Hội Phụ nữ xã tư vấn pháp lý và giới thiệu vay 30 triệu đồng để nuôi bò. Đến nay, gia đình chị đã có 4 con bò, kinh tế ổn định hơn, người chồng cũng thay đổi cách cư xử.

Theo bà Đỗ Thị Kim Liên, Chủ tịch Hội LHPN tỉnh, năm 2024 Hội phấn đấu 100% cơ sở Hội có mô hình hỗ trợ phụ nữ bị bạo lực; thành lập mới ít nhất 50 tổ, nhóm phòng, chống bạo lực gia đình; phối hợp giải quyết dứt điểm 100% đơn thư liên quan đến bạo lực gia đình.

"Mỗi phụ nữ bị bạo lực cần biết mình không đơn độc. Hội luôn là chỗ dựa để chị em lên tiếng", bà Liên nói.

HOÀI THU

06/10/2023
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
DN = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-06")
NOW = P("Đến nay", None, "2023-10-06")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tư vấn cho 312 phụ nữ", "312", 312, "count", "phụ nữ", "phụ nữ bị bạo lực gia đình được tiếp nhận, tư vấn", N9,
      change=CH("increase", 46, "người", "cùng kỳ năm 2022")),
    F("Trong đó, 37 phụ nữ", "37", 37, "count", "phụ nữ", "phụ nữ được đưa đến Nhà tạm lánh", I(N9), total=312),
    F("có 1.126 tổ", "1.126", 1126, "count", "tổ, nhóm phụ nữ",
      "tổ, nhóm phụ nữ \"Phòng, chống bạo lực gia đình\""),
    F("hơn 19.800 hội viên", "19.800", 19800, "count", "hội viên", "hội viên tham gia tổ, nhóm phụ nữ", approx="over"),
    F("155/155 xã", "155", 155, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn duy trì \"địa chỉ tin cậy\" tại cộng đồng", total=155),
    F("giải ngân 2,35 tỷ đồng", "2,35", 2_350_000_000, "money", "đồng",
      "vốn giải ngân cho phụ nữ bị bạo lực và phụ nữ có hoàn cảnh khó khăn vay", DN),
    F("cho 118 phụ nữ", "118", 118, "count", "phụ nữ",
      "phụ nữ bị bạo lực và phụ nữ có hoàn cảnh khó khăn được vay vốn", DN),
    F("gần 20 triệu đồng/người", "20", 20_000_000, "money", "đồng/người", "mức vay bình quân", DN, approx="nearly"),
    F("(43 tuổi", "43", 43, "measure", "tuổi", optional=True, location="Phù Cát"),
    F("vay 30 triệu đồng", "30", 30_000_000, "money", "đồng", "vốn vay để nuôi bò", location="Phù Cát"),
    F("có 4 con bò", "4", 4, "count", "con bò", "bò của gia đình chị H.", NOW, location="Phù Cát"),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở Hội có mô hình hỗ trợ phụ nữ bị bạo lực", Y24,
      status="target"),
    F("ít nhất 50 tổ", "50", 50, "count", "tổ, nhóm", "tổ, nhóm phòng, chống bạo lực gia đình thành lập mới", Y24,
      approx="at_least", status="target"),
    F("dứt điểm 100% đơn thư", "100", 100, "percent", "%",
      "đơn thư liên quan đến bạo lực gia đình được giải quyết dứt điểm", Y24, status="target"),
]

COMMENTS = [
    "Báo Bình Định (BĐ), invented: Hội LHPN tỉnh hỗ trợ phụ nữ bị bạo lực, 9 tháng năm 2023. Byline 'HOÀI THU' and the bare",
    "date '06/10/2023' at the end give published. 37 phụ nữ follow 'Trong đó' after 312 phụ nữ: total 312.",
    "'Từ đầu năm đến nay' runs from 2023-01-01 to published; 'Đến nay' is as-of published. The anecdote's loan and cows are",
    "located in huyện Phù Cát; the woman's age '43 tuổi' is optional. 'nhiều lần', 'số 125 đường Tây Sơn' are not figures.",
    "'tăng 46 người' is the change of 312 (unit người).",
]

if __name__ == "__main__":
    emit("p689-5", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Bình Định")
