"""p838-2: district portal (Cư M'gar, Đắk Lắk), coffee husk composted with Trichoderma, 9 months 2023."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CƯ M'GAR
Tin tức > Kinh tế - Nông nghiệp

Tận dụng vỏ cà phê ủ phân hữu cơ, giảm chi phí cho nông dân
Ngày đăng: 18/10/2023 | Lượt xem: 347

Huyện Cư M'gar hiện có 34.860 ha cà phê, mỗi năm thải ra khoảng 45.000 tấn vỏ cà phê. Trước đây, phần lớn lượng vỏ này bị đốt hoặc đổ bỏ ven Tỉnh lộ 8, gây ô nhiễm môi trường. Từ năm 2021, Phòng Nông nghiệp và Phát triển nông thôn huyện phối hợp với Trạm Khuyến nông hướng dẫn người dân ủ vỏ cà phê với chế phẩm Trichoderma để làm phân bón hữu cơ.

9 tháng đầu năm 2023, toàn huyện đã tổ chức 26 lớp tập huấn cho hơn 1.100 lượt nông dân; hỗ trợ 3.250 kg chế phẩm Trichoderma cho 15 xã, thị trấn. Người dân đã ủ được khoảng 12.600 tấn phân hữu cơ, tăng 35% so với cùng kỳ năm 2022. Trong đó, xã Ea Kpam ủ 2.150 tấn, xã Cư Suê 1.870 tấn, thị trấn Quảng Phú 1.420 tấn.

Theo tính toán, mỗi tấn phân ủ từ vỏ cà phê có giá thành khoảng 1,2 triệu đồng, chỉ bằng 40% giá phân hữu cơ vi sinh bán trên thị trường. Bón 5-7 tấn phân ủ/ha kết hợp giảm 30% phân hóa học, nông dân tiết kiệm được 6-8 triệu đồng/ha mỗi năm.

Ông Y Thuột Niê ở buôn Ea Mar, xã Ea Kpam cho biết, gia đình ông có 2,5 ha cà phê, từ năm 2022 chuyển sang dùng phân ủ, năng suất đạt 3,8 tấn nhân/ha, cao hơn 0,4 tấn so với trước.

Năm 2024, huyện phấn đấu nâng lượng phân hữu cơ ủ từ phụ phẩm lên 18.000 tấn; xây dựng 5 mô hình ủ phân quy mô hợp tác xã.

Phòng Nông nghiệp và PTNT huyện Cư M'gar
Địa chỉ: Số 68 Hùng Vương, thị trấn Quảng Phú. ĐT: 0262.3834.125
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "phân hữu cơ ủ được"

FIGS = [
    F("có 34.860 ha cà phê", "34.860", 34860, "measure", "ha", "diện tích cà phê"),
    F("khoảng 45.000 tấn vỏ", "45.000", 45000, "measure", "tấn/năm", "vỏ cà phê thải ra mỗi năm", approx="about"),
    F("tổ chức 26 lớp tập huấn", "26", 26, "count", "lớp tập huấn", "lớp tập huấn ủ phân", M9),
    F("hơn 1.100 lượt nông dân", "1.100", 1100, "count", "lượt nông dân", "lượt nông dân được tập huấn", M9,
      approx="over"),
    F("hỗ trợ 3.250 kg", "3.250", 3250, "measure", "kg", "chế phẩm Trichoderma hỗ trợ", M9),
    F("cho 15 xã, thị trấn", "15", 15, "count", "xã, thị trấn", "xã, thị trấn được hỗ trợ chế phẩm", M9),
    F("khoảng 12.600 tấn", "12.600", 12600, "measure", "tấn", SUBJ, I(M9), approx="about",
      change=C("increase", 35, "%", "cùng kỳ năm 2022")),
    F("Ea Kpam ủ 2.150 tấn", "2.150", 2150, "measure", "tấn", SUBJ, I(M9), total=12600),
    F("Cư Suê 1.870 tấn", "1.870", 1870, "measure", "tấn", SUBJ, I(M9), total=12600),
    F("Quảng Phú 1.420 tấn", "1.420", 1420, "measure", "tấn", SUBJ, I(M9), total=12600),
    F("khoảng 1,2 triệu đồng", "1,2", 1.2e6, "money", "đồng/tấn", "giá thành mỗi tấn phân ủ từ vỏ cà phê",
      approx="about", percent=40),
    F("Bón 5-7 tấn", "5", 5, "measure", "tấn/ha", "lượng phân ủ bón mỗi ha", value_max=7, optional=True),
    F("giảm 30% phân hóa học", "30", 30, "percent", "%", "phân hóa học giảm", optional=True),
    F("được 6-8 triệu đồng/ha", "6", 6e6, "money", "đồng/ha", "chi phí nông dân tiết kiệm được mỗi năm",
      value_max=8e6),
    F("có 2,5 ha cà phê", "2,5", 2.5, "measure", "ha", "diện tích cà phê của gia đình ông Y Thuột Niê", optional=True),
    F("đạt 3,8 tấn nhân/ha", "3,8", 3.8, "measure", "tấn nhân/ha", "năng suất cà phê",
      change=C("increase", 0.4, "tấn", "trước")),
    F("lên 18.000 tấn", "18.000", 18000, "measure", "tấn", "phân hữu cơ ủ từ phụ phẩm", Y24, status="target"),
    F("xây dựng 5 mô hình", "5", 5, "count", "mô hình", "mô hình ủ phân quy mô hợp tác xã", Y24, status="target"),
]

NOTES = [
    "Cư M'gar district portal (Đắk Lắk): coffee husk composted with Trichoderma, 9 months of 2023, plan for 2024.",
    "Communes and the thị trấn lie in the district: their figures keep location Cư M'gar (FIGURES.md scopes location to",
    "province, city or district); they are parts after 'Trong đó' of the 12.600 tấn whole.",
    "'mỗi năm thải ra khoảng 45.000 tấn' -> unit tấn/năm; 'mỗi tấn ... khoảng 1,2 triệu đồng' -> đồng/tấn, with 'bằng 40%' as percent.",
    "The farmer's holding '2,5 ha' is an example's specification (optional); his yield 3,8 tấn nhân/ha is a stated result.",
    "'Bón 5-7 tấn phân ủ/ha kết hợp giảm 30% phân hóa học' is the practice that gives the saving (its condition): optional.",
    "'hiện có 34.860 ha' carries no period. Distractors: 'Lượt xem: 347', Tỉnh lộ 8, 'Số 68 Hùng Vương', phone, 'Từ năm 2021'.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-10-18", location="Cư M'gar")
