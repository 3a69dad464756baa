from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Giang điện tử > Kinh tế > Ngân hàng

Hơn 2.100 hộ vay vốn làm nhà tiêu, công trình nước sạch trong quý I

Cập nhật lúc 10:20, Thứ Hai, 14/04/2025

(BGĐT) - Quý I/2025, Ngân hàng Chính sách xã hội chi nhánh tỉnh Bắc Giang đã giải ngân 52,3 tỷ đồng, tăng 18,4% so với cùng kỳ năm 2024, giúp 2.146 lượt hộ vay vốn chương trình nước sạch và vệ sinh môi trường nông thôn.

Trong đó, 1.580 hộ vay để xây mới, cải tạo nhà tiêu hợp vệ sinh với số tiền 35,7 tỷ đồng; 566 hộ vay làm công trình nước sạch. Các huyện có doanh số cho vay lớn là Lục Ngạn (7,8 tỷ đồng), Yên Thế (6,4 tỷ đồng) và Lạng Giang (5,9 tỷ đồng). Tại các xã dọc Quốc lộ 31 của huyện Lục Ngạn, nhiều hộ đã thay nhà tiêu hai ngăn bằng nhà vệ sinh có bể tự hoại.

Theo Quyết định số 10/2024/QĐ-TTg, mức cho vay tối đa hiện nay là 25 triệu đồng/công trình, thời hạn vay tối đa 5 năm, lãi suất 9%/năm. Tính đến 31/3/2025, tổng dư nợ chương trình đạt 1.126 tỷ đồng, chiếm 8,6% tổng dư nợ của chi nhánh, với 58.930 khách hàng còn dư nợ.

Nhờ nguồn vốn này, tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh của tỉnh đã đạt 91,5%, cao hơn 11,3 điểm phần trăm so với bình quân cả nước. Nhiều xã như Tân Sơn, Phì Điền đã hoàn thành chỉ tiêu 17.8 trong xây dựng nông thôn mới nâng cao.

Năm 2025, chi nhánh phấn đấu tăng trưởng dư nợ chương trình thêm 90 tỷ đồng, dự kiến giúp khoảng 3.600 hộ có công trình vệ sinh đạt chuẩn.

Minh Thu
"""

LOC = "Bắc Giang"
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến 31/3/2025", end="2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S = "doanh số cho vay"

FIGS = [
    F("Hơn 2.100 hộ", "2.100", "count", "hộ", approx="over",
      subject="hộ vay vốn làm nhà tiêu, công trình nước sạch", period=P("trong quý I", "2025-01-01", "2025-03-31")),
    F("giải ngân 52,3 tỷ đồng", "52,3", "money", "đồng", mult=10**9,
      change=C("increase", 18.4, "%", "cùng kỳ năm 2024"),
      subject="vốn giải ngân chương trình nước sạch và vệ sinh môi trường nông thôn", period=Q1),
    F("giúp 2.146 lượt hộ", "2.146", "count", "lượt hộ",
      subject="lượt hộ vay vốn chương trình nước sạch và vệ sinh môi trường nông thôn", period=Q1),
    F("1.580 hộ", "1.580", "count", "hộ", total=2146,
      subject="hộ vay để xây mới, cải tạo nhà tiêu hợp vệ sinh", period=I(Q1)),
    F("tiền 35,7 tỷ đồng", "35,7", "money", "đồng", mult=10**9, total=52.3e9,
      subject="số tiền vay xây mới, cải tạo nhà tiêu hợp vệ sinh", period=I(Q1)),
    F("566 hộ", "566", "count", "hộ", total=2146, subject="hộ vay làm công trình nước sạch", period=I(Q1)),
    F("Lục Ngạn (7,8 tỷ đồng)", "7,8", "money", "đồng", mult=10**9, subject=S, location="Lục Ngạn", period=I(Q1)),
    F("Yên Thế (6,4 tỷ đồng)", "6,4", "money", "đồng", mult=10**9, subject=S, location="Yên Thế", period=I(Q1)),
    F("Lạng Giang (5,9 tỷ đồng)", "5,9", "money", "đồng", mult=10**9, subject=S, location="Lạng Giang",
      period=I(Q1)),
    F("là 25 triệu đồng/công trình", "25", "money", "đồng/công trình", mult=10**6, approx="at_most",
      subject="mức cho vay"),
    F("tối đa 5 năm", "5", "measure", "năm", approx="at_most", subject="thời hạn vay"),
    F("lãi suất 9%/năm", "9", "percent", "%", subject="lãi suất cho vay"),
    F("đạt 1.126 tỷ đồng", "1.126", "money", "đồng", mult=10**9, percent=8.6,
      subject="tổng dư nợ chương trình", period=ASOF),
    F("với 58.930 khách hàng", "58.930", "count", "khách hàng", subject="khách hàng còn dư nợ", period=ASOF),
    F("đạt 91,5%", "91,5", "percent", "%", change=C("increase", 11.3, "điểm phần trăm", "bình quân cả nước"),
      subject="tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh"),
    F("thêm 90 tỷ đồng", "90", "money", "đồng", mult=10**9, status="target",
      subject="tăng trưởng dư nợ chương trình", period=Y25),
    F("khoảng 3.600 hộ", "3.600", "count", "hộ", approx="about", status="forecast",
      subject="hộ có công trình vệ sinh đạt chuẩn", period=Y25),
]

write("p1026-8", TEXT, FIGS, published="2025-04-14", location=LOC, notes=[
    "Provincial newspaper online (Báo Bắc Giang, tag '(BGĐT) -'), headline with a figure; Q1/2025 policy loans for latrines and clean water.",
    "Distractors: 10:20, 'Thứ Hai', Quyết định số 10/2024/QĐ-TTg, Quốc lộ 31, 'chỉ tiêu 17.8' (criterion id), 'nhà tiêu hai ngăn' (a type).",
    "'Trong đó, 1.580 hộ … 35,7 tỷ đồng; 566 hộ …': parts of 2.146 lượt hộ and of 52,3 tỷ. District loan list shares 'doanh số cho vay'.",
    "Loan terms ('tối đa 25 triệu đồng/công trình', 'tối đa 5 năm', '9%/năm') are figures with no period ('hiện nay').",
    "'thêm 90 tỷ đồng' after 'phấn đấu tăng trưởng' is the target amount itself (no change object); 'dự kiến … 3.600 hộ' forecast.",
])
