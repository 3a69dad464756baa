"""p1257-1: province portal (Thanh Hóa): modern retail network and sales, 9 months 2024; chains in thị xã Nghi Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bán lẻ hiện đại chiếm gần 18% tổng mức bán lẻ

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Công Thương, tính đến ngày 30/9/2024, toàn tỉnh Thanh Hóa có 27 siêu thị, 4 trung tâm thương mại và 312 cửa hàng tiện lợi, siêu thị mini, tăng 46 cửa hàng so với cuối năm 2023. Trong đó, cửa hàng thuộc các chuỗi của doanh nghiệp trong tỉnh chiếm khoảng 40%.

Tổng mức bán lẻ hàng hóa 9 tháng đầu năm 2024 ước đạt 98.640 tỷ đồng, tăng 11,2% so với cùng kỳ, bằng 76,3% kế hoạch năm; trong đó doanh thu qua kênh bán lẻ hiện đại ước đạt 17.450 tỷ đồng, chiếm 17,7%.

Các chuỗi cửa hàng tiện lợi đang mở rộng mạnh về các huyện, thị xã. Tại thị xã Nghi Sơn, từ đầu năm đến nay có thêm 9 cửa hàng tiện lợi khai trương. Mỗi cửa hàng phục vụ bình quân từ 250 đến 300 lượt khách/ngày, doanh thu khoảng 20 triệu đồng/ngày.

Lao động làm việc tại các siêu thị, cửa hàng tiện lợi trên địa bàn tỉnh khoảng 3.800 người, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Năm 2024, tỉnh phấn đấu tỷ trọng bán lẻ hiện đại đạt 18% tổng mức bán lẻ hàng hóa, mục tiêu đến năm 2030 đạt ít nhất 30%. Giai đoạn 2024-2025, tỉnh phấn đấu thu hút đầu tư 5 siêu thị hạng III tại các huyện miền núi theo Quyết định số 2156/QĐ-UBND.

Tin liên quan:
- Khai trương siêu thị thứ 3 tại thành phố Sầm Sơn
- Thanh Hóa: Kết nối cung cầu nông sản, thực phẩm an toàn năm 2024
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G2425 = per("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
NS = "Nghi Sơn"
RETAIL = "tổng mức bán lẻ hàng hóa"

FIGS = [
    fig("gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="tỷ trọng bán lẻ hiện đại trong tổng mức bán lẻ"),
    fig("có 27 siêu thị", "27", 27, "count", "siêu thị", subject="siêu thị", period=ASOF),
    fig("4 trung tâm", "4", 4, "count", "trung tâm thương mại", subject="trung tâm thương mại", period=ASOF),
    fig("312 cửa hàng", "312", 312, "count", "cửa hàng",
        change=chg("increase", 46, "cửa hàng", "cuối năm 2023"),
        subject="cửa hàng tiện lợi, siêu thị mini", period=ASOF),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="cửa hàng thuộc các chuỗi của doanh nghiệp trong tỉnh", period=inh(ASOF)),
    fig("ước đạt 98.640 tỷ", "98.640", 98640e9, "money", "đồng", status="estimate", percent=76.3,
        change=chg("increase", 11.2, "%", "cùng kỳ"), subject=RETAIL, period=NINE),
    fig("ước đạt 17.450 tỷ", "17.450", 17450e9, "money", "đồng", status="estimate", total=98640e9,
        percent=17.7, subject="doanh thu qua kênh bán lẻ hiện đại", period=NINE),
    fig("thêm 9 cửa hàng", "9", 9, "count", "cửa hàng", subject="cửa hàng tiện lợi khai trương",
        period=YTD, location=NS),
    fig("từ 250 đến 300", "250", 250, "measure", "lượt khách/ngày", value_max=300,
        subject="lượt khách mỗi cửa hàng phục vụ bình quân", location=NS),
    fig("khoảng 20 triệu", "20", 20e6, "money", "đồng/ngày", approx="about",
        subject="doanh thu mỗi cửa hàng", location=NS),
    fig("khoảng 3.800 người", "3.800", 3800, "count", "người", approx="about",
        subject="lao động làm việc tại các siêu thị, cửa hàng tiện lợi"),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động tại các siêu thị, cửa hàng tiện lợi"),
    fig("đạt 18% tổng", "18", 18, "percent", "%", status="target",
        subject="tỷ trọng bán lẻ hiện đại trong tổng mức bán lẻ hàng hóa", period=Y24),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng bán lẻ hiện đại trong tổng mức bán lẻ hàng hóa", period=T30),
    fig("đầu tư 5 siêu thị", "5", 5, "count", "siêu thị", status="target",
        subject="siêu thị hạng III thu hút đầu tư tại các huyện miền núi", period=G2425),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, 'ngày 30/9/2024', 'cuối năm 2023' (baseline), 'hạng III', Quyết định số 2156/QĐ-UBND,",
    "'siêu thị thứ 3' (ordinal in a link), 'năm 2024' in a link title.",
    "Headline 'gần 18%' has no period and no status cue (actual). 'tăng 46 cửa hàng so với cuối năm 2023' is the change of 312 (last in list).",
    "'Trong đó, ... chiếm khoảng 40%' is a percent figure of its own (no base amount); as-of date inherited from the sentence before.",
    "'bằng 76,3% kế hoạch năm' → percent attribute of 98.640 tỷ; the part after 'trong đó' has total 98.640 tỷ and percent 17,7.",
    "Nghi Sơn passage: location Nghi Sơn; 'Mỗi cửa hàng ...' is a standing rate in its own sentence, no period.",
    "'Năm 2024, tỉnh phấn đấu ... 18%, mục tiêu đến năm 2030 đạt ít nhất 30%' → both target; 'Giai đoạn 2024-2025 ... phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1257-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
