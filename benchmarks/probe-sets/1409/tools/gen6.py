"""p1409-6: national newspaper (VnExpress style): a ring smuggling precious timber from Laos, Quảng Bình."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Pháp luật

Thứ tư, 18/12/2024, 07:30 (GMT+7)

Bắt 9 người vận chuyển gần 60 m³ gỗ quý qua biên giới

Quảng BìnhNhóm đối tượng dùng xe tải chở gỗ trắc, gỗ cẩm lai từ Lào về, giấu dưới lớp sắn lát để qua mắt lực lượng chức năng.

Ngày 17/12, Công an tỉnh Quảng Bình cho biết đã phối hợp Chi cục Kiểm lâm và Bộ đội Biên phòng tỉnh triệt phá đường dây vận chuyển lâm sản trái phép, bắt 9 người, thu giữ 57,6 m³ gỗ quý hiếm cùng hai xe tải mang biển kiểm soát 73C-051.86 và 73H-112.40.

Theo cơ quan điều tra, trong khoảng 5 tháng, từ tháng 7 đến tháng 11, nhóm này đã vận chuyển trót lọt ít nhất 14 chuyến gỗ qua cửa khẩu Cha Lo. Mỗi chuyến xe chở từ 8 đến 12 m³ gỗ, nhóm thu lãi khoảng 150 triệu đồng. Gỗ trắc được bán lại với giá 60-80 triệu đồng/m³, cao gấp 4 lần giá mua tại biên giới.

Tại cơ quan công an, Hồ Văn Quý (SN 1985, trú xã Dân Hóa), người cầm đầu, khai đã thuê 6 lái xe và bốc vác với tiền công 500.000 đồng mỗi đêm.

"Đây là đường dây buôn lậu gỗ lớn nhất bị phát hiện trên địa bàn từ đầu năm", đại diện Chi cục Kiểm lâm nói. Theo đơn vị này, 11 tháng năm 2024, toàn tỉnh phát hiện 186 vụ vi phạm lâm luật, tịch thu 412 m³ gỗ, trong đó gỗ quý hiếm nhóm IA, IIA chiếm khoảng 18%. Quảng Bình hiện xếp thứ 5 cả nước về diện tích rừng với hơn 600.000 ha.

Các nghi phạm bị khởi tố về tội Vi phạm quy định về khai thác, bảo vệ rừng và lâm sản theo Điều 232 Bộ luật Hình sự.

Hoàng Táo
"""

RING = per("từ tháng 7 đến tháng 11", "2024-07-01", "2024-11-30")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")

FIGS = [
    fig("Bắt 9 người", "9", 9, "count", "người", subject="người vận chuyển gỗ quý qua biên giới"),
    fig("gần 60 m³", "60", 60, "measure", "m³", approx="nearly", subject="gỗ quý vận chuyển qua biên giới"),
    fig("bắt 9 người,", "9", 9, "count", "người", subject="người bị bắt trong đường dây vận chuyển lâm sản trái phép"),
    fig("thu giữ 57,6 m³", "57,6", 57.6, "measure", "m³", subject="gỗ quý hiếm thu giữ"),
    fig("cùng hai xe", "hai", 2, "count", "xe tải", subject="xe tải thu giữ"),
    fig("ít nhất 14 chuyến", "14", 14, "count", "chuyến", approx="at_least",
        subject="chuyến gỗ vận chuyển trót lọt qua cửa khẩu Cha Lo", period=RING),
    fig("từ 8 đến 12 m³", "8", 8, "measure", "m³/chuyến", value_max=12, subject="gỗ mỗi chuyến xe chở"),
    fig("khoảng 150 triệu", "150", 150e6, "money", "đồng/chuyến", approx="about",
        subject="tiền lãi mỗi chuyến"),
    fig("giá 60-80 triệu", "60", 60e6, "money", "đồng/m³", value_max=80e6,
        change=chg("increase", 4, "lần", "giá mua tại biên giới"),
        subject="giá bán lại gỗ trắc"),
    fig("thuê 6 lái xe", "6", 6, "count", "lái xe", subject="lái xe và bốc vác được thuê"),
    fig("công 500.000 đồng", "500.000", 500000, "money", "đồng/đêm", subject="tiền công mỗi đêm"),
    fig("phát hiện 186 vụ", "186", 186, "count", "vụ", subject="vụ vi phạm lâm luật", period=M11),
    fig("tịch thu 412 m³", "412", 412, "measure", "m³", subject="gỗ tịch thu", period=M11),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="gỗ quý hiếm nhóm IA, IIA trong gỗ tịch thu", period=M11),
    fig("xếp thứ 5", "5", 5, "rank", "hạng", subject="diện tích rừng"),
    fig("hơn 600.000 ha", "600.000", 600000, "measure", "ha", approx="over", subject="diện tích rừng"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ tư, 18/12/2024, 07:30 (GMT+7)' (published), sapo glued to the place name 'Quảng Bình', byline at the end.",
    "Distractors: '(GMT+7)', 07:30, 'Ngày 17/12', number plates 73C-051.86 and 73H-112.40, the duration 'trong khoảng 5 tháng', 'SN 1985',",
    "'nhóm IA, IIA', Điều 232 Bộ luật Hình sự.",
    "Location Quảng Bình throughout (the border gate Cha Lo and xã Dân Hóa are not districts); the rank is the province's, as in the shared gold.",
    "'từ tháng 7 đến tháng 11' takes 2024 from the dateline. 'Mỗi chuyến xe chở từ 8 đến 12 m³' → m³/chuyến; the profit in the same sentence is per trip.",
    "'60-80 triệu đồng/m³, cao gấp 4 lần giá mua tại biên giới' → change increase 4 lần. 'tiền công 500.000 đồng mỗi đêm' → đồng/đêm.",
    "'412 m³ gỗ, trong đó gỗ quý hiếm ... chiếm khoảng 18%' → a percent figure of its own (no amount of its own).",
    "Headline 9 người and 'gần 60 m³' are figures of their own; the body repeats 9 người.",
]

if __name__ == "__main__":
    write("p1409-6", TEXT, NOTES, FIGS, published="2024-12-18", location="Quảng Bình")
