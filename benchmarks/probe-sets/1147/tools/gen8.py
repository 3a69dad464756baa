"""p1147-8: provincial newspaper online (Báo Cần Thơ), swap stations Q3 2024, registrations, conversions, PCCC checks."""
from lib import F, P, I, C, T, write

TEXT = """Cần Thơ có 53 trạm đổi pin xe máy điện

Thứ Hai, 07/10/2024 | 16:40

(CT) - Quý III/2024, trên địa bàn TP Cần Thơ có thêm 14 trạm đổi pin xe máy điện đi vào hoạt động, nâng tổng số lên 53 trạm; trong đó quận Ninh Kiều có 33 trạm, quận Cái Răng 9 trạm, quận Bình Thủy 6 trạm, còn lại ở các huyện.

Theo đơn vị vận hành, trung bình mỗi trạm thực hiện 60-70 lượt đổi pin/ngày, chủ yếu phục vụ sinh viên và tài xế giao hàng. Giá thuê pin theo gói là 199.000 đồng/tháng, không giới hạn số lần đổi; khách không đăng ký gói trả 12.000 đồng/lượt. Em Trần Thị Mỹ Duyên, sinh viên năm thứ hai Trường Đại học Cần Thơ, cho biết mỗi tuần em đổi pin khoảng ba lần.

Phòng CSGT Công an thành phố cho biết, 9 tháng năm 2024 đã đăng ký mới 2.946 xe máy điện, tăng 31% so với cùng kỳ năm 2023, bằng 78% kế hoạch năm. Cũng trong 9 tháng, thành phố ghi nhận 215 xe máy xăng được cải tạo sang động cơ điện tại 4 cơ sở được cấp phép.

Trong đợt cao điểm từ tháng 7 đến tháng 9, Công an thành phố đã kiểm tra an toàn PCCC tại 538 khu nhà trọ, ký túc xá có khu vực sạc xe điện, xử phạt 27 cơ sở với số tiền 165 triệu đồng. Thành phố phấn đấu đến năm 2025 có ít nhất 80 trạm đổi pin, bảo đảm bán kính phục vụ không quá 2 km.

THẢO NGUYÊN
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9S = P("trong 9 tháng", "2024-01-01", "2024-09-30")
PEAK = P("từ tháng 7 đến tháng 9", "2024-07-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
ST = "trạm đổi pin xe máy điện"

FIGS = [
    F("Cần Thơ có 53 trạm", "53", 53, "count", "trạm đổi pin", subject=ST),
    F("thêm 14 trạm", "14", 14, "count", "trạm đổi pin", subject=ST + " đi vào hoạt động thêm", period=Q3),
    F("lên 53 trạm", "53", 53, "count", "trạm", subject=ST, period=Q3),
    F("có 33 trạm", "33", 33, "count", "trạm", total=53, subject=ST, period=Q3, location="Ninh Kiều"),
    F("Răng 9 trạm", "9", 9, "count", "trạm", total=53, subject=ST, period=Q3, location="Cái Răng"),
    F("Thủy 6 trạm", "6", 6, "count", "trạm", total=53, subject=ST, period=Q3, location="Bình Thủy"),
    F("thực hiện 60-70", "60", 60, "measure", "lượt đổi pin/ngày", value_max=70,
      subject="lượt đổi pin trung bình mỗi trạm"),
    F("là 199.000 đồng/tháng", "199.000", 199000, "money", "đồng/tháng", subject="giá thuê pin theo gói"),
    F("trả 12.000 đồng/lượt", "12.000", 12000, "money", "đồng/lượt",
      subject="giá đổi pin cho khách không đăng ký gói"),
    F("khoảng ba lần", "ba", 3, "count", "lần", approx="about",
      subject="lần đổi pin mỗi tuần của sinh viên Trần Thị Mỹ Duyên"),
    F("mới 2.946 xe", "2.946", 2946, "count", "xe máy điện", percent=78,
      change=C("increase", 31, "%", "cùng kỳ năm 2023"),
      subject="xe máy điện đăng ký mới", period=N9),
    F("nhận 215 xe", "215", 215, "count", "xe máy xăng",
      subject="xe máy xăng được cải tạo sang động cơ điện", period=N9S),
    F("tại 4 cơ sở", "4", 4, "count", "cơ sở",
      subject="cơ sở được cấp phép cải tạo xe máy xăng sang động cơ điện", period=N9S),
    F("tại 538 khu", "538", 538, "count", "khu nhà trọ, ký túc xá",
      subject="khu nhà trọ, ký túc xá có khu vực sạc xe điện được kiểm tra an toàn PCCC", period=PEAK),
    F("xử phạt 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở bị xử phạt", period=PEAK),
    F("tiền 165 triệu", "165", 165000000, "money", "đồng", subject="số tiền xử phạt", period=PEAK),
    F("ít nhất 80 trạm", "80", 80, "count", "trạm đổi pin", approx="at_least", status="target",
      subject="trạm đổi pin", period=T25),
    F("không quá 2 km", "2", 2, "measure", "km", approx="at_most", status="target",
      subject="bán kính phục vụ của trạm đổi pin", period=T25),
]

NOTES = [
    "Provincial newspaper online (Báo Cần Thơ): headline figure, 'Thứ Hai, 07/10/2024 | 16:40', tag '(CT) -', byline at the end. Location Cần Thơ.",
    "Distractors: time 16:40, 'năm thứ hai' (ordinal), 'Trường Đại học Cần Thơ', 'tháng 7', 'tháng 9' as dates.",
    "Headline '53 trạm' gets no period; the body's 'nâng tổng số lên 53 trạm' and its parts after 'trong đó' (districts → location,",
    "total 53) stand in the 'Quý III/2024' sentence, so they carry that period (stated in the sentence).",
    "'60-70 lượt đổi pin/ngày' with 'mỗi trạm' is a per-unit daily rate: measure, range.",
    "'khoảng ba lần' is a number word (3) with approx about. 2.946: change 31% (cùng kỳ năm 2023) and share 78% kế hoạch năm.",
    "Year-less 'trong 9 tháng' and 'từ tháng 7 đến tháng 9' take 2024. 'phấn đấu đến năm 2025' governs both the 80 trạm and 'không quá 2 km'.",
]

if __name__ == "__main__":
    write("p1147-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Cần Thơ")
