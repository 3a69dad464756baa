from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Du lịch

Hơn 42.000 lượt khách cắm trại dịp Tết Ất Tỵ

Cập nhật ngày: 12/02/2025 - 10:05

(BTO) - Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/1 đến 2/2/2025), các khu cắm trại, glamping ven biển và khu du lịch sinh thái trên địa bàn tỉnh đã đón hơn 42.000 lượt khách, tăng 18,6% so với Tết Giáp Thìn 2024. Trong đó, khách lưu trú qua đêm tại lều đạt khoảng 15.300 lượt, chiếm 36,4%.

Các điểm thu hút đông khách gồm đồi cát Mũi Né, bãi biển Cổ Thạch, hồ Tà Zôn và khu vực núi Tà Cú cạnh Quốc lộ 1A. Riêng TP. Phan Thiết đón 17.800 lượt, huyện Tuy Phong 9.600 lượt và huyện Hàm Thuận Nam 7.900 lượt. Lễ hội cắm trại biển Bình Thuận lần thứ 3 tổ chức tại Mũi Né cũng thu hút đông đảo người tham gia.

Giá thuê lều dịp Tết tăng 20-30% so với ngày thường, phổ biến từ 300.000 đến 600.000 đồng/lều/đêm; lều glamping hướng biển có giá 2,2-3 triệu đồng/đêm. Tổng doanh thu của các khu cắm trại, glamping ước đạt 38,5 tỷ đồng.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 39 khu, điểm cắm trại, glamping, trong đó 23 điểm nằm trong các khu du lịch đã được cấp phép. Năm 2025, tỉnh phấn đấu đón 150.000 lượt khách cắm trại, glamping; dự kiến đầu tư thêm 6 khu cắm trại đạt chuẩn tại Hàm Thuận Nam và Bắc Bình.

NGUYỄN LÂM
"""

TET = P("từ ngày 25/1 đến 2/2/2025", "2025-01-25", "2025-02-02")
TETI = P("dịp Tết", "2025-01-25", "2025-02-02", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
V = "lượt khách cắm trại, glamping dịp Tết"

FIGS = [
    F("Hơn 42.000 lượt khách", "42.000", 42000, "count", "lượt khách", approx="over", subject="lượt khách cắm trại dịp Tết Ất Tỵ",
      period=P("dịp Tết Ất Tỵ", "2025-01-25", "2025-02-02", inherited=True)),
    F("đón hơn 42.000 lượt khách", "42.000", 42000, "count", "lượt khách", approx="over",
      change=C("increase", 18.6, "%", "Tết Giáp Thìn 2024"),
      subject="lượt khách đến các khu cắm trại, glamping ven biển và khu du lịch sinh thái", period=TET),
    F("khoảng 15.300 lượt", "15.300", 15300, "count", "lượt", approx="about", total=42000, percent=36.4,
      subject="lượt khách lưu trú qua đêm tại lều", period=I(TET)),
    F("Phan Thiết đón 17.800 lượt", "17.800", 17800, "count", "lượt", subject=V, period=I(TET), location="Phan Thiết"),
    F("Tuy Phong 9.600 lượt", "9.600", 9600, "count", "lượt", subject=V, period=I(TET), location="Tuy Phong"),
    F("Hàm Thuận Nam 7.900 lượt", "7.900", 7900, "count", "lượt", subject=V, period=I(TET), location="Hàm Thuận Nam"),
    F("tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá thuê lều dịp Tết tăng so với ngày thường",
      period=TETI),
    F("từ 300.000 đến 600.000", "300.000", 300000, "money", "đồng/lều/đêm", value_max=600000,
      subject="giá thuê lều dịp Tết", period=TETI),
    F("giá 2,2-3 triệu", "2,2", 2200000, "money", "đồng/đêm", value_max=3000000,
      subject="giá thuê lều glamping hướng biển", period=TETI),
    F("ước đạt 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", status="estimate",
      subject="tổng doanh thu của các khu cắm trại, glamping", period=I(TET)),
    F("có 39 khu", "39", 39, "count", "khu, điểm cắm trại, glamping", subject="khu, điểm cắm trại, glamping"),
    F("trong đó 23 điểm", "23", 23, "count", "điểm", total=39,
      subject="điểm nằm trong các khu du lịch đã được cấp phép"),
    F("đón 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", status="target",
      subject="lượt khách cắm trại, glamping", period=Y25),
    F("thêm 6 khu", "6", 6, "count", "khu cắm trại", status="forecast",
      subject="khu cắm trại đạt chuẩn đầu tư thêm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Thuận, '(BTO) -' tag, headline with a figure, 'Cập nhật ngày: 12/02/2025 - 10:05'): camping over Tết Ất Tỵ 2025.",
    "Distractors: '9 ngày nghỉ Tết' (a duration locating the figures), Tết Giáp Thìn 2024 (baseline), Quốc lộ 1A, 'lần thứ 3', the dateline.",
    "Headline figure and body figure are two figures; the headline's 'dịp Tết Ất Tỵ' takes its dates from the body: inherited.",
    "'Giá thuê lều dịp Tết tăng 20-30% so với ngày thường' is a rate with no base amount before it: a percent figure (range), not a change of the prices after it.",
    "'dịp Tết' in the price sentence is dated by the first paragraph: inherited. The district list (Riêng …) has no total. 6 khu in two districts: Bình Thuận.",
]

if __name__ == "__main__":
    write("p1078-8", TEXT, NOTES, FIGS, published="2025-02-12", location="Bình Thuận")
