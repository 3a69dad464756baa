"""p1296-1: province portal (Lạng Sơn): 9-month pine resin output, area, prices, processing, Q4 targets."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lạng Sơn: 9 tháng khai thác gần 21.000 tấn nhựa thông

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, sản lượng nhựa thông khai thác trên địa bàn tỉnh ước đạt 20.850 tấn, tăng 7,4% so với cùng kỳ năm 2023, bằng 78,1% kế hoạch năm, trong đó nhựa thông mã vĩ khoảng 16.400 tấn.

Hiện toàn tỉnh có trên 112.000 ha rừng thông, chiếm 31,5% diện tích rừng trồng; diện tích đang cho khai thác nhựa khoảng 58.000 ha. Trong 9 tháng, các huyện có sản lượng nhựa lớn là Lộc Bình (6.120 tấn), Đình Lập (4.870 tấn) và Cao Lộc (3.260 tấn).

Giá nhựa thông tại vườn dao động từ 27.000 đến 31.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với cuối năm 2023. Với năng suất bình quân 2,5 kg/cây/năm, rừng thông trưởng thành cho thu nhập 35-40 triệu đồng/ha/năm.

Toàn tỉnh có 23 cơ sở chế biến nhựa thông, tổng công suất khoảng 45.000 tấn/năm; 9 tháng qua đã sản xuất 9.600 tấn tùng hương và 2.150 tấn tinh dầu thông. Kim ngạch xuất khẩu tùng hương ước đạt 17,8 triệu USD, chủ yếu sang Ấn Độ và Trung Quốc.

Quý IV, ngành nông nghiệp phấn đấu khai thác thêm 6.000 tấn nhựa, đưa sản lượng cả năm lên trên 26.700 tấn; đồng thời trồng mới 1.500 ha thông theo Quyết định số 1288/QĐ-UBND.

Tin liên quan:
- Lộc Bình tập huấn kỹ thuật khai thác nhựa thông cho nông dân
- Hội chợ nông sản, đặc sản Lạng Sơn năm 2024
"""

M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = period("9 tháng", "2024-01-01", "2024-09-30")
T9 = period("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q9 = period("9 tháng qua", "2024-01-01", "2024-09-30")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YR = period("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("khai thác gần 21.000 tấn", "21.000", 21000, "measure", "tấn", approx="nearly",
      subject="nhựa thông khai thác", period=H9),
    F("ước đạt 20.850 tấn", "20.850", 20850, "measure", "tấn", status="estimate", percent=78.1,
      change=change("increase", 7.4, "%", "cùng kỳ năm 2023"),
      subject="sản lượng nhựa thông khai thác trên địa bàn tỉnh", period=M9),
    F("khoảng 16.400 tấn", "16.400", 16400, "measure", "tấn", approx="about", status="estimate", total=20850,
      subject="nhựa thông mã vĩ", period=M9),
    F("trên 112.000 ha", "112.000", 112000, "measure", "ha", approx="over", percent=31.5,
      subject="rừng thông"),
    F("khoảng 58.000 ha", "58.000", 58000, "measure", "ha", approx="about",
      subject="diện tích đang cho khai thác nhựa"),
    F("Lộc Bình (6.120 tấn)", "6.120", 6120, "measure", "tấn", subject="sản lượng nhựa", period=T9,
      location="Lộc Bình"),
    F("Đình Lập (4.870 tấn)", "4.870", 4870, "measure", "tấn", subject="sản lượng nhựa", period=T9,
      location="Đình Lập"),
    F("Cao Lộc (3.260 tấn)", "3.260", 3260, "measure", "tấn", subject="sản lượng nhựa", period=T9,
      location="Cao Lộc"),
    F("từ 27.000 đến 31.000", "27.000", 27000, "money", "đồng/kg", value_max=31000,
      change=change("increase", 3000, "đồng/kg", "cuối năm 2023", approx="about"),
      subject="giá nhựa thông tại vườn"),
    F("bình quân 2,5 kg", "2,5", 2.5, "measure", "kg/cây/năm", subject="năng suất bình quân"),
    F("nhập 35-40 triệu", "35", 35e6, "money", "đồng/ha/năm", value_max=40e6,
      subject="thu nhập của rừng thông trưởng thành"),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở chế biến nhựa thông"),
    F("khoảng 45.000 tấn/năm", "45.000", 45000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất cơ sở chế biến nhựa thông"),
    F("sản xuất 9.600 tấn", "9.600", 9600, "measure", "tấn", subject="tùng hương sản xuất", period=Q9),
    F("và 2.150 tấn", "2.150", 2150, "measure", "tấn", subject="tinh dầu thông sản xuất", period=Q9),
    F("ước đạt 17,8 triệu", "17,8", 17.8e6, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu tùng hương", period=inherit(Q9)),
    F("thêm 6.000 tấn", "6.000", 6000, "measure", "tấn", status="target",
      subject="nhựa thông khai thác thêm", period=Q4),
    F("trên 26.700 tấn", "26.700", 26700, "measure", "tấn", approx="over", status="target",
      subject="sản lượng nhựa thông cả năm", period=YR),
    F("mới 1.500 ha", "1.500", 1500, "measure", "ha", status="target", subject="diện tích thông trồng mới",
      period=Q4),
]

NOTES = [
    "Province portal (Lạng Sơn): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Year-less '9 tháng' (headline), 'Trong 9 tháng', '9 tháng qua', 'Quý IV', 'cả năm' take 2024 (the first dated period / dateline).",
    "'bằng 78,1% kế hoạch năm' is the percent attribute; 'trong đó ... khoảng 16.400 tấn' is a part (total 20.850) in the 'ước đạt' clause.",
    "District outputs in brackets do not add up to the whole and have no cue: no total; the district is the location.",
    "'cao hơn khoảng 3.000 đồng/kg so với cuối năm 2023' is a change of the price range. 'Hiện' figures have no period.",
    "'Quý IV, ... phấn đấu ...; đồng thời trồng mới 1.500 ha' : the cue and the period govern all clauses → target, Quý IV.",
    "Distractors: 15/10/2024 08:45, Lượt xem: 1.386, Quyết định số 1288/QĐ-UBND, year 2023 in baselines, year 2024 in a link title.",
]

if __name__ == "__main__":
    write("p1296-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Lạng Sơn")
