"""p1516-2: district portal (huyện Chợ Gạo, Tiền Giang): mosquito coils handed to poor households, dengue figures."""
from lib import F, P, inh, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ GẠO
Tỉnh Tiền Giang
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Y tế

Trao hơn 8.000 hộp nhang muỗi cho hộ nghèo phòng chống sốt xuất huyết

18/07/2024 - 15:10

Ngày 17/7, Trung tâm Y tế huyện Chợ Gạo phối hợp với Hội Chữ thập đỏ huyện cấp phát nhang muỗi, kem xoa chống muỗi cho hộ nghèo, hộ cận nghèo tại 19 xã, thị trấn.

Đợt này, huyện cấp phát 8.250 hộp nhang muỗi và 3.100 tuýp kem xoa, tổng trị giá khoảng 142 triệu đồng, trong đó nguồn vận động mạnh thường quân là 95 triệu đồng. Mỗi hộ được nhận 5 hộp nhang muỗi và một tuýp kem.

Theo Trung tâm Y tế huyện, từ đầu năm đến ngày 15/7/2024, toàn huyện ghi nhận 214 ca sốt xuất huyết, tăng 36 ca so với cùng kỳ năm 2023, đứng thứ 3 toàn tỉnh; không có trường hợp tử vong. Xã Long Bình Điền và xã Song Bình có số ca mắc cao nhất, lần lượt 31 ca và 27 ca.

Trong 6 tháng đầu năm, ngành y tế huyện đã tổ chức 4 đợt chiến dịch diệt lăng quăng với sự tham gia của khoảng 1.500 lượt tình nguyện viên; phun hóa chất diệt muỗi chủ động tại 2.860 hộ gia đình, đạt 100% kế hoạch.

Ông Nguyễn Văn Tâm, Giám đốc Trung tâm Y tế huyện cho biết, năm nay huyện phấn đấu giảm ít nhất 10% số ca mắc so với năm 2023; đồng thời khuyến cáo người dân ngủ mùng, dùng nhang muỗi, bình xịt côn trùng đúng hướng dẫn, không mua sản phẩm không rõ nguồn gốc.

Nguồn: Trung tâm Y tế huyện Chợ Gạo
Địa chỉ: Khu phố 2, thị trấn Chợ Gạo, huyện Chợ Gạo, tỉnh Tiền Giang
Điện thoại: 0273.3855.115
"""

YTD = P("từ đầu năm đến ngày 15/7/2024", "2024-01-01", "2024-07-15")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y = P("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 8.000 hộp", "8.000", 8000, "count", "hộp", approx="over",
      subject="nhang muỗi trao cho hộ nghèo"),
    F("tại 19 xã", "19", 19, "count", "xã, thị trấn",
      subject="xã, thị trấn có hộ nghèo, hộ cận nghèo được cấp phát"),
    F("cấp phát 8.250 hộp", "8.250", 8250, "count", "hộp", subject="nhang muỗi huyện cấp phát"),
    F("3.100 tuýp", "3.100", 3100, "count", "tuýp", subject="kem xoa cấp phát"),
    F("khoảng 142 triệu", "142", 142e6, "money", "đồng", approx="about", subject="tổng trị giá"),
    F("là 95 triệu", "95", 95e6, "money", "đồng", total=142e6,
      subject="nguồn vận động mạnh thường quân"),
    F("nhận 5 hộp", "5", 5, "measure", "hộp/hộ", subject="nhang muỗi mỗi hộ được nhận"),
    F("và một tuýp kem", "một", 1, "measure", "tuýp/hộ", subject="kem mỗi hộ được nhận"),
    F("ghi nhận 214 ca", "214", 214, "count", "ca", change=C("increase", 36, "ca", "cùng kỳ năm 2023"),
      subject="ca sốt xuất huyết", period=YTD),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="số ca sốt xuất huyết", period=YTD),
    F("lần lượt 31 ca", "31", 31, "count", "ca", subject="số ca mắc", period=inh(YTD)),
    F("và 27 ca", "27", 27, "count", "ca", subject="số ca mắc", period=inh(YTD)),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt", subject="đợt chiến dịch diệt lăng quăng", period=H1),
    F("khoảng 1.500 lượt", "1.500", 1500, "count", "lượt tình nguyện viên", approx="about",
      subject="lượt tình nguyện viên tham gia chiến dịch diệt lăng quăng", period=H1),
    F("tại 2.860 hộ", "2.860", 2860, "count", "hộ gia đình", percent=100,
      subject="hộ gia đình được phun hóa chất diệt muỗi chủ động", period=H1),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="giảm số ca mắc so với năm 2023", period=Y),
]

NOTES = [
    "District portal (huyện Chợ Gạo, Tiền Giang): mosquito coils and repellent cream for poor households; dengue cases.",
    "Distractors: '18/07/2024 - 15:10', 'Ngày 17/7', 'Khu phố 2', phone 0273.3855.115; the as-of date 15/7/2024 is a period, not a figure.",
    "Location default Chợ Gạo (district portal). The two communes of the 'lần lượt' list are below the levels FIGURES.md allows",
    "for location (province, city or district): their items keep the district, Chợ Gạo (revised after the first run; was the commune).",
    "'Mỗi hộ được nhận 5 hộp ... và một tuýp' are per-household rates: measure, unit hộp/hộ, tuýp/hộ.",
    "'tăng 36 ca so với cùng kỳ năm 2023' is a change in ca; 'đạt 100% kế hoạch' a percent attribute.",
    "'phấn đấu giảm ít nhất 10% số ca mắc' is a target rate (percent, at_least), 'năm nay' = 2024 (published).",
    "The one-day event figures (Ngày 17/7) carry no period.",
]

if __name__ == "__main__":
    write("p1516-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Chợ Gạo")
