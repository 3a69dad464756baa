"""p943-4: ministry site (Bộ NN&PTNT), national bamboo-shoot exports 2024."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Lâm nghiệp
Ngày đăng: 16/01/2025 | Lượt xem: 1.147

Xuất khẩu măng năm 2024 ước đạt gần 147 triệu USD

Theo Cục Lâm nghiệp, năm 2024 kim ngạch xuất khẩu măng các loại (măng đóng hộp, măng khô, măng muối) ước đạt 146,8 triệu USD, tăng 11,4% so với năm 2023. Con số này gấp 1,8 lần năm 2019. Các thị trường nhập khẩu chính lần lượt là Nhật Bản (52,3 triệu USD), Trung Quốc (31,6 triệu USD) và Đài Loan (18,2 triệu USD). Nhật Bản tiếp tục là thị trường lớn nhất, chiếm 35,6% tổng kim ngạch xuất khẩu măng.

Cả nước hiện có khoảng 1,48 triệu ha tre, nứa, luồng, vầu, trong đó khoảng 420.000 ha được khai thác măng thường xuyên. Sản lượng măng tươi năm 2024 ước đạt 1,25 triệu tấn, tăng 4,2% so với năm 2023. Các địa phương có sản lượng lớn là Thanh Hóa (khoảng 96.000 tấn), Nghệ An (gần 70.000 tấn), Hòa Bình (trên 55.000 tấn) và Yên Bái (48.000 tấn).

Toàn ngành có 312 doanh nghiệp và khoảng 1.600 cơ sở chế biến măng, thu hút trên 65.000 lao động. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu măng, sau Trung Quốc và Thái Lan.

Theo Quyết định số 1879/QĐ-BNN-LN phê duyệt Đề án phát triển ngành tre, đến năm 2030 phấn đấu kim ngạch xuất khẩu măng đạt 300 triệu USD; tỷ lệ măng qua chế biến sâu đạt trên 40%.

Cục Lâm nghiệp - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8689
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 147 triệu USD", "147", 147e6, "money", "USD", "xuất khẩu măng", Y24, approx="nearly",
      status="estimate"),
    F("ước đạt 146,8 triệu USD", "146,8", 146.8e6, "money", "USD", "kim ngạch xuất khẩu măng các loại", Y24,
      change=C("increase", 11.4, baseline="năm 2023"), status="estimate"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "kim ngạch xuất khẩu măng so với năm 2019"),
    F("Nhật Bản (52,3 triệu USD)", "52,3", 52.3e6, "money", "USD", "kim ngạch xuất khẩu măng sang Nhật Bản", I(Y24)),
    F("Trung Quốc (31,6 triệu USD)", "31,6", 31.6e6, "money", "USD", "kim ngạch xuất khẩu măng sang Trung Quốc", I(Y24)),
    F("Đài Loan (18,2 triệu USD)", "18,2", 18.2e6, "money", "USD", "kim ngạch xuất khẩu măng sang Đài Loan", I(Y24)),
    F("chiếm 35,6%", "35,6", 35.6, "percent", "%", "tỷ trọng thị trường Nhật Bản trong tổng kim ngạch xuất khẩu măng"),
    F("khoảng 1,48 triệu ha", "1,48", 1.48e6, "measure", "ha", "diện tích tre, nứa, luồng, vầu", approx="about"),
    F("khoảng 420.000 ha", "420.000", 420000, "measure", "ha", "diện tích được khai thác măng thường xuyên",
      approx="about", total=1.48e6),
    F("ước đạt 1,25 triệu tấn", "1,25", 1.25e6, "measure", "tấn", "sản lượng măng tươi", Y24,
      change=C("increase", 4.2, baseline="năm 2023"), status="estimate"),
    F("khoảng 96.000 tấn", "96.000", 96000, "measure", "tấn", "sản lượng măng", I(Y24), approx="about",
      location="Thanh Hóa"),
    F("gần 70.000 tấn", "70.000", 70000, "measure", "tấn", "sản lượng măng", I(Y24), approx="nearly",
      location="Nghệ An"),
    F("trên 55.000 tấn", "55.000", 55000, "measure", "tấn", "sản lượng măng", I(Y24), approx="over",
      location="Hòa Bình"),
    F("(48.000 tấn)", "48.000", 48000, "measure", "tấn", "sản lượng măng", I(Y24), location="Yên Bái"),
    F("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp", "doanh nghiệp chế biến măng"),
    F("khoảng 1.600 cơ sở", "1.600", 1600, "count", "cơ sở", "cơ sở chế biến măng", approx="about"),
    F("trên 65.000 lao động", "65.000", 65000, "count", "lao động", "lao động ngành chế biến măng",
      approx="over"),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "xếp hạng thế giới về xuất khẩu măng"),
    F("đạt 300 triệu USD", "300", 300e6, "money", "USD", "kim ngạch xuất khẩu măng", T30, status="target"),
    F("trên 40%", "40", 40, "percent", "%", "tỷ lệ măng qua chế biến sâu", T30, approx="over", status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Lâm nghiệp), invented; national figures -> location Việt Nam.",
    "Not figures: 'Ngày đăng: 16/01/2025', 'Lượt xem: 1.147', Quyết định số 1879/QĐ-BNN-LN, address 'Số 2 Ngọc Hà', phone.",
    "Trade partners (Nhật Bản, Trung Quốc, Đài Loan) are not places of the figure: location Việt Nam; the markets list does not",
    "add up to 146,8 and has no part-of cue: no total. Province list of output: location = province, period inherited.",
    "'Con số này gấp 1,8 lần năm 2019.' stands as its own sentence: a multiple figure.",
    "revised after the first run: the market items' subjects name the partner ('kim ngạch xuất khẩu măng sang Nhật Bản'),",
    "following the spec's own example 'vốn đăng ký cấp mới của Trung Quốc' (was '... sang thị trường nhập khẩu chính').",
    "35,6% in its own sentence with its own subject (Nhật Bản) is a percent figure, not an attribute of 52,3 triệu USD.",
]

if __name__ == "__main__":
    emit("p943-4", TEXT, FIGS, NOTES, published="2025-01-16", location="Việt Nam")
