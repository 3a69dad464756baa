from lib import *

text = """BÁO CÔNG THƯƠNG
Thứ Bảy, 20/01/2024 | 10:32

Xuất khẩu thủy sản năm 2023: Cà Mau dẫn đầu, thị trường Mỹ sụt giảm mạnh

Theo số liệu của Tổng cục Hải quan, năm 2023, kim ngạch xuất khẩu thủy sản của cả nước đạt 9,01 tỷ USD, giảm 17,8% so với năm 2022 và chưa đạt mục tiêu 10 tỷ USD đề ra.

Xét theo địa phương, Cà Mau đứng đầu với 1,1 tỷ USD, tiếp đến là Đồng Tháp (712 triệu USD), Sóc Trăng (698 triệu USD), Kiên Giang (455 triệu USD) và Bạc Liêu (402 triệu USD). Năm tỉnh này chiếm khoảng 37,4% tổng kim ngạch xuất khẩu thủy sản cả nước.

Xuất khẩu thủy sản sang một số thị trường chính
Đơn vị tính: triệu USD
Thị trường\tNăm 2022\tNăm 2023\tTỷ trọng năm 2023 (%)
Mỹ\t2.150\t1.580\t17,5
Trung Quốc và Hồng Kông\t1.680\t1.500\t16,6
Nhật Bản\t1.630\t1.510\t16,8
EU\t1.230\t1.030\t11,4
Hàn Quốc\t790\t710\t7,9

Về mặt hàng, xuất khẩu tôm năm 2023 đạt 3,4 tỷ USD, giảm 21,4%; cá tra đạt 1,8 tỷ USD, giảm 22,7%; cá ngừ đạt 853 triệu USD, giảm 15,6%; mực và bạch tuộc đạt 645 triệu USD, giảm 4,8%. Riêng cá tra xuất sang Mỹ chịu mức thuế chống bán phá giá từ 0 đến 2,39 USD/kg theo kết quả đợt xem xét hành chính lần thứ 19 (POR19).

Theo VASEP, lạm phát và tồn kho cao tại các thị trường nhập khẩu là nguyên nhân chính. Năm 2024, xuất khẩu thủy sản được dự báo đạt khoảng 9,5 tỷ USD, tăng 5-6% so với năm 2023.

Hà Thu"""

y23 = P("năm 2023", "2023-01-01", "2023-12-31")
y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
S = "kim ngạch xuất khẩu thủy sản"
figs = [
    F("đạt 9,01 tỷ USD", "9,01", 9.01e9, "money", "USD", S, location="Việt Nam",
      change=C("decrease", 17.8, baseline="năm 2022"), target=T(10e9, "USD", met=False), period=y23),
    F("đứng đầu với 1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", S, location="Cà Mau", period=y23i),
    F("Đồng Tháp (712 triệu USD)", "712", 712e6, "money", "USD", S, location="Đồng Tháp", period=y23i),
    F("Sóc Trăng (698 triệu USD)", "698", 698e6, "money", "USD", S, location="Sóc Trăng", period=y23i),
    F("Kiên Giang (455 triệu USD)", "455", 455e6, "money", "USD", S, location="Kiên Giang", period=y23i),
    F("Bạc Liêu (402 triệu USD)", "402", 402e6, "money", "USD", S, location="Bạc Liêu", period=y23i),
    F("Năm tỉnh này", "Năm", 5, "count", "tỉnh", "tỉnh dẫn đầu về kim ngạch xuất khẩu thủy sản", location="Việt Nam", optional=True),
    F("khoảng 37,4%", "37,4", 37.4, "percent", "%", "tỷ trọng của năm tỉnh trong tổng kim ngạch xuất khẩu thủy sản cả nước",
      approx="about", location="Việt Nam", period=y23i),
]
rows = [("Mỹ", "2.150", "1.580", "17,5"), ("Trung Quốc và Hồng Kông", "1.680", "1.500", "16,6"), ("Nhật Bản", "1.630", "1.510", "16,8"),
        ("EU", "1.230", "1.030", "11,4"), ("Hàn Quốc", "790", "710", "7,9")]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for m, a, b, r in rows:
    figs += [
        F(f"{m}\t{a}\t", a, num(a) * 1e6, "money", "USD", f"xuất khẩu thủy sản sang {m} năm 2022", location="Việt Nam",
          period=P("Năm 2022", "2022-01-01", "2022-12-31")),
        F(f"{a}\t{b}\t", b, num(b) * 1e6, "money", "USD", f"xuất khẩu thủy sản sang {m} năm 2023", location="Việt Nam",
          period=P("Năm 2023", "2023-01-01", "2023-12-31")),
        F(f"{b}\t{r}\n", r, num(r), "percent", "%", f"tỷ trọng xuất khẩu thủy sản sang {m} năm 2023", location="Việt Nam",
          period=P("Tỷ trọng năm 2023", "2023-01-01", "2023-12-31")),
    ]
figs += [
    F("tôm năm 2023 đạt 3,4 tỷ USD", "3,4", 3.4e9, "money", "USD", "xuất khẩu tôm", location="Việt Nam",
      change=C("decrease", 21.4), period=y23),
    F("cá tra đạt 1,8 tỷ USD", "1,8", 1.8e9, "money", "USD", "xuất khẩu cá tra", location="Việt Nam",
      change=C("decrease", 22.7), period=y23),
    F("cá ngừ đạt 853 triệu USD", "853", 853e6, "money", "USD", "xuất khẩu cá ngừ", location="Việt Nam",
      change=C("decrease", 15.6), period=y23),
    F("bạch tuộc đạt 645 triệu USD", "645", 645e6, "money", "USD", "xuất khẩu mực và bạch tuộc", location="Việt Nam",
      change=C("decrease", 4.8), period=y23),
    F("từ 0 đến 2,39 USD/kg", "0", 0, "money", "USD/kg", "mức thuế chống bán phá giá cá tra xuất sang Mỹ", value_max=2.39,
      location="Việt Nam"),
    F("lần thứ 19 (POR19)", "19", 19, "count", "lần", "đợt xem xét hành chính", optional=True),
    F("khoảng 9,5 tỷ USD", "9,5", 9.5e9, "money", "USD", "xuất khẩu thủy sản", approx="about", status="forecast", location="Việt Nam",
      change=C("increase", 5, baseline="năm 2023"), period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]
header = """National trade newspaper (Báo Công Thương): 2023 seafood exports by province, market (tab-separated table) and product.
Dateline 'Thứ Bảy, 20/01/2024 | 10:32'; byline at the end. National figures (cả nước, markets, products): Việt Nam; province list: each province.
'9,01 tỷ USD, giảm 17,8% … và chưa đạt mục tiêu 10 tỷ USD' → change and target (met false). Province list takes 'năm 2023' from the
sentence before (inherited); 'Năm tỉnh này' is the number word 'năm' (five), a list-back reference: optional; '37,4%' a percent figure.
Table with tab cells, 'Đơn vị tính: triệu USD' (so 2.150 = 2,15·10⁹ USD) and a '(%)' share column; periods from column headers;
markets are trade partners, not places (location Việt Nam), and go to the subject.
Product list: each item money with its 'giảm' change, period 'năm 2023' in the same sentence.
'từ 0 đến 2,39 USD/kg' money range (value 0). 'lần thứ 19 (POR19)' optional. 'tăng 5-6%' change of the 9,5 tỷ forecast (first value 5).
Distractors: dateline, 'POR19', 'Tổng cục Hải quan'."""
write(8, text, figs, header, published="2024-01-20", location="Việt Nam")
