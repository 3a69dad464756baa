"""p1429-1: province portal (Khánh Hòa): white sand output 9 months 2024, a quartz-sand firm in Cam Ranh."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Khánh Hòa: Sản lượng cát trắng khai thác 9 tháng đạt gần 1,9 triệu tấn

Cập nhật: 15/10/2024 09:30 | Lượt xem: 3.128

Theo Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, các đơn vị được cấp phép trên địa bàn tỉnh khai thác 1,86 triệu tấn cát trắng, tăng 12,4% so với cùng kỳ năm 2023, bằng 71,5% kế hoạch năm. Trong đó, cát thạch anh đã qua tuyển rửa đạt 1,12 triệu tấn, cát nguyên khai 740.000 tấn.

Hiện toàn tỉnh có 9 giấy phép khai thác cát trắng còn hiệu lực với tổng diện tích gần 820 ha, tập trung ở TP Cam Ranh và huyện Vạn Ninh. Tổng trữ lượng cát trắng đã được phê duyệt khoảng 96 triệu tấn, hàm lượng SiO2 phổ biến từ 98,5 đến 99,6%.

Tại phường Cam Nghĩa, TP Cam Ranh, Công ty cổ phần Khoáng sản Thạch Anh Cam Ranh vận hành nhà máy tuyển rửa công suất 450.000 tấn/năm. Từ đầu năm đến nay, công ty xuất khẩu 318.000 tấn cát sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc), kim ngạch đạt 15,7 triệu USD, chiếm khoảng 42% kim ngạch xuất khẩu khoáng sản của tỉnh. Giá xuất khẩu bình quân khoảng 49 USD/tấn, cao hơn 3 USD/tấn so với năm 2023.

Thu ngân sách từ hoạt động khai thác cát trắng 9 tháng ước đạt 186 tỷ đồng, gồm thuế tài nguyên 74 tỷ đồng, phí bảo vệ môi trường 31 tỷ đồng và tiền cấp quyền khai thác khoáng sản 81 tỷ đồng.

Quý IV, tỉnh phấn đấu khai thác thêm khoảng 700.000 tấn, đưa sản lượng cả năm lên trên 2,5 triệu tấn. Sở đề nghị các đơn vị thực hiện đúng Giấy phép số 15/GP-UBND và hoàn nguyên môi trường sau khai thác.

Tin liên quan:
- Khánh Hòa: Đấu giá quyền khai thác khoáng sản năm 2025
- Hội thảo phát triển vật liệu silicat lần thứ 3
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
CR = "Cam Ranh"

FIGS = [
    F("đạt gần 1,9 triệu", "1,9", 1.9e6, "measure", "tấn", approx="nearly",
      subject="sản lượng cát trắng khai thác", period=NINE_H),
    F("khai thác 1,86 triệu", "1,86", 1.86e6, "measure", "tấn", percent=71.5,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="cát trắng các đơn vị được cấp phép khai thác", period=NINE),
    F("tuyển rửa đạt 1,12 triệu", "1,12", 1.12e6, "measure", "tấn", total=1.86e6,
      subject="cát thạch anh đã qua tuyển rửa", period=I(NINE)),
    F("nguyên khai 740.000", "740.000", 740000, "measure", "tấn", total=1.86e6,
      subject="cát nguyên khai", period=I(NINE)),
    F("có 9 giấy phép", "9", 9, "count", "giấy phép",
      subject="giấy phép khai thác cát trắng còn hiệu lực"),
    F("gần 820 ha", "820", 820, "measure", "ha", approx="nearly",
      subject="tổng diện tích giấy phép khai thác cát trắng"),
    F("khoảng 96 triệu", "96", 96e6, "measure", "tấn", approx="about",
      subject="tổng trữ lượng cát trắng đã được phê duyệt"),
    F("từ 98,5 đến 99,6%", "98,5", 98.5, "percent", "%", value_max=99.6,
      subject="hàm lượng SiO2 của cát trắng"),
    F("450.000 tấn/năm", "450.000", 450000, "measure", "tấn/năm",
      subject="công suất nhà máy tuyển rửa", location=CR),
    F("xuất khẩu 318.000 tấn", "318.000", 318000, "measure", "tấn",
      subject="cát công ty xuất khẩu", period=YTD, location=CR),
    F("đạt 15,7 triệu USD", "15,7", 15.7e6, "money", "USD", percent=42,
      subject="kim ngạch xuất khẩu cát của công ty", period=YTD, location=CR),
    F("khoảng 49 USD/tấn", "49", 49, "money", "USD/tấn", approx="about",
      change=C("increase", 3, "USD/tấn", "năm 2023"),
      subject="giá xuất khẩu bình quân", period=I(YTD), location=CR),
    F("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", status="estimate",
      subject="thu ngân sách từ hoạt động khai thác cát trắng", period=NINE_H),
    F("tài nguyên 74 tỷ", "74", 74e9, "money", "đồng", total=186e9, status="estimate",
      subject="thuế tài nguyên", period=NINE_H),
    F("môi trường 31 tỷ", "31", 31e9, "money", "đồng", total=186e9, status="estimate",
      subject="phí bảo vệ môi trường", period=NINE_H),
    F("khoáng sản 81 tỷ", "81", 81e9, "money", "đồng", total=186e9, status="estimate",
      subject="tiền cấp quyền khai thác khoáng sản", period=NINE_H),
    F("thêm khoảng 700.000 tấn", "700.000", 700000, "measure", "tấn", approx="about", status="target",
      subject="cát trắng khai thác thêm", period=Q4),
    F("trên 2,5 triệu", "2,5", 2.5e6, "measure", "tấn", approx="over", status="target",
      subject="sản lượng cát trắng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Khánh Hòa): white sand output 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:30 | Lượt xem: 3.128', related links.",
    "Distractors: 09:30, Lượt xem 3.128, SiO2, Giấy phép số 15/GP-UBND, 'năm 2025' in a link title, 'lần thứ 3'.",
    "Headline '9 tháng ... gần 1,9 triệu tấn' is its own figure; year-less '9 tháng' takes 2024 from published.",
    "'bằng 71,5% kế hoạch năm' is the percent attribute of 1,86 triệu tấn; 'Trong đó' parts after a sentence break take total 1,86 triệu.",
    "Firm passage in TP Cam Ranh: location Cam Ranh; 'Từ đầu năm đến nay' ends at the dateline 2024-10-15; 'cao hơn 3 USD/tấn so với năm 2023' is a change.",
    "'gồm' parts of 186 tỷ take its total, its 'ước đạt' status and the '9 tháng' of the same sentence.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' → 2024.",
]

if __name__ == "__main__":
    write("p1429-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Khánh Hòa")
