"""p876-5: Party newspaper (Báo Hà Tĩnh), divorces in families with members working abroad (huyện Can Lộc)."""
from lib import F, P, I, C, T, write

TEXT = """Ly hôn gia tăng ở những gia đình có người đi lao động nước ngoài

Trong năm thống kê 2023 (từ ngày 01/10/2022 đến ngày 30/9/2023), TAND huyện Can Lộc thụ lý 286 vụ ly hôn, trong đó có 118 vụ có vợ hoặc chồng đang lao động ở nước ngoài, chiếm 41,3%. Số vụ ly hôn này gấp gần 1,5 lần năm 2019.

Chị N.T.H. (32 tuổi, trú xã Thiên Lộc) là một trường hợp như thế. Kết hôn năm 2015, có hai con chung, năm 2018 chồng chị sang Hàn Quốc làm việc rồi ở lại cư trú bất hợp pháp, ít liên lạc về nhà. "Gần 5 năm nay, tôi một mình nuôi con, chăm bố mẹ chồng", chị H. chia sẻ tại phiên hòa giải.

Theo Chánh án TAND huyện Can Lộc, các vụ ly hôn có yếu tố lao động nước ngoài thường kéo dài do phải ủy thác tư pháp, lấy lời khai của đương sự ở nước ngoài; có vụ kéo dài 12 tháng. Mức cấp dưỡng nuôi con mà Tòa án tuyên phổ biến từ 1,5 đến 3 triệu đồng/cháu/tháng. Hiện huyện có trên 9.500 người đang lao động ở nước ngoài, chủ yếu tại Hàn Quốc, Nhật Bản và Đài Loan (Trung Quốc).

Trên phạm vi toàn tỉnh, cùng kỳ, Tòa án hai cấp tỉnh Hà Tĩnh thụ lý 2.947 vụ việc ly hôn, tăng 5,2% so với năm thống kê 2022; trong đó khoảng 1.050 vụ có người đang lao động ở nước ngoài.

Để hạn chế tình trạng ly hôn, huyện Can Lộc đã thành lập câu lạc bộ "Gia đình phát triển bền vững" ở 14/19 xã, thị trấn; phấn đấu đến năm 2025 có 100% xã, thị trấn có câu lạc bộ. Mỗi câu lạc bộ được hỗ trợ 5 triệu đồng/năm để duy trì sinh hoạt.

Thu Hà
24/11/2023
"""

SY = P("từ ngày 01/10/2022 đến ngày 30/9/2023", "2022-10-01", "2023-09-30")

FIGS = [
    F("thụ lý 286 vụ ly hôn", "286", 286, "count", "vụ", "vụ ly hôn thụ lý", SY),
    F("có 118 vụ", "118", 118, "count", "vụ", "vụ ly hôn có vợ hoặc chồng đang lao động ở nước ngoài", SY,
      total=286, percent=41.3),
    F("gấp gần 1,5 lần", "1,5", 1.5, "multiple", "lần", "số vụ ly hôn so với năm 2019", I(SY), approx="nearly"),
    F("(32 tuổi", "32", 32, "measure", "tuổi", "tuổi của chị N.T.H.", optional=True),
    F("có hai con chung", "hai", 2, "count", "con", "con chung", optional=True),
    F("Gần 5 năm nay", "5", 5, "measure", "năm", "thời gian một mình nuôi con", approx="nearly", optional=True),
    F("kéo dài 12 tháng", "12", 12, "measure", "tháng", "thời gian giải quyết vụ ly hôn có yếu tố lao động nước ngoài"),
    F("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/cháu/tháng", "mức cấp dưỡng nuôi con", value_max=3e6),
    F("trên 9.500 người", "9.500", 9500, "count", "người", "người đang lao động ở nước ngoài", approx="over"),
    F("thụ lý 2.947 vụ việc", "2.947", 2947, "count", "vụ việc", "vụ việc ly hôn thụ lý", I(SY),
      change=C("increase", 5.2, baseline="năm thống kê 2022"), location="Hà Tĩnh"),
    F("khoảng 1.050 vụ", "1.050", 1050, "count", "vụ", "vụ ly hôn có người đang lao động ở nước ngoài", I(SY),
      approx="about", total=2947, location="Hà Tĩnh"),
    F("ở 14/19 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn thành lập câu lạc bộ Gia đình phát triển bền vững",
      total=19),
    F("có 100% xã", "100", 100, "percent", "%", "xã, thị trấn có câu lạc bộ",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("hỗ trợ 5 triệu đồng/năm", "5", 5e6, "money", "đồng/năm", "mức hỗ trợ mỗi câu lạc bộ"),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh) style: headline, body, byline 'Thu Hà' and bare date '24/11/2023' at the end.",
    "Court statistical year: 'năm thống kê 2023 (từ ngày 01/10/2022 đến ngày 30/9/2023)' is the period; the province paragraph",
    "says 'cùng kỳ' (= the same period) and inherits it. 'Số vụ ly hôn này gấp gần 1,5 lần năm 2019' stands alone: a multiple.",
    "The anecdote's age, children and '5 năm' are optional (one person's story). năm 2015, năm 2018, năm 2019 are dates.",
    "Hàn Quốc, Nhật Bản, Đài Loan are destinations, not the place of the figure (Can Lộc).",
]

if __name__ == "__main__":
    write("p876-5", TEXT, FIGS, NOTES, published="2023-11-24", location="Can Lộc")
