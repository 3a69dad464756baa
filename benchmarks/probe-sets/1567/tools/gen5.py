"""p1567-5: national newspaper: Vietnam's slipper exports pass 2 billion USD in 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa

Thứ sáu, 27/12/2024, 06:00 (GMT+7)

Xuất khẩu dép lần đầu vượt 2 tỷ USD

Dép lê, dép tông, dép xốp "made in Vietnam" có mặt ngày càng nhiều ở Mỹ và châu Âu, nhưng doanh nghiệp đang chịu sức ép giá nguyên liệu.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), 11 tháng năm 2024, kim ngạch xuất khẩu nhóm dép (dép lê, dép tông, dép xốp và guốc) đạt 2,06 tỷ USD, tăng 14,2% so với cùng kỳ năm 2023 và chiếm khoảng 9% kim ngạch toàn ngành da giày. Hiệp hội ước tính cả năm con số này đạt 2,25-2,3 tỷ USD.

Mỹ vẫn là thị trường lớn nhất với 780 triệu USD, tiếp đến là EU 455 triệu USD và Nhật Bản 162 triệu USD. Riêng guốc gỗ là mặt hàng ngách, xuất khẩu chưa đến 15 triệu USD mỗi năm.

Cả nước có khoảng 320 doanh nghiệp sản xuất dép, tập trung ở TP HCM, Bình Dương, Đồng Nai và Hải Phòng; bốn địa phương này chiếm hơn 70% năng lực sản xuất.

Ông Trần Quốc Bảo, Tổng giám đốc Công ty cổ phần Dép Nam Việt (TP Thuận An, Bình Dương), cho biết giá hạt nhựa EVA trong năm nay tăng từ 1.450 USD lên 1.680 USD một tấn, trong khi giá xuất khẩu bình quân một đôi dép xốp chỉ khoảng 2,4 USD. "Đơn hàng quý I/2025 của công ty đã kín 85% công suất", ông Bảo nói.

Trên thị trường nội địa, dép nhựa giá rẻ nhập từ Trung Quốc chiếm gần 50% lượng bán ra tại các chợ đầu mối. Lefaso dự báo năm 2025 xuất khẩu nhóm dép tăng 10-12%.

Minh Châu
"""

M11 = period("11 tháng năm 2024", "2024-01-01", "2024-11-30")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
NOW = period("trong năm nay", "2024-01-01", "2024-12-31")
Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
MARKET = "kim ngạch xuất khẩu nhóm dép sang thị trường"

FIGS = [
    F("vượt 2 tỷ", "2", 2e9, "money", "USD", approx="over", subject="xuất khẩu dép"),
    F("đạt 2,06 tỷ", "2,06", 2.06e9, "money", "USD", percent=9,
      change=change("increase", 14.2, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu nhóm dép", period=M11),
    F("đạt 2,25-2,3 tỷ", "2,25", 2.25e9, "money", "USD", value_max=2.3e9, status="estimate",
      subject="kim ngạch xuất khẩu nhóm dép cả năm", period=YEAR),
    F("với 780 triệu", "780", 780e6, "money", "USD", subject=MARKET + " Mỹ", period=inherit(M11)),
    F("EU 455 triệu", "455", 455e6, "money", "USD", subject=MARKET + " EU", period=inherit(M11)),
    F("Nhật Bản 162 triệu", "162", 162e6, "money", "USD", subject=MARKET + " Nhật Bản", period=inherit(M11)),
    F("chưa đến 15 triệu", "15", 15e6, "money", "USD/năm", approx="under", subject="xuất khẩu guốc gỗ mỗi năm"),
    F("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất dép"),
    F("bốn địa phương", "bốn", 4, "count", "địa phương", optional=True),
    F("hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ trọng của bốn địa phương trong năng lực sản xuất dép"),
    F("từ 1.450 USD", "1.450", 1450, "money", "USD/tấn", optional=True,
      subject="giá hạt nhựa EVA đầu năm", period=NOW),
    F("lên 1.680 USD", "1.680", 1680, "money", "USD/tấn", subject="giá hạt nhựa EVA", period=NOW),
    F("khoảng 2,4 USD", "2,4", 2.4, "money", "USD/đôi", approx="about",
      subject="giá xuất khẩu bình quân một đôi dép xốp"),
    F("kín 85%", "85", 85, "percent", "%", subject="đơn hàng của công ty đã kín công suất",
      period=Q1, location="Thuận An"),
    F("gần 50%", "50", 50, "percent", "%", approx="nearly",
      subject="tỷ trọng dép nhựa giá rẻ nhập từ Trung Quốc trong lượng bán ra tại các chợ đầu mối"),
    F("tăng 10-12%", "10", 10, "percent", "%", value_max=12, status="forecast",
      subject="xuất khẩu nhóm dép", period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 27/12/2024, 06:00 (GMT+7)' (published), headline with a figure, sapo, byline.",
    "Distractors: 06:00, (GMT+7), 'made in Vietnam', 'hạt nhựa EVA', the baselines 'năm 2023' and the period phrases.",
    "Location Việt Nam (Lefaso's national figures); trade partners (Mỹ, EU, Nhật Bản, Trung Quốc) are not places of the figures;",
    "the provinces listed after the national count of 320 firms do not make '70%' provincial. The 85% quote is the company's own",
    "capacity ('của công ty', TP Thuận An) → Thuận An; the EVA and average export prices are market figures → Việt Nam.",
    "Headline 'lần đầu vượt 2 tỷ USD': 'vượt' + an amount reads 'over' (no plan follows, so it is no change to a plan).",
    "'đạt 2,06 tỷ USD, tăng 14,2% ... và chiếm khoảng 9% kim ngạch toàn ngành' → change and percent attributes.",
    "'Hiệp hội ước tính cả năm ... 2,25-2,3 tỷ USD' → estimate, range; 'cả năm' → 2024.",
    "List 'Mỹ ... 780 triệu USD, tiếp đến là EU 455 ... và Nhật Bản 162 ...': each item a figure, subject names the market; period inherited.",
    "'chưa đến 15 triệu USD mỗi năm' → under, unit USD/năm. 'bốn địa phương này' refers back to the list: optional.",
    "'tăng từ 1.450 USD lên 1.680 USD một tấn': the new price is the figure; the old one is optional (as in probe 1242's 'từ 40 triệu lên 50 triệu').",
    "'trong năm nay' → 2024 (published year). 'một đôi' / 'một tấn' are denominators, not figures.",
    "'Lefaso dự báo năm 2025 ... tăng 10-12%' → forecast growth rate as the claim (percent, no change).",
]

if __name__ == "__main__":
    write("p1567-5", TEXT, NOTES, FIGS, published="2024-12-27", location="Việt Nam")
