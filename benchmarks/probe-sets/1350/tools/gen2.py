"""p1350-2: district portal (huyện Thanh Trì, Hà Nội): pavement renovation on 4 roads of thị trấn Văn Điển."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN THANH TRÌ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức | Quy hoạch - Xây dựng | Văn bản | Liên hệ

Thị trấn Văn Điển cải tạo vỉa hè 4 tuyến đường
25/06/2024 - 10:20

Thực hiện Kế hoạch số 112/KH-UBND của UBND huyện về chỉnh trang đô thị năm 2024, thị trấn Văn Điển đang cải tạo vỉa hè trên 4 tuyến đường gồm Ngọc Hồi, Tựu Liệt, Phan Trọng Tuệ và Văn Điển, tổng chiều dài khoảng 3,8 km, diện tích lát mới gần 15.600 m2. Vỉa hè được lát đá xanh tự nhiên dày 6 cm, bó vỉa bằng đá granite; hố ga, bồn cây được làm lại đồng bộ.

Dự án có tổng mức đầu tư 27,5 tỷ đồng từ ngân sách huyện, trong đó chi phí xây lắp 22,3 tỷ đồng. Đơn vị thi công là Công ty CP Xây dựng và Thương mại Hoàng Phát, tổ chức hai mũi thi công với khoảng 40 công nhân. Để giảm ảnh hưởng tới các hộ kinh doanh, nhà thầu thi công cuốn chiếu theo từng đoạn 50-100 m.

Đến nay, các tuyến đã hoàn thành khoảng 65% khối lượng; riêng phố Tựu Liệt đã lát xong 2.100 m2 trên tổng số 3.400 m2.

Năm 2023, toàn huyện đã cải tạo 11,2 km vỉa hè với kinh phí hơn 48 tỷ đồng, bằng 112% kế hoạch.

Theo UBND huyện, dự án dự kiến hoàn thành trước ngày 30/8/2024. Sau đó, huyện sẽ cải tạo vỉa hè 6 tuyến đường tại xã Tả Thanh Oai và xã Tam Hiệp với kinh phí dự kiến từ 35 đến 40 tỷ đồng.

Nguồn: Phòng Quản lý đô thị huyện

Tin khác:
- Xã Vĩnh Quỳnh ra quân lập lại trật tự vỉa hè
- Thanh Trì: Hội nghị sơ kết 6 tháng đầu năm 2024

Bản quyền thuộc UBND huyện Thanh Trì
Địa chỉ: Số 375 đường Ngọc Hồi, thị trấn Văn Điển, huyện Thanh Trì, Hà Nội
Điện thoại: 024.3861.4326
"""

ASOF = P("Đến nay", None, "2024-06-25")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("vỉa hè 4 tuyến", "4", 4, "count", "tuyến đường", "tuyến đường thị trấn Văn Điển cải tạo vỉa hè"),
    F("trên 4 tuyến", "4", 4, "count", "tuyến đường", "tuyến đường cải tạo vỉa hè"),
    F("khoảng 3,8 km", "3,8", 3.8, "measure", "km", "tổng chiều dài vỉa hè cải tạo", approx="about"),
    F("gần 15.600 m2", "15.600", 15600, "measure", "m2", "diện tích vỉa hè lát mới", approx="nearly"),
    F("dày 6 cm", "6", 6, "measure", "cm", "độ dày đá xanh tự nhiên lát vỉa hè"),
    F("tư 27,5 tỷ", "27,5", 27.5e9, "money", "đồng", "tổng mức đầu tư dự án"),
    F("xây lắp 22,3 tỷ", "22,3", 22.3e9, "money", "đồng", "chi phí xây lắp", total=27.5e9),
    F("hai mũi", "hai", 2, "count", "mũi thi công", "mũi thi công"),
    F("khoảng 40 công nhân", "40", 40, "count", "công nhân", "công nhân thi công", approx="about"),
    F("đoạn 50-100 m", "50", 50, "measure", "m", "chiều dài mỗi đoạn thi công cuốn chiếu", value_max=100),
    F("khoảng 65%", "65", 65, "percent", "%", "khối lượng các tuyến đã hoàn thành", ASOF, approx="about"),
    F("xong 2.100 m2", "2.100", 2100, "measure", "m2", "diện tích vỉa hè phố Tựu Liệt đã lát xong", ASOF,
      total=3400),
    F("cải tạo 11,2 km", "11,2", 11.2, "measure", "km", "vỉa hè toàn huyện đã cải tạo", Y23),
    F("hơn 48 tỷ", "48", 48e9, "money", "đồng", "kinh phí cải tạo vỉa hè", Y23, approx="over", percent=112),
    F("hè 6 tuyến", "6", 6, "count", "tuyến đường", "tuyến đường huyện sẽ cải tạo vỉa hè tại xã Tả Thanh Oai và xã Tam Hiệp",
      status="forecast"),
    F("từ 35 đến 40", "35", 35e9, "money", "đồng", "kinh phí cải tạo vỉa hè 6 tuyến đường", value_max=40e9,
      status="forecast"),
]

NOTES = [
    "District portal (huyện Thanh Trì, Hà Nội): banner naming the district, menu, '25/06/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', footer address and phone. Location: Thanh Trì for all figures (thị trấn Văn Điển and the communes",
    "Tả Thanh Oai, Tam Hiệp are inside the district; the spec's places are province, city or district).",
    "Distractors: Kế hoạch số 112/KH-UBND (vs '112%' later), 'năm 2024' in the plan's title, 10:20, 30/8/2024,",
    "'6 tháng đầu năm 2024' in a link, 'Số 375 đường Ngọc Hồi', phone 024.3861.4326.",
    "'cải tạo vỉa hè trên 4 tuyến đường gồm Ngọc Hồi, Tựu Liệt, Phan Trọng Tuệ và Văn Điển': 'trên' is the preposition",
    "'on' (four roads are named), so approx exact. Project quantities (3,8 km, 15.600 m2, 6 cm) carry no period: the year",
    "stands only in the plan's title. 'Đến nay' is an as-of date = published. '2.100 m2 trên tổng số 3.400 m2' → total 3400.",
    "'bằng 112% kế hoạch' is the percent attribute of 48 tỷ. 'dự án dự kiến ... Sau đó, huyện sẽ ... kinh phí dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1350-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Thanh Trì")
