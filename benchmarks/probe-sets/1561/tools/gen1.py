"""p1561-1: province portal (Đắk Lắk): water-saving irrigation area for coffee and other crops, as of 30/9/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Đắk Lắk: Gần 48.000 ha cây trồng được tưới tiết kiệm nước

Cập nhật: 15/10/2024 09:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh Đắk Lắk có 47.860 ha cây trồng cạn được áp dụng các biện pháp tưới tiết kiệm nước, tăng 5.320 ha so với cuối năm 2023, chiếm 13,4% diện tích cây công nghiệp dài ngày. Trong đó, cà phê 31.250 ha, hồ tiêu 9.480 ha, sầu riêng và cây ăn quả khác 7.130 ha.

Hình thức phổ biến nhất là tưới phun mưa tại gốc bằng béc tưới và ống tưới mềm, chiếm khoảng 70% diện tích; tưới nhỏ giọt mới đạt hơn 6.100 ha. So với tưới tràn bằng vòi, tưới tiết kiệm giúp giảm 30-40% lượng nước và giảm khoảng 20 công/ha/vụ, năng suất cà phê tăng từ 0,3 đến 0,5 tấn/ha.

Năm 2024, tỉnh bố trí 18,5 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới để hỗ trợ người dân mua sắm thiết bị tưới, mức hỗ trợ tối đa 50% chi phí nhưng không quá 40 triệu đồng/hộ. Từ đầu năm đến nay, đã có 1.274 hộ được hỗ trợ với số vốn giải ngân 13,4 tỷ đồng, đạt 72,4% kế hoạch.

Tại huyện Krông Pắc, Hợp tác xã Nông nghiệp Thành Công đã lắp đặt hệ thống tưới nhỏ giọt cho 85 ha cà phê của 62 thành viên, tổng chi phí khoảng 3,2 tỷ đồng, bình quân gần 38 triệu đồng/ha. Mỗi ha chỉ cần khoảng 1.200 m3 nước trong mùa khô, giảm khoảng 45% so với tưới bằng vòi.

Tin liên quan:
- Đắk Lắk chủ động phòng, chống hạn mùa khô 2024-2025
- Hội nghị tổng kết 5 năm thực hiện Đề án tái canh cà phê
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
KP = "Krông Pắc"
S = "diện tích cây trồng cạn được áp dụng tưới tiết kiệm nước"

FIGS = [
    fig("Gần 48.000 ha", "48.000", 48000, "measure", "ha", approx="nearly",
        subject="cây trồng được tưới tiết kiệm nước"),
    fig("có 47.860 ha", "47.860", 47860, "measure", "ha", percent=13.4,
        change=chg("increase", 5320, "ha", "cuối năm 2023"),
        subject=S, period=ASOF),
    fig("cà phê 31.250 ha", "31.250", 31250, "measure", "ha", total=47860,
        subject="diện tích cà phê tưới tiết kiệm nước", period=inh(ASOF)),
    fig("hồ tiêu 9.480 ha", "9.480", 9480, "measure", "ha", total=47860,
        subject="diện tích hồ tiêu tưới tiết kiệm nước", period=inh(ASOF)),
    fig("khác 7.130 ha", "7.130", 7130, "measure", "ha", total=47860,
        subject="diện tích sầu riêng và cây ăn quả khác tưới tiết kiệm nước", period=inh(ASOF)),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ trọng tưới phun mưa tại gốc bằng béc tưới và ống tưới mềm trong diện tích tưới tiết kiệm"),
    fig("hơn 6.100 ha", "6.100", 6100, "measure", "ha", approx="over",
        subject="diện tích tưới nhỏ giọt"),
    fig("giảm 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="lượng nước giảm nhờ tưới tiết kiệm so với tưới tràn bằng vòi"),
    fig("khoảng 20 công", "20", 20, "measure", "công/ha/vụ", approx="about",
        subject="công lao động giảm nhờ tưới tiết kiệm"),
    fig("từ 0,3 đến 0,5", "0,3", 0.3, "measure", "tấn/ha", value_max=0.5,
        subject="năng suất cà phê tăng"),
    fig("bố trí 18,5 tỷ", "18,5", 18.5e9, "money", "đồng",
        subject="vốn tỉnh bố trí hỗ trợ người dân mua sắm thiết bị tưới", period=Y24),
    fig("tối đa 50%", "50", 50, "percent", "%", approx="at_most",
        subject="mức hỗ trợ chi phí mua sắm thiết bị tưới", period=Y24),
    fig("không quá 40 triệu", "40", 40e6, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ thiết bị tưới mỗi hộ", period=Y24),
    fig("có 1.274 hộ", "1.274", 1274, "count", "hộ",
        subject="hộ được hỗ trợ mua sắm thiết bị tưới", period=YTD),
    fig("giải ngân 13,4 tỷ", "13,4", 13.4e9, "money", "đồng", percent=72.4,
        subject="vốn hỗ trợ thiết bị tưới giải ngân", period=YTD),
    fig("cho 85 ha", "85", 85, "measure", "ha",
        subject="diện tích cà phê Hợp tác xã Nông nghiệp Thành Công lắp đặt tưới nhỏ giọt", location=KP),
    fig("của 62 thành viên", "62", 62, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Thành Công có cà phê lắp tưới nhỏ giọt", location=KP),
    fig("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about",
        subject="tổng chi phí lắp đặt hệ thống tưới nhỏ giọt", location=KP),
    fig("gần 38 triệu", "38", 38e6, "money", "đồng/ha", approx="nearly",
        subject="chi phí lắp đặt tưới nhỏ giọt bình quân", location=KP),
    fig("khoảng 1.200 m3", "1.200", 1200, "measure", "m3/ha", approx="about",
        change=chg("decrease", 45, "%", "tưới bằng vòi", approx="about"),
        subject="lượng nước tưới cà phê mỗi ha trong mùa khô", location=KP),
]

NOTES = [
    "Province portal (Đắk Lắk): water-saving irrigation area as of 30/9/2024; breadcrumb, 'Cập nhật: 15/10/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, Lượt xem 1.386, 'tính đến ngày 30/9/2024', 'cuối năm 2023', 'mùa khô 2024-2025' and 'tổng kết 5 năm' in link titles.",
    "'tăng 5.320 ha so với cuối năm 2023' is the change of 47.860 ha (unit ha); 'chiếm 13,4%' its percent. 'Trong đó' parts after a sentence break take total 47.860.",
    "'giảm 30-40% lượng nước' is a rate that is the claim: a percent figure, no change. 'giảm khoảng 20 công/ha/vụ' likewise a figure of its own.",
    "'giải ngân 13,4 tỷ đồng, đạt 72,4% kế hoạch': percent attribute of the money (not of 1.274 hộ). 'Từ đầu năm đến nay' ends at the dateline.",
    "Cooperative passage in huyện Krông Pắc: location Krông Pắc; 'giảm khoảng 45% so với tưới bằng vòi' is the change of 1.200 m3/ha. 'trong mùa khô' gives no dated period.",
]

if __name__ == "__main__":
    write("p1561-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Đắk Lắk")
