"""p1116-6: national newspaper: garages in TP HCM short of EV mechanics; national training figures."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Lao động

Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Gara thiếu thợ sửa ô tô điện, lương kỹ thuật viên lên 25 triệu đồng

Nhiều gara tại TP HCM treo biển tuyển thợ nhiều tháng nhưng vẫn thiếu người có tay nghề sửa xe điện, xe hybrid.

Anh Trần Minh Quân, chủ một gara trên đường Cộng Hòa, quận Tân Bình, cho biết từ đầu năm đến nay gara cần tuyển thêm 4 kỹ thuật viên nhưng mới tìm được một người.

Mức lương anh đưa ra cho thợ chẩn đoán điện - điện tử từ 18 đến 25 triệu đồng/tháng, cao hơn khoảng 30% so với thợ máy gầm thông thường.

Theo Sở Lao động - Thương binh và Xã hội TP HCM, thành phố hiện có khoảng 6.200 gara, xưởng dịch vụ ô tô và hơn 21.000 cửa hàng sửa chữa xe máy. Theo dự báo, quý II/2025 nhu cầu tuyển dụng thợ sửa chữa ô tô, xe máy khoảng 3.500 chỗ làm việc, chiếm 4,2% tổng nhu cầu nhân lực của thành phố; trong đó 68% vị trí yêu cầu trình độ trung cấp trở lên.

Cả nước hiện có hơn 400 cơ sở đào tạo nghề công nghệ ô tô nhưng chỉ khoảng 15% người học được tiếp cận chương trình về xe điện, theo Hiệp hội Các nhà sản xuất ô tô Việt Nam (VAMA). Năm 2024, lượng ô tô điện bán ra tại Việt Nam đạt hơn 90.000 chiếc, gấp 2,5 lần năm 2023.

Ông Lê Văn Phúc, Hiệu trưởng Trường Cao đẳng Kỹ thuật Cao Thắng, cho biết năm 2025 trường dự kiến tuyển 650 sinh viên ngành công nghệ ô tô, trong đó 120 sinh viên chuyên ngành ô tô điện. Học phí khoảng 9,8 triệu đồng/học kỳ.

Hà An
"""

YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-03-16")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"
TB = "Tân Bình"

FIGS = [
    F("lên 25 triệu", "25", 25000000, "money", "đồng", subject="lương kỹ thuật viên sửa ô tô điện"),
    F("thêm 4 kỹ thuật viên", "4", 4, "count", "kỹ thuật viên",
      subject="kỹ thuật viên gara cần tuyển thêm", period=YTD, location=TB),
    F("được một người", "một", 1, "count", "người", subject="kỹ thuật viên gara tìm được", period=YTD, location=TB),
    F("từ 18 đến 25 triệu", "18", 18000000, "money", "đồng/tháng", value_max=25000000,
      change=C("increase", 30, "%", "thợ máy gầm thông thường", approx="about"),
      subject="mức lương cho thợ chẩn đoán điện - điện tử", location=TB),
    F("khoảng 6.200 gara", "6.200", 6200, "count", "gara", approx="about",
      subject="gara, xưởng dịch vụ ô tô"),
    F("hơn 21.000 cửa hàng", "21.000", 21000, "count", "cửa hàng", approx="over",
      subject="cửa hàng sửa chữa xe máy"),
    F("khoảng 3.500 chỗ", "3.500", 3500, "count", "chỗ làm việc", approx="about", percent=4.2,
      status="forecast", subject="nhu cầu tuyển dụng thợ sửa chữa ô tô, xe máy", period=Q2),
    F("trong đó 68%", "68", 68, "percent", "%", status="forecast",
      subject="vị trí yêu cầu trình độ trung cấp trở lên", period=Q2),
    F("hơn 400 cơ sở", "400", 400, "count", "cơ sở đào tạo", approx="over",
      subject="cơ sở đào tạo nghề công nghệ ô tô", location=VN),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="người học được tiếp cận chương trình về xe điện", location=VN),
    F("hơn 90.000 chiếc", "90.000", 90000, "count", "chiếc", approx="over",
      change=C("increase", 2.5, "lần", "năm 2023"),
      subject="ô tô điện bán ra", period=Y24, location=VN),
    F("tuyển 650 sinh viên", "650", 650, "count", "sinh viên", status="forecast",
      subject="sinh viên ngành công nghệ ô tô tuyển", period=Y25),
    F("120 sinh viên", "120", 120, "count", "sinh viên", total=650, status="forecast",
      subject="sinh viên chuyên ngành ô tô điện", period=Y25),
    F("khoảng 9,8 triệu", "9,8", 9800000, "money", "đồng/học kỳ", approx="about",
      subject="học phí", period=I(Y25)),
]

NOTES = [
    "National newspaper style: 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)', byline at the end; place TP Hồ Chí Minh, some national figures (Việt Nam).",
    "Distractors: time 07:30, GMT+7, 'đường Cộng Hòa', 'quận Tân Bình' (place, not a number), 'Cao Thắng'.",
    "The garage of Trần Minh Quân is in quận Tân Bình: its figures get that district. The wage paragraph has no period phrase: no period.",
    "'Theo dự báo, quý II/2025 ...' → forecast (continues to 68% after ';'). 'gấp 2,5 lần năm 2023' attached to 90.000 chiếc → change.",
    "Headline 'lên 25 triệu đồng' has no period; the headline amount is the top of the 18-25 range, recorded as its own figure.",
]

if __name__ == "__main__":
    write("p1116-6", TEXT, NOTES, FIGS, published="2025-03-16", location="TP Hồ Chí Minh")
