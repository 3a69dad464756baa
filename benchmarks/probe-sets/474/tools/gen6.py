from lib import F, P, CH, TG, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI
Thứ Ba, 01/10/2024 - 14:20

Điều chỉnh giá vé phà tuyến Gót - Cái Viềng từ ngày 15/10

Từ đầu năm đến nay, tuyến phà Gót - Cái Viềng nối đảo Cát Hải với đảo Cát Bà đã phục vụ 1.274.000 lượt hành khách và 318.600 lượt phương tiện, trong đó ô tô chiếm 41,2%. Tuyến hiện bố trí 5 phà với tổng trọng tải 1.450 tấn, bình quân 96 chuyến/ngày; cao điểm tháng 7/2024 lên tới 148 chuyến/ngày.

Tính đến 30/9, lượng khách du lịch đến Cát Bà đạt 2,85 triệu lượt, bằng 86,4% kế hoạch năm (3,3 triệu lượt), trong đó khách quốc tế hơn 512 nghìn lượt. Để phục vụ du khách, thị trấn Cát Bà hiện có 2 nhà máy nước với tổng công suất 8.500 m3/ngày đêm, đáp ứng khoảng 90% nhu cầu vào cao điểm hè.

Để bù đắp chi phí nhiên liệu và bảo trì phương tiện, UBND thành phố ban hành Quyết định số 2384/QĐ-UBND điều chỉnh giá vé. Mức giá cụ thể như sau:

Đơn vị tính: đồng/lượt
Đối tượng
Giá hiện hành
Giá từ 15/10/2024
Hành khách đi bộ
10.000
12.000
Xe máy (kể cả người lái)
20.000
25.000
Ô tô dưới 10 ghế
100.000
120.000
Ô tô từ 10 đến 29 ghế
150.000
180.000

Người dân có hộ khẩu thường trú tại xã Hiền Hào, xã Gia Luận được miễn vé; học sinh được giảm 50% giá vé. Mọi phản ánh xin gọi đường dây nóng 0225.3888.305.

Phòng Kinh tế - Hạ tầng
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-01")
TO = P("Tính đến 30/9", None, "2024-09-30")

FIGS = [
    F("phục vụ 1.274.000 lượt hành khách", "1.274.000", "count", "lượt hành khách",
      "lượt hành khách tuyến phà Gót - Cái Viềng phục vụ", period=YTD),
    F("và 318.600 lượt phương tiện", "318.600", "count", "lượt phương tiện",
      "lượt phương tiện tuyến phà Gót - Cái Viềng phục vụ", period=YTD),
    F("ô tô chiếm 41,2%", "41,2", "percent", "%", "tỷ trọng ô tô trong lượt phương tiện", period=YTD),
    F("bố trí 5 phà", "5", "count", "phà", "phà bố trí trên tuyến"),
    F("trọng tải 1.450 tấn", "1.450", "measure", "tấn", "tổng trọng tải các phà"),
    F("bình quân 96 chuyến/ngày", "96", "measure", "chuyến/ngày", "chuyến phà bình quân"),
    F("lên tới 148 chuyến/ngày", "148", "measure", "chuyến/ngày", "chuyến phà cao điểm",
      period=P("tháng 7/2024", "2024-07-01", "2024-07-31")),
    F("đạt 2,85 triệu lượt", "2,85", "count", "lượt", "khách du lịch đến Cát Bà", mult=1e6, percent=86.4,
      target=TG(3300000, "lượt"), period=TO),
    F("hơn 512 nghìn lượt", "512", "count", "lượt", "khách du lịch quốc tế đến Cát Bà", mult=1e3, approx="over",
      total=2850000, period=TO),
    F("có 2 nhà máy nước", "2", "count", "nhà máy nước", "nhà máy nước"),
    F("công suất 8.500 m3/ngày đêm", "8.500", "measure", "m3/ngày đêm", "tổng công suất các nhà máy nước"),
    F("khoảng 90% nhu cầu", "90", "percent", "%", "mức đáp ứng nhu cầu nước vào cao điểm hè", approx="about"),
    F("Ô tô dưới 10 ghế", "10", "count", "ghế", "ô tô dưới 10 ghế", approx="under", optional=True),
    F("Ô tô từ 10 đến 29 ghế", "10", "count", "ghế", "ô tô từ 10 đến 29 ghế", value_max=29, optional=True),
]
cells = [("Hành khách đi bộ", "10.000", "12.000"), ("Xe máy (kể cả người lái)", "20.000", "25.000"),
         ("Ô tô dưới 10 ghế", "100.000", "120.000"), ("Ô tô từ 10 đến 29 ghế", "150.000", "180.000")]
for row, a, b in cells:
    FIGS.append(F(f"{row}\n{a}\n", a, "money", "đồng/lượt", f"Giá hiện hành {row}"))
    FIGS.append(F(f"{a}\n{b}\n", b, "money", "đồng/lượt", f"Giá từ 15/10/2024 {row}"))
FIGS.append(F("giảm 50% giá vé", "50", "percent", "%", "mức giảm giá vé cho học sinh"))

build("p474-6", TEXT, [
    "District portal (huyện Cát Hải, Hải Phòng), 'Thứ Ba, 01/10/2024 - 14:20': ferry Gót - Cái Viềng passengers, vehicles, Cát Bà tourists,",
    "and a one-cell-per-line fare table ('Đơn vị tính: đồng/lượt'; columns Giá hiện hành / Giá từ 15/10/2024). Table cells: money đồng/lượt,",
    "subject = column + row; no period (a price column is not a statistical period). 'Từ đầu năm đến nay' runs to the dateline.",
    "'2,85 triệu lượt, bằng 86,4% kế hoạch năm (3,3 triệu lượt)': percent 86,4 and target 3,3 triệu. 'trong đó ô tô chiếm 41,2%' is a",
    "share of a part: a percent figure. Cát Bà is an island/town of Cát Hải district: location Cát Hải. Seat thresholds in row labels optional.",
    "Distractors: 'từ ngày 15/10', decision number, commune names, hotline, office signature.",
], FIGS, published="2024-10-01", location="Cát Hải")
