"""p1157-5: Party newspaper (Báo Đắk Nông), a couple's roasting workshop in Gia Nghĩa; province figures; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Khởi nghiệp từ xưởng rang cà phê sạch

Từ một xưởng rang nhỏ ở phường Nghĩa Tân, TP Gia Nghĩa, vợ chồng anh Trần Quốc Bảo đã xây dựng thương hiệu cà phê rang mộc được nhiều khách hàng trong và ngoài tỉnh tin dùng.

Năm 2020, anh Bảo đầu tư hai máy rang công suất 15 kg/mẻ với tổng chi phí khoảng 450 triệu đồng. Hiện mỗi tháng xưởng rang khoảng 4 tấn cà phê, doanh thu bình quân trên 600 triệu đồng/tháng, lãi từ 80 đến 100 triệu đồng. Xưởng tạo việc làm cho 9 lao động địa phương với mức lương 6-8 triệu đồng/người/tháng. Theo anh Bảo, cà phê nhân rang tại xưởng hao hụt khoảng 18-20% trọng lượng, nên anh chỉ nhập hạt chín đều, độ ẩm không quá 13%. Năm 2023, sản phẩm cà phê bột của cơ sở được công nhận OCOP 4 sao.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh Đắk Nông hiện có 93 cơ sở rang xay cà phê, trong đó 27 cơ sở đã có nhãn hiệu, mã vạch. Từ đầu năm đến nay, các cơ sở tiêu thụ khoảng 1.320 tấn cà phê bột, cà phê hạt rang, đạt 88% kế hoạch năm, tăng 9,1% so với cùng kỳ. Tỉnh đặt mục tiêu đến năm 2025 có ít nhất 20% sản lượng cà phê được chế biến sâu; hiện tỷ lệ này mới đạt 7,8%.

Để hỗ trợ các cơ sở, năm nay tỉnh dành 3,5 tỷ đồng từ nguồn khuyến công, khuyến nông cho 12 dự án đổi mới máy rang, máy đóng gói; mỗi dự án được hỗ trợ từ 150 đến 400 triệu đồng.

PHAN TUÂN
24/10/2024
"""

Y20 = P("Năm 2020", "2020-01-01", "2020-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-24")
T25 = P("đến năm 2025", None, "2025-12-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
GN = "Gia Nghĩa"

FIGS = [
    F("Từ một xưởng", "một", 1, "count", "xưởng rang", optional=True, subject="xưởng rang", location=GN),
    F("hai máy rang", "hai", 2, "count", "máy rang", subject="máy rang anh Bảo đầu tư", period=Y20, location=GN),
    F("15 kg/mẻ", "15", 15, "measure", "kg/mẻ", subject="công suất máy rang", period=Y20, location=GN),
    F("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about",
      subject="tổng chi phí đầu tư máy rang", period=Y20, location=GN),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn/tháng", approx="about",
      subject="cà phê xưởng rang mỗi tháng", location=GN),
    F("trên 600 triệu", "600", 600e6, "money", "đồng/tháng", approx="over",
      subject="doanh thu bình quân của xưởng", location=GN),
    F("từ 80 đến 100 triệu", "80", 80e6, "money", "đồng", value_max=100e6,
      subject="lãi của xưởng mỗi tháng", location=GN),
    F("cho 9 lao động", "9", 9, "count", "lao động", subject="lao động địa phương có việc làm tại xưởng",
      location=GN),
    F("6-8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
      subject="mức lương lao động tại xưởng", location=GN),
    F("khoảng 18-20%", "18", 18, "percent", "%", value_max=20, approx="about",
      subject="tỷ lệ hao hụt trọng lượng cà phê nhân rang tại xưởng", location=GN),
    F("không quá 13%", "13", 13, "percent", "%", approx="at_most", subject="độ ẩm hạt cà phê nhập về xưởng", location=GN),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP của cà phê bột", location=GN),
    F("có 93 cơ sở", "93", 93, "count", "cơ sở", subject="cơ sở rang xay cà phê"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", total=93, subject="cơ sở rang xay đã có nhãn hiệu, mã vạch"),
    F("khoảng 1.320 tấn", "1.320", 1320, "measure", "tấn", approx="about", percent=88,
      change=C("increase", 9.1, "%", "cùng kỳ"),
      subject="cà phê bột, cà phê hạt rang các cơ sở tiêu thụ", period=YTD),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ sản lượng cà phê được chế biến sâu", period=T25),
    F("đạt 7,8%", "7,8", 7.8, "percent", "%", subject="tỷ lệ sản lượng cà phê được chế biến sâu"),
    F("dành 3,5 tỷ", "3,5", 3.5e9, "money", "đồng",
      subject="kinh phí khuyến công, khuyến nông hỗ trợ đổi mới máy rang, máy đóng gói", period=NOW),
    F("cho 12 dự án", "12", 12, "count", "dự án", subject="dự án đổi mới máy rang, máy đóng gói được hỗ trợ",
      period=NOW),
    F("từ 150 đến 400 triệu", "150", 150e6, "money", "đồng/dự án", value_max=400e6,
      subject="mức hỗ trợ mỗi dự án", period=NOW),
]

NOTES = [
    "Party newspaper (Báo Đắk Nông): headline, lead, body; byline 'PHAN TUÂN' and bare date '24/10/2024' at the end (published).",
    "Workshop in phường Nghĩa Tân, TP Gia Nghĩa: its figures take location Gia Nghĩa, also in the sentences after it (anh Bảo, xưởng).",
    "The roasting loss 'rang tại xưởng' (18-20%) and the moisture limit of the beans he buys belong to the workshop: Gia Nghĩa.",
    "'Từ một xưởng rang nhỏ' is the indefinite 'a' (optional); 'hai máy rang' is a number word (required). OCOP '4 sao' is a rating (optional).",
    "'mỗi tháng … khoảng 4 tấn' -> tấn/tháng; 'lãi từ 80 đến 100 triệu đồng' without '/tháng' stays đồng.",
    "'Từ đầu năm đến nay' ends at the published date. 'đến năm 2025 … ít nhất 20%' is a target figure of its own; '7,8%' after it is actual with no target attribute.",
    "'năm nay' = 2024 (published). Distractors: 'Năm 2020', 'Năm 2023' (periods), dateline.",
]

if __name__ == "__main__":
    write("p1157-5", TEXT, NOTES, FIGS, published="2024-10-24", location="Đắk Nông")
