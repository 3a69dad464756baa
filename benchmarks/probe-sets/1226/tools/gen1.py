"""p1226-1: Bình Dương province portal, tissue paper and diaper output, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Công nghiệp

Bình Dương: Sản lượng giấy vệ sinh, khăn giấy 9 tháng tăng gần 11%

Cập nhật: 21/10/2024 15:20 | Lượt xem: 2.418

(binhduong.gov.vn) - Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Bình Dương sản xuất được 186.400 tấn giấy vệ sinh, khăn giấy các loại, tăng 10,8% so với cùng kỳ năm 2023, đạt 74,2% kế hoạch năm. Trong đó, giấy vệ sinh cuộn 121.300 tấn, khăn giấy hộp và khăn giấy bỏ túi 46.800 tấn, khăn giấy ướt 18.300 tấn.

Sản lượng tã giấy trẻ em và tã người lớn ước đạt 1,45 tỷ miếng, tăng 6,3% so với cùng kỳ; riêng tã quần chiếm khoảng 58%.

Toàn tỉnh hiện có 34 doanh nghiệp sản xuất giấy tiêu dùng và tã giấy, trong đó 11 doanh nghiệp có vốn đầu tư nước ngoài; tập trung tại TP Tân Uyên (12 doanh nghiệp), TP Bến Cát (8 doanh nghiệp) và huyện Bàu Bàng (5 doanh nghiệp). Các nhà máy sử dụng khoảng 9.600 lao động, thu nhập bình quân từ 8,5 đến 10 triệu đồng/người/tháng.

Kim ngạch xuất khẩu nhóm sản phẩm giấy vệ sinh, khăn giấy và tã giấy 9 tháng đạt 212,6 triệu USD, tăng 14,5% so với cùng kỳ; các thị trường chính lần lượt là Nhật Bản (48,2 triệu USD), Hàn Quốc (31,7 triệu USD) và Australia (27,4 triệu USD).

Theo Kế hoạch số 5512/KH-UBND, năm 2024 tỉnh phấn đấu sản lượng giấy tiêu dùng đạt 251.000 tấn. Dự kiến trong quý IV, thêm 2 dây chuyền sản xuất giấy cuộn lớn tại huyện Bàu Bàng đi vào hoạt động với tổng công suất khoảng 30.000 tấn/năm.
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9H = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
PAPER = "sản lượng giấy vệ sinh, khăn giấy"
FIRMS = "doanh nghiệp sản xuất giấy tiêu dùng và tã giấy"
EXP = "kim ngạch xuất khẩu nhóm sản phẩm giấy vệ sinh, khăn giấy và tã giấy"

FIGS = [
    fig("tăng gần 11%", "11", 11, "percent", "%", approx="nearly",
        subject="sản lượng giấy vệ sinh, khăn giấy", period=M9H),
    fig("được 186.400 tấn", "186.400", 186400, "measure", "tấn", percent=74.2,
        change=chg("increase", 10.8, "%", "cùng kỳ năm 2023"),
        subject="giấy vệ sinh, khăn giấy các loại sản xuất được", period=M9),
    fig("cuộn 121.300 tấn", "121.300", 121300, "measure", "tấn", total=186400,
        subject="giấy vệ sinh cuộn", period=inh(M9)),
    fig("bỏ túi 46.800 tấn", "46.800", 46800, "measure", "tấn", total=186400,
        subject="khăn giấy hộp và khăn giấy bỏ túi", period=inh(M9)),
    fig("ướt 18.300 tấn", "18.300", 18300, "measure", "tấn", total=186400,
        subject="khăn giấy ướt", period=inh(M9)),
    fig("ước đạt 1,45 tỷ miếng", "1,45", 1450000000, "count", "miếng", status="estimate",
        change=chg("increase", 6.3, "%", "cùng kỳ"),
        subject="sản lượng tã giấy trẻ em và tã người lớn", period=inh(M9)),
    fig("chiếm khoảng 58%", "58", 58, "percent", "%", approx="about", status="estimate",
        subject="tã quần trong sản lượng tã giấy", period=inh(M9)),
    fig("hiện có 34 doanh nghiệp", "34", 34, "count", "doanh nghiệp", subject=FIRMS),
    fig("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=34,
        subject="doanh nghiệp sản xuất giấy tiêu dùng và tã giấy có vốn đầu tư nước ngoài"),
    fig("Tân Uyên (12 doanh nghiệp)", "12", 12, "count", "doanh nghiệp", subject=FIRMS, location="Tân Uyên"),
    fig("Bến Cát (8 doanh nghiệp)", "8", 8, "count", "doanh nghiệp", subject=FIRMS, location="Bến Cát"),
    fig("Bàu Bàng (5 doanh nghiệp)", "5", 5, "count", "doanh nghiệp", subject=FIRMS, location="Bàu Bàng"),
    fig("khoảng 9.600 lao động", "9.600", 9600, "count", "lao động", approx="about",
        subject="lao động các nhà máy sản xuất giấy tiêu dùng và tã giấy"),
    fig("từ 8,5 đến 10 triệu", "8,5", 8500000, "money", "đồng/người/tháng", value_max=10000000,
        subject="thu nhập bình quân lao động các nhà máy"),
    fig("đạt 212,6 triệu USD", "212,6", 212600000, "money", "USD",
        change=chg("increase", 14.5, "%", "cùng kỳ"), subject=EXP, period=M9H),
    fig("Nhật Bản (48,2 triệu USD)", "48,2", 48200000, "money", "USD", subject=EXP + " sang Nhật Bản", period=M9H),
    fig("Hàn Quốc (31,7 triệu USD)", "31,7", 31700000, "money", "USD", subject=EXP + " sang Hàn Quốc", period=M9H),
    fig("Australia (27,4 triệu USD)", "27,4", 27400000, "money", "USD", subject=EXP + " sang Australia", period=M9H),
    fig("đạt 251.000 tấn", "251.000", 251000, "measure", "tấn", status="target",
        subject="sản lượng giấy tiêu dùng", period=Y24),
    fig("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sản xuất giấy cuộn lớn đi vào hoạt động", period=Q4, location="Bàu Bàng"),
    fig("khoảng 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm", approx="about", status="forecast",
        subject="tổng công suất dây chuyền sản xuất giấy cuộn lớn", period=Q4, location="Bàu Bàng"),
]

NOTES = [
    "Province portal (Bình Dương): tissue paper and diaper output, 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 15:20 | Lượt xem: 2.418'.",
    "Distractors: 15:20, view counter 2.418, 'Kế hoạch số 5512/KH-UBND'.",
    "Headline '9 tháng' takes the year of published (2024). Tonnes are 'measure'; miếng (pieces) are 'count'.",
    "District list 12+8+5 != 34 ('tập trung tại'): no total. Trade partners are not places: list items keep location Bình Dương.",
    "'riêng tã quần chiếm khoảng 58%' continues the 'ước đạt' clause: estimate. 'hiện có' and the labour sentence: no period.",
    "'thêm 2 dây chuyền ... tại huyện Bàu Bàng' -> location Bàu Bàng (district). 'quý IV' takes 2024 from 'năm 2024' before it.",
]

if __name__ == "__main__":
    write("p1226-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Bình Dương")
