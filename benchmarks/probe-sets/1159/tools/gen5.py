"""p1159-5: Party newspaper (Báo Thanh Hóa), a hair-processing workshop in Hoằng Hóa; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Báo Thanh Hóa - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Thanh Hóa
Kinh tế

Làm giàu từ nghề chế biến tóc xuất khẩu

Từ một tiệm thu mua tóc nhỏ ở xã Hoằng Đạo (huyện Hoằng Hóa), sau hơn 10 năm, anh Lê Văn Toàn (sinh năm 1985) đã xây dựng được xưởng chế biến tóc có 45 công nhân, mỗi tháng xuất khoảng 1,2 tấn tóc thành phẩm sang Trung Quốc, Myanmar và các nước châu Phi.

Anh Toàn cho biết, tóc nguyên liệu được thu mua từ các tỉnh miền núi phía Bắc với giá từ 1,5 đến 5 triệu đồng/kg tùy độ dài. Sau khi gỡ rối, tẩy, nhuộm và phân loại, mỗi kg tóc thành phẩm bán được 8-12 triệu đồng. Mỗi công nhân gỡ được khoảng một kg tóc rối mỗi ngày. Năm 2023, xưởng đạt doanh thu hơn 14 tỷ đồng, lợi nhuận khoảng 1,8 tỷ đồng; công nhân được trả lương bình quân 6-8 triệu đồng/người/tháng. Ngoài ra, xưởng còn thuê khoảng 60 lao động lớn tuổi trong xã gỡ tóc tại nhà.

Theo UBND huyện Hoằng Hóa, toàn huyện hiện có 17 cơ sở thu mua, chế biến tóc, giải quyết việc làm cho khoảng 600 lao động, trong đó có 430 lao động nữ. Năm 2024, huyện dự kiến hỗ trợ 3 cơ sở đầu tư máy móc, thiết bị với tổng kinh phí 450 triệu đồng.

Toàn tỉnh Thanh Hóa hiện có 52 cơ sở thu mua, chế biến tóc, chủ yếu ở các huyện Hoằng Hóa, Quảng Xương, Hậu Lộc và thị xã Nghi Sơn. Sở Công Thương khuyến cáo các cơ sở đầu tư xử lý nước thải, hóa chất tẩy nhuộm theo quy định.

Bài và ảnh: LÊ HÀ
23/05/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HH = "Hoằng Hóa"

FIGS = [
    F("Từ một tiệm", "một", 1, "count", "tiệm", optional=True, location=HH),
    F("sau hơn 10 năm", "10", 10, "measure", "năm", approx="over", optional=True, location=HH),
    F("có 45 công nhân", "45", 45, "count", "công nhân", subject="công nhân xưởng chế biến tóc của anh Lê Văn Toàn",
      location=HH),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", approx="about",
      subject="tóc thành phẩm xuất khẩu mỗi tháng", location=HH),
    F("từ 1,5 đến 5 triệu", "1,5", 1500000, "money", "đồng/kg", value_max=5000000,
      subject="giá thu mua tóc nguyên liệu", location=HH),
    F("được 8-12 triệu", "8", 8000000, "money", "đồng/kg", value_max=12000000,
      subject="giá bán tóc thành phẩm", location=HH),
    F("khoảng một kg", "một", 1, "measure", "kg", approx="about",
      subject="tóc rối mỗi công nhân gỡ được mỗi ngày", location=HH),
    F("hơn 14 tỷ", "14", 14000000000, "money", "đồng", approx="over",
      subject="doanh thu của xưởng", period=Y23, location=HH),
    F("khoảng 1,8 tỷ", "1,8", 1800000000, "money", "đồng", approx="about",
      subject="lợi nhuận của xưởng", period=Y23, location=HH),
    F("bình quân 6-8 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=8000000,
      subject="lương bình quân công nhân của xưởng", period=Y23, location=HH),
    F("khoảng 60 lao động", "60", 60, "count", "lao động", approx="about",
      subject="lao động lớn tuổi gỡ tóc tại nhà cho xưởng", location=HH),
    F("có 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở thu mua, chế biến tóc", location=HH),
    F("khoảng 600 lao động", "600", 600, "count", "lao động", approx="about",
      subject="lao động được giải quyết việc làm tại các cơ sở thu mua, chế biến tóc", location=HH),
    F("có 430 lao động", "430", 430, "count", "lao động nữ", total=600,
      subject="lao động nữ tại các cơ sở thu mua, chế biến tóc", location=HH),
    F("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", status="forecast",
      subject="cơ sở được hỗ trợ đầu tư máy móc, thiết bị", period=Y24, location=HH),
    F("kinh phí 450 triệu", "450", 450000000, "money", "đồng", status="forecast",
      subject="tổng kinh phí hỗ trợ đầu tư máy móc, thiết bị", period=Y24, location=HH),
    F("có 52 cơ sở", "52", 52, "count", "cơ sở", subject="cơ sở thu mua, chế biến tóc"),
]

NOTES = [
    "Party newspaper (Báo Thanh Hóa): byline 'Bài và ảnh: LÊ HÀ' and bare date '23/05/2024' at the end.",
    "Portrait of a workshop in xã Hoằng Đạo (huyện Hoằng Hóa): its figures, over several sentences, have location Hoằng Hóa; so do the district figures.",
    "Distractors: 'sinh năm 1985'. 'Từ một tiệm' (an article, 'a small shop') and 'sau hơn 10 năm' (a duration locating the story) are optional.",
    "'mỗi kg tóc thành phẩm bán được 8-12 triệu đồng' is a price: unit 'đồng/kg'. 'khoảng một kg' is a number word (= 1).",
    "'dự kiến hỗ trợ 3 cơ sở … với tổng kinh phí 450 triệu đồng' are forecasts for 2024. '430 lao động nữ' is a part of 'khoảng 600 lao động' (trong đó).",
    "Province count (52 cơ sở) has location Thanh Hóa; the district list after 'chủ yếu ở' carries no figures.",
]

if __name__ == "__main__":
    write("p1159-5", TEXT, NOTES, FIGS, published="2024-05-23", location="Thanh Hóa")
