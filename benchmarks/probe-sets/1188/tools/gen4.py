"""p1188-4: ministry site (Bộ NN&PTNT), national: pickled / fermented products, OCOP, exports, food safety."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Chế biến - Thị trường

Nâng tầm sản phẩm rau quả muối chua, tương lên men từ làng nghề

Ngày đăng: 22/08/2024 | Lượt xem: 963

Theo Cục Chất lượng, Chế biến và Phát triển thị trường, cả nước hiện có khoảng 1.300 cơ sở chế biến rau quả muối chua, tương và nước chấm lên men quy mô từ hộ kinh doanh trở lên, tập trung chủ yếu ở đồng bằng sông Hồng và Bắc Trung Bộ. Cả nước có 38 làng nghề chế biến dưa, cà muối, tương được công nhận, thu hút khoảng 21.000 lao động.

Đến hết tháng 6/2024, cả nước có 486 sản phẩm OCOP thuộc nhóm này, chiếm 3,9% tổng số sản phẩm OCOP; trong đó 412 sản phẩm 3 sao, 71 sản phẩm 4 sao và 3 sản phẩm tiềm năng 5 sao. Các địa phương có nhiều sản phẩm nhất lần lượt là Hà Nội (54 sản phẩm), Nghệ An (41 sản phẩm), Hưng Yên (29 sản phẩm) và Thái Bình (26 sản phẩm).

Năm 2023, kim ngạch xuất khẩu rau quả muối, ngâm giấm, trong đó chủ lực là dưa chuột bao tử, đạt khoảng 265 triệu USD, tăng 11,4% so với năm 2022. Nhật Bản, Hàn Quốc và Hoa Kỳ là ba thị trường lớn nhất, chiếm gần 58% kim ngạch.

Qua giám sát 6 tháng đầu năm 2024, tỷ lệ mẫu dưa, cà muối không đạt chỉ tiêu an toàn thực phẩm còn 7,8%, giảm 2,1 điểm phần trăm so với cùng kỳ; vi phạm chủ yếu là dư lượng chất bảo quản và phẩm màu vượt ngưỡng.

Mục tiêu đến năm 2030, ít nhất 70% cơ sở chế biến quy mô hợp tác xã trở lên áp dụng hệ thống quản lý chất lượng tiên tiến; kim ngạch xuất khẩu nhóm hàng này đạt từ 400 đến 450 triệu USD/năm.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội - Điện thoại: 024.3846.8161
"""

JUN = P("Đến hết tháng 6/2024", None, "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO30 = P("đến năm 2030", None, "2030-12-31")
OCOP = "sản phẩm OCOP nhóm rau quả muối chua, tương và nước chấm lên men"


def item(place, number):
    return F(f"{place} ({number} sản phẩm)", number, float(number), "count", "sản phẩm",
             subject=OCOP, period=I(JUN), location=place)


FIGS = [
    F("khoảng 1.300 cơ sở", "1.300", 1300, "count", "cơ sở", approx="about",
      subject="cơ sở chế biến rau quả muối chua, tương và nước chấm lên men quy mô từ hộ kinh doanh trở lên"),
    F("có 38 làng nghề", "38", 38, "count", "làng nghề",
      subject="làng nghề chế biến dưa, cà muối, tương được công nhận"),
    F("khoảng 21.000 lao động", "21.000", 21000, "count", "lao động", approx="about",
      subject="lao động làng nghề chế biến dưa, cà muối, tương"),
    F("có 486 sản phẩm", "486", 486, "count", "sản phẩm", percent=3.9, subject=OCOP, period=JUN),
    F("412 sản phẩm", "412", 412, "count", "sản phẩm", total=486, subject="sản phẩm OCOP 3 sao", period=JUN),
    F("71 sản phẩm", "71", 71, "count", "sản phẩm", total=486, subject="sản phẩm OCOP 4 sao", period=JUN),
    F("3 sản phẩm tiềm năng", "3", 3, "count", "sản phẩm", total=486,
      subject="sản phẩm OCOP tiềm năng 5 sao", period=JUN),
    item("Hà Nội", "54"),
    item("Nghệ An", "41"),
    item("Hưng Yên", "29"),
    item("Thái Bình", "26"),
    F("khoảng 265 triệu USD", "265", 265000000, "money", "USD", approx="about",
      change=C("increase", 11.4, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu rau quả muối, ngâm giấm", period=Y23),
    F("là ba thị trường", "ba", 3, "count", "thị trường", percent=58, optional=True,
      subject="thị trường xuất khẩu lớn nhất", period=I(Y23)),
    F("gần 58%", "58", 58, "percent", "%", approx="nearly", optional=True,
      subject="tỷ trọng kim ngạch xuất khẩu sang Nhật Bản, Hàn Quốc và Hoa Kỳ", period=I(Y23)),
    F("còn 7,8%", "7,8", 7.8, "percent", "%",
      change=C("decrease", 2.1, "điểm phần trăm", "cùng kỳ"),
      subject="tỷ lệ mẫu dưa, cà muối không đạt chỉ tiêu an toàn thực phẩm", period=H1),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="cơ sở chế biến quy mô hợp tác xã trở lên áp dụng hệ thống quản lý chất lượng tiên tiến",
      period=TO30),
    F("từ 400 đến 450 triệu", "400", 400000000, "money", "USD/năm", value_max=450000000, status="target",
      subject="kim ngạch xuất khẩu nhóm hàng rau quả muối chua, tương lên men", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national figures, default location Việt Nam. 'Ngày đăng: 22/08/2024 | Lượt xem: 963'; footer address and phone.",
    "Distractors: 'Lượt xem: 963', 'Số 2 Ngọc Hà', phone 024.3846.8161, OCOP star levels '3 sao', '4 sao', '5 sao' (levels, not counts).",
    "412 + 71 + 3 = 486 after 'trong đó': total 486. The 'lần lượt' list in brackets gives each province as location, subject = list indicator;",
    "period 'Đến hết tháng 6/2024' stands in the previous sentence (inherited). 'ba thị trường' (number word) names the group: optional.",
    "Nhật Bản, Hàn Quốc, Hoa Kỳ are trade partners, not places of '58%' (location Việt Nam). '7,8%' is a level with a change in điểm phần trăm.",
    "'Mục tiêu đến năm 2030' governs both clauses after ';' → target; 'đến năm 2030' → end 2030-12-31, no start.",
    "revised after the first run: 'gần 58%' made optional. By FIGURES.md the share after 'chiếm' is an attribute of the figure before it;",
    "'ba thị trường' (optional) may be that figure (count 3, percent 58), or not a figure (then 58% stands alone). Either reading is unclear,",
    "so both are optional (the optional 'ba thị trường' now carries percent 58).",
]

if __name__ == "__main__":
    write("p1188-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
