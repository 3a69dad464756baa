"""p1376-2: district portal (huyện Ứng Hòa, Hà Nội): the Trạch Xá tailoring village, 10 months of 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ỨNG HÒA
Thành phố Hà Nội
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội | Liên hệ

Làng may Trạch Xá giữ nghề, vươn ra thị trường

Ngày đăng: 05/11/2023 08:30

Nằm bên tỉnh lộ 428, thôn Trạch Xá, xã Hòa Lâm có nghề may truyền thống từ hơn 300 năm trước, nổi tiếng với áo dài và áo tứ thân. Hiện thôn có 820 hộ, trong đó gần 600 hộ làm nghề may, chiếm hơn 73%; nghề may thu hút khoảng 1.800 lao động, thu nhập bình quân 7-9 triệu đồng/người/tháng.

Năm 2022, làng nghề sản xuất khoảng 1,1 triệu sản phẩm, doanh thu đạt 198 tỷ đồng. 10 tháng đầu năm 2023, doanh thu ước đạt 186 tỷ đồng, tăng 12,4% so với cùng kỳ, bằng 85% kế hoạch năm.

Toàn xã hiện có hai hợp tác xã và 14 tổ hợp tác may. Hợp tác xã May Hòa Lâm Phát có 65 thành viên, mỗi tháng may khoảng 2.000 bộ áo dài cung cấp cho các cửa hàng ở Hà Nội và TP Hồ Chí Minh; năm 2023 lần đầu xuất khẩu 3 lô áo dài sang Nhật Bản với tổng giá trị hơn 42.000 USD.

Anh Nguyễn Văn Khải, chủ một xưởng may ở đầu làng, cho biết xưởng có 12 thợ; dịp cao điểm trước Tết và mùa cưới, mỗi thợ may được 4-5 bộ áo dài/ngày.

Huyện phấn đấu đến năm 2025 doanh thu làng nghề may Trạch Xá đạt 250 tỷ đồng/năm, thu nhập bình quân của lao động đạt 10 triệu đồng/người/tháng.

Tin khác:
- Ứng Hòa tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023
- Xã Hòa Lâm đạt chuẩn nông thôn mới nâng cao

Bản quyền thuộc UBND huyện Ứng Hòa. Địa chỉ: thị trấn Vân Đình, huyện Ứng Hòa, TP Hà Nội. Điện thoại: 024.3388.2361
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
M10 = per("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HTX = "Hợp tác xã May Hòa Lâm Phát"

FIGS = [
    fig("từ hơn 300 năm", "300", 300, "measure", "năm", approx="over",
        subject="tuổi nghề may truyền thống của thôn Trạch Xá", optional=True),
    fig("có 820 hộ", "820", 820, "count", "hộ", subject="hộ của thôn Trạch Xá"),
    fig("gần 600 hộ", "600", 600, "count", "hộ", approx="nearly", total=820, percent=73,
        subject="hộ làm nghề may"),
    fig("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", approx="about",
        subject="lao động nghề may thu hút"),
    fig("bình quân 7-9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của lao động nghề may"),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm làng nghề sản xuất", period=Y22),
    fig("đạt 198 tỷ", "198", 198e9, "money", "đồng", subject="doanh thu của làng nghề", period=Y22),
    fig("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", status="estimate", percent=85,
        change=chg("increase", 12.4, "%", "cùng kỳ"), subject="doanh thu của làng nghề", period=M10),
    fig("hai hợp tác xã", "hai", 2, "count", "hợp tác xã", subject="hợp tác xã của xã Hòa Lâm"),
    fig("14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", subject="tổ hợp tác may"),
    fig("có 65 thành viên", "65", 65, "count", "thành viên", subject=f"thành viên {HTX}"),
    fig("khoảng 2.000 bộ", "2.000", 2000, "measure", "bộ/tháng", approx="about",
        subject=f"áo dài {HTX} may mỗi tháng"),
    fig("xuất khẩu 3 lô", "3", 3, "count", "lô", subject="lô áo dài xuất khẩu sang Nhật Bản", period=Y23),
    fig("hơn 42.000 USD", "42.000", 42000, "money", "USD", approx="over",
        subject="tổng giá trị các lô áo dài xuất khẩu", period=Y23),
    fig("có 12 thợ", "12", 12, "count", "thợ", subject="thợ của xưởng may anh Nguyễn Văn Khải"),
    fig("được 4-5 bộ", "4", 4, "measure", "bộ/ngày", value_max=5,
        subject="áo dài mỗi thợ may được dịp cao điểm"),
    fig("đạt 250 tỷ", "250", 250e9, "money", "đồng/năm", status="target",
        subject="doanh thu làng nghề may Trạch Xá", period=T25),
    fig("đạt 10 triệu", "10", 10e6, "money", "đồng/người/tháng", status="target",
        subject="thu nhập bình quân của lao động", period=T25),
]

NOTES = [
    "District portal (huyện Ứng Hòa, TP Hà Nội): banner naming the district, menu, 'Ngày đăng: 05/11/2023 08:30',",
    "'Tin khác' links, copyright footer with phone.",
    "Distractors: 'tỉnh lộ 428', 08:30, '6 tháng đầu năm 2023' in a link, phone 024.3388.2361, 'lần đầu' (first time).",
    "'từ hơn 300 năm trước' dates the craft's origin: optional (a time locator, or the craft's age).",
    "'820 hộ, trong đó gần 600 hộ ..., chiếm hơn 73%' → total 820, percent 73 (the approx of a percent attribute is not kept).",
    "'ước đạt 186 tỷ đồng, tăng 12,4% so với cùng kỳ, bằng 85% kế hoạch năm' → change + percent (the share after 'bằng').",
    "'Năm 2022' at the start of the sentence governs both of its figures. 'mỗi tháng ... 2.000 bộ' is a rate (measure, bộ/tháng).",
    "Whole article is about a village of huyện Ứng Hòa: location Ứng Hòa; Nhật Bản is a trade partner, not a place.",
    "revised after the first run: '4-5 bộ áo dài/ngày' unit 'bộ áo dài/ngày' → 'bộ/ngày' (the shortest noun phrase, as",
    "'26 nghìn bộ áo dài' → 'bộ' in p1376-1 and '220 nghìn bộ áo dài' → 'bộ' in p1376-7).",
    "'Huyện phấn đấu đến năm 2025' governs both clauses (target); '250 tỷ đồng/năm' keeps its denominator.",
]

if __name__ == "__main__":
    write("p1376-2", TEXT, NOTES, FIGS, published="2023-11-05", location="Ứng Hòa")
