"""p1244-1: province portal (Hải Dương): ba ba area and output 9 months 2024, prices, seed supply, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Hải Dương: Diện tích nuôi ba ba 9 tháng tăng hơn 12%

Cập nhật: 15/10/2024 10:25 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, diện tích nuôi ba ba trên địa bàn tỉnh Hải Dương đạt 186,5 ha, tăng 12,4% so với cùng kỳ năm 2023; sản lượng ba ba thương phẩm ước đạt 1.240 tấn, bằng 77,5% kế hoạch năm. Trong đó, ba ba hoa 1.105 tấn, ba ba gai 135 tấn.

Toàn tỉnh hiện có gần 900 hộ và 14 trang trại nuôi ba ba, tập trung tại các huyện Thanh Miện, Ninh Giang và Cẩm Giàng. Riêng huyện Thanh Miện có 62,3 ha, chiếm 33,4% diện tích nuôi của tỉnh; xã Ngũ Hùng được công nhận là làng nghề nuôi ba ba từ năm 2019.

Giá ba ba hoa thương phẩm hiện dao động từ 260.000 đến 290.000 đồng/kg, tăng khoảng 20.000 đồng/kg so với đầu năm; ba ba gai có giá trên 600.000 đồng/kg. Với năng suất bình quân 6,6 tấn/ha, mỗi hecta ao nuôi cho lãi từ 400 đến 500 triệu đồng sau khi trừ chi phí.

Từ đầu năm đến nay, các cơ sở sản xuất giống trong tỉnh đã cung ứng khoảng 1,8 triệu con giống. Lượng giống này mới đáp ứng gần 70% nhu cầu của người nuôi. Sở đã tổ chức 3 lớp tập huấn kỹ thuật cho hơn 240 lượt người.

Quý IV, ngành nông nghiệp phấn đấu đưa sản lượng cả năm đạt 1.600 tấn; đến năm 2025 nâng diện tích nuôi ba ba tập trung lên 220 ha, trong đó ít nhất 30% diện tích áp dụng quy trình VietGAP.

Tin liên quan:
- Hải Dương: Hội nghị triển khai Quyết định số 2156/QĐ-UBND về phát triển thủy sản
- Thanh Miện tổ chức Hội thi nhà nông giỏi lần thứ 4
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TM = "Thanh Miện"

FIGS = [
    fig("9 tháng tăng hơn 12%", "12", 12, "percent", "%", approx="over",
        subject="diện tích nuôi ba ba", period=NINE_H),
    fig("đạt 186,5 ha", "186,5", 186.5, "measure", "ha",
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="diện tích nuôi ba ba", period=NINE),
    fig("ước đạt 1.240 tấn", "1.240", 1240, "measure", "tấn", percent=77.5, status="estimate",
        subject="sản lượng ba ba thương phẩm", period=NINE),
    fig("ba ba hoa 1.105 tấn", "1.105", 1105, "measure", "tấn", total=1240, status="estimate",
        subject="sản lượng ba ba hoa", period=inh(NINE)),
    fig("ba ba gai 135 tấn", "135", 135, "measure", "tấn", total=1240, status="estimate",
        subject="sản lượng ba ba gai", period=inh(NINE)),
    fig("gần 900 hộ", "900", 900, "count", "hộ", approx="nearly", subject="hộ nuôi ba ba"),
    fig("14 trang trại", "14", 14, "count", "trang trại", subject="trang trại nuôi ba ba"),
    fig("có 62,3 ha", "62,3", 62.3, "measure", "ha", percent=33.4,
        subject="diện tích nuôi ba ba", location=TM),
    fig("từ 260.000 đến 290.000", "260.000", 260000, "money", "đồng/kg", value_max=290000,
        change=chg("increase", 20000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá ba ba hoa thương phẩm"),
    fig("trên 600.000 đồng/kg", "600.000", 600000, "money", "đồng/kg", approx="over",
        subject="giá ba ba gai"),
    fig("6,6 tấn/ha", "6,6", 6.6, "measure", "tấn/ha", subject="năng suất bình quân ao nuôi ba ba"),
    fig("từ 400 đến 500 triệu", "400", 400e6, "money", "đồng/ha", value_max=500e6,
        subject="lãi mỗi hecta ao nuôi"),
    fig("khoảng 1,8 triệu con", "1,8", 1.8e6, "count", "con giống", approx="about",
        subject="con giống các cơ sở sản xuất giống cung ứng", period=YTD),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="nhu cầu con giống của người nuôi được đáp ứng", period=inh(YTD)),
    fig("3 lớp", "3", 3, "count", "lớp", subject="lớp tập huấn kỹ thuật", period=inh(YTD)),
    fig("hơn 240 lượt", "240", 240, "count", "lượt người", approx="over",
        subject="lượt người được tập huấn", period=inh(YTD)),
    fig("đạt 1.600 tấn", "1.600", 1600, "measure", "tấn", status="target",
        subject="sản lượng ba ba cả năm", period=YEAR),
    fig("lên 220 ha", "220", 220, "measure", "ha", status="target",
        subject="diện tích nuôi ba ba tập trung", period=T25),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="diện tích nuôi ba ba áp dụng quy trình VietGAP", period=T25),
]

NOTES = [
    "Province portal (Hải Dương): ba ba area/output 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 10:25 | Lượt xem: 1.386', related links.",
    "Distractors: 10:25, Lượt xem 1.386, 'từ năm 2019', Quyết định số 2156/QĐ-UBND, 'lần thứ 4'.",
    "Headline 'tăng hơn 12%' is a growth rate as the claim: percent, no change; year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break take total 1.240 and its estimate status; their period is inherited.",
    "'chiếm 33,4%' is the share of 62,3 ha (Thanh Miện). 'tăng khoảng 20.000 đồng/kg so với đầu năm' is the change of the price range.",
    "'mỗi hecta ao nuôi cho lãi từ 400 đến 500 triệu' is a rate: đồng/ha. 'gần 70%' stands in its own sentence: a percent figure, not an attribute.",
    "'Từ đầu năm đến nay' ends at the dateline; the paragraph's later sentences inherit it.",
    "'ít nhất 30% diện tích' after 'trong đó' is a percent figure (a percent has no whole in ha), target, same sentence as 'đến năm 2025'.",
]

if __name__ == "__main__":
    write("p1244-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Hải Dương")
