"""p1545-2: district portal (huyện Phú Xuyên, Hà Nội): umbrella craft village, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Làng nghề

Làng nghề ô dù Trung Lập: 6 tháng sản xuất hơn 1,3 triệu chiếc

Ngày đăng: 22/07/2024 | Chuyên mục: Kinh tế

Theo báo cáo của UBND xã Tri Trung, 6 tháng đầu năm 2024, làng nghề ô dù thôn Trung Lập sản xuất được 1,34 triệu chiếc ô, dù các loại, tăng 8,5% so với cùng kỳ, đạt 52% kế hoạch năm. Trong đó, ô cầm tay 1,05 triệu chiếc, dù che nắng cỡ lớn 290.000 chiếc. Doanh thu ước đạt 118 tỷ đồng.

Toàn thôn hiện có 186 hộ làm nghề, trong đó 24 hộ có xưởng may bạt và lắp ráp khung, thu hút khoảng 650 lao động, phần lớn là lao động nữ. Thu nhập bình quân của lao động làng nghề từ 7 đến 9 triệu đồng/người/tháng.

Ông Nguyễn Văn Hợi, Chủ nhiệm Hợp tác xã Ô dù Trung Lập, cho biết HTX có 32 thành viên, mỗi ngày xuất xưởng khoảng 2.500 chiếc ô. Sản phẩm được bán tại các chợ đầu mối ở Hà Nội, Nam Định, Thanh Hóa và xuất sang Lào, Campuchia; hàng xuất khẩu chiếm khoảng 15% sản lượng của HTX. Giá bán buôn ô cầm tay phổ biến từ 45.000 đến 80.000 đồng/chiếc, dù che nắng cỡ lớn từ 350.000 đồng/chiếc trở lên. Sản phẩm ô dù Trung Lập đã được công nhận OCOP 3 sao.

Năm 2024, xã phấn đấu sản lượng ô dù của làng nghề đạt 2,6 triệu chiếc, doanh thu trên 230 tỷ đồng; dự kiến hỗ trợ ba chục hộ chuyển sang dùng máy may công nghiệp.

UBND HUYỆN PHÚ XUYÊN
Địa chỉ: Km 35 Quốc lộ 1A, thị trấn Phú Xuyên, huyện Phú Xuyên, TP Hà Nội
Điện thoại: 024.3385.4156
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_HEAD = per("6 tháng", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 1,3 triệu", "1,3", 1.3e6, "count", "chiếc", approx="over",
        subject="ô dù làng nghề Trung Lập sản xuất", period=H1_HEAD),
    fig("được 1,34 triệu", "1,34", 1.34e6, "count", "chiếc ô, dù", percent=52,
        change=chg("increase", 8.5, "%", "cùng kỳ"),
        subject="ô, dù các loại làng nghề ô dù thôn Trung Lập sản xuất", period=H1),
    fig("ô cầm tay 1,05 triệu", "1,05", 1.05e6, "count", "chiếc", total=1.34e6,
        subject="ô cầm tay", period=inh(H1)),
    fig("lớn 290.000 chiếc", "290.000", 290000, "count", "chiếc", total=1.34e6,
        subject="dù che nắng cỡ lớn", period=inh(H1)),
    fig("ước đạt 118 tỷ", "118", 118e9, "money", "đồng", status="estimate",
        subject="doanh thu làng nghề ô dù", period=inh(H1)),
    fig("có 186 hộ", "186", 186, "count", "hộ", subject="hộ làm nghề"),
    fig("trong đó 24 hộ", "24", 24, "count", "hộ", total=186,
        subject="hộ có xưởng may bạt và lắp ráp khung"),
    fig("khoảng 650 lao động", "650", 650, "count", "lao động", approx="about",
        subject="lao động làng nghề"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của lao động làng nghề"),
    fig("có 32 thành viên", "32", 32, "count", "thành viên",
        subject="thành viên Hợp tác xã Ô dù Trung Lập"),
    fig("khoảng 2.500 chiếc", "2.500", 2500, "measure", "chiếc/ngày", approx="about",
        subject="ô HTX xuất xưởng mỗi ngày"),
    fig("chiếm khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="hàng xuất khẩu trong sản lượng của HTX"),
    fig("từ 45.000 đến 80.000", "45.000", 45000, "money", "đồng/chiếc", value_max=80000,
        subject="giá bán buôn ô cầm tay"),
    fig("từ 350.000 đồng", "350.000", 350000, "money", "đồng/chiếc", approx="at_least",
        subject="giá bán buôn dù che nắng cỡ lớn"),
    fig("đạt 2,6 triệu", "2,6", 2.6e6, "count", "chiếc", status="target",
        subject="sản lượng ô dù của làng nghề", period=Y24),
    fig("trên 230 tỷ", "230", 230e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu làng nghề", period=Y24),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ", status="forecast",
        subject="hộ được hỗ trợ chuyển sang dùng máy may công nghiệp", period=Y24),
]

NOTES = [
    "District portal (Phú Xuyên, Hà Nội): banner naming the district, menu, 'Ngày đăng: 22/07/2024' (published), address footer.",
    "Distractors: 'OCOP 3 sao' (a rating label), 'Km 35 Quốc lộ 1A', phone 024.3385.4156, the date line.",
    "Location: the village is in xã Tri Trung, huyện Phú Xuyên: the district is the place of every figure.",
    "Headline '6 tháng' takes 2024 from the dateline. 'Trong đó' parts after a sentence break take total 1,34 triệu; their period is inherited.",
    "'Doanh thu ước đạt' stands in its own sentence: estimate, period inherited. 'từ 350.000 đồng/chiếc trở lên' = at_least.",
    "'hàng xuất khẩu chiếm khoảng 15%' has no base amount in its clause: a percent figure of its own.",
    "'Năm 2024 ... phấn đấu ...; dự kiến ...': the first two are targets, 'ba chục hộ' (= 30) is forecast; period 2024 stated in the sentence.",
    "Present-tense standing counts ('hiện có 186 hộ', HTX members, daily output, prices) get no period.",
]

if __name__ == "__main__":
    write("p1545-2", TEXT, NOTES, FIGS, published="2024-07-22", location="Phú Xuyên")
