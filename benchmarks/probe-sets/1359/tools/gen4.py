"""p1359-4: provincial newspaper (Báo Đồng Tháp): bicycle tours through the Sa Đéc flower village."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG THÁP ONLINE
Thời sự | Kinh tế | Du lịch | Văn hóa - Xã hội

Thứ Hai, 11/03/2024 | 07:45

Đạp xe khám phá làng hoa Sa Đéc hút khách

(ĐTO) - Những tour đạp xe len lỏi qua các vườn hoa ở phường Tân Quy Đông và xã Tân Khánh Đông đang trở thành sản phẩm được du khách yêu thích, góp phần đưa lượng khách đến TP Sa Đéc 2 tháng đầu năm tăng gần 20%.

Theo Phòng Văn hóa và Thông tin TP Sa Đéc, 2 tháng đầu năm 2024, làng hoa đón hơn 126.000 lượt khách, tăng 19,6% so với cùng kỳ, trong đó khoảng 8.400 lượt khách tham gia tour xe đạp. Riêng dịp Tết Nguyên đán, có ngày làng hoa đón tới 7.000 lượt khách.

Hiện trên địa bàn thành phố có 14 điểm cho thuê xe đạp với khoảng 350 xe, giá thuê từ 30.000-50.000 đồng/lượt. Tour trọn gói dài 12 km, kéo dài 3 giờ, giá 250.000 đồng/khách.

Ông Trần Văn Lộc, chủ cơ sở cho thuê xe Hoa Xuân ở số 112 đường Nguyễn Sinh Sắc, cho biết mỗi tháng cơ sở phục vụ 600-700 lượt khách, thu nhập tăng gấp đôi so với trước khi làm du lịch.

Năm 2024, TP Sa Đéc phấn đấu đón 1,2 triệu lượt khách, trong đó khách đi tour xe đạp chiếm ít nhất 10%; đồng thời đầu tư 5,5 tỷ đồng nâng cấp 8 km đường giao thông nông thôn phục vụ du lịch. Sa Đéc hiện xếp thứ 2 trong các điểm đến thu hút khách nhiều nhất tỉnh, sau Khu di tích quốc gia đặc biệt Gò Tháp.

HOÀNG MINH

Tin cùng chuyên mục:
- Lễ hội Xuân Hồng 2024 khép lại với nhiều dấu ấn
- Đồng Tháp: công nhận thêm sản phẩm du lịch OCOP 4 sao
"""

M2 = per("2 tháng đầu năm", "2024-01-01", "2024-02-29")
M2Y = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng gần 20%", "20", 20, "percent", "%", approx="nearly", subject="lượng khách đến TP Sa Đéc", period=M2),
    fig("hơn 126.000 lượt", "126.000", 126000, "count", "lượt khách", approx="over",
        change=chg("increase", 19.6, "%", "cùng kỳ"), subject="lượt khách làng hoa đón", period=M2Y),
    fig("khoảng 8.400 lượt", "8.400", 8400, "count", "lượt khách", approx="about", total=126000,
        subject="lượt khách tham gia tour xe đạp", period=M2Y),
    fig("tới 7.000 lượt", "7.000", 7000, "count", "lượt khách",
        subject="lượt khách làng hoa đón trong ngày cao nhất dịp Tết Nguyên đán"),
    fig("có 14 điểm", "14", 14, "count", "điểm cho thuê xe đạp", subject="điểm cho thuê xe đạp"),
    fig("khoảng 350 xe", "350", 350, "count", "xe", approx="about", subject="xe đạp cho thuê"),
    fig("từ 30.000-50.000", "30.000", 30000, "money", "đồng/lượt", value_max=50000, subject="giá thuê xe đạp"),
    fig("dài 12 km", "12", 12, "measure", "km", subject="chiều dài tour trọn gói"),
    fig("kéo dài 3 giờ", "3", 3, "measure", "giờ", subject="thời gian tour trọn gói"),
    fig("giá 250.000", "250.000", 250000, "money", "đồng/khách", subject="giá tour trọn gói"),
    fig("phục vụ 600-700", "600", 600, "measure", "lượt khách/tháng", value_max=700,
        subject="lượt khách cơ sở cho thuê xe Hoa Xuân phục vụ mỗi tháng"),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="thu nhập của cơ sở cho thuê xe Hoa Xuân"),
    fig("đón 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", status="target",
        subject="lượt khách TP Sa Đéc đón", period=Y24),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ khách đi tour xe đạp", period=Y24),
    fig("đầu tư 5,5 tỷ", "5,5", 5.5e9, "money", "đồng", status="target",
        subject="vốn đầu tư nâng cấp đường giao thông nông thôn phục vụ du lịch", period=Y24),
    fig("nâng cấp 8 km", "8", 8, "measure", "km", status="target",
        subject="đường giao thông nông thôn nâng cấp phục vụ du lịch", period=Y24),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="điểm đến thu hút khách nhiều nhất tỉnh"),
]

NOTES = [
    "Provincial newspaper (Báo Đồng Tháp): menu, 'Thứ Hai, 11/03/2024 | 07:45', sapo with tag '(ĐTO) -', byline, related links.",
    "Distractors: 07:45, 'số 112 đường Nguyễn Sinh Sắc', 'Lễ hội Xuân Hồng 2024', 'OCOP 4 sao' in a link title",
    "(link titles are page furniture), 'Tết Nguyên đán'. Location: TP Sa Đéc for all figures (the paper's own city story).",
    "Sapo: 'lượng khách ... 2 tháng đầu năm tăng gần 20%' is a growth rate as the claim (percent, nearly); year from the dateline,",
    "2024 is a leap year -> end 2024-02-29. '8.400 lượt khách' follows 'trong đó' after 126.000 lượt khách (same unit and period): total.",
    "'có ngày ... đón tới 7.000 lượt khách': 'tới' (up to) is not an approx cue of the spec; no period (Tết has no date here).",
    "'mỗi tháng ... 600-700 lượt khách' is a rate (lượt khách/tháng). 'tăng gấp đôi so với trước khi làm du lịch': a multiple standing",
    "alone as the claim (đôi = 2), no base amount. 'Năm 2024 ... phấn đấu' governs the whole sentence incl. 'đồng thời ...': target.",
    "'ít nhất 10%': the share of a part with no number of its own -> percent figure, at_least. 'xếp thứ 2' rank (no period: 'hiện').",
]

if __name__ == "__main__":
    write("p1359-4", TEXT, NOTES, FIGS, published="2024-03-11", location="Sa Đéc")
