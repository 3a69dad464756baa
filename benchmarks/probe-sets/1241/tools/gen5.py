"""p1241-5: Party newspaper (Báo Lào Cai style), lily on the highlands of Sa Pa; byline and bare date at the end."""
from lib import fig, per, inh, chg, write

TEXT = """Hoa ly nở rộ trên đất Sa Pa

Khí hậu mát mẻ quanh năm giúp cây hoa ly sinh trưởng tốt tại Sa Pa, mở ra hướng làm giàu cho nhiều hợp tác xã, hộ đồng bào dân tộc thiểu số.

Thị xã Sa Pa hiện có 37 ha hoa ly, gấp gần 3 lần năm 2020, trong đó 25 ha trồng trong nhà lưới, nhà màng. Nhờ nhiệt độ trung bình 15-18 độ C, hoa ly Sa Pa có thể trồng quanh năm, cành dài, bông to, ra hoa chậm hơn vùng xuôi khoảng 10 ngày.

Hợp tác xã Nông nghiệp Tả Phìn ở xã Tả Phìn là một trong những đơn vị đầu tiên đưa cây ly lên vùng cao. Năm 2024, hợp tác xã trồng 5,5 ha với khoảng 450.000 củ giống, xuất bán 410.000 cành, doanh thu trên 6,8 tỷ đồng. Tỷ lệ cành đạt tiêu chuẩn loại 1 đạt 92%. Hợp tác xã có 23 thành viên, tạo việc làm cho 40 lao động, phần lớn là người Dao đỏ, thu nhập từ 5 đến 6 triệu đồng/người/tháng.

Giám đốc hợp tác xã, chị Lý Thị Mây, sinh năm 1988, cho biết mỗi năm hợp tác xã trồng ba lứa ly; giá bán tại vườn bình quân 22.000 đồng/cành, dịp Tết có thời điểm đạt 40.000 đồng/cành. Chị Mây từng là đại biểu dự Đại hội Phụ nữ tỉnh lần thứ XVI.

Toàn tỉnh Lào Cai năm 2024 có 156 ha hoa các loại, giá trị sản xuất ước đạt 210 tỷ đồng. Tỉnh phấn đấu đến năm 2025 nâng diện tích hoa lên 200 ha, trong đó hoa ly khoảng 60 ha. Hiện tỉnh hỗ trợ 50% giá củ giống cho các hộ trồng mới, không quá 100 triệu đồng/hộ.

Bài, ảnh: THANH HUYỀN
18/03/2025
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24L = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 37 ha", "37", 37, "measure", "ha",
        change=chg("increase", 3, "lần", "năm 2020", approx="nearly"),
        subject="diện tích hoa ly"),
    fig("trong đó 25 ha", "25", 25, "measure", "ha", total=37,
        subject="diện tích hoa ly trồng trong nhà lưới, nhà màng"),
    fig("15-18 độ C", "15", 15, "measure", "độ C", value_max=18, optional=True,
        subject="nhiệt độ trung bình"),
    fig("khoảng 10 ngày", "10", 10, "measure", "ngày", approx="about", optional=True,
        subject="thời gian ra hoa chậm hơn vùng xuôi"),
    fig("trồng 5,5 ha", "5,5", 5.5, "measure", "ha",
        subject="diện tích hoa ly Hợp tác xã Nông nghiệp Tả Phìn trồng", period=Y24),
    fig("khoảng 450.000 củ", "450.000", 450000, "count", "củ", approx="about",
        subject="củ giống hoa ly hợp tác xã trồng", period=Y24),
    fig("xuất bán 410.000 cành", "410.000", 410000, "count", "cành",
        subject="cành hoa ly hợp tác xã xuất bán", period=Y24),
    fig("trên 6,8 tỷ", "6,8", 6800000000, "money", "đồng", approx="over",
        subject="doanh thu của hợp tác xã", period=Y24),
    fig("đạt 92%", "92", 92, "percent", "%",
        subject="tỷ lệ cành đạt tiêu chuẩn loại 1", period=inh(Y24)),
    fig("có 23 thành viên", "23", 23, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("cho 40 lao động", "40", 40, "count", "lao động",
        subject="lao động có việc làm tại hợp tác xã"),
    fig("từ 5 đến 6 triệu", "5", 5000000, "money", "đồng/người/tháng", value_max=6000000,
        subject="thu nhập của lao động hợp tác xã"),
    fig("trồng ba lứa", "ba", 3, "count", "lứa", subject="lứa ly hợp tác xã trồng mỗi năm"),
    fig("bình quân 22.000", "22.000", 22000, "money", "đồng/cành",
        subject="giá bán hoa ly tại vườn bình quân"),
    fig("đạt 40.000", "40.000", 40000, "money", "đồng/cành",
        subject="giá bán hoa ly tại vườn dịp Tết"),
    fig("có 156 ha", "156", 156, "measure", "ha", subject="diện tích hoa các loại",
        period=Y24L, location="Lào Cai"),
    fig("ước đạt 210 tỷ", "210", 210000000000, "money", "đồng", status="estimate",
        subject="giá trị sản xuất hoa các loại", period=Y24L, location="Lào Cai"),
    fig("lên 200 ha", "200", 200, "measure", "ha", status="target",
        subject="diện tích hoa", period=T25, location="Lào Cai"),
    fig("khoảng 60 ha", "60", 60, "measure", "ha", approx="about", status="target", total=200,
        subject="diện tích hoa ly", period=T25, location="Lào Cai"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="tỷ lệ hỗ trợ giá củ giống cho hộ trồng mới", location="Lào Cai"),
    fig("không quá 100 triệu", "100", 100000000, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ giá củ giống", location="Lào Cai"),
]

NOTES = [
    "Party newspaper (Báo Lào Cai style): headline, sapo, byline 'Bài, ảnh: THANH HUYỀN' and bare date '18/03/2025' at the end.",
    "Default location Sa Pa (thị xã); the province paragraph (Toàn tỉnh Lào Cai, Tỉnh phấn đấu, Hiện tỉnh hỗ trợ) is Lào Cai.",
    "'gấp gần 3 lần năm 2020' after 37 ha is its change (3 lần, nearly). '25 ha' after 'trong đó' takes total 37.",
    "Climate facts '15-18 độ C' and 'chậm hơn ... khoảng 10 ngày' are optional.",
    "Distractors: 'sinh năm 1988' (a year), 'Đại hội Phụ nữ tỉnh lần thứ XVI' (ordinal), 'loại 1' (grade label), bare date.",
    "Number word 'ba lứa' = 3. The support rule 'Hiện tỉnh hỗ trợ 50% ...' is actual and has no period.",
]

if __name__ == "__main__":
    write("p1241-5", TEXT, NOTES, FIGS, published="2025-03-18", location="Sa Pa")
