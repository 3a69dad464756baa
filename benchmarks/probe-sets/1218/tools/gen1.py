"""p1218-1: Hưng Yên province portal, 9 months 2024 output of fan and appliance plants in industrial zones."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hưng Yên: 9 tháng sản xuất gần 4,8 triệu chiếc quạt điện

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.047

(hungyen.gov.vn) - Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp lắp ráp quạt điện và đồ gia dụng trong các khu công nghiệp của tỉnh Hưng Yên đã sản xuất 4.760 nghìn chiếc quạt điện các loại, đạt 76,5% kế hoạch năm, tăng 11,2% so với cùng kỳ năm 2023. Trong đó, quạt đứng 2.310 nghìn chiếc, quạt trần 1.140 nghìn chiếc, quạt treo tường và quạt hộp 1.310 nghìn chiếc.

Cũng trong 9 tháng, sản lượng nồi cơm điện đạt 1,92 triệu chiếc, tăng 8,4%; bình nước nóng đạt 356.000 chiếc, giảm 3,1% so với cùng kỳ do sức mua chậm lại. Giá trị sản xuất của nhóm ngành ước đạt 14.260 tỷ đồng.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất, lắp ráp quạt điện và đồ gia dụng, tập trung tại KCN Phố Nối A (11 doanh nghiệp), KCN Thăng Long II (6 doanh nghiệp) và KCN Minh Đức (4 doanh nghiệp). Các doanh nghiệp sử dụng hơn 9.400 lao động, thu nhập bình quân khoảng 8,6 triệu đồng/người/tháng.

Trong quý III, Công ty TNHH Điện gia dụng Sao Việt tại KCN Phố Nối A đã đưa thêm hai dây chuyền lắp ráp quạt tự động vào hoạt động, nâng công suất lên 1,5 triệu sản phẩm/năm. Công ty dự kiến tuyển thêm từ 250 đến 300 công nhân trong quý IV.

Theo Kế hoạch số 186/KH-UBND, năm 2024 tỉnh phấn đấu giá trị sản xuất nhóm ngành điện gia dụng đạt 18.500 tỷ đồng, chiếm khoảng 7% giá trị sản xuất công nghiệp toàn tỉnh.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD9 = P("9 tháng", "2024-01-01", "2024-09-30")
NINE_B = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
DN = "doanh nghiệp sản xuất, lắp ráp quạt điện và đồ gia dụng"

FIGS = [
    F("gần 4,8 triệu chiếc", "4,8", 4800000, "count", "chiếc", approx="nearly",
      subject="quạt điện sản xuất", period=HEAD9),
    F("sản xuất 4.760 nghìn chiếc", "4.760", 4760000, "count", "chiếc", percent=76.5,
      change=C("increase", 11.2, "%", "cùng kỳ năm 2023"),
      subject="quạt điện các loại sản xuất", period=NINE),
    F("quạt đứng 2.310 nghìn", "2.310", 2310000, "count", "chiếc", total=4760000,
      subject="quạt đứng sản xuất", period=I(NINE)),
    F("quạt trần 1.140 nghìn", "1.140", 1140000, "count", "chiếc", total=4760000,
      subject="quạt trần sản xuất", period=I(NINE)),
    F("quạt hộp 1.310 nghìn", "1.310", 1310000, "count", "chiếc", total=4760000,
      subject="quạt treo tường và quạt hộp sản xuất", period=I(NINE)),
    F("đạt 1,92 triệu chiếc", "1,92", 1920000, "count", "chiếc",
      change=C("increase", 8.4, "%"), subject="sản lượng nồi cơm điện", period=NINE_B),
    F("đạt 356.000 chiếc", "356.000", 356000, "count", "chiếc",
      change=C("decrease", 3.1, "%", "cùng kỳ"), subject="sản lượng bình nước nóng", period=NINE_B),
    F("ước đạt 14.260 tỷ", "14.260", 14260e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất của nhóm ngành", period=I(NINE_B)),
    F("hiện có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", subject=DN),
    F("(11 doanh nghiệp)", "11", 11, "count", "doanh nghiệp", subject=DN + " tại KCN Phố Nối A"),
    F("(6 doanh nghiệp)", "6", 6, "count", "doanh nghiệp", subject=DN + " tại KCN Thăng Long II"),
    F("(4 doanh nghiệp)", "4", 4, "count", "doanh nghiệp", subject=DN + " tại KCN Minh Đức"),
    F("hơn 9.400 lao động", "9.400", 9400, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp sử dụng"),
    F("khoảng 8,6 triệu", "8,6", 8600000, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập bình quân của lao động"),
    F("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền lắp ráp quạt tự động đưa thêm vào hoạt động", period=Q3),
    F("lên 1,5 triệu sản phẩm/năm", "1,5", 1500000, "measure", "sản phẩm/năm",
      subject="công suất của Công ty TNHH Điện gia dụng Sao Việt", period=Q3),
    F("từ 250 đến 300 công nhân", "250", 250, "count", "công nhân", value_max=300, status="forecast",
      subject="công nhân Công ty tuyển thêm", period=Q4),
    F("đạt 18.500 tỷ", "18.500", 18500e9, "money", "đồng", percent=7, status="target",
      subject="giá trị sản xuất nhóm ngành điện gia dụng", period=Y24),
]

NOTES = [
    "Province portal (Hưng Yên): fan and appliance assembly in industrial zones, 9 months 2024.",
    "Breadcrumb, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.047' (published). Distractors: 2.047 (view counter), 08:30,",
    "'Kế hoạch số 186/KH-UBND', 'KCN Thăng Long II', 'KCN Phố Nối A'.",
    "'4.760 nghìn chiếc' = 4 760 000; parts after 'Trong đó' (next sentence) take it as total; they add up (2.310+1.140+1.310).",
    "KCN list (11+6+4 = 21 of 27, 'tập trung tại') gets no total; a KCN is not a province/district, so it stays in the subject.",
    "'hiện' sentences get no period. Headline '9 tháng' takes 2024 (published). 'nâng công suất lên' is a level, not a change.",
    "'ước đạt 14.260 tỷ' stands in its own sentence: estimate, period inherited from 'Cũng trong 9 tháng'.",
]

if __name__ == "__main__":
    write("p1218-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
