"""p1154-8: provincial newspaper online (Báo Hòa Bình, '(HBĐT) -'): linh chi in huyện Lương Sơn, 7 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """Báo Hòa Bình điện tử > Kinh tế > Nông nghiệp

Lương Sơn: Thu hơn 25 tỷ đồng từ nấm linh chi

Cập nhật: 14:30, 22/08/2023

(HBĐT) - 7 tháng đầu năm, các cơ sở nuôi trồng nấm linh chi trên địa bàn huyện Lương Sơn đã thu hoạch 64 tấn nấm tươi, đạt 58% kế hoạch năm; doanh thu ước đạt hơn 25 tỷ đồng, tăng 14,5% so với cùng kỳ năm 2022.

Toàn huyện hiện có 23 trang trại, hộ gia đình nuôi trồng nấm linh chi với quy mô khoảng 1,2 triệu bịch phôi mỗi năm, tập trung ở các xã Cư Yên, Liên Sơn và Tân Vinh. Trong đó, 6 cơ sở đã được cấp giấy chứng nhận VietGAP; 3 sản phẩm linh chi của huyện đạt OCOP 3 sao.

Tại xã Cư Yên, trang trại của ông Bùi Văn Thắng (xóm Cời) mỗi năm nuôi trồng 80.000 bịch phôi trên diện tích 1.500 m² nhà lưới. Với giá bán linh chi khô 450.000 đồng/kg, mỗi năm trang trại cho thu nhập khoảng 700 triệu đồng, tạo việc làm cho 10 lao động, thu nhập từ 5 đến 6,5 triệu đồng/người/tháng. Ông Thắng cho biết, mỗi bịch phôi sau 4 tháng chăm sóc cho thu hoạch khoảng 0,15 kg nấm tươi.

Năm 2023, huyện phấn đấu sản lượng nấm linh chi tươi đạt 110 tấn; đến năm 2025 mở rộng lên 35 trang trại. Toàn tỉnh Hòa Bình hiện có 68 cơ sở nuôi trồng nấm các loại, Lương Sơn đứng thứ nhất về quy mô.

Bích Ngọc
"""

M7 = P("7 tháng đầu năm", "2023-01-01", "2023-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Thu hơn 25 tỷ", "25", 25e9, "money", "đồng", approx="over", subject="doanh thu từ nấm linh chi"),
    F("thu hoạch 64 tấn", "64", 64, "measure", "tấn", percent=58,
      subject="nấm linh chi tươi thu hoạch", period=M7),
    F("ước đạt hơn 25 tỷ", "25", 25e9, "money", "đồng", approx="over", status="estimate",
      change=C("increase", 14.5, "%", "cùng kỳ năm 2022"), subject="doanh thu", period=M7),
    F("có 23 trang trại", "23", 23, "count", "trang trại, hộ gia đình",
      subject="trang trại, hộ gia đình nuôi trồng nấm linh chi"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "bịch phôi", approx="about",
      subject="quy mô nuôi trồng bịch phôi mỗi năm"),
    F("6 cơ sở", "6", 6, "count", "cơ sở", total=23, subject="cơ sở được cấp giấy chứng nhận VietGAP"),
    F("3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm linh chi đạt OCOP 3 sao"),
    F("trồng 80.000 bịch", "80.000", 80000, "count", "bịch phôi", subject="bịch phôi nuôi trồng mỗi năm của trang trại"),
    F("diện tích 1.500 m²", "1.500", 1500, "measure", "m²", subject="diện tích nhà lưới"),
    F("khô 450.000", "450.000", 450000, "money", "đồng/kg", subject="giá bán linh chi khô"),
    F("khoảng 700 triệu", "700", 700e6, "money", "đồng", approx="about", subject="thu nhập mỗi năm của trang trại"),
    F("cho 10 lao động", "10", 10, "count", "lao động", subject="lao động có việc làm tại trang trại"),
    F("từ 5 đến 6,5 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=6.5e6, subject="thu nhập của lao động"),
    F("sau 4 tháng", "4", 4, "measure", "tháng", subject="thời gian chăm sóc mỗi bịch phôi", optional=True),
    F("khoảng 0,15 kg", "0,15", 0.15, "measure", "kg/bịch phôi", approx="about",
      subject="nấm tươi thu hoạch mỗi bịch phôi"),
    F("đạt 110 tấn", "110", 110, "measure", "tấn", status="target",
      subject="sản lượng nấm linh chi tươi", period=Y23),
    F("lên 35 trang trại", "35", 35, "count", "trang trại", status="target",
      subject="trang trại nuôi trồng nấm linh chi", period=TO25),
    F("có 68 cơ sở", "68", 68, "count", "cơ sở", subject="cơ sở nuôi trồng nấm các loại", location="Hòa Bình"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="quy mô nuôi trồng nấm"),
]

NOTES = [
    "Provincial newspaper online (Báo Hòa Bình): breadcrumb, headline figure, 'Cập nhật: 14:30, 22/08/2023' (published),",
    "tag '(HBĐT) -', byline at the end. The article is about huyện Lương Sơn: default location Lương Sơn; 68 cơ sở -> Hòa Bình.",
    "Distractors: time 14:30, 'OCOP 3 sao', 'xóm Cời', 'xã Cư Yên'. '7 tháng đầu năm' takes 2023 from the dateline.",
    "'đạt 58% kế hoạch năm' is the share of 64 tấn; 'ước đạt' governs the second clause only (after ';'). '6 cơ sở' after",
    "'Trong đó' -> total 23 (same units under another noun); '3 sản phẩm' after ';' is not a part of 23.",
    "'mỗi bịch phôi ... khoảng 0,15 kg' is a per-bag yield (measure, unit kg/bịch phôi). 'sau 4 tháng' (the",
    "growing time of a bag) optional. 'đứng thứ nhất' is a rank 1 (number word nhất). 'hiện', 'mỗi năm' give no period.",
    "'phấn đấu' continues after ';' -> '35 trang trại' target with 'đến năm 2025'.",
]

if __name__ == "__main__":
    write("p1154-8", TEXT, NOTES, FIGS, published="2023-08-22", location="Lương Sơn")
