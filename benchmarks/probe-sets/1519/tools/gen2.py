"""p1519-2: district portal (huyện Thường Tín, Hà Nội): silk-flower village Văn Hội, xã Văn Bình."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN - THÀNH PHỐ HÀ NỘI
Trang chủ / Kinh tế / Làng nghề

Làng hoa lụa Văn Hội thu 38 tỷ đồng năm 2023
05/03/2024 - 10:20

Thôn Văn Hội, xã Văn Bình hiện có 186 hộ làm hoa lụa, hoa vải, chiếm khoảng 40% số hộ trong thôn. Năm 2023, làng nghề sản xuất gần 1,2 triệu sản phẩm các loại, doanh thu đạt 38 tỷ đồng, tăng 15% so với năm 2022.

Bà Nguyễn Thị Hường, chủ cơ sở Hoa lụa Hường Thịnh cho biết, cơ sở có hai xưởng với ba chục lao động thường xuyên, mỗi người làm được từ 150 đến 200 bông hoa/ngày. Trong 2 tháng đầu năm 2024, cơ sở bán ra khoảng 65.000 sản phẩm, riêng tháng 1 tiêu thụ hơn 40.000 cành đào, mai lụa. Hiện cành đào lụa cỡ lớn có giá 450.000-600.000 đồng, bình hoa hồng để bàn từ 120.000 đồng trở lên.

Toàn xã có 3 doanh nghiệp và 21 tổ hợp tác sản xuất, thu mua hoa lụa, tạo việc làm cho hơn 600 lao động với thu nhập 6-8 triệu đồng/tháng. Năm 2024, xã phấn đấu doanh thu từ nghề hoa lụa đạt 45 tỷ đồng; dự kiến có thêm 1 sản phẩm hoa lụa được công nhận OCOP 3 sao.

Nguồn: Đài Truyền thanh huyện Thường Tín

Tin khác:
- Xã Hà Hồi tổ chức Hội nghị tổng kết năm 2023
- Thường Tín: Ra quân làm thủy lợi đợt 1

UBND HUYỆN THƯỜNG TÍN
Địa chỉ: Số 1 đường Lý Tử Tấn, thị trấn Thường Tín, Hà Nội
Điện thoại: 024.3385.3216
"""

H23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
JAN = per("tháng 1", "2024-01-01", "2024-01-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thu 38 tỷ", "38", 38e9, "money", "đồng", subject="làng hoa lụa Văn Hội thu", period=H23),
    fig("có 186 hộ", "186", 186, "count", "hộ", percent=40, subject="hộ làm hoa lụa, hoa vải"),
    fig("gần 1,2 triệu", "1,2", 1.2e6, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm làng nghề sản xuất", period=Y23),
    fig("đạt 38 tỷ", "38", 38e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu làng nghề", period=Y23),
    fig("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng của cơ sở Hoa lụa Hường Thịnh"),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động thường xuyên của cơ sở Hoa lụa Hường Thịnh"),
    fig("từ 150 đến 200", "150", 150, "measure", "bông hoa/ngày", value_max=200,
        subject="bông hoa mỗi người làm được"),
    fig("khoảng 65.000 sản phẩm", "65.000", 65000, "count", "sản phẩm", approx="about",
        subject="sản phẩm cơ sở bán ra", period=M2),
    fig("hơn 40.000 cành", "40.000", 40000, "count", "cành", approx="over",
        subject="cành đào, mai lụa tiêu thụ", period=JAN),
    fig("giá 450.000-600.000", "450.000", 450000, "money", "đồng/cành", value_max=600000,
        subject="giá cành đào lụa cỡ lớn"),
    fig("từ 120.000 đồng", "120.000", 120000, "money", "đồng/bình", approx="at_least",
        subject="giá bình hoa hồng để bàn"),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất, thu mua hoa lụa"),
    fig("và 21 tổ", "21", 21, "count", "tổ hợp tác", subject="tổ hợp tác sản xuất, thu mua hoa lụa"),
    fig("hơn 600 lao động", "600", 600, "count", "lao động", approx="over",
        subject="lao động có việc làm từ nghề hoa lụa"),
    fig("thu nhập 6-8 triệu", "6", 6e6, "money", "đồng/tháng", value_max=8e6, subject="thu nhập của lao động"),
    fig("đạt 45 tỷ", "45", 45e9, "money", "đồng", status="target",
        subject="doanh thu từ nghề hoa lụa", period=Y24),
    fig("thêm 1 sản phẩm", "1", 1, "count", "sản phẩm", status="forecast",
        subject="sản phẩm hoa lụa được công nhận OCOP 3 sao", period=Y24),
]

NOTES = [
    "District portal (huyện Thường Tín, Hà Nội): banner, breadcrumb, '05/03/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 10:20, 'OCOP 3 sao', 'đợt 1' and 'năm 2023' in link titles, 'Số 1 đường Lý Tử Tấn', phone 024.3385.3216.",
    "Location: the village and commune lie in huyện Thường Tín; the field takes the district (province, city or district), so",
    "'Thường Tín' for all figures (borderline: a tool could say Văn Bình or Hà Nội).",
    "'chiếm khoảng 40% số hộ trong thôn' is the percent of 186 hộ (the attribute keeps only its value).",
    "Number words: 'hai xưởng' = 2, 'ba chục lao động' = 30. 'mỗi người làm được từ 150 đến 200 bông hoa/ngày' is a rate range.",
    "'riêng tháng 1' → January 2024 (nearest earlier period '2 tháng đầu năm 2024'); 'riêng' is no part cue and cành ≠ sản phẩm: no total.",
    "'từ 120.000 đồng trở lên' = at least 120.000 (approx at_least). 'Hiện' prices: no period.",
    "'Năm 2024, xã phấn đấu ...; dự kiến có thêm 1 sản phẩm' → target 45 tỷ, forecast 1 (dự kiến governs its own clause).",
]

if __name__ == "__main__":
    write("p1519-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Thường Tín")
