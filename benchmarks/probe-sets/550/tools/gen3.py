"""p550-3: formal report of Sở Du lịch Khánh Hòa, 9 months 2024, with a flattened '|' table."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH KHÁNH HÒA
SỞ DU LỊCH
Số: 412/BC-SDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động du lịch 9 tháng đầu năm và nhiệm vụ quý IV năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khách du lịch và doanh thu
Trong 9 tháng năm 2024, tổng lượt khách lưu trú ước đạt 4.215.600 lượt, tăng 21,8% so với cùng kỳ, đạt 84,3% kế hoạch năm; trong đó khách quốc tế ước đạt 1.804.300 lượt, tăng 45,2% so với cùng kỳ. Các thị trường khách quốc tế lớn nhất lần lượt là Hàn Quốc, Trung Quốc và Nga với 702.150 lượt, 415.900 lượt và 198.700 lượt.

Bảng 1. Một số chỉ tiêu chủ yếu 9 tháng năm 2024
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | So với kế hoạch (%)
Khách lưu trú | lượt | 5.000.000 | 4.215.600 | 84,3
Khách quốc tế lưu trú | lượt | 2.200.000 | 1.804.300 | 82,0
Doanh thu du lịch | tỷ đồng | 38.000 | 28.640 | 75,4
Công suất buồng bình quân | % | 65 | 63,8 | 98,2

2. Cơ sở lưu trú và sự kiện
Tính đến ngày 30/9/2024, toàn tỉnh có 1.120 cơ sở lưu trú với 52.360 buồng. Cảng hàng không quốc tế Cam Ranh khai thác bình quân 42 chuyến bay quốc tế/ngày. Festival Biển Nha Trang - Khánh Hòa lần thứ 11 thu hút khoảng 320.000 lượt người tham dự.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu quý IV đón khoảng 900.000 lượt khách lưu trú; phối hợp tổ chức các đoàn famtrip theo Quyết định số 2890/QĐ-UBND ngày 15/12/2023.

Nơi nhận: như trên.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TAB9 = P("Ước thực hiện 9 tháng", "2024-01-01", "2024-09-30")
PCT = P("So với kế hoạch (%)", "2024-01-01", "2024-09-30", inh=True)


FIGS = [
    F("ước đạt 4.215.600 lượt", "4.215.600", 4215600, "count", "lượt", percent=84.3,
      change=CH("increase", 21.8, baseline="cùng kỳ"), status="estimate", subject="tổng lượt khách lưu trú",
      period=N9),
    F("ước đạt 1.804.300 lượt", "1.804.300", 1804300, "count", "lượt", total=4215600,
      change=CH("increase", 45.2, baseline="cùng kỳ"), status="estimate", subject="khách quốc tế",
      period=N9),
    F("với 702.150 lượt", "702.150", 702150, "count", "lượt", subject="khách quốc tế thị trường Hàn Quốc",
      period=I(N9)),
    F("415.900 lượt và", "415.900", 415900, "count", "lượt", subject="khách quốc tế thị trường Trung Quốc",
      period=I(N9)),
    F("198.700 lượt.", "198.700", 198700, "count", "lượt", subject="khách quốc tế thị trường Nga",
      period=I(N9)),
    # table
    F("lượt | 5.000.000 |", "5.000.000", 5000000, "count", "lượt", status="target",
      subject="khách lưu trú kế hoạch năm 2024", period=KH),
    F("| 4.215.600 | 84,3", "4.215.600", 4215600, "count", "lượt", status="estimate",
      subject="khách lưu trú ước thực hiện 9 tháng", period=TAB9),
    F("4.215.600 | 84,3", "84,3", 84.3, "percent", "%", subject="khách lưu trú so với kế hoạch", period=PCT),
    F("lượt | 2.200.000 |", "2.200.000", 2200000, "count", "lượt", status="target",
      subject="khách quốc tế lưu trú kế hoạch năm 2024", period=KH),
    F("| 1.804.300 | 82,0", "1.804.300", 1804300, "count", "lượt", status="estimate",
      subject="khách quốc tế lưu trú ước thực hiện 9 tháng", period=TAB9),
    F("1.804.300 | 82,0", "82,0", 82.0, "percent", "%", subject="khách quốc tế lưu trú so với kế hoạch",
      period=PCT),
    F("tỷ đồng | 38.000 |", "38.000", 38000e9, "money", "đồng", status="target",
      subject="doanh thu du lịch kế hoạch năm 2024", period=KH),
    F("| 28.640 | 75,4", "28.640", 28640e9, "money", "đồng", status="estimate",
      subject="doanh thu du lịch ước thực hiện 9 tháng", period=TAB9),
    F("28.640 | 75,4", "75,4", 75.4, "percent", "%", subject="doanh thu du lịch so với kế hoạch", period=PCT),
    F("% | 65 |", "65", 65, "percent", "%", status="target",
      subject="công suất buồng bình quân kế hoạch năm 2024", period=KH),
    F("| 63,8 | 98,2", "63,8", 63.8, "percent", "%", status="estimate",
      subject="công suất buồng bình quân ước thực hiện 9 tháng", period=TAB9),
    F("63,8 | 98,2", "98,2", 98.2, "percent", "%", subject="công suất buồng bình quân so với kế hoạch",
      period=PCT),
    # section 2
    F("có 1.120 cơ sở lưu trú", "1.120", 1120, "count", "cơ sở lưu trú", subject="cơ sở lưu trú",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("với 52.360 buồng", "52.360", 52360, "count", "buồng", subject="buồng lưu trú",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("bình quân 42 chuyến bay", "42", 42, "measure", "chuyến bay/ngày",
      subject="chuyến bay quốc tế Cảng hàng không quốc tế Cam Ranh khai thác bình quân"),
    F("khoảng 320.000 lượt người", "320.000", 320000, "count", "lượt người", approx="about",
      subject="lượt người tham dự Festival Biển Nha Trang - Khánh Hòa"),
    F("khoảng 900.000 lượt khách lưu trú", "900.000", 900000, "count", "lượt khách lưu trú", approx="about",
      status="target", subject="lượt khách lưu trú",
      period=P("quý IV", "2024-10-01", "2024-12-31")),
]

COMMENTS = [
    "Sở Du lịch Khánh Hòa, formal report Số: 412/BC-SDL (letterhead, place-and-date line 'Khánh Hòa, ngày 04 tháng 10 năm 2024'), 9 tháng 2024.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | So với kế hoạch (%). Every numeric cell is a figure;",
    "unit from the Đơn vị tính cell ('tỷ đồng' → ×10⁹ đồng); Kế hoạch column → target, Ước column → estimate (period from the headers, scored);",
    "the '%' column names no status cue: actual, its period left unscored (inherited). As in h23, a cell is not an attribute of its neighbour.",
    "'Khách quốc tế lưu trú' row has no 'trong đó' cue: no total. In the text, '1.804.300 lượt' after 'trong đó' takes 4.215.600 as total.",
    "'lần lượt là Hàn Quốc, Trung Quốc và Nga với …' markets are not places: subject names the market, location stays Khánh Hòa.",
    "revised after the first scoring: unit of '42 chuyến bay quốc tế/ngày' was 'chuyến bay quốc tế/ngày'; FIGURES.md asks for the shortest noun phrase: 'chuyến bay/ngày'.",
    "Distractors: 'Số: 412/BC-SDL', date line, 'quý IV năm 2024' heading, 'Bảng 1', 'I.', 'II.', '1.', '2.', 'lần thứ 11', 'Quyết định số 2890/QĐ-UBND ngày 15/12/2023'.",
]

if __name__ == "__main__":
    emit("p550-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Khánh Hòa")
