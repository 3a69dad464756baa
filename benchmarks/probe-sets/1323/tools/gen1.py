"""p1323-1: province portal (Quảng Nam): OCOP points of sale at tourist sites, 9 months 2024; Hội An lanterns, Mỹ Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Trang chủ > Tin tức - Sự kiện > Kinh tế

Doanh thu điểm bán OCOP tại khu du lịch tăng gần 18%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, 46 điểm giới thiệu và bán sản phẩm OCOP tại các khu, điểm du lịch trên địa bàn tỉnh đạt doanh thu khoảng 38,6 tỷ đồng, tăng 17,8% so với cùng kỳ năm 2023. Trong đó, các điểm bán tại TP Hội An chiếm khoảng 62%. Riêng quý III, doanh thu đạt 15,4 tỷ đồng.

Toàn tỉnh hiện có 398 sản phẩm OCOP còn hiệu lực, trong đó 41 sản phẩm đạt 4 sao và 2 sản phẩm đạt 5 sao. Nhiều sản phẩm được đóng gói thành bộ quà tặng "Hội An 1999" để bán cho du khách.

Tại TP Hội An, Hợp tác xã Đèn lồng Phố Cổ có 27 thành viên, mỗi tháng làm ra từ 4.000 đến 5.000 chiếc đèn, giá bán từ 60.000 đến 350.000 đồng/chiếc. Theo ông Trần Văn Lợi, Giám đốc hợp tác xã, khoảng 70% sản phẩm được bán trực tiếp cho khách tham quan phố cổ.

Khu đền tháp Mỹ Sơn (huyện Duy Xuyên) vừa đưa vào hoạt động gian hàng OCOP rộng 120 m2 với hơn 150 sản phẩm của 35 chủ thể, trung bình mỗi ngày đón khoảng 300 lượt khách ghé mua.

Năm 2024, tỉnh phấn đấu doanh thu tại các điểm bán đạt 52 tỷ đồng; đến năm 2025 nâng số điểm bán tại khu du lịch lên ít nhất 60 điểm.

Tin liên quan:
- Khai mạc Lễ hội Đèn lồng Hội An lần thứ 12
- Quyết định số 2468/QĐ-UBND về công nhận sản phẩm OCOP đợt 2
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
HA, DX = "Hội An", "Duy Xuyên"

FIGS = [
    fig("tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="doanh thu điểm bán OCOP tại khu du lịch"),
    fig("46 điểm giới thiệu", "46", 46, "count", "điểm",
        subject="điểm giới thiệu và bán sản phẩm OCOP tại các khu, điểm du lịch", period=NINE),
    fig("khoảng 38,6 tỷ", "38,6", 38.6e9, "money", "đồng", approx="about",
        change=chg("increase", 17.8, "%", "cùng kỳ năm 2023"),
        subject="doanh thu của các điểm giới thiệu và bán sản phẩm OCOP", period=NINE),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="các điểm bán tại TP Hội An", period=inh(NINE), location=HA),
    fig("đạt 15,4 tỷ", "15,4", 15.4e9, "money", "đồng",
        subject="doanh thu", period=Q3),
    fig("có 398 sản phẩm", "398", 398, "count", "sản phẩm", subject="sản phẩm OCOP còn hiệu lực"),
    fig("41 sản phẩm", "41", 41, "count", "sản phẩm", total=398, subject="sản phẩm OCOP đạt 4 sao"),
    fig("và 2 sản phẩm", "2", 2, "count", "sản phẩm", total=398, subject="sản phẩm OCOP đạt 5 sao"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên",
        subject="thành viên Hợp tác xã Đèn lồng Phố Cổ", location=HA),
    fig("từ 4.000 đến 5.000 chiếc", "4.000", 4000, "measure", "chiếc đèn/tháng", value_max=5000,
        subject="đèn lồng hợp tác xã làm ra mỗi tháng", location=HA),
    fig("từ 60.000 đến 350.000", "60.000", 60000, "money", "đồng/chiếc", value_max=350000,
        subject="giá bán đèn lồng", location=HA),
    fig("khoảng 70% sản phẩm", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm được bán trực tiếp cho khách tham quan phố cổ", location=HA),
    fig("rộng 120 m2", "120", 120, "measure", "m2", subject="diện tích gian hàng OCOP Khu đền tháp Mỹ Sơn",
        location=DX),
    fig("hơn 150 sản phẩm", "150", 150, "count", "sản phẩm", approx="over",
        subject="sản phẩm tại gian hàng OCOP", location=DX),
    fig("35 chủ thể", "35", 35, "count", "chủ thể", subject="chủ thể có sản phẩm tại gian hàng OCOP",
        location=DX),
    fig("khoảng 300 lượt", "300", 300, "measure", "lượt khách/ngày", approx="about",
        subject="lượt khách ghé mua tại gian hàng mỗi ngày", location=DX),
    fig("đạt 52 tỷ", "52", 52e9, "money", "đồng", status="target",
        subject="doanh thu tại các điểm bán", period=Y24),
    fig("ít nhất 60 điểm", "60", 60, "count", "điểm", approx="at_least", status="target",
        subject="điểm bán tại khu du lịch", period=TO25),
]

NOTES = [
    "Province portal (Quảng Nam): OCOP points of sale at tourist sites, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, '4 sao', '5 sao' (star levels), bộ quà tặng \"Hội An 1999\" (product name), 'lần thứ 12', Quyết định số 2468/QĐ-UBND, 'đợt 2'.",
    "Headline 'tăng gần 18%' is a growth rate stated as the claim: percent figure, approx nearly, no period in the headline.",
    "'Trong đó, các điểm bán tại TP Hội An chiếm khoảng 62%' is a percent figure of its own (a share with no base amount), located in Hội An; period inherited.",
    "'Riêng quý III' takes 2024 from the earlier '9 tháng đầu năm 2024'; 'Riêng' is no part-of cue, so no total.",
    "41 and 2 products follow 'trong đó' after the 398 products: total 398. '4 sao', '5 sao' are levels, not figures.",
    "'mỗi tháng làm ra từ 4.000 đến 5.000 chiếc' is a rate (measure, chiếc/tháng); 'mỗi ngày đón khoảng 300 lượt khách' likewise (lượt khách/ngày).",
    "revised after the first run: 62% subject 'tỷ trọng doanh thu của các điểm bán tại TP Hội An' → 'các điểm bán tại TP Hội An' and",
    "quý III subject 'doanh thu của các điểm bán OCOP' → 'doanh thu' (the subject as the sentence names it); lantern unit 'chiếc/tháng' →",
    "'chiếc đèn/tháng' (the unit names what is counted: 'chiếc' alone is a classifier).",
    "Hội An passage → Hội An; Mỹ Sơn passage (huyện Duy Xuyên) → Duy Xuyên. 'phấn đấu' governs both clauses of the last sentence (target).",
]

if __name__ == "__main__":
    write("p1323-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Nam")
