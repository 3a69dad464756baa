"""p1429-4: ministry site (Bộ Xây dựng): national white sand resources, output, glass demand, exports."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng

Phát triển nguồn cát trắng phục vụ sản xuất kính đến năm 2030

15/03/2024 | 10:20 | Vụ Vật liệu xây dựng

Theo kết quả điều tra, cả nước có 97 mỏ và điểm mỏ cát trắng, phân bố chủ yếu ở các tỉnh ven biển miền Trung và Nam Bộ, tổng tài nguyên dự báo trên 2,6 tỷ tấn. Trong đó, các tỉnh có tài nguyên lớn nhất lần lượt là Khánh Hòa (khoảng 690 triệu tấn), Quảng Bình (420 triệu tấn), Bình Thuận (380 triệu tấn) và Kiên Giang (290 triệu tấn).

Năm 2023, sản lượng cát trắng khai thác của cả nước đạt khoảng 6,8 triệu tấn, trong đó khoảng 45% được dùng cho sản xuất kính xây dựng, kính năng lượng mặt trời và gốm sứ. Khánh Hòa đứng thứ nhất, Quảng Bình đứng thứ hai cả nước về sản lượng khai thác.

Hiện cả nước có 11 dây chuyền kính nổi với tổng công suất 7.250 tấn/ngày và 4 nhà máy kính năng lượng mặt trời đã đi vào hoạt động, công suất từ 1.000 đến 1.200 tấn/ngày mỗi nhà máy. Theo quy hoạch, nhu cầu cát trắng cho sản xuất kính đến năm 2030 dự kiến khoảng 12-14 triệu tấn/năm, gấp khoảng 2 lần hiện nay.

Bộ Xây dựng khẳng định cát trắng chỉ được xuất khẩu khi đã qua chế biến, có hàm lượng SiO2 không dưới 99%, theo Thông tư số 11/2023/TT-BXD. Năm 2023, lượng cát trắng đã chế biến được xuất khẩu đạt 1,15 triệu tấn, giảm 7,3% so với năm 2022, kim ngạch khoảng 52 triệu USD.

Mục tiêu đến năm 2030, tỷ lệ cát trắng khai thác được chế biến sâu trong nước đạt ít nhất 70%.

Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội | Điện thoại: 024.3976.0271
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
TS = "tài nguyên cát trắng"

FIGS = [
    F("có 97 mỏ", "97", 97, "count", "mỏ và điểm mỏ", subject="mỏ và điểm mỏ cát trắng"),
    F("trên 2,6 tỷ", "2,6", 2.6e9, "measure", "tấn", approx="over",
      subject="tổng tài nguyên dự báo cát trắng"),
    F("(khoảng 690 triệu", "690", 690e6, "measure", "tấn", approx="about", total=2.6e9,
      subject=TS, location="Khánh Hòa"),
    F("(420 triệu", "420", 420e6, "measure", "tấn", total=2.6e9, subject=TS, location="Quảng Bình"),
    F("(380 triệu", "380", 380e6, "measure", "tấn", total=2.6e9, subject=TS, location="Bình Thuận"),
    F("(290 triệu", "290", 290e6, "measure", "tấn", total=2.6e9, subject=TS, location="Kiên Giang"),
    F("khoảng 6,8 triệu", "6,8", 6.8e6, "measure", "tấn", approx="about",
      subject="sản lượng cát trắng khai thác của cả nước", period=Y23),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ lệ cát trắng khai thác dùng cho sản xuất kính xây dựng, kính năng lượng mặt trời và gốm sứ",
      period=Y23),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="sản lượng khai thác cát trắng",
      period=I(Y23), location="Khánh Hòa"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng khai thác cát trắng",
      period=I(Y23), location="Quảng Bình"),
    F("có 11 dây chuyền", "11", 11, "count", "dây chuyền", subject="dây chuyền kính nổi"),
    F("7.250 tấn/ngày", "7.250", 7250, "measure", "tấn/ngày", subject="tổng công suất dây chuyền kính nổi"),
    F("và 4 nhà máy", "4", 4, "count", "nhà máy",
      subject="nhà máy kính năng lượng mặt trời đã đi vào hoạt động"),
    F("từ 1.000 đến 1.200", "1.000", 1000, "measure", "tấn/ngày", value_max=1200,
      subject="công suất mỗi nhà máy kính năng lượng mặt trời"),
    F("khoảng 12-14 triệu", "12", 12e6, "measure", "tấn/năm", value_max=14e6, approx="about",
      status="forecast", change=C("increase", 2, "lần", "hiện nay", "about"),
      subject="nhu cầu cát trắng cho sản xuất kính", period=TO30),
    F("không dưới 99%", "99", 99, "percent", "%", approx="at_least",
      subject="hàm lượng SiO2 của cát trắng được xuất khẩu"),
    F("đạt 1,15 triệu", "1,15", 1.15e6, "measure", "tấn", change=C("decrease", 7.3, "%", "năm 2022"),
      subject="lượng cát trắng đã chế biến được xuất khẩu", period=Y23),
    F("khoảng 52 triệu", "52", 52e6, "money", "USD", approx="about",
      subject="kim ngạch xuất khẩu cát trắng đã chế biến", period=Y23),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ cát trắng khai thác được chế biến sâu trong nước", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '15/03/2024 | 10:20 | Vụ Vật liệu xây dựng', footer address and phone.",
    "Distractors: 'đến năm 2030' in the headline, 10:20, SiO2, Thông tư số 11/2023/TT-BXD, '37 Lê Đại Hành', phone 024.3976.0271.",
    "Location Việt Nam by default; the 'lần lượt' list of provinces (after 'Trong đó', total 2,6 tỷ tấn) gives each item its province.",
    "'tài nguyên dự báo' is a resource category (predicted resources), not a forecast: status actual (borderline).",
    "'trong đó khoảng 45%' is a percent figure of its own. Ranks 'thứ nhất', 'thứ hai' are number words; period inherited from 'Năm 2023'.",
    "'dự kiến khoảng 12-14 triệu tấn/năm, gấp khoảng 2 lần hiện nay' → forecast range, change ×2 (lần) about, baseline 'hiện nay'.",
    "'không dưới 99%' (an export standard) is a percent figure, at_least. 'Mục tiêu đến năm 2030' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1429-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
