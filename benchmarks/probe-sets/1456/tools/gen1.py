"""p1456-1: province portal (Nam Định): garment accessories output 9 months 2024; a zipper maker in Vụ Bản."""
from lib import F, P, inh, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giá trị sản xuất phụ liệu may mặc 9 tháng tăng hơn 11%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, giá trị sản xuất ngành phụ liệu may mặc trên địa bàn tỉnh ước đạt 3.450 tỷ đồng, tăng 11,2% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm. Sản lượng 9 tháng của các sản phẩm chủ yếu ước đạt: cúc áo 1,25 tỷ chiếc, khóa kéo 86 triệu chiếc, chỉ may 4.120 tấn, nhãn mác các loại 310 triệu chiếc.

Toàn tỉnh hiện có 47 doanh nghiệp và khoảng 120 hộ kinh doanh sản xuất phụ liệu may, sử dụng hơn 6.800 lao động, trong đó lao động nữ chiếm khoảng 72%; thu nhập bình quân 8,6 triệu đồng/người/tháng.

Tại Khu công nghiệp Bảo Minh, huyện Vụ Bản, Công ty TNHH Phụ liệu Thành Nam vừa đưa vào vận hành thêm hai dây chuyền đúc răng khóa, nâng công suất nhà máy lên 120 triệu chiếc/năm. Từ đầu năm đến nay, công ty xuất khẩu 34 triệu chiếc khóa kéo số 5 và số 8 sang Hàn Quốc, Nhật Bản, kim ngạch đạt 6,2 triệu USD, chiếm gần 40% doanh thu.

Quý IV, ngành công thương phấn đấu giá trị sản xuất phụ liệu đạt thêm khoảng 1.050 tỷ đồng, đưa cả năm lên 4.500 tỷ đồng. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa phụ liệu cho ngành dệt may của tỉnh đạt ít nhất 45%.

Tin liên quan:
- Nam Định: Khai mạc Hội chợ Công Thương vùng đồng bằng sông Hồng lần thứ 3
- Cấp chủ trương đầu tư nhà máy sợi tại Khu công nghiệp Mỹ Thuận
"""

N9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9Y = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
VB = "Vụ Bản"

FIGS = [
    F("tăng hơn 11%", "11", 11, "percent", "%", approx="over",
      subject="giá trị sản xuất phụ liệu may mặc", period=N9),
    F("ước đạt 3.450 tỷ", "3.450", 3450e9, "money", "đồng", status="estimate", percent=76.8,
      change=CH("increase", 11.2, "%", "cùng kỳ năm 2023"),
      subject="giá trị sản xuất ngành phụ liệu may mặc", period=N9Y),
    F("cúc áo 1,25 tỷ", "1,25", 1.25e9, "count", "chiếc", status="estimate",
      subject="sản lượng cúc áo", period=N9),
    F("khóa kéo 86 triệu", "86", 86e6, "count", "chiếc", status="estimate",
      subject="sản lượng khóa kéo", period=N9),
    F("chỉ may 4.120 tấn", "4.120", 4120, "measure", "tấn", status="estimate",
      subject="sản lượng chỉ may", period=N9),
    F("các loại 310 triệu", "310", 310e6, "count", "chiếc", status="estimate",
      subject="sản lượng nhãn mác các loại", period=N9),
    F("có 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất phụ liệu may"),
    F("khoảng 120 hộ", "120", 120, "count", "hộ kinh doanh", approx="about",
      subject="hộ kinh doanh sản xuất phụ liệu may"),
    F("hơn 6.800 lao động", "6.800", 6800, "count", "lao động", approx="over",
      subject="lao động sản xuất phụ liệu may"),
    F("chiếm khoảng 72%", "72", 72, "percent", "%", approx="about",
      subject="tỷ lệ lao động nữ trong lao động sản xuất phụ liệu may"),
    F("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động phụ liệu may"),
    F("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền đúc răng khóa Công ty TNHH Phụ liệu Thành Nam đưa vào vận hành thêm", location=VB),
    F("lên 120 triệu chiếc/năm", "120", 120e6, "measure", "chiếc/năm",
      subject="công suất nhà máy của Công ty TNHH Phụ liệu Thành Nam", location=VB),
    F("xuất khẩu 34 triệu", "34", 34e6, "count", "chiếc",
      subject="khóa kéo công ty xuất khẩu", period=YTD, location=VB),
    F("đạt 6,2 triệu USD", "6,2", 6.2e6, "money", "USD", percent=40,
      subject="kim ngạch xuất khẩu khóa kéo của công ty", period=YTD, location=VB),
    F("khoảng 1.050 tỷ", "1.050", 1050e9, "money", "đồng", approx="about", status="target",
      subject="giá trị sản xuất phụ liệu đạt thêm", period=Q4),
    F("lên 4.500 tỷ", "4.500", 4500e9, "money", "đồng", status="target",
      subject="giá trị sản xuất phụ liệu cả năm", period=YEAR),
    F("ít nhất 45%", "45", 45, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa phụ liệu cho ngành dệt may của tỉnh", period=T30),
]

NOTES = [
    "Province portal (Nam Định): garment accessories 9 months 2024; 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, 'khóa kéo số 5 và số 8' (product sizes), 'lần thứ 3', KCN names.",
    "Headline '9 tháng ... tăng hơn 11%' is a growth rate as the claim; year-less '9 tháng' takes 2024 from published.",
    "Product list after 'ước đạt:' has no whole before the colon: no total; all four are estimates (the cue governs the list).",
    "'trong đó lao động nữ chiếm khoảng 72%' is a share of a part, a percent figure of its own.",
    "Vụ Bản passage: location Vụ Bản; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Quý IV' and 'cả năm' take 2024; 'phấn đấu' governs both clauses (target). 'Mục tiêu đến năm 2030' target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1456-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nam Định")
