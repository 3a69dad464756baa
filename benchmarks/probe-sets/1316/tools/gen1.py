"""p1316-1: province portal (Đắk Lắk): drink-driving checks, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK
Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

Đắk Lắk: Hơn 9.600 trường hợp vi phạm nồng độ cồn bị xử lý trong 9 tháng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Công an tỉnh, 9 tháng đầu năm 2024, lực lượng Cảnh sát giao thông toàn tỉnh đã kiểm tra nồng độ cồn 186.420 lượt người điều khiển phương tiện, đạt 124,3% kế hoạch; phát hiện, lập biên bản 9.652 trường hợp vi phạm, tăng 18,3% so với cùng kỳ năm 2023. Trong đó, người điều khiển ô tô 1.214 trường hợp, mô tô, xe gắn máy 8.395 trường hợp, còn lại là xe đạp điện và phương tiện khác.

Qua xử lý, các đơn vị đã tước 7.108 giấy phép lái xe, tạm giữ 8.930 phương tiện, nộp Kho bạc Nhà nước hơn 48,6 tỷ đồng tiền phạt, chiếm khoảng 41% tổng số tiền xử phạt vi phạm trật tự an toàn giao thông.

TP Buôn Ma Thuột là địa bàn có nhiều vi phạm nhất với 2.870 trường hợp; huyện Krông Pắc đứng thứ hai với 905 trường hợp. Các tổ công tác tập trung kiểm tra trên Quốc lộ 14, Quốc lộ 26 và Quốc lộ 27, nhất là khung giờ từ 21 giờ đến 2 giờ sáng.

Trong đợt cao điểm từ ngày 15/8 đến ngày 30/9/2024, lực lượng chức năng xử lý 1.786 trường hợp vi phạm nồng độ cồn, trung bình khoảng 38 trường hợp/ngày.

Năm 2024, Công an tỉnh phấn đấu kéo giảm ít nhất 5% số vụ tai nạn giao thông liên quan đến rượu, bia. Dự kiến trong quý IV, lực lượng CSGT sẽ tổ chức thêm ba đợt cao điểm kiểm tra nồng độ cồn vào ban đêm và dịp cuối tuần, thực hiện nghiêm Nghị định số 100/2019/NĐ-CP.

Tin liên quan:
- Ra quân bảo đảm trật tự an toàn giao thông dịp Quốc khánh 2/9
- Khởi công cầu vượt tại Km 3+500 Quốc lộ 26
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PEAK = per("từ ngày 15/8 đến ngày 30/9/2024", "2024-08-15", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
BMT, KP = "Buôn Ma Thuột", "Krông Pắc"

FIGS = [
    fig("Hơn 9.600 trường hợp", "9.600", 9600, "count", "trường hợp", approx="over",
        subject="trường hợp vi phạm nồng độ cồn bị xử lý", period=NINE_H),
    fig("cồn 186.420 lượt", "186.420", 186420, "count", "lượt người", percent=124.3,
        subject="lượt người điều khiển phương tiện được kiểm tra nồng độ cồn", period=NINE),
    fig("lập biên bản 9.652 trường hợp", "9.652", 9652, "count", "trường hợp",
        change=chg("increase", 18.3, "%", "cùng kỳ năm 2023"),
        subject="trường hợp vi phạm được phát hiện, lập biên bản", period=NINE),
    fig("ô tô 1.214 trường hợp", "1.214", 1214, "count", "trường hợp", total=9652,
        subject="người điều khiển ô tô vi phạm", period=inh(NINE)),
    fig("xe gắn máy 8.395 trường hợp", "8.395", 8395, "count", "trường hợp", total=9652,
        subject="người điều khiển mô tô, xe gắn máy vi phạm", period=inh(NINE)),
    fig("tước 7.108 giấy phép", "7.108", 7108, "count", "giấy phép lái xe",
        subject="giấy phép lái xe bị tước", period=inh(NINE)),
    fig("tạm giữ 8.930 phương tiện", "8.930", 8930, "count", "phương tiện",
        subject="phương tiện bị tạm giữ", period=inh(NINE)),
    fig("hơn 48,6 tỷ", "48,6", 48.6e9, "money", "đồng", approx="over", percent=41,
        subject="tiền phạt nộp Kho bạc Nhà nước", period=inh(NINE)),
    fig("với 2.870 trường hợp", "2.870", 2870, "count", "trường hợp",
        subject="trường hợp vi phạm", period=inh(NINE), location=BMT),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="địa bàn có nhiều vi phạm", period=inh(NINE), location=KP),
    fig("với 905 trường hợp", "905", 905, "count", "trường hợp",
        subject="trường hợp vi phạm", period=inh(NINE), location=KP),
    fig("xử lý 1.786 trường hợp", "1.786", 1786, "count", "trường hợp",
        subject="trường hợp vi phạm nồng độ cồn được xử lý trong đợt cao điểm", period=PEAK),
    fig("khoảng 38 trường hợp/ngày", "38", 38, "measure", "trường hợp/ngày", approx="about",
        subject="trường hợp vi phạm được xử lý trung bình mỗi ngày", period=PEAK),
    fig("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="mức kéo giảm số vụ tai nạn giao thông liên quan đến rượu, bia", period=Y24),
    fig("thêm ba đợt", "ba", 3, "count", "đợt", status="forecast",
        subject="đợt cao điểm kiểm tra nồng độ cồn tổ chức thêm", period=Q4),
]

NOTES = [
    "Province portal (Đắk Lắk): drink-driving checks in 9 months of 2024; 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862'.",
    "Distractors: 09:35, Lượt xem 1.862, Quốc lộ 14/26/27, '21 giờ đến 2 giờ sáng', Nghị định số 100/2019/NĐ-CP, 'Quốc khánh 2/9', 'Km 3+500'.",
    "Headline '9 tháng' (no year) takes 2024 from the dateline. 'đạt 124,3% kế hoạch' is the percent of the 186.420 checks.",
    "'Trong đó' parts after a sentence break take total 9.652 (same unit, same period); the 'còn lại' rest has no number.",
    "Buôn Ma Thuột / Krông Pắc figures are located in the city / district; 'đứng thứ hai' is a rank of Krông Pắc.",
    "'Dự kiến trong quý IV' → forecast, quý IV of 2024; 'phấn đấu ... ít nhất 5%' → target, at_least.",
]

if __name__ == "__main__":
    write("p1316-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Đắk Lắk")
