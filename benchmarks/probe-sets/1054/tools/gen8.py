"""p1054-8: Báo Kiên Giang online, (BKG) tag, July 2025: Giồng Riềng Thai jackfruit, H1/2025 output and income, codes, 2030 target."""
from lib import F, period, inherit, change, write

TEXT = """BÁO KIÊN GIANG ONLINE
Kinh tế » Nông nghiệp

Giồng Riềng thu gần 180 tỷ đồng từ mít Thái

Cập nhật lúc 09:40, Thứ hai, 14/7/2025

(BKG) - 6 tháng đầu năm, nông dân huyện Giồng Riềng thu hoạch gần 15.600 tấn mít Thái, ước thu về gần 180 tỷ đồng, tăng 22,5% so với cùng kỳ năm 2024.

Theo Phòng Nông nghiệp và Môi trường huyện, toàn huyện hiện có 2.860 ha mít, trong đó mít Thái chiếm 2.540 ha, phân bố chủ yếu ở các xã Thạnh Hưng, Long Thạnh, Hòa An và Ngọc Chúc. Năng suất bình quân đạt 22 tấn/ha; giá bán tại vườn dao động từ 10.000 đến 14.000 đồng/kg, tăng khoảng 4.000 đồng/kg so với cùng kỳ.

Hiện huyện có 7 vùng trồng mít được cấp mã số với 465 ha, liên kết với 2 doanh nghiệp xuất khẩu sang Trung Quốc. Ông Danh Út, ngụ ấp 8, xã Thạnh Hưng, cho biết 1,2 ha mít của gia đình cho thu 28 tấn, trừ chi phí còn lãi khoảng 190 triệu đồng.

Ông Lâm Văn Tư, Phó Chủ tịch UBND huyện, cho biết thời gian tới huyện sẽ tập trung xây dựng thương hiệu mít Giồng Riềng, hỗ trợ nông dân ghi nhật ký đồng ruộng và truy xuất nguồn gốc theo yêu cầu của thị trường nhập khẩu.

Theo Nghị quyết số 05-NQ/HU của Huyện ủy, đến năm 2030 Giồng Riềng phấn đấu có 3.500 ha mít, trong đó ít nhất 40% diện tích được cấp mã số vùng trồng. Dự kiến cả năm 2025, sản lượng mít toàn huyện đạt khoảng 31.000 tấn.

THU OANH
"""

NOTES = [
    "Báo Kiên Giang online: headline with a figure, 'Cập nhật lúc 09:40, Thứ hai, 14/7/2025', tag '(BKG) -', byline at the end.",
    "'6 tháng đầu năm' without a year takes 2025 from the dateline; the headline 180 tỷ inherits it (inherited) and is actual (no cue).",
    "District article: location Giồng Riềng for all figures (communes are below district level).",
    "'tăng khoảng 4.000 đồng/kg so với cùng kỳ' is the change of the price range; 'ít nhất 40% diện tích' is a target percent figure.",
    "Distractors: 09:40, 'Thứ hai', ấp 8, Nghị quyết số 05-NQ/HU, names Danh Út, Lâm Văn Tư.",
]
H1 = period("6 tháng đầu năm", "2025-01-01", "2025-06-30")
T30 = period("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("thu gần 180 tỷ đồng từ", "180", 180e9, "money", "đồng", "thu từ mít Thái", inherit(H1), approx="nearly"),
    F("gần 15.600 tấn", "15.600", 15600, "measure", "tấn", "mít Thái thu hoạch", H1, approx="nearly"),
    F("về gần 180 tỷ đồng", "180", 180e9, "money", "đồng", "thu từ mít Thái", H1, approx="nearly", status="estimate",
      change=change("increase", 22.5, "%", "cùng kỳ năm 2024")),
    F("có 2.860 ha", "2.860", 2860, "measure", "ha", "diện tích mít toàn huyện"),
    F("chiếm 2.540 ha", "2.540", 2540, "measure", "ha", "diện tích mít Thái", total=2860),
    F("đạt 22 tấn/ha", "22", 22, "measure", "tấn/ha", "năng suất bình quân"),
    F("từ 10.000 đến 14.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá bán mít tại vườn", value_max=14000,
      change=change("increase", 4000, "đồng/kg", "cùng kỳ", "about")),
    F("có 7 vùng trồng", "7", 7, "count", "vùng trồng", "vùng trồng mít được cấp mã số"),
    F("với 465 ha", "465", 465, "measure", "ha", "diện tích vùng trồng mít được cấp mã số"),
    F("với 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu sang Trung Quốc liên kết"),
    F("1,2 ha mít", "1,2", 1.2, "measure", "ha", "diện tích mít của gia đình ông Danh Út"),
    F("thu 28 tấn", "28", 28, "measure", "tấn", "sản lượng mít của gia đình ông Danh Út"),
    F("khoảng 190 triệu đồng", "190", 190e6, "money", "đồng", "lãi của gia đình ông Danh Út", approx="about"),
    F("có 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích mít", T30, status="target"),
    F("ít nhất 40%", "40", 40, "percent", "%", "tỷ lệ diện tích mít được cấp mã số vùng trồng", T30, approx="at_least",
      status="target"),
    F("khoảng 31.000 tấn", "31.000", 31000, "measure", "tấn", "sản lượng mít toàn huyện",
      period("cả năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

if __name__ == "__main__":
    write("p1054-8", TEXT, NOTES, FIGS, published="2025-07-14", location="Giồng Riềng")
