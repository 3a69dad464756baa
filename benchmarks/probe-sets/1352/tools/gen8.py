"""p1352-8: radio/TV site (Đài PT-TH Tây Ninh): mung beans after rice in huyện Dương Minh Châu."""
from lib import F, P, year, inh, chg, write

TEXT = """TÂY NINH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TÂY NINH
Thời sự | Kinh tế | Nông nghiệp | Xem TTV11 trực tuyến | Nghe FM 98,6 MHz

Dương Minh Châu: Nông dân thu hơn 5 tỷ đồng từ vụ đậu xanh sau lúa

05/11/2024 10:15

TTV - Vụ Hè Thu 2024, nông dân huyện Dương Minh Châu xuống giống 150 ha đậu xanh trên chân ruộng sau thu hoạch lúa, tăng gần gấp đôi so với năm 2023. Đến cuối tháng 10, toàn bộ diện tích đã cho thu hoạch, năng suất đạt từ 1,2 đến 1,4 tấn/ha.

Theo ông Võ Thành Nhân, Phó Trưởng phòng Nông nghiệp và PTNT huyện, với giá bán bình quân 27.500 đồng/kg, tổng giá trị thu được ước hơn 5 tỷ đồng. Trồng đậu xanh sau lúa còn giúp cải tạo đất, giảm khoảng 20% lượng phân bón cho vụ lúa kế tiếp.

Tại xã Phan, Tổ hợp tác trồng đậu xanh Bàu Vuông có 27 thành viên, canh tác 35 ha. Tổ đã ký hợp đồng bán toàn bộ sản lượng cho Cơ sở chế biến nông sản Hai Lúa (TP Tây Ninh) với giá ổn định 28.000 đồng/kg trong 3 năm. Anh Lê Văn Út, thành viên tổ, trồng 1,5 ha, sau hơn 2 tháng thu lãi 24 triệu đồng.

Năm 2025, huyện dự kiến nhân rộng mô hình lên 300 ha, đồng thời đề xuất tỉnh hỗ trợ 30% chi phí đầu tư 2 máy gặt đập liên hợp cải tiến để thu hoạch đậu xanh.

Minh Trí - Thanh Tùng (TTV)

Tin cùng chuyên mục:
- Tây Ninh: Giá mì tăng trở lại, nông dân phấn khởi
- Châu Thành ra quân diệt chuột bảo vệ lúa Đông Xuân 2024-2025

Đài Phát thanh và Truyền hình Tây Ninh - Số 2 đường 30/4, phường 2, TP Tây Ninh
"""

HT24 = year("Vụ Hè Thu 2024", 2024)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("thu hơn 5 tỷ", "5", 5e9, "money", "đồng", approx="over",
      subject="tiền nông dân thu từ vụ đậu xanh sau lúa"),
    F("xuống giống 150 ha", "150", 150, "measure", "ha",
      change=chg("increase", 2, "lần", "năm 2023", approx="nearly"),
      subject="diện tích đậu xanh xuống giống trên chân ruộng sau thu hoạch lúa", period=HT24),
    F("từ 1,2 đến 1,4", "1,2", 1.2, "measure", "tấn/ha", value_max=1.4, subject="năng suất",
      period=inh(HT24)),
    F("bình quân 27.500", "27.500", 27500, "money", "đồng/kg", subject="giá bán bình quân", period=inh(HT24)),
    F("ước hơn 5 tỷ", "5", 5e9, "money", "đồng", approx="over", status="estimate",
      subject="tổng giá trị thu được", period=inh(HT24)),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about",
      subject="lượng phân bón giảm cho vụ lúa kế tiếp"),
    F("có 27 thành viên", "27", 27, "count", "thành viên",
      subject="thành viên Tổ hợp tác trồng đậu xanh Bàu Vuông"),
    F("canh tác 35 ha", "35", 35, "measure", "ha", subject="diện tích tổ hợp tác canh tác"),
    F("ổn định 28.000", "28.000", 28000, "money", "đồng/kg", subject="giá bán ổn định theo hợp đồng"),
    F("trong 3 năm", "3", 3, "measure", "năm", subject="thời hạn hợp đồng", optional=True),
    F("trồng 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích anh Lê Văn Út trồng"),
    F("hơn 2 tháng", "2", 2, "measure", "tháng", approx="over", optional=True),
    F("lãi 24 triệu", "24", 24e6, "money", "đồng", subject="lãi"),
    F("lên 300 ha", "300", 300, "measure", "ha", status="forecast", subject="diện tích nhân rộng mô hình",
      period=Y25),
    F("hỗ trợ 30%", "30", 30, "percent", "%", status="forecast",
      subject="tỷ lệ hỗ trợ chi phí đầu tư máy gặt đập liên hợp", period=Y25),
    F("2 máy gặt", "2", 2, "count", "máy gặt đập liên hợp", status="forecast",
      subject="máy gặt đập liên hợp cải tiến", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Tây Ninh): channel menu 'Xem TTV11 trực tuyến | Nghe FM 98,6 MHz', '05/11/2024 10:15', tag 'TTV -', byline, footer address.",
    "Distractors: TTV11 (channel), 'FM 98,6 MHz' (a frequency is an identifier), 10:15, 'Hai Lúa' (firm name with a number word), 'Lê Văn Út',",
    "'Đông Xuân 2024-2025' in a link, 'Số 2 đường 30/4, phường 2', 'Đến cuối tháng 10' (locates the harvest).",
    "Default location Dương Minh Châu; 'TP Tây Ninh' in the buyer's bracket is not the figures' place.",
    "Headline 'thu hơn 5 tỷ đồng' is its own figure (no period in the headline); the body repeats it as 'ước hơn 5 tỷ đồng' (estimate).",
    "'tăng gần gấp đôi so với năm 2023' -> change 2 lần, approx nearly, on 150 ha. 'giảm khoảng 20% lượng phân bón' is the claim -> percent figure, no change.",
    "Optional: 'trong 3 năm' (contract term) and 'sau hơn 2 tháng' (time to harvest, also locating the profit in time).",
    "'Năm 2025, huyện dự kiến ..., đồng thời đề xuất ...' -> forecast for all three figures of the sentence.",
]

if __name__ == "__main__":
    write("p1352-8", TEXT, NOTES, FIGS, published="2024-11-05", location="Dương Minh Châu")
