"""p1124-5: Party newspaper (Báo Hải Dương): mooncake market, a bakery, home-made cakes online, 2024; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Bánh truyền thống hút khách, bánh "handmade" bán chạy trên mạng

Còn hơn một tuần nữa mới đến Tết Trung thu nhưng thị trường bánh trung thu tại TP Hải Dương đã sôi động. Dọc các phố Trần Hưng Đạo, Nguyễn Lương Bằng, hàng chục ki-ốt bánh của các thương hiệu lớn đã dựng lên từ đầu tháng 8.

Tại cơ sở bánh Hương Quế trên phố Quang Trung (TP Hải Dương), năm nay cơ sở sản xuất khoảng 45.000 chiếc bánh, tăng 5.000 chiếc so với năm 2023, trong đó bánh nướng chiếm khoảng 70%. Với sản lượng này, Hương Quế đứng thứ hai toàn tỉnh. Anh Phạm Văn Quế, chủ cơ sở, cho biết giá bánh năm nay tăng từ 5 đến 10% do giá đường, bột, trứng tăng; hộp 4 bánh loại thường có giá 280.000 đồng, loại cao cấp từ 650.000 đồng đến 1,2 triệu đồng/hộp. Cơ sở thuê thêm 12 lao động thời vụ, tiền công 250.000 đồng/ngày.

Bên cạnh bánh truyền thống, bánh trung thu tự làm bán qua mạng xã hội ngày càng nhiều. Chị Nguyễn Thu Hà ở phường Tân Bình cho biết từ đầu tháng 8 đến nay chị đã nhận làm hơn 1.200 chiếc bánh dẻo, bánh nướng với giá 25.000-40.000 đồng/chiếc. Tuy nhiên, phần lớn bánh "handmade" không có nhãn, không ghi hạn sử dụng.

Theo Chi cục An toàn vệ sinh thực phẩm tỉnh, tính đến ngày 5/9, toàn tỉnh có 38 cơ sở sản xuất bánh trung thu được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Từ ngày 20/8 đến nay, các đoàn kiểm tra liên ngành đã kiểm tra 215 cơ sở, xử phạt 14 cơ sở vi phạm với số tiền gần 60 triệu đồng. Dự kiến trong tuần tới, các đoàn sẽ kiểm tra thêm khoảng 50 cơ sở, tập trung vào các điểm bán bánh trôi nổi.

THÀNH CHUNG
09/9/2024
"""

Y24 = P("năm nay", "2024-01-01", "2024-12-31")
AUG = P("từ đầu tháng 8 đến nay", "2024-08-01", "2024-09-09")
ASOF = P("tính đến ngày 5/9", None, "2024-09-05")
INSP = P("Từ ngày 20/8 đến nay", "2024-08-20", "2024-09-09")

FIGS = [
    F("hàng chục ki-ốt", "chục", 10, "count", "ki-ốt", approx="about", optional=True,
      subject="ki-ốt bánh của các thương hiệu lớn"),
    F("khoảng 45.000 chiếc", "45.000", 45000, "count", "chiếc bánh", approx="about",
      change=C("increase", 5000, "chiếc", "năm 2023"), subject="bánh trung thu cơ sở Hương Quế sản xuất", period=Y24),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ trọng bánh nướng trong sản lượng của cơ sở", period=Y24),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng bánh trung thu của cơ sở Hương Quế toàn tỉnh"),
    F("tăng từ 5 đến 10%", "5", 5, "percent", "%", value_max=10, subject="giá bánh tăng", period=Y24),
    F("hộp 4 bánh", "4", 4, "count", "bánh", optional=True, subject="số bánh mỗi hộp"),
    F("giá 280.000", "280.000", 280000, "money", "đồng", subject="giá hộp 4 bánh loại thường", period=Y24),
    F("từ 650.000 đồng", "650.000", 650000, "money", "đồng/hộp", value_max=1200000,
      subject="giá hộp bánh loại cao cấp", period=Y24),
    F("thêm 12 lao động", "12", 12, "count", "lao động thời vụ", subject="lao động thời vụ cơ sở thuê thêm"),
    F("250.000 đồng/ngày", "250.000", 250000, "money", "đồng/ngày", subject="tiền công lao động thời vụ"),
    F("hơn 1.200 chiếc", "1.200", 1200, "count", "chiếc bánh", approx="over",
      subject="bánh dẻo, bánh nướng tự làm chị Hà nhận làm", period=AUG),
    F("25.000-40.000", "25.000", 25000, "money", "đồng/chiếc", value_max=40000,
      subject="giá bánh trung thu tự làm", period=AUG),
    F("có 38 cơ sở", "38", 38, "count", "cơ sở",
      subject="cơ sở sản xuất bánh trung thu được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=ASOF),
    F("kiểm tra 215 cơ sở", "215", 215, "count", "cơ sở", subject="cơ sở được kiểm tra", period=INSP),
    F("xử phạt 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở vi phạm bị xử phạt", period=INSP),
    F("gần 60 triệu", "60", 60000000, "money", "đồng", approx="nearly", subject="số tiền xử phạt", period=INSP),
    F("khoảng 50 cơ sở", "50", 50, "count", "cơ sở", approx="about", status="forecast",
      subject="cơ sở kiểm tra thêm trong tuần tới"),
]

NOTES = [
    "Party newspaper (Báo Hải Dương) feature; byline 'THÀNH CHUNG' and bare date '09/9/2024' at the end (published).",
    "Prices in the sentence of 'giá bánh năm nay tăng' share its period (same sentence, scored).",
    "Distractors: 'Còn hơn một tuần nữa' (a duration locating the story), street names, 'từ đầu tháng 8' (date), 'hộp 4 bánh' (pack size, optional).",
    "Bakery Hương Quế in TP Hải Dương (city = province name): '45.000 chiếc ..., tăng 5.000 chiếc so với năm 2023' → change in chiếc;",
    "'trong đó bánh nướng chiếm khoảng 70%' a percent figure of its own; 'đứng thứ hai toàn tỉnh' a rank (number word).",
    "'giá bánh năm nay tăng từ 5 đến 10%' is a growth rate standing as the claim: percent 5..10, no change object.",
    "'từ 650.000 đồng đến 1,2 triệu đồng/hộp' → range 650000..1200000. 'hàng chục ki-ốt' is vague (optional).",
    "'tính đến ngày 5/9' as-of, year from the dateline; 'Từ ngày 20/8 đến nay' ends at the dateline; 'Dự kiến trong tuần tới' → forecast, no calendar period.",
]

if __name__ == "__main__":
    write("p1124-5", TEXT, NOTES, FIGS, published="2024-09-09", location="Hải Dương")
