import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """BÁO AN GIANG
Kinh tế › Thương mại

An Giang: Bắt giữ hơn 1.100 vụ buôn lậu, gian lận thương mại

Tuyến biên giới An Giang dài gần 96 km, tiếp giáp Vương quốc Campuchia, có nhiều kênh rạch nên tình hình buôn lậu diễn biến phức tạp. Từ đầu năm đến ngày 15/12/2023, các lực lượng chức năng trong tỉnh đã bắt giữ 1.126 vụ buôn lậu, gian lận thương mại và hàng giả, giảm 8,3% so với cùng kỳ; trị giá hàng hóa vi phạm hơn 42,6 tỷ đồng. Trong đó, Bộ đội Biên phòng tỉnh bắt giữ 388 vụ, Công an tỉnh 341 vụ, Cục Hải quan An Giang 215 vụ. Các vụ việc tập trung tại thị xã Tịnh Biên (402 vụ), thị xã Tân Châu (287 vụ) và huyện An Phú (196 vụ).

Hàng hóa bị bắt giữ chủ yếu là đường cát (hơn 312 tấn), thuốc lá điếu (gần 85.000 gói), vải các loại (18.400 mét) và pháo nổ (1.050 kg). Theo Ban Chỉ đạo 389 tỉnh, các đối tượng thường chia nhỏ hàng, vận chuyển bằng xuồng máy vào ban đêm qua kênh Vĩnh Tế và Quốc lộ 91.

Cùng với chống buôn lậu, Cục Hải quan An Giang đẩy mạnh tạo thuận lợi thương mại. 11 tháng năm 2023, đơn vị làm thủ tục cho 12.587 tờ khai, kim ngạch đạt 812 triệu USD; thu ngân sách 298,5 tỷ đồng, vượt 19,4% chỉ tiêu. Thời gian thông quan hàng xuất khẩu qua cửa khẩu quốc tế Tịnh Biên, Vĩnh Xương giảm còn dưới 2 giờ; 92% doanh nghiệp được khảo sát hài lòng với thủ tục hải quan điện tử.

Năm 2024, tỉnh phấn đấu kéo giảm từ 5 đến 10% số vụ buôn lậu so với năm 2023.

HỮU HUỆ
20/12/2023
"""

P = per("Từ đầu năm đến ngày 15/12/2023", "2023-01-01", "2023-12-15")
M11 = per("11 tháng năm 2023", "2023-01-01", "2023-11-30")

FIGS = [
    fig("hơn 1.100 vụ", "1.100", 1100, "count", "vụ", "vụ buôn lậu, gian lận thương mại bắt giữ", inh(P), approx="over"),
    fig("dài gần 96 km", "96", 96, "measure", "km", "tuyến biên giới An Giang dài", approx="nearly"),
    fig("bắt giữ 1.126 vụ", "1.126", 1126, "count", "vụ", "vụ buôn lậu, gian lận thương mại và hàng giả bắt giữ", P,
        change=chg("decrease", 8.3, baseline="cùng kỳ")),
    fig("hơn 42,6 tỷ đồng", "42,6", 42.6e9, "money", "đồng", "trị giá hàng hóa vi phạm", P, approx="over"),
    fig("bắt giữ 388 vụ", "388", 388, "count", "vụ", "vụ Bộ đội Biên phòng tỉnh bắt giữ", inh(P), total=1126),
    fig("Công an tỉnh 341 vụ", "341", 341, "count", "vụ", "vụ Công an tỉnh bắt giữ", inh(P), total=1126),
    fig("An Giang 215 vụ", "215", 215, "count", "vụ", "vụ Cục Hải quan An Giang bắt giữ", inh(P), total=1126),
    fig("(402 vụ)", "402", 402, "count", "vụ", "vụ việc", inh(P), location="Tịnh Biên"),
    fig("(287 vụ)", "287", 287, "count", "vụ", "vụ việc", inh(P), location="Tân Châu"),
    fig("(196 vụ)", "196", 196, "count", "vụ", "vụ việc", inh(P), location="An Phú"),
    fig("(hơn 312 tấn)", "312", 312, "measure", "tấn", "đường cát bị bắt giữ", inh(P), approx="over"),
    fig("(gần 85.000 gói)", "85.000", 85000, "count", "gói", "thuốc lá điếu bị bắt giữ", inh(P), approx="nearly"),
    fig("(18.400 mét)", "18.400", 18400, "measure", "mét", "vải các loại bị bắt giữ", inh(P)),
    fig("(1.050 kg)", "1.050", 1050, "measure", "kg", "pháo nổ bị bắt giữ", inh(P)),
    fig("cho 12.587 tờ khai", "12.587", 12587, "count", "tờ khai", "tờ khai đơn vị làm thủ tục", M11),
    fig("đạt 812 triệu USD", "812", 812e6, "money", "USD", "kim ngạch", M11),
    fig("ngân sách 298,5 tỷ đồng", "298,5", 298.5e9, "money", "đồng", "thu ngân sách", M11,
        change=chg("increase", 19.4, baseline="chỉ tiêu")),
    fig("dưới 2 giờ", "2", 2, "measure", "giờ", "thời gian thông quan hàng xuất khẩu qua cửa khẩu quốc tế Tịnh Biên, Vĩnh Xương",
        inh(M11), approx="under"),
    fig("92% doanh nghiệp", "92", 92, "percent", "%", "doanh nghiệp được khảo sát hài lòng với thủ tục hải quan điện tử", inh(M11)),
    fig("từ 5 đến 10%", "5", 5, "percent", "%", "số vụ buôn lậu kéo giảm so với năm 2023", per("Năm 2024", "2024-01-01", "2024-12-31"),
        value_max=10, status="target"),
]

COMMENTS = [
    "revised after the first run: subjects trimmed to the words of the figure's own sentence (FIGURES.md 'as the sentence names it'); see REPORT.md.",
    "Party newspaper (Báo An Giang): anti-smuggling 2023 — seizures by agency and by district, goods seized, customs facilitation 11 months, 2024 target.",
    "Byline + bare date at the end (20/12/2023) = published. 'Từ đầu năm đến ngày 15/12/2023' = 2023-01-01 .. 2023-12-15.",
    "'Trong đó' agency parts get total 1.126 (cue after the whole; they need not add up). The district list in brackets has no cue and does",
    "not add up: no total; each district is the item's location (thị xã Tịnh Biên, thị xã Tân Châu, huyện An Phú), subject the list's indicator.",
    "The clearance time through 'cửa khẩu quốc tế Tịnh Biên, Vĩnh Xương' (two gates, two districts) stays An Giang.",
    "'vượt 19,4% chỉ tiêu' = change against the plan. 'kéo giảm từ 5 đến 10%' is a rate as the claim: percent range, status target.",
    "Distractors: Ban Chỉ đạo 389, Quốc lộ 91, date 15/12/2023 inside the period, byline date.",
]

if __name__ == "__main__":
    emit("p613-5", TEXT, COMMENTS, FIGS, published="2023-12-20", location="An Giang")
