"""p1021-2: district portal (huyện Diễn Châu, Nghệ An), civil underpasses under the North-South expressway."""
from lib import F, P, inh, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Tin tức > Kinh tế - Hạ tầng

Diễn Châu: khắc phục tình trạng ngập nước tại các hầm chui dân sinh dưới cao tốc

Thứ Ba, 12/03/2024 - 10:05

Đoạn cao tốc Bắc - Nam phía Đông qua địa bàn huyện dài khoảng 21,5 km, đi qua 11 xã, giao cắt với Quốc lộ 7A và đường tỉnh 538. Trên đoạn tuyến có 23 hầm chui dân sinh và 4 cầu vượt ngang cao tốc; trong đó có 5 hầm thường xuyên bị ngập vào mùa mưa, mực nước có thời điểm sâu 0,8-1,2 m.

Năm 2023, UBND huyện phối hợp với chủ đầu tư dự án bố trí 3,2 tỷ đồng để nạo vét rãnh thoát nước, lắp đặt trạm bơm và đèn chiếu sáng; đến cuối năm đã hoàn thành tại 8/10 hầm theo kế hoạch. Nhân dân các xã Diễn Cát, Diễn Thọ, Diễn Lộc đóng góp thêm gần 450 triệu đồng để làm mái che lối lên xuống.

Hầm chui tại Km 379+450 thuộc xã Diễn Cát là nơi có lưu lượng lớn nhất, khoảng 2.000 lượt người/ngày, trong đó gần 600 lượt là học sinh Trường THCS Diễn Cát và Trường Tiểu học Diễn Cát. Ông Nguyễn Văn Hải, Chủ tịch UBND xã cho biết, trước khi có mái che và đèn, nhiều em phải dắt xe đạp lội qua hầm ngập nước.

Theo số liệu của Công an huyện, năm 2023 trên địa bàn xảy ra 3 vụ va chạm giao thông tại lối ra vào các hầm chui, làm bị thương 4 học sinh; 2 tháng đầu năm 2024 chưa ghi nhận vụ việc nào.

Năm 2024, huyện phấn đấu 100% hầm chui dân sinh trên địa bàn có đèn chiếu sáng và biển cảnh báo ngập; dự kiến cần khoảng 1,8 tỷ đồng, huy động từ ngân sách huyện và xã hội hóa. Huyện cũng đề nghị Ban Quản lý dự án 85 nâng cao đáy rãnh dọc tại 5 hầm trũng thấp trước mùa mưa bão. Nội dung này đã được HĐND huyện thông qua tại Kỳ họp thứ 12.

Hồng Nhung - Trung tâm VHTT&TT huyện
Số lượt xem: 386
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("dài khoảng 21,5 km", "21,5", 21.5, "measure", "km", approx="about",
      subject="chiều dài đoạn cao tốc Bắc - Nam qua địa bàn huyện"),
    F("đi qua 11 xã", "11", 11, "count", "xã", subject="xã có cao tốc Bắc - Nam đi qua"),
    F("có 23 hầm chui dân sinh", "23", 23, "count", "hầm chui dân sinh",
      subject="hầm chui dân sinh trên đoạn cao tốc"),
    F("và 4 cầu vượt ngang", "4", 4, "count", "cầu vượt ngang", subject="cầu vượt ngang cao tốc"),
    F("có 5 hầm thường xuyên", "5", 5, "count", "hầm", total=23,
      subject="hầm thường xuyên bị ngập vào mùa mưa"),
    F("sâu 0,8-1,2 m", "0,8", 0.8, "measure", "m", value_max=1.2, subject="mực nước ngập trong hầm"),
    F("bố trí 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng",
      subject="kinh phí nạo vét rãnh thoát nước, lắp đặt trạm bơm và đèn chiếu sáng hầm chui", period=Y23),
    F("tại 8/10 hầm", "8", 8, "count", "hầm", target={"value": 10, "unit": "hầm"},
      subject="hầm hoàn thành nạo vét, lắp trạm bơm và đèn chiếu sáng",
      period=P("đến cuối năm", end="2023-12-31")),
    F("gần 450 triệu đồng", "450", 450e6, "money", "đồng", approx="nearly",
      subject="kinh phí nhân dân đóng góp làm mái che lối lên xuống hầm", period=inh(Y23)),
    F("khoảng 2.000 lượt người/ngày", "2.000", 2000, "measure", "lượt người/ngày", approx="about",
      subject="lưu lượng qua hầm chui xã Diễn Cát"),
    F("gần 600 lượt", "600", 600, "measure", "lượt người/ngày", approx="nearly", total=2000,
      subject="lượt học sinh qua hầm chui xã Diễn Cát"),
    F("xảy ra 3 vụ va chạm", "3", 3, "count", "vụ",
      subject="vụ va chạm giao thông tại lối ra vào các hầm chui",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bị thương 4 học sinh", "4", 4, "count", "học sinh",
      subject="học sinh bị thương do va chạm tại lối ra vào hầm chui",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("phấn đấu 100% hầm chui", "100", 100, "percent", "%", status="target",
      subject="hầm chui dân sinh có đèn chiếu sáng và biển cảnh báo ngập", period=Y24),
    F("khoảng 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí lắp đèn chiếu sáng và biển cảnh báo cho hầm chui", period=Y24),
    F("tại 5 hầm trũng thấp", "5", 5, "count", "hầm",
      subject="hầm trũng thấp cần nâng cao đáy rãnh dọc"),
]

NOTES = [
    "District portal of Diễn Châu (Nghệ An): civil underpasses (hầm chui dân sinh) under the North-South expressway.",
    "Distractors: Quốc lộ 7A, đường tỉnh 538, Km 379+450, Ban Quản lý dự án 85, Kỳ họp thứ 12, '2 tháng đầu năm 2024' (no figure), Số lượt xem 386.",
    "5 hầm after 'trong đó' takes the 23 underpasses (the same thing counted), not the 4 overpasses that stand right before the cue.",
    "8/10 hầm theo kế hoạch: 10 is the plan, so target 10 (FIGURES.md 'Result against plan'); 'đến cuối năm' = as-of 2023-12-31.",
    "Communes (Diễn Cát ...) lie in the district: location Diễn Châu throughout. 'gần 600 lượt' inherits the per-day rate of its whole.",
    "revised after the first run: unit of 'gần 600 lượt' is its whole's unit 'lượt người/ngày' (was 'lượt/ngày'; the part counts the same thing).",
]

write("p1021-2", TEXT, FIGS, published="2024-03-12", location="Diễn Châu", notes=NOTES)
