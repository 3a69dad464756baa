"""p1192-8: provincial newspaper online (Báo Quảng Ngãi), surimi and fish cake, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế | Nông nghiệp

Chế biến surimi, chả cá 6 tháng tăng hơn 11%

Thứ Sáu, 05/07/2024 - 09:12

(QNg) - 6 tháng đầu năm 2024, các doanh nghiệp, cơ sở chế biến thủy sản trên địa bàn tỉnh sản xuất được 8.960 tấn surimi và chả cá, tăng 11,2% so với cùng kỳ năm 2023, đạt 52,7% kế hoạch năm. Trong đó, surimi 7.340 tấn; chả cá, cá viên 1.620 tấn.

Nhà máy surimi của Công ty TNHH Thủy sản Tịnh Kỳ tại xã Tịnh Kỳ, TP Quảng Ngãi đã sản xuất 2.150/4.000 tấn kế hoạch năm, tạo việc làm cho 230 lao động. Các địa phương có nhiều cơ sở làm chả cá là huyện Bình Sơn, thị xã Đức Phổ và huyện Lý Sơn với lần lượt 36, 28 và 19 cơ sở. Riêng huyện đảo Lý Sơn, mỗi năm các cơ sở tiêu thụ khoảng 120 tấn chả cá, chủ yếu phục vụ khách du lịch.

Sản lượng surimi của tỉnh hiện đứng thứ 4 khu vực Nam Trung Bộ. Tính đến ngày 30/6, tỷ lệ sản phẩm chả cá có tem truy xuất nguồn gốc đạt 64%, tăng 8 điểm phần trăm so với cuối năm 2023. Giá chả cá bán lẻ tại các chợ ở TP Quảng Ngãi phổ biến từ 180.000 đến 220.000 đồng/kg.

6 tháng cuối năm, ngành Công Thương dự kiến sản lượng surimi, chả cá đạt khoảng 8.150 tấn; phấn đấu cả năm đạt trên 17.100 tấn, vượt 0,6% kế hoạch. Dịp này, tỉnh sẽ tổ chức Tuần hàng đặc sản biển đảo lần thứ nhất tại số 79 đường Hùng Vương, TP Quảng Ngãi.

THANH PHƯƠNG
"""

HEAD = P("6 tháng", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6", None, "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
LIST = "cơ sở làm chả cá"

FIGS = [
    F("tăng hơn 11%", "11", 11, "percent", "%", approx="over",
      subject="sản lượng chế biến surimi, chả cá tăng", period=HEAD),
    F("được 8.960 tấn", "8.960", 8960, "measure", "tấn", percent=52.7,
      change=C("increase", 11.2, "%", "cùng kỳ năm 2023"), subject="surimi và chả cá sản xuất", period=H1),
    F("surimi 7.340 tấn", "7.340", 7340, "measure", "tấn", total=8960, subject="surimi", period=I(H1)),
    F("viên 1.620 tấn", "1.620", 1620, "measure", "tấn", total=8960, subject="chả cá, cá viên", period=I(H1)),
    F("2.150/4.000", "2.150", 2150, "measure", "tấn", target=T(4000, "tấn"),
      subject="sản lượng nhà máy surimi Công ty TNHH Thủy sản Tịnh Kỳ"),
    F("cho 230 lao động", "230", 230, "count", "lao động", subject="lao động nhà máy surimi có việc làm"),
    F("lần lượt 36", "36", 36, "count", "cơ sở", subject=LIST, location="Bình Sơn"),
    F("36, 28", "28", 28, "count", "cơ sở", subject=LIST, location="Đức Phổ"),
    F("và 19 cơ sở", "19", 19, "count", "cơ sở", subject=LIST, location="Lý Sơn"),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn/năm", approx="about",
      subject="chả cá các cơ sở tiêu thụ mỗi năm", location="Lý Sơn"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", subject="sản lượng surimi khu vực Nam Trung Bộ"),
    F("đạt 64%", "64", 64, "percent", "%", change=C("increase", 8, "điểm phần trăm", "cuối năm 2023"),
      subject="tỷ lệ sản phẩm chả cá có tem truy xuất nguồn gốc", period=ASOF),
    F("từ 180.000 đến 220.000", "180.000", 180000, "money", "đồng/kg", value_max=220000,
      subject="giá chả cá bán lẻ"),
    F("khoảng 8.150 tấn", "8.150", 8150, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng surimi, chả cá", period=H2),
    F("trên 17.100 tấn", "17.100", 17100, "measure", "tấn", approx="over", status="target",
      change=C("increase", 0.6, "%", "kế hoạch"), subject="sản lượng surimi, chả cá cả năm", period=YR),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Ngãi): headline figure, 'Thứ Sáu, 05/07/2024 - 09:12', tag '(QNg) -', byline at the end.",
    "The text says only 'tỉnh'; the tag and its districts imply Quảng Ngãi. TP Quảng Ngãi reduces to Quảng Ngãi.",
    "'2.150/4.000 tấn kế hoạch năm' -> target 4000, not total. 'vượt 0,6% kế hoạch' -> change with baseline 'kế hoạch'.",
    "'Tính đến ngày 30/6' year from the nearest earlier period (2024). '6 tháng cuối năm' = 2024-07-01..2024-12-31; 'dự kiến' -> forecast,",
    "'phấn đấu cả năm' after ';' -> target. Headline growth 'tăng hơn 11%' is a percent claim. Surimi rank: rank 4.",
    "Distractors: 09:12, 'lần thứ nhất', 'số 79 đường Hùng Vương', 'ngày 30/6' (a date).",
]

if __name__ == "__main__":
    write("p1192-8", TEXT, NOTES, FIGS, published="2024-07-05", location="Quảng Ngãi")
