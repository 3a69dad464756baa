"""p884-8: provincial newspaper online (Báo Kiên Giang, '(BKG) -' tag), Phú Quốc says no to single-use plastics."""
from lib import F, P, I, C, T, write

TEXT = """Báo Kiên Giang điện tử › Xã hội › Môi trường

Phú Quốc: Hơn 60% cơ sở lưu trú nói không với nhựa dùng một lần

Cập nhật lúc 16:05, Thứ sáu, 24/05/2024

(BKG) - Sau 1 năm triển khai Đề án "Phú Quốc nói không với rác thải nhựa", đến nay thành phố Phú Quốc có 412/675 cơ sở lưu trú cam kết không sử dụng sản phẩm nhựa dùng một lần, chiếm 61%.

Theo UBND thành phố Phú Quốc, mỗi ngày thành phố phát sinh khoảng 380-400 tấn rác thải sinh hoạt, trong đó rác thải nhựa chiếm khoảng 12%. Từ đầu năm đến nay, lực lượng chức năng đã tổ chức 27 đợt ra quân làm sạch bờ biển, thu gom trên 46 tấn rác, phần lớn là chai nhựa, túi ni lông, ống hút.

Tại chợ Dương Đông, Ban Quản lý chợ đã phát 5.000 túi vải cho 350 tiểu thương và khách hàng; lượng túi ni lông sử dụng giảm từ khoảng 90 kg xuống còn 55 kg/ngày. Toàn tỉnh Kiên Giang hiện có 146 chợ, trong đó 58 chợ đã triển khai mô hình giảm thiểu túi ni lông.

Năm 2024, Phú Quốc phấn đấu 80% cơ sở lưu trú, 100% khu du lịch không sử dụng nhựa dùng một lần; dự kiến lắp đặt 15 trạm nước uống miễn phí tại các bãi biển với tổng kinh phí gần 1,2 tỷ đồng.

Chủ tịch UBND thành phố cũng yêu cầu xử lý nghiêm các trường hợp vứt rác bừa bãi theo Nghị định số 45/2022/NĐ-CP, với mức phạt từ 500.000 đến 1.000.000 đồng.

NGỌC LAN
"""

NOTES = [
    "p884-8: Báo Kiên Giang online, headline with a figure, '(BKG) -' tag, dateline 'Cập nhật lúc 16:05, Thứ sáu, 24/05/2024'.",
    "Phú Quốc figures get Phú Quốc (a city of the province); 'Toàn tỉnh Kiên Giang' gets Kiên Giang.",
    "'rác thải nhựa chiếm khoảng 12%' after 'trong đó' is the share of a part, not of the 380-400 tấn: its own percent figure.",
    "'giảm từ khoảng 90 kg xuống còn 55 kg/ngày': two figures, no change value stated.",
    "The fine 'từ 500.000 đến 1.000.000 đồng' (a legal rate, not an observed fact) is optional.",
    "Distractors: 'Sau 1 năm triển khai', 'Nghị định số 45/2022/NĐ-CP', '16:05', 'Thứ sáu'.",
]
NOW = P("đến nay", None, "2024-05-24")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-24")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PQ = "Phú Quốc"
FIGS = [
    F("Hơn 60%", "60", 60, "percent", "%", "cơ sở lưu trú nói không với nhựa dùng một lần", approx="over"),
    F("có 412/675", "412", 412, "count", "cơ sở lưu trú", "cơ sở lưu trú cam kết không sử dụng sản phẩm nhựa dùng một lần",
      NOW, total=675, percent=61),
    F("khoảng 380-400 tấn", "380", 380, "measure", "tấn/ngày", "rác thải sinh hoạt phát sinh mỗi ngày",
      approx="about", value_max=400),
    F("khoảng 12%", "12", 12, "percent", "%", "tỷ lệ rác thải nhựa trong rác thải sinh hoạt", approx="about"),
    F("tổ chức 27 đợt", "27", 27, "count", "đợt", "đợt ra quân làm sạch bờ biển", YTD),
    F("trên 46 tấn", "46", 46, "measure", "tấn", "rác thu gom khi làm sạch bờ biển", YTD, approx="over"),
    F("phát 5.000 túi", "5.000", 5000, "count", "túi vải", "túi vải phát tại chợ Dương Đông"),
    F("cho 350 tiểu thương", "350", 350, "count", "tiểu thương", "tiểu thương và khách hàng nhận túi vải"),
    F("khoảng 90 kg", "90", 90, "measure", "kg/ngày", "lượng túi ni lông sử dụng tại chợ Dương Đông trước đây",
      approx="about"),
    F("còn 55 kg/ngày", "55", 55, "measure", "kg/ngày", "lượng túi ni lông sử dụng tại chợ Dương Đông"),
    F("có 146 chợ", "146", 146, "count", "chợ", "chợ", location="Kiên Giang"),
    F("58 chợ", "58", 58, "count", "chợ", "chợ triển khai mô hình giảm thiểu túi ni lông", total=146,
      location="Kiên Giang"),
    F("phấn đấu 80%", "80", 80, "percent", "%", "cơ sở lưu trú không sử dụng nhựa dùng một lần", Y24,
      status="target"),
    F("100% khu", "100", 100, "percent", "%", "khu du lịch không sử dụng nhựa dùng một lần", Y24, status="target"),
    F("lắp đặt 15 trạm", "15", 15, "count", "trạm nước uống", "trạm nước uống miễn phí tại các bãi biển", Y24,
      status="forecast"),
    F("gần 1,2 tỷ", "1,2", 1_200_000_000, "money", "đồng", "tổng kinh phí lắp đặt trạm nước uống", Y24,
      approx="nearly", status="forecast"),
    F("từ 500.000 đến", "500.000", 500000, "money", "đồng", "mức phạt vứt rác bừa bãi", value_max=1000000,
      optional=True),
]
write("p884-8", TEXT, NOTES, FIGS, published="2024-05-24", location="Phú Quốc")
